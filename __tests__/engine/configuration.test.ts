import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import {
  convertToType,
  loadConfiguration,
  loadDynamicConfiguration,
  loadSecrets,
  loadVarFile,
  mergeVars,
  parseVar,
  declaredSecretValues,
  type RunConfigurationProbe
} from '../../src/engine/configuration.ts'
import { UsageError, UserError } from '../../src/engine/errors.ts'
import { RecordingLogger } from '../../src/engine/logger.ts'
import { substitute } from '../../src/engine/substitute.ts'

describe('parseVar', () => {
  it('reads key=value as a string', () => {
    assert.deepEqual(parseVar('name=Jane'), { key: 'name', value: 'Jane' })
    assert.deepEqual(parseVar('url=http://x/?a=b'), { key: 'url', value: 'http://x/?a=b' })
    assert.deepEqual(parseVar('empty='), { key: 'empty', value: '' })
    assert.deepEqual(parseVar('s:str=5'), { key: 's', value: '5' })
    assert.deepEqual(parseVar('s:string=5'), { key: 's', value: '5' })
    assert.deepEqual(parseVar('b:bytes=raw'), { key: 'b', value: 'raw' })
  })

  it('converts ints and floats like Python', () => {
    assert.deepEqual(parseVar('port:int=8080'), { key: 'port', value: 8080 })
    assert.deepEqual(parseVar('port:integer= -12 '), { key: 'port', value: -12 })
    assert.deepEqual(parseVar('n:int=1_000'), { key: 'n', value: 1000 })
    assert.deepEqual(parseVar('ratio:float=0.5'), { key: 'ratio', value: 0.5 })
    assert.deepEqual(parseVar('ratio:number=1e-3'), { key: 'ratio', value: 0.001 })
    assert.deepEqual(parseVar('r:float=.5'), { key: 'r', value: 0.5 })
    assert.equal(parseVar('r:float=-inf').value, Number.NEGATIVE_INFINITY)
  })

  it('converts bools and JSON', () => {
    for (const falsy of ['false', 'False', '0', 'no', 'NO'])
      assert.equal(parseVar(`f:bool=${falsy}`).value, false)
    for (const truthy of ['true', '1', 'yes', 'anything', ''])
      assert.equal(parseVar(`f:bool=${truthy}`).value, true)
    assert.deepEqual(parseVar('j:json={"a": [1, true]}').value, { a: [1, true] })
    assert.equal(parseVar('j:json=').value, '')
  })

  it('splits the type off the last colon of the name', () => {
    assert.deepEqual(parseVar('a:b:int=3'), { key: 'a:b', value: 3 })
  })

  it('rejects malformed vars with a one-line UsageError', () => {
    const cases: [string, RegExp][] = [
      ['novalue', /var needs to be in the format name\[:type\]=value/],
      ['port:int=abc', /invalid literal for int\(\) with base 10: 'abc'/],
      ['port:int=1.5', /invalid literal for int\(\)/],
      ['x:float=1.2.3', /could not convert string to float: '1.2.3'/],
      ['x:list=1', /variable type can only be: bool, str, int, float, bytes or json/],
      ['j:json={bad', /invalid JSON/],
      ['=5', /name before '=' is empty/]
    ]
    for (const [text, message] of cases) {
      assert.throws(
        () => parseVar(text),
        (e: unknown) =>
          e instanceof UsageError && message.test(e.message) && !e.message.includes('\n'),
        text
      )
    }
  })
})

describe('convertToType', () => {
  it('handles non-string defaults as Python would', () => {
    assert.equal(convertToType('int', 8080), 8080)
    assert.equal(convertToType('int', 7.9), 7)
    assert.equal(convertToType('bool', false), false)
    assert.deepEqual(convertToType('json', { a: 1 }), { a: 1 })
    assert.equal(convertToType(undefined, null), null)
    assert.throws(() => convertToType('int', null), /int\(\) can't convert NoneType/)
  })
})

describe('loadConfiguration', () => {
  const env = { HOSTNAME_X: 'web-1', PORT_X: '8081', EMPTY_X: '', FLAG_X: 'no', JSON_X: '[1,2]' }

  it('keeps literals and nested objects as they are', () => {
    const declared = {
      url: 'http://x',
      n: 3,
      nested: { a: { type: 'env', key: 'HOSTNAME_X' } },
      list: [1]
    }
    assert.deepEqual(loadConfiguration(declared, {}, env), declared)
  })

  it('reads env values, converting them with env_var_type', () => {
    const conf = loadConfiguration(
      {
        host: { type: 'env', key: 'HOSTNAME_X' },
        port: { type: 'env', key: 'PORT_X', env_var_type: 'int' },
        flag: { type: 'env', key: 'FLAG_X', env_var_type: 'bool' },
        list: { type: 'env', key: 'JSON_X', env_var_type: 'json' },
        empty: { type: 'env', key: 'EMPTY_X' }
      },
      {},
      env
    )
    assert.deepEqual(conf, { host: 'web-1', port: 8081, flag: false, list: [1, 2], empty: '' })
  })

  it('uses the default only when the variable is unset, converted too', () => {
    const conf = loadConfiguration(
      {
        a: { type: 'env', key: 'UNSET_X', default: '9', env_var_type: 'int' },
        b: { type: 'env', key: 'UNSET_X', default: null },
        c: { type: 'env', key: 'HOSTNAME_X', default: 'fallback' }
      },
      {},
      env
    )
    assert.deepEqual(conf, { a: 9, b: null, c: 'web-1' })
  })

  it("fails with chaostoolkit's message when a variable is missing", () => {
    assert.throws(
      () => loadConfiguration({ token: { type: 'env', key: 'MISSING_X' } }, {}, env),
      (e: unknown) =>
        e instanceof UserError &&
        e.message ===
          'Configuration makes reference to an environment key that does not exist: MISSING_X'
    )
    assert.throws(
      () =>
        loadConfiguration({ p: { type: 'env', key: 'HOSTNAME_X', env_var_type: 'int' } }, {}, env),
      /configuration 'p': cannot convert environment variable HOSTNAME_X to int/
    )
  })

  it('lets overrides replace declared keys only, even an env definition', () => {
    const declared = {
      token: { type: 'env', key: 'MISSING_X' },
      name: 'declared',
      other: { type: 'probe' }
    }
    const conf = loadConfiguration(declared, { token: 'from-var', undeclared: 1 }, env)
    assert.deepEqual(conf, { token: 'from-var', name: 'declared', other: { type: 'probe' } })
    // A var file may give a full definition, which is then resolved.
    const fromFile = loadConfiguration(
      { name: 'x' },
      { name: { type: 'env', key: 'HOSTNAME_X' } },
      env
    )
    assert.deepEqual(fromFile, { name: 'web-1' })
    assert.deepEqual(loadConfiguration(undefined, { a: 1 }, env), {})
  })

  it('adds undeclared overrides when asked to', () => {
    const conf = loadConfiguration({ a: 1 }, { b: 2, a: 3 }, env, { allowUndeclared: true })
    assert.deepEqual(conf, { a: 3, b: 2 })
  })
})

describe('loadSecrets', () => {
  const env = { TOKEN_X: 's3cret', PASS_X: 'hunter22' }

  it('resolves env secrets at any depth and keeps literals', () => {
    const secrets = loadSecrets(
      {
        k8s: { token: { type: 'env', key: 'TOKEN_X' }, user: 'admin' },
        db: { nested: { pass: { type: 'env', key: 'PASS_X' }, port: 5432 } }
      },
      {},
      env
    )
    assert.deepEqual(secrets, {
      k8s: { token: 's3cret', user: 'admin' },
      db: { nested: { pass: 'hunter22', port: 5432 } }
    })
  })

  it("fails with chaostoolkit's message on a missing variable, and refuses vault", () => {
    assert.throws(
      () => loadSecrets({ s: { t: { type: 'env', key: 'NOPE_X' } } }, {}, env),
      (e: unknown) =>
        e instanceof UserError &&
        e.message === 'Secrets make reference to an environment key that does not exist: NOPE_X'
    )
    assert.throws(
      () => loadSecrets({ s: { t: { type: 'vault', path: 'a/b' } } }, {}, env),
      /vault secrets are not supported yet/
    )
  })

  it('replaces a whole scope with an override of the same name', () => {
    const secrets = loadSecrets(
      { k8s: { token: { type: 'env', key: 'NOPE_X' }, user: 'admin' }, other: { a: 'b' } },
      { k8s: { token: 'override' }, undeclared: { x: 'y' } },
      env
    )
    assert.deepEqual(secrets, { k8s: { token: 'override' }, other: { a: 'b' } })
  })

  it('lists every declared secret value for masking, typed, without resolving or throwing', () => {
    const values = declaredSecretValues(
      {
        a: { t: 's3cret', n: 1234, nested: { l: ['x1', 'x2'] }, b: true },
        e: { set: { type: 'env', key: 'SET_X' }, unset: { type: 'env', key: 'NOPE_X' } },
        v: { x: { type: 'vault', path: 'p' } }
      },
      { o: { k: 'override' } },
      { SET_X: 'from-env' }
    )
    assert.deepEqual(values, ['s3cret', 1234, 'x1', 'x2', true, 'from-env', 'override'])
    assert.deepEqual(declaredSecretValues(undefined, null, {}), [])
  })
})

describe('var files', () => {
  let dir = ''
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'chaos-varfile-'))
  })
  after(async () => {
    await rm(dir, { recursive: true, force: true })
  })
  const write = async (name: string, content: string) => {
    const path = join(dir, name)
    await writeFile(path, content)
    return path
  }

  it('reads configuration and secrets from JSON and YAML', async () => {
    const json = await write(
      'v.json',
      JSON.stringify({ configuration: { a: 1 }, secrets: { s: { t: 'x' } } })
    )
    assert.deepEqual(await loadVarFile(json), {
      configuration: { a: 1 },
      secrets: { s: { t: 'x' } },
      env: {}
    })
    const yaml = await write(
      'v.yaml',
      'configuration:\n  host: web\n  port: {type: env, key: PORT}\n'
    )
    assert.deepEqual(await loadVarFile(yaml), {
      configuration: { host: 'web', port: { type: 'env', key: 'PORT' } },
      secrets: {},
      env: {}
    })
    const yml = await write('v.yml', 'secrets:\n  k8s:\n    token: abc\n')
    assert.deepEqual((await loadVarFile(yml)).secrets, { k8s: { token: 'abc' } })
  })

  it('reads other files as .env lines', async () => {
    const path = await write('.env', '# comment\nA=1\n  B = two words \nC=x=y\r\n\nEMPTY=\n')
    assert.deepEqual((await loadVarFile(path)).env, {
      A: '1',
      'B ': ' two words',
      C: 'x=y',
      EMPTY: ''
    })
    const emptyYaml = await write('empty.yaml', '{}\n')
    await assert.rejects(
      loadVarFile(emptyYaml),
      /line 1: expected KEY=VALUE/,
      'empty data is read as .env'
    )
  })

  it('rejects missing and unparsable files', async () => {
    await assert.rejects(
      loadVarFile(join(dir, 'nope.json')),
      (e: unknown) => e instanceof UsageError && /does not exist/.test(e.message)
    )
    await assert.rejects(loadVarFile(await write('bad.json', '{"a":')), /failed to parse var file/)
    await assert.rejects(loadVarFile(await write('list.yaml', '- a\n- b\n')), /must hold an object/)
    assert.deepEqual(await loadVarFile(await write('blank.json', '')), {
      configuration: {},
      secrets: {},
      env: {}
    })
  })

  it('merges files in order, then --var on top', () => {
    const merged = mergeVars(
      [
        { configuration: { a: 1, b: 1 }, secrets: { s: { x: '1' } }, env: { E: '1' } },
        { configuration: { b: 2 }, secrets: { s: { y: '2' } }, env: { F: '2' } }
      ],
      { a: 'var' }
    )
    assert.deepEqual(merged, {
      configuration: { a: 'var', b: 2 },
      secrets: { s: { y: '2' } },
      env: { E: '1', F: '2' }
    })
  })
})

describe('loadDynamicConfiguration', () => {
  let baseUrl = ''
  const server = createServer((req, res) => {
    if (req.url === '/fail') throw new Error('never reached')
    res.setHeader('Content-Type', 'application/json')
    res.end(JSON.stringify({ path: req.url }))
  })
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  after(() => new Promise<void>((resolve) => server.close(() => resolve())))

  // A small real runner: process via execFile, http via fetch, both after ${} substitution.
  const runProbe: RunConfigurationProbe = async (activity, configuration, secrets) => {
    const provider = substitute(activity.provider, configuration, secrets) as Record<
      string,
      unknown
    >
    if (provider.type === 'process') {
      const args = (provider.arguments as string[] | undefined) ?? []
      return new Promise((resolve) => {
        execFile(String(provider.path), args, { timeout: 20_000 }, (error, stdout, stderr) => {
          const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
          resolve({ status: code, stdout, stderr })
        })
      })
    }
    if (provider.type === 'http') {
      const res = await fetch(String(provider.url), { signal: AbortSignal.timeout(20_000) })
      return { status: res.status, headers: {}, body: await res.json() }
    }
    throw new Error(`unsupported provider ${String(provider.type)}`)
  }

  it('replaces probe values by their output, in order, with earlier keys usable', async () => {
    const logger = new RecordingLogger()
    const conf = await loadDynamicConfiguration(
      {
        plain: 'p',
        word: {
          type: 'probe',
          name: 'echo-word',
          provider: {
            type: 'process',
            path: process.execPath,
            arguments: ['-e', 'console.log("  hello  ")']
          }
        },
        page: {
          type: 'probe',
          name: 'get',
          provider: { type: 'http', url: `${baseUrl}/\${word}` }
        },
        broken: {
          type: 'probe',
          name: 'exit-2',
          provider: {
            type: 'process',
            path: process.execPath,
            arguments: ['-e', 'console.error("nope"); process.exit(2)']
          }
        },
        unknown: { type: 'probe', name: 'weird', provider: { type: 'nope' } },
        after: 'still here'
      },
      {},
      runProbe,
      logger
    )
    assert.deepEqual(conf, {
      plain: 'p',
      word: 'hello',
      page: { path: '/hello' },
      after: 'still here'
    })
    assert.match(
      logger.text(),
      /dynamic configuration 'broken' \(probe 'exit-2'\) exited with status 2: nope/
    )
    assert.match(
      logger.text(),
      /dynamic configuration 'unknown' \(probe 'weird'\) failed: unsupported provider nope/
    )
  })
})
