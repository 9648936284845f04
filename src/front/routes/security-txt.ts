import type { GatewayContext } from '../context.js'
import { simpleRoute } from './health.js'

// RFC 9116. Expires is set a year from start-up: a long-running instance keeps a valid
// file, and a restart renews it.
export function securityTxtRoute (ctx: GatewayContext): ReturnType<typeof simpleRoute> {
  const expires = new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString()
  const body = [
    `Contact: ${ctx.config.server.securityContact}`,
    `Expires: ${expires}`,
    'Preferred-Languages: en',
    `Policy: ${ctx.config.server.securityPolicyUrl}`,
    '',
  ].join('\n')
  return simpleRoute(ctx, 'security_txt', (ex) => { ex.send(200, 'text/plain; charset=utf-8', body) })
}
