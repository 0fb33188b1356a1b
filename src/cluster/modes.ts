/**
 * The cluster modes (`--cluster`, the `cluster` input): the one list. A module of its own with no
 * imports, so help text and input parsing load no cluster code.
 */
export const CLUSTER_MODES = ['auto', 'kind', 'existing', 'kwok', 'none'] as const
export type ClusterMode = (typeof CLUSTER_MODES)[number]
