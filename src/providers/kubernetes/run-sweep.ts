/**
 * Where a sweep for a run's objects looks: every namespace, or, when the credentials may not list
 * cluster-wide (403), the namespaces the run was allowed to touch.
 */
import { KubeApiError } from './client.ts'

export async function acrossNamespaces<T>(
  runNamespaces: readonly string[],
  sweep: (namespaces?: readonly string[]) => Promise<T>
): Promise<T> {
  try {
    return await sweep()
  } catch (error) {
    const forbidden = error instanceof KubeApiError && error.status === 403
    if (!forbidden || runNamespaces.length === 0 || runNamespaces.includes('*')) throw error
    return sweep(runNamespaces)
  }
}
