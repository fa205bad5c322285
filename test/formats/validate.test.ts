/** Documents parsed from HTML, PDF and Word are valid commitment documents, pages and all. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { scratchFolders } from '../helpers/scratch.ts';
import { fixture, vawg } from './support.ts';

const out = scratchFolders('vawg-formats-out-')();

describe('parse -o, then validate', () => {
  for (const [name, format] of [
    ['warwickshire.pdf', 'pdf'],
    ['warwickshire.docx', 'docx'],
    ['warwickshire.html', 'html'],
    ['real-world-page.html', 'html'],
  ] as const) {
    it(`${name}: writes a document that validates, with format ${format}`, async () => {
      const target = path.join(out, `${name}.yaml`);
      const parsed = await vawg(['parse', fixture(name), '-o', target]);
      expect(parsed.status).toBe(0);
      const document = parseYaml(readFileSync(target, 'utf8')) as { document: { format: string; source: string } };
      expect(document.document.format).toBe(format);
      const checked = await vawg(['validate', target]);
      expect(checked.stdout).toBe('1 valid, 0 invalid\n');
      expect(checked.status).toBe(0);
    });
  }
});
