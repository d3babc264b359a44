/**
 * How a slide is used in class, read from its frontmatter: `minutes: N` for a slide taught in class,
 * `selfStudy: true` for one students read on their own, `lecturerOnly: true` for one students never see (the
 * answer key). Minutes are data, never read back from the notes' prose.
 */
export type SlideTiming
  = | { kind: 'class', minutes: number }
    | { kind: 'selfStudy' }
    | { kind: 'lecturerOnly' }

/** The slide's timing, or why its frontmatter gives none (neither key, both, or minutes that are not a time). */
export function slideTiming(frontmatter: Readonly<Record<string, unknown>>): SlideTiming | string {
  const { minutes, selfStudy, lecturerOnly } = frontmatter
  const hasMinutes = minutes !== undefined
  const outOfClass = selfStudy === true || lecturerOnly === true
  if (hasMinutes && outOfClass) {
    return `has both minutes: and ${selfStudy === true
      ? 'selfStudy'
      : 'lecturerOnly'}: true; keep one`
  }
  if (hasMinutes) {
    if (typeof minutes !== 'number' || !(minutes > 0))
      return `minutes: ${String(minutes)} is not a positive number`
    return { kind: 'class', minutes }
  }
  if (lecturerOnly === true)
    return { kind: 'lecturerOnly' }
  if (selfStudy === true)
    return { kind: 'selfStudy' }
  return 'has none of minutes: N (taught in class), selfStudy: true or lecturerOnly: true in its frontmatter'
}

/** Minutes a slide takes in class; none for a slide taught out of class, or whose frontmatter gives no timing. */
export function classMinutes(frontmatter: Readonly<Record<string, unknown>>): number | undefined {
  const timing = slideTiming(frontmatter)
  return typeof timing !== 'string' && timing.kind === 'class'
    ? timing.minutes
    : undefined
}
