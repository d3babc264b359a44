/**
 * The record a slide names by id (`<Term id>`, `<ObjectionCard id>`, a check slide's `question:`). The build checks
 * every such id and lists each misspelling (logic/validation/slides.ts); `npm run dev` shows a slide without that
 * check, so a misspelt id is named here rather than failing later on an undefined record.
 */
export function recordById<T extends { id: string }>(list: readonly T[], id: string, dataset: string): T {
  const found = list.find(record => record.id === id)
  if (!found)
    throw new Error(`${dataset} has no "${id}": is the id on the slide misspelt? (npm run build lists every such id)`)
  return found
}
