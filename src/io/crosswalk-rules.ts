import { frameworkActions, mappableIds, type Finding, type Framework, type Severity } from '../model/index.js';
import type { RawCrosswalk } from './crosswalk.js';
import type { LocatedYaml } from './yaml-file.js';

/**
 * The rules of a schema-valid crosswalk whose two catalogs are loaded: two different catalogs, every source id
 * an id of the source catalog and every target id one of the target catalog, each pair once; with a warning for
 * each action of the source catalog that no entry mentions (write `no-relationship` when nothing relates).
 */
export function crosswalkFindings(raw: RawCrosswalk, catalogs: { source: Framework; target: Framework }, yaml: LocatedYaml): Finding[] {
  const findings: Finding[] = [];
  const report = (severity: Severity, rule: string, pointer: string, message: string): void => {
    findings.push({ rule, severity, message, file: yaml.file, ...yaml.locate(pointer) });
  };
  const { source, target } = catalogs;
  if (source.id === target.id)
    report('error', 'same-catalog', '/target', `source and target are both "${source.id}": a crosswalk joins two catalogs`);
  const sourceIds = new Set(mappableIds(source));
  const targetIds = new Set(mappableIds(target));
  const pairs = new Map<string, number>();
  raw.mappings.forEach((entry, index) => {
    const pointer = `/mappings/${index}`;
    if (!sourceIds.has(entry.source))
      report('error', 'unknown-id', `${pointer}/source`, `unknown id "${entry.source}": not an id of ${source.id}`);
    if (!targetIds.has(entry.target))
      report('error', 'unknown-id', `${pointer}/target`, `unknown id "${entry.target}": not an id of ${target.id}`);
    const pair = `${entry.source}\u0000${entry.target}`;
    const first = pairs.get(pair);
    if (first !== undefined) {
      report(
        'error',
        'duplicate-id',
        `${pointer}/source`,
        `duplicate mapping "${entry.source}" to "${entry.target}" (first at line ${first})`,
      );
    } else {
      pairs.set(pair, yaml.locate(`${pointer}/source`).line);
    }
  });
  const mentioned = new Set(raw.mappings.map((entry) => entry.source));
  for (const action of frameworkActions(source)) {
    if (!mentioned.has(action.id)) {
      report(
        'warning',
        'unmapped',
        '/mappings',
        `no entry for ${source.id} "${action.id}": map it, or say no-relationship with a rationale`,
      );
    }
  }
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}
