/**
 * Notes pages that fit their page. pptxgenjs declares the notes page as the slide turned on its side (`notesSz`
 * 5,257,800 EMU wide for our slide) but places the notes master's placeholders for PowerPoint's default 6,858,000-wide
 * page, so PowerPoint and LibreOffice print the slide picture and the note past the right edge. This sets the notes
 * page to A4 portrait, the paper a lecturer prints on, and lays the master's placeholders out inside it: header and
 * date on top, the slide at full width, the note below it, footer and page number at the bottom. The notes slides
 * themselves carry no positions and inherit these.
 */
import JSZip from 'jszip'

/** A4 portrait in EMU (1 mm = 36,000 EMU). */
export const A4_NOTES = { cx: 210 * 36_000, cy: 297 * 36_000 } as const

/** A placeholder's position and size in EMU, as PowerPoint's XML gives them. */
export interface EmuBox { x: number, y: number, cx: number, cy: number }

/** Where each notes-master placeholder goes on a page of `page` size for slides of `slide` size. */
export function notesLayout(page: { cx: number, cy: number }, slide: { cx: number, cy: number }): Record<string, EmuBox> {
  const margin = 12 * 36_000
  const band = 13 * 36_000
  const width = page.cx - 2 * margin
  const half = Math.floor(page.cx / 2)
  const image = {
    x: margin,
    y: band + margin / 2,
    cx: width,
    cy: Math.round(width * slide.cy / slide.cx),
  }
  const bodyY = image.y + image.cy + margin / 2
  return {
    hdr: { x: 0, y: 0, cx: half, cy: band },
    dt: {
      x: half,
      y: 0,
      cx: page.cx - half,
      cy: band,
    },
    sldImg: image,
    body: {
      x: margin,
      y: bodyY,
      cx: width,
      cy: page.cy - band - margin / 2 - bodyY,
    },
    ftr: {
      x: 0,
      y: page.cy - band,
      cx: half,
      cy: band,
    },
    sldNum: {
      x: half,
      y: page.cy - band,
      cx: page.cx - half,
      cy: band,
    },
  }
}

function sizeOf(xml: string, tag: string) {
  const match = new RegExp(`<p:${tag} cx="(\\d+)" cy="(\\d+)"`).exec(xml)
  if (!match)
    throw new Error(`the PPTX's presentation.xml has no ${tag}`)
  return {
    cx: Number(match[1]),
    cy: Number(match[2]),
  }
}

/** Rewrites the package so its notes page is A4 and every notes-master placeholder lies on it. */
export async function fitNotesPages(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes)
  const presentationFile = zip.file('ppt/presentation.xml')!
  const presentation = await presentationFile.async('string')
  const slide = sizeOf(presentation, 'sldSz')
  zip.file('ppt/presentation.xml', presentation.replace(/<p:notesSz cx="\d+" cy="\d+"\/>/, `<p:notesSz cx="${A4_NOTES.cx}" cy="${A4_NOTES.cy}"/>`))
  const layout = notesLayout(A4_NOTES, slide)
  for (const name of Object.keys(zip.files).filter(file => /^ppt\/notesMasters\/notesMaster\d+\.xml$/.test(file))) {
    const master = await zip.file(name)!.async('string')
    const placed = master.replace(/<p:sp>.*?<\/p:sp>/gs, (shape) => {
      const type = /<p:ph type="(\w+)"/.exec(shape)?.[1]
      const box = type
        ? layout[type]
        : undefined
      if (!box)
        return shape
      const fitted = shape.replace(/<a:xfrm><a:off x="\d+" y="\d+"\/><a:ext cx="\d+" cy="\d+"\/><\/a:xfrm>/, `<a:xfrm><a:off x="${box.x}" y="${box.y}"/><a:ext cx="${box.cx}" cy="${box.cy}"/></a:xfrm>`)
      // A note longer than its box shrinks to fit instead of running off the page.
      return type === 'body'
        ? fitted.replace(/<a:bodyPr([^>]*)\/>/, '<a:bodyPr$1><a:normAutofit/></a:bodyPr>')
        : fitted
    })
    zip.file(name, placed)
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

/** Every placeholder box on the notes master and the notes slides, with the notes page's size: for checking. */
export async function notesPlaceholders(bytes: Uint8Array): Promise<{ page: { cx: number, cy: number }, boxes: (EmuBox & { file: string, type: string })[] }> {
  const zip = await JSZip.loadAsync(bytes)
  const page = sizeOf(await zip.file('ppt/presentation.xml')!.async('string'), 'notesSz')
  const boxes: (EmuBox & { file: string, type: string })[] = []
  for (const file of Object.keys(zip.files).filter(name => /^ppt\/notes(?:Masters\/notesMaster|Slides\/notesSlide)\d+\.xml$/.test(name))) {
    const xml = await zip.file(file)!.async('string')
    for (const shape of xml.match(/<p:sp>.*?<\/p:sp>/gs) ?? []) {
      const type = /<p:ph type="(\w+)"/.exec(shape)?.[1] ?? 'shape'
      const box = /<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(shape)
      if (box) {
        boxes.push({
          file,
          type,
          x: Number(box[1]),
          y: Number(box[2]),
          cx: Number(box[3]),
          cy: Number(box[4]),
        })
      }
    }
  }
  return { page, boxes }
}
