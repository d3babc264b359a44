/**
 * The deck's diagram drawings as modules of the site: a Vite plugin, added by setup/vite-plugins.ts, over the drawings
 * logic/diagram-drawings.ts lists and diagram-render.ts draws. `virtual:diagram-drawings` maps each drawing's key to a
 * loader of its own small module, so a page loads only the drawings it shows and runs no Mermaid. A build starts
 * drawing as it starts bundling; the dev server draws again (only what changed) when an edit changes what a diagram
 * draws, and reloads the page.
 */
import type { Plugin, ViteDevServer } from 'vite'
import type { DiagramSource } from '../../logic/diagram-drawings'
import { resolve } from 'node:path'
import { diagramDrawings } from '../../logic/diagram-drawings'
import { renderDrawings } from './diagram-render'

const INDEX = 'virtual:diagram-drawings'
const DRAWING = 'virtual:diagram-drawing/'
/** Rollup's mark for a module that is no file. */
const VIRTUAL = '\0'

export function diagramDrawingsPlugin(root: string): Plugin {
  let server: ViteDevServer | undefined
  let drawn: Promise<Map<string, string>> | undefined
  /** What the drawings were last made from, to tell an edit that changes a diagram from one that does not. */
  let drawnFrom = ''
  // The dev server reads the drawings' sources afresh through its own module graph, so an edit is seen.
  const listDrawings = async (): Promise<DiagramSource[]> => server
    ? (await server.ssrLoadModule(resolve(root, 'logic/diagram-drawings.ts'))).diagramDrawings()
    : diagramDrawings()
  const draw = (after?: Promise<unknown>) => drawn ??= (async () => {
    // One drawing at a time: a draw asked for during another starts when that one is done.
    await after?.catch(() => {})
    const drawings = await listDrawings()
    drawnFrom = JSON.stringify(drawings)
    return renderDrawings(drawings, {
      root,
      wholeDeck: true,
      log: message => console.log(`  diagrams: ${message}`),
    })
  })()

  return {
    name: 'deck:diagram-drawings',
    buildStart() {
      // Drawn while the rest of the site is bundled; the index waits for it, and fails the build if it failed.
      if (!server)
        void draw().catch(() => {})
    },
    configureServer(devServer) {
      server = devServer
    },
    // After Vite has taken the edit into its module graph: if it changed what a diagram draws, draw again and reload.
    async hotUpdate({ file }) {
      if (this.environment.name !== 'client' || !server || !drawn || !/\.ts$/.test(file))
        return
      if (JSON.stringify(await listDrawings()) === drawnFrom)
        return
      const previous = drawn
      drawn = undefined
      void draw(previous).catch(() => {})
      for (const module of server.moduleGraph.idToModuleMap.values()) {
        if (module.id?.startsWith(VIRTUAL + INDEX) || module.id?.startsWith(VIRTUAL + DRAWING))
          server.moduleGraph.invalidateModule(module)
      }
      server.ws.send({ type: 'full-reload' })
    },
    resolveId(id) {
      if (id === INDEX || id.startsWith(DRAWING))
        return VIRTUAL + id
    },
    async load(id) {
      if (id === VIRTUAL + INDEX) {
        const keys = [
          ...(await draw()).keys(),
        ]
        return `export default {\n${keys.map(key => `  ${JSON.stringify(key)}: () => import(${JSON.stringify(DRAWING + key)}),`).join('\n')}\n}\n`
      }
      if (id.startsWith(VIRTUAL + DRAWING)) {
        const key = id.slice(VIRTUAL.length + DRAWING.length)
        const svg = (await draw()).get(key)
        if (svg === undefined)
          this.error(`no diagram drawing ${key}: logic/diagram-drawings.ts lists none by that key`)
        return `export default ${JSON.stringify(svg)}\n`
      }
    },
  }
}
