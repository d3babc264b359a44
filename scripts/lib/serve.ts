import type { Server } from 'node:http'
/**
 * Serves the built site (dist/) on localhost, as any static host would, with Slidev's
 * single-page fallback so /study, /presenter/3 and friends resolve to index.html.
 */
import type { AddressInfo } from 'node:net'
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { resolve } from 'node:path'
import sirv from 'sirv'
import { builtBase } from './exports'

export interface RunningSite {
  url: string
  /** The base path the site was built for, read from its index.html. */
  base: string
  close: () => Promise<void>
}

/** The base path the site in `dir` was built for ("/" when it cannot tell). */
export function siteBase(dir = 'dist'): string {
  return builtBase(readFileSync(resolve(dir, 'index.html'), 'utf8')) ?? '/'
}

/**
 * `base` defaults to the one the site was built for, so a sub-path build is served (and exported) where it works.
 * `live` reads files on each request, so a rebuild while serving is picked up instead of 404s for the old bundle.
 */
export async function serveDist(dir = 'dist', port = 0, base?: string, { live = false } = {}): Promise<RunningSite> {
  const root = resolve(dir)
  if (!existsSync(resolve(root, 'index.html')))
    throw new Error(`No built site in ${root}: run \`npm run build\` first.`)
  const built = siteBase(root)
  const served = base ?? built
  if (served !== built)
    throw new Error(`${dir}/ was built for the base ${built}, but it is being served at ${served}: set BASE=${built}, or build again with --base ${served}.`)
  const assets = sirv(root, { single: true, dev: live, etag: true })
  const server: Server = createServer((req, res) => {
    if (served !== '/') {
      // Like a real host of a sub-path: nothing outside it exists, so an address that assumes "/" fails.
      if (!req.url?.startsWith(served)) {
        res.writeHead(404).end()
        return
      }
      req.url = `/${req.url.slice(served.length)}`
    }
    assets(req, res)
  })
  await new Promise<void>(done => server.listen(port, '127.0.0.1', done))
  const { port: actualPort } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${actualPort}${served}`,
    base: served,
    close: () => new Promise(done => server.close(() => done())),
  }
}
