import type { GatewayContext } from './context.js'
import { analyzeRoute } from './routes/analyze.js'
import { chatCompletionsRoute } from './routes/chat-completions.js'
import { healthzRoute, methodNotAllowedRoute, notFoundRoute, readyzRoute } from './routes/health.js'
import { securityTxtRoute } from './routes/security-txt.js'
import { uws, type ListenSocket, type TemplatedApp } from './uws.js'

/** The public app: the routes of the public contract, and JSON errors for everything else. */
export function createPublicApp (ctx: GatewayContext): TemplatedApp {
  const app = uws.App()
  app.post('/v1/chat/completions', chatCompletionsRoute(ctx))
  app.any('/v1/chat/completions', methodNotAllowedRoute(ctx, 'POST'))
  app.post('/v1/analyze', analyzeRoute(ctx))
  app.any('/v1/analyze', methodNotAllowedRoute(ctx, 'POST'))
  app.get('/healthz', healthzRoute(ctx))
  app.get('/readyz', readyzRoute(ctx))
  app.get('/.well-known/security.txt', securityTxtRoute(ctx))
  app.any('/*', notFoundRoute(ctx))
  return app
}

export interface Listening {
  readonly port: number
  close (): void
}

export function listen (app: TemplatedApp, host: string, port: number): Promise<Listening> {
  return new Promise((resolve, reject) => {
    app.listen(host, port, (socket: ListenSocket | false) => {
      if (socket === false) {
        reject(new Error(`cannot listen on ${host}:${port} (address in use or not available)`))
        return
      }
      let open = true
      resolve({
        port: uws.us_socket_local_port(socket as unknown as Parameters<typeof uws.us_socket_local_port>[0]),
        close: () => {
          if (open) uws.us_listen_socket_close(socket)
          open = false
        },
      })
    })
  })
}
