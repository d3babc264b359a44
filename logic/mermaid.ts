/**
 * Pure generators from the deck's data to Mermaid flowchart text. logic/validation/ checks the data itself: known
 * actors, kinds and statuses, and at least one tie in every view.
 * No Vue, no DOM: the components render what these return; the unit tests parse it with Mermaid's own parser.
 */
import type { ArgumentMap, ArgumentRole } from '../data/argument'
import type { ColorScheme } from '../data/palette'
import type { Actor, ActorId, RelationsView, Tie, TieKind, TieStatus } from '../data/relations'
import { argumentRoles } from '../data/argument'
import { palette } from '../data/palette'
import { actors as allActors, ties as allTies, tieKinds } from '../data/relations'

export type { ColorScheme }

/** Label colours: the palette's text for focused labels and its muted text for dimmed ones, both ≥4.5:1 on the ground. */
function labelColors(scheme: ColorScheme): { focus: string, dim: string } {
  return { focus: palette[scheme].text, dim: palette[scheme].muted }
}

/** Which ties a step highlights: all given conditions must hold. */
export interface TieFocus {
  kinds?: readonly TieKind[]
  status?: TieStatus
}

export interface RelationsDiagramOptions {
  title: string
  description: string
  direction?: 'LR' | 'TB'
  /** Keep only ties whose both ends are among these actors. */
  actors?: readonly ActorId[]
  /** Keep only ties of these kinds. */
  kinds?: readonly TieKind[]
  /** The current step: its ties are drawn thick and bold, the others thin and faint. None: all drawn alike. */
  focus?: TieFocus | null
  scheme?: ColorScheme
}

export function tieMatches(tie: Tie, focus: TieFocus): boolean {
  return (!focus.kinds || focus.kinds.includes(tie.kind)) && (!focus.status || focus.status === tie.status)
}

/** Mermaid ids allow no hyphen: `ru-kz-trade` → `ru_kz_trade`. */
function mermaidId(id: string): string {
  return id.replace(/-/g, '_')
}

/** Quote text for a Mermaid label; `"` and `#` are the only characters that break out of it. */
export function mermaidText(text: string): string {
  return `"${text.replace(/#/g, '#35;').replace(/"/g, '#quot;')}"`
}

/** One line for accTitle/accDescr, which end at a newline. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** The ties a diagram draws, in data order: those between two of its actors, of one of its kinds. */
export function selectTies(ties: readonly Tie[], options: Pick<RelationsDiagramOptions, 'actors' | 'kinds'>): Tie[] {
  return ties.filter(tie => (!options.actors || (options.actors.includes(tie.from) && options.actors.includes(tie.to)))
    && (!options.kinds || options.kinds.includes(tie.kind)))
}

/** The ties of a deck view: those citing its paragraphs (or, with `context`, citing none), among its actors and kinds. */
export function viewTies(view: RelationsView, ties: readonly Tie[] = allTies): Tie[] {
  const cited = ties.filter((tie) => {
    const paragraphs = tie.source.paragraphs ?? []
    return paragraphs.length === 0
      ? view.context === true || (Array.isArray(view.context) && view.context.includes(tie.id))
      : paragraphs.some(p => view.paragraphs.includes(p))
  })
  return selectTies(cited, view)
}

/** Mermaid flowchart text for a set of ties. */
export function relationsToMermaid(ties: readonly Tie[], options: RelationsDiagramOptions, catalog: readonly Actor[] = allActors): string {
  const selected = selectTies(ties, options)
  const scheme = options.scheme ?? 'light'
  const order = options.actors ?? catalog.map(actor => actor.id)
  const used = order.filter(id => selected.some(tie => tie.from === id || tie.to === id))
  const proposed = selected.filter(tie => tie.status === 'proposed').length
  const lines = [
    `flowchart ${options.direction ?? 'LR'}`,
    `  accTitle: ${oneLine(options.title)}`,
    `  accDescr: ${oneLine(`${options.description} ${selected.length} ties${proposed
      ? `, ${proposed} of them proposed by the author (dashed)`
      : ''}.`)}`,
  ]
  for (const id of used) {
    const actor = catalog.find(a => a.id === id)!
    const [open, close] = actor.kind === 'institution'
      ? ['([', '])']
      : actor.kind === 'region'
        ? ['(', ')']
        : ['[', ']']
    lines.push(`  ${id}${open}${mermaidText(actor.name)}${close}:::${actor.kind}`)
  }
  for (const tie of selected) {
    const arrow = tie.status === 'proposed'
      ? '-.->'
      : '-->'
    lines.push(`  ${tie.from} ${mermaidId(tie.id)}@${arrow}|${mermaidText(tie.label)}| ${tie.to}`)
  }
  lines.push(...nodeClassDefs(scheme))
  const kinds = tieKinds.filter(kind => selected.some(tie => tie.kind === kind.id))
  for (const kind of kinds) {
    lines.push(`  classDef ${kind.id} stroke:${palette[scheme].ties[kind.id]},stroke-width:2px`)
    lines.push(`  class ${selected.filter(tie => tie.kind === kind.id).map(tie => mermaidId(tie.id)).join(',')} ${kind.id}`)
  }
  if (options.focus) {
    lines.push(...focusLines(selected.map(tie => [
      mermaidId(tie.id),
      tieMatches(tie, options.focus!),
    ]), scheme, true))
  }
  return `${lines.join('\n')}\n`
}

function nodeClassDefs(scheme: ColorScheme): string[] {
  const ink = labelColors(scheme).focus
  return [
    `  classDef state stroke:${ink},stroke-width:2px`,
    `  classDef region stroke:${ink},stroke-width:1px,stroke-dasharray:2 2`,
    `  classDef institution stroke:${ink},stroke-width:1px`,
  ]
}

/** classDefs `focus` and `dim`, and which edges (or nodes) get them. Dimmed text keeps ≥4.5:1 contrast. */
function focusLines(items: [string, boolean][], scheme: ColorScheme, edges: boolean): string[] {
  const { focus, dim } = labelColors(scheme)
  const lines = edges
    ? [
        `  classDef focus stroke-width:4px,color:${focus},font-weight:bold`,
        `  classDef dim stroke-width:1px,stroke-opacity:0.4,color:${dim},font-weight:normal`,
      ]
    : [
        `  classDef focus stroke-width:4px,color:${focus},font-weight:bold`,
        `  classDef dim stroke-width:1px,stroke-opacity:0.5,color:${dim},font-weight:normal`,
      ]
  const on = items.filter(([, hit]) => hit).map(([id]) => id)
  const off = items.filter(([, hit]) => !hit).map(([id]) => id)
  if (on.length)
    lines.push(`  class ${on.join(',')} focus`)
  if (off.length)
    lines.push(`  class ${off.join(',')} dim`)
  return lines
}

export interface ArgumentDiagramOptions {
  /** The current step: nodes of these roles are highlighted, the others dimmed. */
  focus?: readonly ArgumentRole[] | null
  scheme?: ColorScheme
}

/** How a link reads without a label: a plain arrow supports, a dotted one qualifies, a thick one leads to. */
const linkArrows: Record<string, string> = { 'supports': '-->', 'qualifies': '-.->', 'leads-to': '==>' }

/**
 * Mermaid flowchart text for an argument map: evidence → reasons → claim → recommendation, left to right.
 * Links carry no label (labels would widen every gap); the arrow style and the text outline say what they mean.
 */
export function argumentToMermaid(map: ArgumentMap, options: ArgumentDiagramOptions = {}): string {
  const scheme = options.scheme ?? 'light'
  const ink = labelColors(scheme).focus
  const lines = [
    // The evidence column is the map's tallest: closer rows keep its text at 12px or more on the slide.
    '%%{init: {"flowchart": {"nodeSpacing": 8}}}%%',
    'flowchart LR',
    `  accTitle: ${oneLine(map.title)}`,
    `  accDescr: ${oneLine(map.description)}`,
  ]
  for (const node of map.nodes) {
    const role = argumentRoles.find(r => r.id === node.role)!
    lines.push(`  ${mermaidId(node.id)}[${mermaidText(`${role.label}: ${node.text}`)}]:::${node.role}`)
  }
  for (const link of map.links)
    lines.push(`  ${mermaidId(link.from)} ${linkArrows[link.kind]} ${mermaidId(link.to)}`)
  lines.push(
    `  classDef claim stroke:${ink},stroke-width:3px`,
    `  classDef reason stroke:${palette[scheme].ties.economy},stroke-width:2px`,
    `  classDef evidence stroke:${palette[scheme].ties.energy},stroke-width:1px`,
    // An assertion without evidence: a thin dotted outline, so it never looks like evidence.
    `  classDef assertion stroke:${palette[scheme].ties.energy},stroke-width:1px,stroke-dasharray:2 2`,
    `  classDef qualification stroke:${palette[scheme].ties.security},stroke-width:2px,stroke-dasharray:4 3`,
    `  classDef recommendation stroke:${palette[scheme].ties.politics},stroke-width:3px`,
  )
  if (options.focus) {
    lines.push(...focusLines(map.nodes.map(node => [
      mermaidId(node.id),
      options.focus!.includes(node.role),
    ]), scheme, false))
  }
  return `${lines.join('\n')}\n`
}

export interface TieGroup {
  label: string
  ties: Tie[]
}

/** The ties grouped under the first step that highlights each, in step order; ties no step highlights come last. */
export function groupTiesBySteps(ties: readonly Tie[], steps: readonly { label: string, kinds?: readonly TieKind[], status?: TieStatus }[]): TieGroup[] {
  const groups = steps.map(step => ({ label: step.label, ties: [] as Tie[] }))
  const rest: Tie[] = []
  for (const tie of ties) {
    const index = steps.findIndex(step => tieMatches(tie, step))
    if (index < 0)
      rest.push(tie)
    else
      groups[index].ties.push(tie)
  }
  return rest.length
    ? [
        ...groups,
        { label: 'Other ties', ties: rest },
      ]
    : groups
}
