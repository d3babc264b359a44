/**
 * imsmanifest.xml for the self-study module as one SCO, in SCORM 1.2 and SCORM 2004 4th edition. The mastery
 * score travels in the manifest, where the platform reads it and hands it to the module at run time:
 * adlcp:masteryscore (1.2, a percentage) or the primary objective's minNormalizedMeasure, satisfied by measure
 * (2004, a fraction). The tests validate the output against the ADL/IMS schemas.
 */
import type { ScormVersion } from '../../logic/scorm'

export interface ManifestInput {
  version: ScormVersion
  /** The package's identifier, e.g. the deck's slug; made into a valid XML id. */
  identifier: string
  title: string
  /** Pass mark, 0–100. */
  mastery: number
  /** The file the platform opens, relative to the package root. */
  launch: string
  /** Every file of the module, relative to the package root, '/'-separated (imsmanifest.xml excluded). */
  files: readonly string[]
}

/** Text and attribute values escaped for XML. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
}

/** An xsd:ID: letters, digits, '-', '_', '.'; never starting with a digit. */
export function xmlId(text: string): string {
  const id = text.replace(/[^\w.-]+/g, '-')
  return /^[A-Z_]/i.test(id)
    ? id
    : `id-${id}`
}

/** A path as a URI reference inside the package: each segment percent-encoded, slashes kept. */
export function fileHref(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}

/** Which schema files each version's manifest names, as they are called in the ADL packages. */
export const SCHEMA_LOCATIONS: Record<ScormVersion, Record<string, string>> = {
  1.2: {
    'http://www.imsproject.org/xsd/imscp_rootv1p1p2': 'imscp_rootv1p1p2.xsd',
    'http://www.adlnet.org/xsd/adlcp_rootv1p2': 'adlcp_rootv1p2.xsd',
  },
  2004: {
    'http://www.imsglobal.org/xsd/imscp_v1p1': 'imscp_v1p1.xsd',
    'http://www.adlnet.org/xsd/adlcp_v1p3': 'adlcp_v1p3.xsd',
    'http://www.imsglobal.org/xsd/imsss': 'imsss_v1p0.xsd',
  },
}

function schemaLocation(version: ScormVersion): string {
  return Object.entries(SCHEMA_LOCATIONS[version]).map(([namespace, file]) => `${namespace} ${file}`).join(' ')
}

export function scormManifest(input: ManifestInput): string {
  if (!(input.mastery >= 0 && input.mastery <= 100))
    throw new Error(`The mastery score must be from 0 to 100; got ${input.mastery}.`)
  if (!input.files.includes(input.launch))
    throw new Error(`The launch file ${input.launch} is not among the package's files.`)
  const id = xmlId(input.identifier)
  const title = escapeXml(input.title)
  const files = input.files.map(file => `      <file href="${escapeXml(fileHref(file))}"/>`).join('\n')
  const launch = escapeXml(fileHref(input.launch))
  if (input.version === '1.2') {
    return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="${schemaLocation('1.2')}">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${title}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${title}</title>
        <adlcp:masteryscore>${input.mastery}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${launch}">
${files}
    </resource>
  </resources>
</manifest>
`
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="${schemaLocation('2004')}">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${title}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${title}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="knowledge-checks" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${input.mastery / 100}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormType="sco" href="${launch}">
${files}
    </resource>
  </resources>
</manifest>
`
}
