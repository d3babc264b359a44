import { describe, expect, it } from 'vitest'
import { fileHref, scormManifest, xmlId } from '../../scripts/lib/scorm-manifest'
import { validateManifest } from '../support/scorm-validate'

const input = {
  identifier: 'washington-needs-a-more-defined-kazakhstan-policy',
  title: 'Washington needs a more defined Kazakhstan policy & more',
  mastery: 80,
  launch: 'index.html',
  files: ['index.html', 'assets/index-abc.js', 'assets/fonts/inter latin.woff2'],
}

// libxml2 in WebAssembly takes a second or two per validation on a loaded machine.
describe('the SCORM manifest', { timeout: 30_000 }, () => {
  for (const version of ['1.2', '2004'] as const) {
    it(`is valid SCORM ${version} by the ADL/IMS schemas`, async () => {
      const result = await validateManifest(version, scormManifest({ ...input, version }))
      expect(result.errors).toEqual([])
      expect(result.valid).toBe(true)
    })
    it(`names the launch file and every file, one SCO (SCORM ${version})`, () => {
      const xml = scormManifest({ ...input, version })
      expect(xml).toContain('href="index.html"')
      expect(xml.match(/<file href=/g)).toHaveLength(input.files.length)
      expect(xml).toContain('<file href="assets/fonts/inter%20latin.woff2"/>')
      expect(xml.match(/<resource /g)).toHaveLength(1)
      expect(xml).toContain('Kazakhstan policy &amp; more')
    })
  }

  it('carries the mastery score where each version\'s platform reads it', () => {
    expect(scormManifest({ ...input, version: '1.2', mastery: 75 })).toContain('<adlcp:masteryscore>75</adlcp:masteryscore>')
    const xml2004 = scormManifest({ ...input, version: '2004', mastery: 75 })
    expect(xml2004).toContain('satisfiedByMeasure="true"')
    expect(xml2004).toContain('<imsss:minNormalizedMeasure>0.75</imsss:minNormalizedMeasure>')
  })

  it('an invalid manifest is caught by the same validation', async () => {
    const broken12 = scormManifest({ ...input, version: '1.2' }).replace('<adlcp:masteryscore>80</adlcp:masteryscore>', '<adlcp:passmark>80</adlcp:passmark>')
    expect((await validateManifest('1.2', broken12)).valid).toBe(false)
    // A measure outside -1…1 breaks the sequencing schema, so the 2004 extensions are checked too.
    const broken2004 = scormManifest({ ...input, version: '2004' }).replace('>0.8<', '>80<')
    expect((await validateManifest('2004', broken2004)).valid).toBe(false)
  })

  it('refuses a mastery score outside 0–100 and a launch file it does not hold', () => {
    expect(() => scormManifest({ ...input, version: '1.2', mastery: 120 })).toThrow('from 0 to 100')
    expect(() => scormManifest({ ...input, version: '1.2', launch: 'start.html' })).toThrow('start.html')
  })

  it('makes ids and hrefs XML and URI safe', () => {
    expect(xmlId('2022 deck')).toBe('id-2022-deck')
    expect(fileHref('assets/a b#c.js')).toBe('assets/a%20b%23c.js')
  })
})
