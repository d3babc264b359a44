import type { TimelineEvent } from '../../data/timeline'
import { describe, expect, it } from 'vitest'
import { articleWrittenAfter, eras, timelineEvents, tracks } from '../../data/timeline'
import { articleRelation, articleRelationNote, eventDateLabel, eventState, isTimelineDate, revealSteps, selectEvents, sortEvents, toYear } from '../../logic/timeline'

function event(over: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id: 'e',
    start: '2000',
    headline: 'Headline',
    text: 'Text.',
    track: 'domestic',
    source: {
      paragraphs: [1],
    },
    ...over,
  }
}
describe('the timeline data', () => {
  it('has at least fourteen events, all on known tracks', () => {
    expect(timelineEvents.length).toBeGreaterThanOrEqual(14)
    const trackIds = tracks.map(t => t.id)
    for (const e of timelineEvents)
      expect(trackIds, e.id).toContain(e.track)
  })

  it('gives every track its own shape and label', () => {
    expect(new Set(tracks.map(t => t.shape)).size).toBe(tracks.length)
    expect(new Set(tracks.map(t => t.label)).size).toBe(tracks.length)
  })

  it('has the Soviet, Nazarbayev and Tokayev eras, each with both ends', () => {
    expect(eras.map(e => e.id)).toEqual(['soviet', 'nazarbayev', 'tokayev'])
    for (const e of eras)
      expect(isTimelineDate(e.start) && isTimelineDate(e.end), e.id).toBe(true)
  })

  it('spans 1930 to 17 June 2022 before the article and keeps every later event for the "since" slide', () => {
    const before = selectEvents(timelineEvents, {
      relations: ['before'],
    })
    expect(before[0].start).toBe('1930')
    expect(before.at(-1)!.id).toBe('spief')
    const since = selectEvents(timelineEvents, {
      relations: ['may postdate', 'after'],
    })
    expect(since.map(e => e.id)).toEqual([
      'cpc-court',
      'xi-visit',
      'astana-renamed',
      'blinken-astana',
      'c5plus1-summit',
    ])
    expect(before.length + since.length).toBe(timelineEvents.length)
  })

  it('says the Russian court ordered the CPC pipeline suspended, on 5–11 July 2022, and never that it halted it', () => {
    const court = timelineEvents.find(e => e.id === 'cpc-court')!
    expect([court.start, court.end]).toEqual(['2022-07-05', '2022-07-11'])
    expect(eventDateLabel(court)).toBe('5–11 Jul 2022')
    expect(court.headline).toMatch(/orders .*suspended/)
    expect(`${court.headline} ${court.text}`).not.toMatch(/\bhalt|\bstopp/i)
    expect(court.text).toMatch(/fine/)
    expect(court.source.sources).toEqual(['rferl-cpc', 'astanatimes-cpc'])
  })

  it('has Kazakhstan’s abstention on UN General Assembly resolution ES-11/1 on 2 March 2022', () => {
    const vote = timelineEvents.find(e => e.id === 'unga-abstention')!
    expect(vote.start).toBe('2022-03-02')
    expect(vote.text).toMatch(/ES-11\/1/)
    expect(articleRelation(vote.start)).toBe('before')
  })

  it('tells students the capital the article calls Astana was officially Nur-Sultan until September 2022', () => {
    expect(timelineEvents.find(e => e.id === 'nur-sultan')!.text).toMatch(/official name until 17–19 September 2022: where the article says “Astana”, the capital was then Nur-Sultan/)
  })
})

describe('articleRelation', () => {
  it('puts the last date the article cites, and all before it, before the article', () => {
    expect(articleWrittenAfter).toBe('2022-06-17')
    expect(articleRelation('2022-06-17')).toBe('before')
    expect(articleRelation('2022-03-02')).toBe('before')
    expect(articleRelation('1930')).toBe('before')
  })

  it('marks July–December 2022 as "may postdate": the article is undated', () => {
    expect(articleRelation('2022-06-18')).toBe('may postdate')
    expect(articleRelation('2022-07')).toBe('may postdate')
    expect(articleRelation('2022-09-14')).toBe('may postdate')
    expect(articleRelation('2022-12-31')).toBe('may postdate')
  })

  it('marks 2023 on as after the article', () => {
    expect(articleRelation('2023-01-01')).toBe('after')
    expect(articleRelation('2023')).toBe('after')
    expect(articleRelation('2023-09-19')).toBe('after')
  })

  it('takes other bounds, and refuses a date that is not one', () => {
    expect(articleRelation('2000-06', { writtenAfter: '2000-05', writtenBy: '2001' })).toBe('may postdate')
    expect(articleRelation('2000-05-31', { writtenAfter: '2000-05', writtenBy: '2001' })).toBe('before')
    expect(() => articleRelation('June 2022')).toThrow(/not a timeline date/)
  })

  it('words the note a slide shows beside each event', () => {
    expect(articleRelationNote('before')).toBe('')
    expect(articleRelationNote('may postdate')).toBe('May postdate the article.')
    expect(articleRelationNote('after')).toBe('After the article.')
  })

  it('marks no September–December 2022 event "after the article"', () => {
    for (const e of timelineEvents.filter(e => e.start.startsWith('2022-09') || e.start.startsWith('2022-1')))
      expect(articleRelation(e.start), e.id).toBe('may postdate')
  })
})

describe('dates and order', () => {
  it('reads a year, a month and a day as fractional years, with the end of a year or month inclusive', () => {
    expect(toYear('1930')).toBe(1930)
    expect(toYear('1933', 'end')).toBe(1934)
    expect(toYear('2022-07')).toBeCloseTo(2022 + 181 / 365, 6)
    expect(toYear('2022-12', 'end')).toBe(2023)
    expect(toYear('2022-02-24', 'end')).toBeCloseTo(toYear('2022-02-25'), 9)
    expect(toYear('2022-02-30')).toBeNaN()
  })

  it('sorts events by start, a year before the days in it, and ties by id', () => {
    const sorted = sortEvents([
      event({ id: 'c', start: '2022-02-24' }),
      event({ id: 'b', start: '2022' }),
      event({ id: 'a', start: '1930', end: '1933' }),
      event({ id: 'd', start: '2022-02-24' }),
    ])
    expect(sorted.map(e => e.id)).toEqual(['a', 'b', 'c', 'd'])
  })

  it('sorts the real data into date order without losing an event', () => {
    const sorted = sortEvents(timelineEvents)
    expect(sorted).toHaveLength(timelineEvents.length)
    for (let i = 1; i < sorted.length; i++)
      expect(toYear(sorted[i].start)).toBeGreaterThanOrEqual(toYear(sorted[i - 1].start))
  })

  it('selects by track and by date range, inclusive of a whole year or month', () => {
    const west = selectEvents(timelineEvents, {
      tracks: ['kz-west'],
      to: '2022-08',
    })
    expect(west.map(e => e.id)).toEqual([
      'us-recognition',
      'denuclearisation',
      'c5plus1',
      'kabul',
    ])
    expect(selectEvents(timelineEvents, { from: '2022', to: '2022' }).map(e => e.id))
      .toEqual([
        'qantar',
        'recognition',
        'invasion',
        'unga-abstention',
        'spief',
        'cpc-court',
        'xi-visit',
        'astana-renamed',
      ])
  })

  it('formats dates for the slide', () => {
    expect(eventDateLabel({ start: '1992' })).toBe('1992')
    expect(eventDateLabel({ start: '2022-07' })).toBe('Jul 2022')
    expect(eventDateLabel({ start: '2022-02-24' })).toBe('24 Feb 2022')
    expect(eventDateLabel({ start: '1993', end: '1995' })).toBe('1993 – 1995')
    expect(eventDateLabel({ start: '1930', end: '1933', displayDate: '1930–1933' })).toBe('1930–1933')
  })
})

describe('revealSteps', () => {
  it('gives one step per event', () => {
    expect(revealSteps([
      event(),
      event(),
      event(),
    ])).toEqual([1, 2, 3])
  })

  it('gives one step per era, in date order', () => {
    const events = selectEvents(timelineEvents, { to: '2022-08' })
    const steps = revealSteps(events, 'era', eras)
    expect(Math.max(...steps)).toBe(3)
    expect(steps[events.findIndex(e => e.id === 'nazarbayev-elected')]).toBe(1)
    expect(steps[events.findIndex(e => e.id === 'independence')]).toBe(2)
    expect(steps[events.findIndex(e => e.id === 'tokayev')]).toBe(3)
    expect([...steps].sort((a, b) => a - b)).toEqual(steps)
  })
})

describe('eventState', () => {
  it('hides events revealed later, highlights the current step and shows the rest', () => {
    expect(eventState(3, 2, 2)).toBe('later')
    expect(eventState(2, 2, 2)).toBe('current')
    expect(eventState(1, 2, 2)).toBe('shown')
    // In print nothing is current (step 0) and everything is shown.
    expect(eventState(1, 5, 0)).toBe('shown')
  })
})
