/** apiVersion + kind -> the resource to request, through API discovery. */
import { ActivityFailed } from '../../../engine/errors.ts'
import type { KubeClient, ResourceType } from '../client.ts'

export interface DiscoveredResource {
  kind: string
  name: string
  namespaced: boolean
}

/** One discovery request per server and group version, cached in `cache`. */
export async function resolveKind(
  cache: Map<string, Promise<DiscoveredResource[]>>,
  client: KubeClient,
  apiVersion: string,
  kind: string
): Promise<ResourceType> {
  const [group, version] = apiVersion.includes('/')
    ? (apiVersion.split('/') as [string, string])
    : ['', apiVersion]
  const key = `${client.server}|${apiVersion}`
  let p = cache.get(key)
  if (!p) {
    p = client
      .request<{ resources?: DiscoveredResource[] }>('get', {
        res: { group, version, plural: '', namespaced: false }
      })
      .then((r) => r.resources ?? [])
    cache.set(key, p)
  }
  const found = (await p).find((r) => r.kind === kind && !r.name.includes('/'))
  if (!found) throw new ActivityFailed(`the API server does not know kind ${kind} in ${apiVersion}`)
  return { group, version, plural: found.name, namespaced: found.namespaced }
}
