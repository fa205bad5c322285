/** `vawg parse` on a plain-text capture whose list is typed with "•": one commitment per item, each on its own line. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'vawg-bullets-'));
const ITEMS = [
  'Train every response officer in Domestic Abuse Matters by March 2026',
  'Appoint a dedicated investigator for police-perpetrated abuse',
  'Extend Project Vigilant patrols to the riverside and the station',
  'Review every rape case closed without a suspect being identified',
  'Publish a performance dashboard for every district each quarter',
  'Offer every victim of stalking a named officer within 24 hours',
];

describe('vawg parse on a text file of • items', () => {
  it('gives one commitment per item, each at its own line, with no bullet left in its text', async () => {
    const file = path.join(folder, 'plan.txt');
    writeFileSync(file, ['Our plan for 2025/26', 'Dorset Police will:', ...ITEMS.map((item) => `• ${item}`), ''].join('\n'));
    const run = await runCli(['parse', file, '--force', 'Dorset Police', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const document = parse(run.stdout) as { commitments: { text: string; position: { line: number; column: number } }[] };
    expect(document.commitments.map((commitment) => [commitment.text, commitment.position.line, commitment.position.column])).toEqual(
      ITEMS.map((item, index) => [item, index + 3, 3]),
    );
  });
});
