/** `npm run preview`: serve the built site on http://127.0.0.1:4173 (or PORT). */
import process from 'node:process'
import { serveDist } from './serve'

const site = await serveDist(process.env.DIST, Number(process.env.PORT ?? 4173), process.env.BASE ?? '/')
console.log(`Serving ${process.env.DIST ?? 'dist'}/ at ${site.url} (slides), ${site.url}study (reading view), ${site.url}presenter (presenter view). Ctrl+C to stop.`)
