/** Checks on the slides as Slidev parses them: each names the slide and the file it is written in. */
import { article, partById } from '../data/article'

export interface CheckedSlide {
  no: number
  title: string
  part: string
  paragraphs: readonly number[]
  file: string
}

export function deckErrors(slides: readonly CheckedSlide[]): string[] {
  const errors: string[] = []
  for (const slide of slides) {
    const where = `slide ${slide.no} (${slide.file})`
    if (slide.no > 1 && !slide.part)
      errors.push(`${where} belongs to no part: set part: in its src: import in slides.md`)
    else if (slide.part && !partById(slide.part))
      errors.push(`${where} names the unknown part "${slide.part}"`)
    for (const paragraph of slide.paragraphs) {
      if (!Number.isInteger(paragraph) || paragraph < 1 || paragraph > article.paragraphCount)
        errors.push(`${where} cites ¶${paragraph}, which the article does not have`)
    }
    if (!slide.title.trim())
      errors.push(`${where} has no # title`)
  }
  return errors
}
