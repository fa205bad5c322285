/** Documents parsed from HTML, PDF and Word are valid commitment documents, pages and all. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, vawg } from './support.ts';

const out = mkdtempSync(path.join(tmpdir(), 'vawg-formats-out-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('parse -o, then validate', () => {
  for (const [name, format] of [
    ['warwickshire.pdf', 'pdf'],
    ['warwickshire.docx', 'docx'],
    ['warwickshire.html', 'html'],
    ['real-world-page.html', 'html'],
  ] as const) {
    it(`${name}: writes a document that validates, with format ${format}`, () => {
      const target = path.join(out, `${name}.yaml`);
      const parsed = vawg(['parse', fixture(name), '-o', target]);
      expect(parsed.status).toBe(0);
      const document = parseYaml(readFileSync(target, 'utf8')) as { document: { format: string; source: string } };
      expect(document.document.format).toBe(format);
      const checked = vawg(['validate', target]);
      expect(checked.stdout).toBe('1 valid, 0 invalid\n');
      expect(checked.status).toBe(0);
    });
  }
});
