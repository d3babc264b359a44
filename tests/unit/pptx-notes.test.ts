import PptxGenJS from 'pptxgenjs'
import { describe, expect, it } from 'vitest'
import { A4_NOTES, fitNotesPages, notesPlaceholders } from '../../scripts/lib/pptx-notes'

/** A package as the exporter makes it: the deck's slide size, a picture-sized shape and speaker notes. */
async function deckLikePptx(): Promise<Uint8Array> {
  const pptx = new PptxGenJS()
  pptx.defineLayout({ name: 'deck', width: 980 / 96, height: 552 / 96 })
  pptx.layout = 'deck'
  for (const note of [
    'A short note.',
    'A longer note. '.repeat(80),
  ]) {
    const slide = pptx.addSlide()
    slide.addText('Slide', { x: 0, y: 0, w: '100%', h: '100%' })
    slide.addNotes(note)
  }
  return await pptx.write({ outputType: 'uint8array' }) as Uint8Array
}

function outside(page: { cx: number, cy: number }, boxes: Awaited<ReturnType<typeof notesPlaceholders>>['boxes']) {
  return boxes.filter(box => box.x < 0 || box.y < 0 || box.x + box.cx > page.cx || box.y + box.cy > page.cy).map(box => `${box.file} ${box.type}`)
}

describe('the PPTX notes pages', () => {
  it('as pptxgenjs writes them, place the slide picture and the note past the page edge', async () => {
    const { page, boxes } = await notesPlaceholders(await deckLikePptx())
    expect(outside(page, boxes)).not.toEqual([])
  })

  it('once fitted, are A4 with every notes placeholder inside the page', async () => {
    const { page, boxes } = await notesPlaceholders(await fitNotesPages(await deckLikePptx()))
    expect(page).toEqual(A4_NOTES)
    expect(boxes.map(box => box.type)).toEqual(expect.arrayContaining(['sldImg', 'body', 'sldNum']))
    expect(outside(page, boxes)).toEqual([])
  })

  it('show the slide at the slide\'s proportions, above the note', async () => {
    const { boxes } = await notesPlaceholders(await fitNotesPages(await deckLikePptx()))
    const image = boxes.find(box => box.type === 'sldImg')!
    const body = boxes.find(box => box.type === 'body')!
    expect(image.cx / image.cy).toBeCloseTo(980 / 552, 2)
    expect(body.y).toBeGreaterThan(image.y + image.cy)
    expect(body.cy).toBeGreaterThan(A4_NOTES.cy / 3)
  })
})
