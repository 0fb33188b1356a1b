declare const __CHAOS_ACTION_VERSION__: string | undefined

/** Our version; replaced at bundle time, read from package.json when run from source. */
export const VERSION: string =
  typeof __CHAOS_ACTION_VERSION__ === 'string' ? __CHAOS_ACTION_VERSION__ : '0.1.0-dev'

/** The chaostoolkit-lib version whose run semantics we follow; written as the journal's chaoslib-version. */
export const CHAOSLIB_COMPAT_VERSION = '1.44.0'
