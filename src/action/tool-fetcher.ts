import * as tc from '@actions/tool-cache'
import { join } from 'node:path'
import { directoryFetcher, type ToolFetcher } from '../cluster/download.ts'

/**
 * src/cluster's ToolFetcher on the runner's tool cache (RUNNER_TOOL_CACHE), so a pinned kind is
 * downloaded once per runner image and found by later jobs. src/cluster verifies the sha256
 * before anything is cached. Outside a runner (no tool cache) the plain directory cache is used.
 */
export function toolCacheFetcher(env: NodeJS.ProcessEnv = process.env): ToolFetcher {
  if (!env.RUNNER_TOOL_CACHE || !env.RUNNER_TEMP) return directoryFetcher()
  return {
    find(tool, version) {
      const dir = tc.find(tool, version)
      return Promise.resolve(dir ? join(dir, tool) : undefined)
    },
    download(url) {
      return tc.downloadTool(url)
    },
    async text(url) {
      const response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(60_000) })
      if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`)
      return response.text()
    },
    async cache(file, tool, version) {
      // Kept under the tool's own name, which is what find() looks for.
      const dir = await tc.cacheFile(file, tool, tool, version)
      return join(dir, tool)
    }
  }
}
