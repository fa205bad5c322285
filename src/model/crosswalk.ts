/**
 * How an id of one catalog relates to an id of another, as OSCAL's control mappings say it:
 * - `equivalent-to`: the two ask for the same thing;
 * - `subset-of`: everything the source asks for is part of what the target asks for;
 * - `superset-of`: the source asks for all the target does, and more;
 * - `intersects-with`: they share some ground, and each has ground the other lacks;
 * - `no-relationship`: considered, and found unrelated (carries nothing).
 */
export type MappingRelation = 'equivalent-to' | 'subset-of' | 'superset-of' | 'intersects-with' | 'no-relationship';

/** Every mapping relation, in the order reports list them. */
export const MAPPING_RELATIONS: readonly MappingRelation[] = [
  'equivalent-to',
  'subset-of',
  'superset-of',
  'intersects-with',
  'no-relationship',
];

/** A relation that carries a mapping across (every relation but `no-relationship`). */
export type CarryingRelation = Exclude<MappingRelation, 'no-relationship'>;

/** Where a crosswalk entry's relation comes from. */
export type MappingBasis = 'framework-notes' | 'domain-knowledge';

/** One entry of a crosswalk: a source id, its relation to a target id, and why. */
export interface CrosswalkEntry {
  source: string;
  relation: MappingRelation;
  target: string;
  rationale: string;
  basis?: MappingBasis;
}

/** A crosswalk between two catalogs, read in one direction (source catalog to target catalog). */
export interface Crosswalk {
  /** `<source>--<target>` of the file as written, whichever way it is read. */
  id: string;
  title?: string;
  version?: string;
  /** Id of the catalog the entries' `source` ids belong to. */
  source: string;
  /** Id of the catalog the entries' `target` ids belong to. */
  target: string;
  notes?: string;
  entries: CrosswalkEntry[];
  /** True when the file maps the other way and is read backwards, with each relation inverted. */
  reversed: boolean;
  /** Where the crosswalk was read from. */
  path: string;
  /** sha256 of the crosswalk file's bytes, computed when it is loaded (hex). */
  sha256: string;
}

const INVERSE: Record<MappingRelation, MappingRelation> = {
  'equivalent-to': 'equivalent-to',
  'subset-of': 'superset-of',
  'superset-of': 'subset-of',
  'intersects-with': 'intersects-with',
  'no-relationship': 'no-relationship',
};

/** The relation read the other way: `a subset-of b` is `b superset-of a`; the others are symmetric. */
export function inverseRelation(relation: MappingRelation): MappingRelation {
  return INVERSE[relation];
}

/** A crosswalk read the other way: source and target swapped, each relation inverted, rationales kept. */
export function reverseCrosswalk(crosswalk: Crosswalk): Crosswalk {
  return {
    ...crosswalk,
    source: crosswalk.target,
    target: crosswalk.source,
    reversed: !crosswalk.reversed,
    entries: crosswalk.entries.map((entry) => ({
      ...entry,
      source: entry.target,
      target: entry.source,
      relation: inverseRelation(entry.relation),
    })),
  };
}

/** The first crosswalk joining two catalogs, read from `source` to `target` (reversed when written the other way), or undefined. */
export function pickCrosswalk(crosswalks: readonly Crosswalk[], source: string, target: string): Crosswalk | undefined {
  for (const crosswalk of crosswalks) {
    if (crosswalk.source === source && crosswalk.target === target) return crosswalk;
    if (crosswalk.source === target && crosswalk.target === source) return reverseCrosswalk(crosswalk);
  }
  return undefined;
}
