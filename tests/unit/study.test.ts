import type { StudySlideInfo } from '../../logic/study'
import { describe, expect, it } from 'vitest'
import { parts } from '../../data/article'
import { groupByPart } from '../../logic/article'
import { parseLastRead, studySlideInfos, studyTextHTML } from '../../logic/study'
import { lecturerDirectionOffenders, lecturerDirections } from '../../logic/study-text'

function slide(no: number, part: string): StudySlideInfo {
  return {
    no,
    title: `Slide ${no}`,
    part,
    paragraphs: [],
    studyText: '',
  }
}

describe('groupByPart', () => {
  it('keeps deck order and starts a group at each part', () => {
    const groups = groupByPart([
      slide(1, ''),
      slide(2, 'opening'),
      slide(3, 'thesis'),
      slide(4, 'thesis'),
      slide(5, 'russia'),
    ], parts)
    expect(groups.map(group => [
      group.part.id,
      group.slides.map(s => s.no),
    ])).toEqual([
      [
        'opening',
        [1, 2],
      ],
      [
        'thesis',
        [3, 4],
      ],
      [
        'russia',
        [5],
      ],
    ])
  })
})

describe('the remembered reading position', () => {
  it('is a slide the deck has', () => {
    expect(parseLastRead('12', 57)).toBe(12)
  })

  it('is forgotten when missing, malformed or past the end of the deck', () => {
    expect(parseLastRead(null, 57)).toBeUndefined()
    expect(parseLastRead('twelve', 57)).toBeUndefined()
    expect(parseLastRead('3.5', 57)).toBeUndefined()
    expect(parseLastRead('58', 57)).toBeUndefined()
    expect(parseLastRead('0', 57)).toBeUndefined()
  })
})

describe('the slides a student surface shows', () => {
  const source = (no: number, frontmatter: Record<string, unknown>) => ({ no, title: `Slide ${no}`, frontmatter })

  it('carry the study text from the frontmatter, and drop a lecturer-only slide', () => {
    const infos = studySlideInfos([
      source(2, {
        minutes: 1,
        part: 'thesis',
        paragraphs: [1, 2],
        study: 'The author argues.\n',
      }),
      source(3, { lecturerOnly: true, part: 'practice', study: 'The answers.' }),
      source(4, { selfStudy: true, part: 'practice' }),
    ])
    expect(infos.map(info => [
      info.no,
      info.part,
      info.paragraphs,
      info.studyText,
    ])).toEqual([
      [
        2,
        'thesis',
        [1, 2],
        'The author argues.',
      ],
      [4, 'practice', [], ''],
    ])
  })
})

describe('a study text as HTML', () => {
  it('splits paragraphs, renders a list, emphasis and links', () => {
    expect(studyTextHTML('The author **argues**\nthat *Astana* moves.\n\n- one\n- [two](https://example.org/x)\n'))
      .toBe('<p>The author <strong>argues</strong> that <em>Astana</em> moves.</p><ul><li>one</li><li><a href="https://example.org/x" target="_blank" rel="noopener">two</a></li></ul>')
  })

  it('escapes markup, so a text can never inject a tag or a script link', () => {
    expect(studyTextHTML('Read <script>x</script> [¶7](javascript:alert(1)).'))
      .toBe('<p>Read &lt;script&gt;x&lt;/script&gt; [¶7](javascript:alert(1)).</p>')
  })

  it('is empty for a slide without study text', () => {
    expect(studyTextHTML('')).toBe('')
  })
})

describe('lecturer direction in a student text', () => {
  const phrases = (text: string) => lecturerDirections(text).map(({ phrase }) => phrase)

  it('finds addressing the class, timing, click markers, skipping, facilitation and the answer key', () => {
    expect(lecturerDirections('Tell the class the map matters. About two minutes.')).toEqual([
      { phrase: 'Tell the class', reason: 'a prompt to the class' },
      { phrase: 'About two minutes', reason: 'a timing cue' },
    ])
    expect(phrases('Ask them which claim holds. [click] Next.')).toEqual(['Ask them', '[click]'])
    expect(phrases('Skip in class if short of time.')).toEqual(['Skip in class'])
    expect(phrases('Self-study slide: not shown in class.')).toEqual(['not shown in class'])
    expect(phrases('Facilitate the debate; see the answer key.')).toEqual(['Facilitate', 'answer key'])
    expect(phrases('Spend five minutes here.')).toEqual(['minutes'])
  })

  it('finds nothing in a text written to a reader', () => {
    // A reader asked to ask themselves something is not a class being prompted.
    expect(lecturerDirections('Ask yourself which of them the author means.')).toEqual([])
    expect(lecturerDirections('The author argues, in ¶9, that Moscow has weakened. Reread ¶9: which evidence does he give, and would you accept it?')).toEqual([])
  })

  it('lists each offending slide with its phrases', () => {
    expect(lecturerDirectionOffenders([
      { no: 4, title: 'Agenda', text: 'Ask the class to time it: ten minutes.' },
      { no: 5, title: 'Map', text: 'Kazakhstan borders Russia and China.' },
    ])).toEqual(['slide 4 "Agenda": "Ask the class", "minutes"'])
  })
})
