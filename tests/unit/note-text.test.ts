import { describe, expect, it } from 'vitest'
import { noteText } from '../../logic/note-text'

const note = '[click] The **author** argues, in [¶7](https://x.y/#7), that <Term id="bri">BRI</Term> *money*\n\n[click:3] `still` matters.'

describe('a note as plain text', () => {
  it('for a reader: drops click markers, tags, link targets and Markdown marks, keeping the words on one line', () => {
    expect(noteText(note)).toBe('The author argues, in ¶7, that BRI money still matters.')
  })

  it('for the lecturer\'s script: keeps the click markers and the line breaks, and drops the mark-up', () => {
    expect(noteText(note, { script: true })).toBe('[click] The author argues, in ¶7, that BRI money\n\n[click:3] still matters.')
  })
})
