/** data/argument.ts: the argument map's nodes cite their paragraphs, links join known nodes, every step lights a node. */
import { z } from 'zod'
import { citesArticle, mermaidLabel, mermaidSafeId, records } from '../rules'

const node = z.object({
  id: mermaidSafeId,
  role: z.string(),
  text: mermaidLabel,
  source: citesArticle,
})

/** The roles a map cannot do without: what it claims, why, on what evidence, and what follows. */
const requiredRoles = [
  'claim',
  'reason',
  'evidence',
  'recommendation',
]

export const argumentMap = z.record(z.string(), z.object({
  nodes: records(node),
  links: z.array(z.object({
    from: z.string(),
    to: z.string(),
  })),
  steps: z.array(z.object({
    label: z.string(),
    roles: z.array(z.string()),
  })),
}).superRefine((map, ctx) => {
  const ids = map.nodes.map(n => n.id)
  map.links.forEach((link, index) => {
    for (const end of ['from', 'to'] as const) {
      if (!ids.includes(link[end])) {
        ctx.addIssue({
          code: 'custom',
          path: ['links', index, end],
          message: `"${link[end]}" is not a node of the map`,
        })
      }
    }
  })
  for (const role of requiredRoles) {
    if (!map.nodes.some(n => n.role === role)) {
      ctx.addIssue({
        code: 'custom',
        path: ['nodes'],
        message: `has no ${role}`,
      })
    }
  }
  map.steps.forEach((step, index) => {
    if (!map.nodes.some(n => step.roles.includes(n.role))) {
      ctx.addIssue({
        code: 'custom',
        path: ['steps', index],
        message: `"${step.label}" highlights no node`,
      })
    }
  })
}))
