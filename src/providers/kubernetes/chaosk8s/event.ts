/** chaosk8s.event.probes. */
import { R } from '../client.ts'
import { int, opt } from './args.ts'
import { def } from './define.ts'
import type { Chaosk8sModule } from './define.ts'

export const eventProbes: Chaosk8sModule = {
  get_events: def(
    [
      ['label_selector', null],
      ['field_selector', null],
      ['limit', 100]
    ],
    (a, _ctx, env) =>
      env.client.request(
        'list',
        { res: R.events },
        {
          query: {
            labelSelector: opt(a.label_selector),
            fieldSelector: opt(a.field_selector),
            limit: int(a.limit, 'limit')
          }
        }
      )
  )
}
