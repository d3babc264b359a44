/**
 * Mermaid's own parser under Node. Mermaid sanitises label text with DOMPurify, which needs a DOM and is inert
 * under Node (no jsdom or happy-dom is installed). Sanitising is not parsing, so DOMPurify's hooks become no-ops
 * and `sanitize` returns its input; everything else is Mermaid's real grammar and flowchart database.
 */
import DOMPurify from 'dompurify'

Object.assign(DOMPurify, {
  addHook: () => {},
  removeHook: () => {},
  removeHooks: () => {},
  sanitize: (text: string) => text,
})

export interface ParsedFlowchart {
  title: string
  description: string
  edges: { id?: string, start: string, end: string, text: string, stroke: string, classes: string[] }[]
}

/** What this test reads from Mermaid's flowchart database (its own type is not exported). */
interface FlowchartDatabase {
  getAccTitle: () => string
  getAccDescription: () => string
  getEdges: () => { id?: string, start: string, end: string, text: string, stroke: string, classes?: string[] }[]
}

function isFlowchartDatabase(db: unknown): db is FlowchartDatabase {
  const candidate = db as Partial<FlowchartDatabase> | null
  return typeof candidate?.getEdges === 'function' && typeof candidate.getAccTitle === 'function'
}

/** Parses with Mermaid and returns what its flowchart database holds; throws Mermaid's own error on bad syntax. */
export async function parseFlowchart(text: string): Promise<ParsedFlowchart> {
  // Imported after the stub above, so Mermaid's sanitiser finds it in place.
  const { default: mermaid } = await import('mermaid')
  await mermaid.parse(text)
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text)
  const db: unknown = diagram.db
  if (!isFlowchartDatabase(db))
    throw new Error(`Not a flowchart: Mermaid parsed it as ${diagram.type}`)

  return {
    title: db.getAccTitle(),
    description: db.getAccDescription(),
    edges: db.getEdges().map(edge => ({
      id: edge.id,
      start: edge.start,
      end: edge.end,
      text: edge.text,
      stroke: edge.stroke,
      classes: edge.classes ?? [],
    })),
  }
}
