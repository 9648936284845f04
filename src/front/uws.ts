import { createRequire } from 'node:module'
import type * as UwsTypes from 'uWebSockets.js'

export type { HttpRequest, HttpResponse, TemplatedApp, us_listen_socket as ListenSocket } from 'uWebSockets.js'

// The only module that loads uWebSockets.js. The package we pin silently falls back to a
// slow pure-JS server when its native binary cannot load (wrong Node ABI, glibc, arch);
// we detect that here so the gateway can refuse to start instead of quietly running at a
// fraction of its speed.
const require = createRequire(import.meta.url)

function load (): typeof UwsTypes {
  // The package prints its fallback warning with console.warn; silence it here because
  // the gateway reports the condition itself, in its own log schema.
  const warn = console.warn
  const log = console.log
  const said: string[] = []
  console.warn = (...a: unknown[]) => { said.push(a.map(String).join(' ')) }
  console.log = (...a: unknown[]) => { said.push(a.map(String).join(' ')) }
  try {
    return require('uWebSockets.js') as typeof UwsTypes
  } finally {
    console.warn = warn
    console.log = log
    loadMessages = said
  }
}

let loadMessages: string[] = []
export const uws = load()

/**
 * True when the exports are the compiled addon. The native App is a C++ function whose
 * source text is '[native code]'; the fallback's App is ordinary JavaScript.
 */
export function isNativeUws (mod: { App: unknown } = uws): boolean {
  return typeof mod.App === 'function' && Function.prototype.toString.call(mod.App).includes('[native code]')
}

/** What the package said while loading (its reason for falling back, if it did). */
export function uwsLoadMessages (): readonly string[] {
  return loadMessages
}

/**
 * Closes the app's listen sockets and every open connection. The native build has
 * App.close() though the bundled types do not declare it; the fallback may lack it.
 */
export function closeApp (app: UwsTypes.TemplatedApp): void {
  const close = (app as UwsTypes.TemplatedApp & { close?: () => void }).close
  if (typeof close === 'function') close.call(app)
}
