import { describe, expect, it } from 'vitest'
import { oneAtATime } from '../../scripts/lib/run-command'

describe('oneAtATime', () => {
  it('starts each task only once the one before it has ended, in the order given', async () => {
    const lane = oneAtATime()
    const events: string[] = []
    const task = (name: string, ms: number) => () => new Promise<string>((done) => {
      events.push(`${name} starts`)
      setTimeout(() => {
        events.push(`${name} ends`)
        done(name)
      }, ms)
    })
    const results = await Promise.all([
      lane(task('slow', 30)),
      lane(task('quick', 1)),
    ])
    expect(results).toEqual(['slow', 'quick'])
    expect(events).toEqual([
      'slow starts',
      'slow ends',
      'quick starts',
      'quick ends',
    ])
  })

  it('runs the next task after one fails, and hands the failure to its own caller', async () => {
    const lane = oneAtATime()
    const failing = lane(() => Promise.reject(new Error('build broke')))
    const next = lane(() => Promise.resolve('built'))
    await expect(failing).rejects.toThrow('build broke')
    await expect(next).resolves.toBe('built')
  })
})
