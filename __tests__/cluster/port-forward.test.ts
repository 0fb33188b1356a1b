// The port-forward option's spelling (the listeners themselves are tested against the API server
// in __tests__/k8s/tunnel-kwok.test.ts).
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { UsageError } from '../../src/engine/errors.ts'
import { parsePortForward, parsePortForwards } from '../../src/cluster/tunnel/port-forward.ts'

describe('port-forward values', () => {
  it('reads [NS/]svc/NAME:[LOCAL:]PORT and svc/NAME.NS', () => {
    assert.deepEqual(parsePortForward('svc/web:8080:80'), {
      text: 'svc/web:8080:80',
      name: 'web',
      localPort: 8080,
      port: 80
    })
    assert.deepEqual(parsePortForward('chaos-example/service/web:8080'), {
      text: 'chaos-example/service/web:8080',
      name: 'web',
      namespace: 'chaos-example',
      localPort: 8080,
      port: 8080
    })
    assert.equal(parsePortForward('svc/web.shop:0:80').namespace, 'shop')
    assert.equal(parsePortForward('svc/web.shop:0:80').localPort, 0)
  })

  it('refuses what it cannot read, all at once, with the spelling expected', () => {
    for (const bad of [
      'web:80',
      'pod/web:80',
      'svc/web',
      'svc/web:8080:0',
      'svc/web:99999',
      'a/svc/web.b:80'
    ]) {
      assert.throws(() => parsePortForward(bad), UsageError, bad)
    }
    assert.throws(
      () => parsePortForwards(['svc/a:1', 'nope\nsvc/b:x']),
      (e: UsageError) =>
        /"nope"/.test(e.message) &&
        /"svc\/b:x"/.test(e.message) &&
        /svc\/web:8080:80/.test(e.advice ?? '')
    )
    assert.equal(parsePortForwards(['svc/a:1\n\nsvc/b:2:3', '']).length, 2)
  })
})
