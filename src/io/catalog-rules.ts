import type { Finding, Severity } from '../model/index.js';
import type { RawCatalog } from './catalog.js';
import type { LocatedYaml } from './yaml-file.js';

/** An id a catalog defines, with where it is written. */
interface DefinedId {
  id: string;
  pointer: string;
  topLevel: boolean;
}

/** Text that `vawg frameworks new` leaves for the author to replace. */
const PLACEHOLDER = /^TODO\b/;

/**
 * The identifier rules of a schema-valid catalog: ids unique (and different from the catalog's own id in a
 * one-level catalog), action ids prefixed by their pillar, provenance citing known ids and source keys; with
 * warnings for a reconstructed catalog's parts that have no provenance entry and for placeholders left in.
 */
export function catalogFindings(raw: RawCatalog, yaml: LocatedYaml): Finding[] {
  const findings: Finding[] = [];
  const report = (severity: Severity, rule: string, pointer: string, message: string): void => {
    findings.push({ rule, severity, message, file: yaml.file, ...yaml.locate(pointer) });
  };
  if (raw.pillars && raw.items)
    report('error', 'shape', '/items', 'a catalog has either pillars (with actions) or items (one level), not both');
  const defined = definedIds(raw);
  const seen = new Set<string>(raw.items ? [raw.id] : []);
  for (const entry of defined) {
    if (seen.has(entry.id)) {
      const clash = entry.id === raw.id && raw.items ? " (the catalog's own id names its implicit group)" : '';
      report('error', 'duplicate-id', entry.pointer, `duplicate id "${entry.id}"${clash}`);
    }
    seen.add(entry.id);
  }
  (raw.pillars ?? []).forEach((pillar, p) => {
    pillar.actions.forEach((action, a) => {
      if (!action.id.startsWith(`${pillar.id}.`)) {
        report(
          'error',
          'id-prefix',
          `/pillars/${p}/actions/${a}/id`,
          `action id "${action.id}" must start with its pillar id "${pillar.id}."`,
        );
      }
    });
  });
  checkSourceKeys(raw, report);
  checkProvenance(raw, defined, report);
  findPlaceholders(raw, '', (pointer) =>
    report('warning', 'placeholder', pointer, 'TODO placeholder left from `vawg frameworks new`: replace it'),
  );
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

type Report = (severity: Severity, rule: string, pointer: string, message: string) => void;

function definedIds(raw: RawCatalog): DefinedId[] {
  if (raw.items) return raw.items.map((item, i) => ({ id: item.id, pointer: `/items/${i}/id`, topLevel: true }));
  return (raw.pillars ?? []).flatMap((pillar, p) => [
    { id: pillar.id, pointer: `/pillars/${p}/id`, topLevel: true },
    ...pillar.actions.map((action, a) => ({ id: action.id, pointer: `/pillars/${p}/actions/${a}/id`, topLevel: false })),
  ]);
}

function checkSourceKeys(raw: RawCatalog, report: Report): void {
  const keys = new Set<string>();
  raw.sources.forEach((source, s) => {
    if (source.key === undefined) return;
    if (keys.has(source.key)) report('error', 'duplicate-id', `/sources/${s}/key`, `duplicate source key "${source.key}"`);
    keys.add(source.key);
  });
}

function checkProvenance(raw: RawCatalog, defined: DefinedId[], report: Report): void {
  const entries = raw.provenance?.entries ?? [];
  const ids = new Set(defined.map((entry) => entry.id));
  const keys = new Set(raw.sources.flatMap((source) => (source.key === undefined ? [] : [source.key])));
  const described = new Set<string>();
  entries.forEach((entry, e) => {
    const pointer = `/provenance/entries/${e}`;
    if (!ids.has(entry.id)) report('error', 'unknown-id', `${pointer}/id`, `provenance for unknown id "${entry.id}"`);
    else if (described.has(entry.id)) report('error', 'duplicate-id', `${pointer}/id`, `duplicate provenance entry for "${entry.id}"`);
    described.add(entry.id);
    entry.builtFrom.forEach((key, k) => {
      if (!keys.has(key))
        report('error', 'unknown-id', `${pointer}/builtFrom/${k}`, `unknown source key "${key}": give the source a key: under sources`);
    });
  });
  if (raw.status !== 'reconstructed') return;
  for (const entry of defined) {
    if (entry.topLevel && !described.has(entry.id)) {
      report('warning', 'provenance', entry.pointer, `reconstructed catalog: no provenance entry says what "${entry.id}" is built from`);
    }
  }
}

function findPlaceholders(value: unknown, pointer: string, found: (pointer: string) => void): void {
  const path: string[] = pointer === '' ? [] : pointer.slice(1).split('/');
  const visit = (node: unknown): void => {
    if (typeof node === 'string') {
      // The pointer is spelled out only for a placeholder found: a catalog has thousands of strings and none of them.
      if (PLACEHOLDER.test(node)) found(path.map((segment) => `/${segment}`).join(''));
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => {
        path.push(String(index));
        visit(item);
        path.pop();
      });
    } else if (node !== null && typeof node === 'object') {
      for (const [key, item] of Object.entries(node)) {
        path.push(key.replace(/~/g, '~0').replace(/\//g, '~1'));
        visit(item);
        path.pop();
      }
    }
  };
  visit(value);
}
