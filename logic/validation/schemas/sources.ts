/** data/sources.ts: every source once, with a title, a publisher and a web address; further reading says why. */
import { z } from 'zod'
import { paragraphs, records, slug, text } from '../rules'

/**
 * Aggregators and mirrors, which republish what others wrote: the deck cites primary or established sources, ones a
 * student can cite in an essay, never a copy of them. A subdomain counts as its host.
 */
const LOW_STANDING_HOSTS = [
  'wikivisually.com',
  'archyworldys.com',
  'americandailynewspaper.com',
  'simple.wikipedia.org',
  'menafn.com',
  'news.yahoo.com',
  'flipbuilder.com',
  'homsy-staging.cambridgecore.org',
] as const

/** The low-standing host a web address is on, if it is on one. */
function lowStandingHost(url: string): string | undefined {
  let host: string
  try {
    host = new URL(url).hostname
  }
  catch {
    return undefined
  }
  return LOW_STANDING_HOSTS.find(bad => host === bad || host.endsWith(`.${bad}`))
}

export const sourceList = records(z.object({
  id: slug,
  title: text,
  publisher: text,
  url: z.string().regex(/^https?:\/\/\S+$/, 'is not a web link (http:// or https://)').superRefine((url, ctx) => {
    const host = lowStandingHost(url)
    if (host)
      ctx.addIssue({ code: 'custom', message: `is on ${host}, an aggregator or mirror: cite the primary or established source it copies` })
  }),
  readFor: z.object({ paragraphs, why: text }).optional(),
}))
