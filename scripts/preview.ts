/**
 * `npm run preview`: serve the built site on http://127.0.0.1:4173 (or PORT), at the base it was built for (or BASE).
 * Files are read on each request, so a rebuild is served at once; a rebuild for another base is named, with what to do.
 */
import { watchFile } from 'node:fs'
import { resolve } from 'node:path'
import process from 'node:process'
import { serveDist, siteBase } from './lib/serve'

const dir = process.env.DIST ?? 'dist'
try {
  const site = await serveDist(dir, Number(process.env.PORT ?? 4173), process.env.BASE, { live: true })
  console.log(`Serving ${dir}/ at ${site.url} (slides), ${site.url}study (reading view), ${site.url}presenter (presenter view). Ctrl+C to stop.`)
  watchFile(resolve(dir, 'index.html'), { interval: 1000 }, (current) => {
    if (!current.mtimeMs)
      return
    let rebuilt = site.base
    try {
      rebuilt = siteBase(dir)
    }
    catch {}
    console.log(rebuilt === site.base
      ? `${dir}/ was rebuilt: reload the page to see the new build.`
      : `${dir}/ was rebuilt for the base ${rebuilt}: stop this preview (Ctrl+C) and start it again.`)
  })
}
catch (error) {
  console.error(`preview: ${error instanceof Error
    ? error.message
    : String(error)}`)
  process.exitCode = 1
}
