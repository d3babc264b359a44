import type { Server } from 'node:http'
/**
 * Serves the built site (dist/) on localhost, as any static host would, with Slidev's
 * single-page fallback so /study, /presenter/3 and friends resolve to index.html.
 */
import type { AddressInfo } from 'node:net'
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import { resolve } from 'node:path'
import sirv from 'sirv'

export interface RunningSite {
  url: string
  close: () => Promise<void>
}

export async function serveDist(dir = 'dist', port = 0, base = '/'): Promise<RunningSite> {
  const root = resolve(dir)
  if (!existsSync(resolve(root, 'index.html')))
    throw new Error(`No built site in ${root}: run \`npm run build\` first.`)
  const assets = sirv(root, { single: true, dev: false, etag: true })
  const server: Server = createServer((req, res) => {
    if (base !== '/') {
      // Like a real host of a sub-path: nothing outside it exists, so an address that assumes "/" fails.
      if (!req.url?.startsWith(base)) {
        res.writeHead(404).end()
        return
      }
      req.url = `/${req.url.slice(base.length)}`
    }
    assets(req, res)
  })
  await new Promise<void>(done => server.listen(port, '127.0.0.1', done))
  const { port: actualPort } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${actualPort}${base}`,
    close: () => new Promise(done => server.close(() => done())),
  }
}
