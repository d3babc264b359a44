/** Before any worker starts: the folder the one export of this run writes to (export-once.ts). */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'

export default async function globalSetup(): Promise<void> {
  // Workers inherit the environment global setup leaves behind.
  process.env.E2E_EXPORT_DIR = await mkdtemp(join(tmpdir(), 'deck-e2e-export-'))
}
