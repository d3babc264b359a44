import { parts } from '../../data/article'

/**
 * The parts that open with a section slide showing their title. The epilogue opens straight on its timeline after
 * the debrief; the reference part (checks, glossary, sources) is for study after class.
 */
export const partsWithSectionSlide = parts.filter(part => part.id !== 'epilogue' && part.id !== 'reference')
