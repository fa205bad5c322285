import { loadPackageData } from '../io/data-file.js';
import { foldName, slugify, visibleText } from '../text/names.js';

interface ForceData {
  forces: { name: string; slug: string; aliases: string[] }[];
}

/** A force's display name and the slug used in file names and ids. */
export interface ForceName {
  name: string;
  slug: string;
}

/** A safe slug for file names and ids (kept here for the modules that import it from this file). */
export { slugify } from '../text/names.js';

/** A known force by its name or slug (case-insensitive), if the name is one in `forces.yaml`. */
export function knownForce(name: string): ForceName | undefined {
  const wanted = foldName(name);
  const forces = loadPackageData<ForceData>('src/extract/data/forces.yaml').forces;
  const found = forces.find(
    (force) => foldName(force.name) === wanted || force.slug === wanted || force.aliases.some((alias) => foldName(alias) === wanted),
  );
  return found ? { name: found.name, slug: found.slug } : undefined;
}

/** The force a text is most about, by counting mentions of each force's aliases; undefined when none is mentioned. */
export function detectForce(raw: string): ForceName | undefined {
  const text = visibleText(raw);
  let best: { force: ForceName; count: number; first: number } | undefined;
  for (const force of aliasPatterns()) {
    let count = 0;
    let first = Number.POSITIVE_INFINITY;
    for (const [index, pattern] of force.patterns.entries()) {
      // The pattern matches the alias as written, so a text without it needs no search.
      if (!text.includes(force.aliases[index]!)) continue;
      for (const match of text.matchAll(pattern)) {
        count += 1;
        first = Math.min(first, match.index ?? 0);
      }
    }
    if (count === 0) continue;
    if (!best || count > best.count || (count === best.count && first < best.first)) {
      best = { force: { name: force.name, slug: force.slug }, count, first };
    }
  }
  return best?.force;
}

/** A force of forces.yaml with its aliases compiled as whole-word patterns. */
interface ForcePatterns extends ForceName {
  aliases: string[];
  patterns: RegExp[];
}

let compiledForces: ForcePatterns[] | undefined;

/** The forces with their alias patterns, compiled once: compiling them for every document cost more than the search. */
function aliasPatterns(): ForcePatterns[] {
  compiledForces ??= loadPackageData<ForceData>('src/extract/data/forces.yaml').forces.map((force) => ({
    name: force.name,
    slug: force.slug,
    aliases: force.aliases,
    patterns: force.aliases.map((alias) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(alias)}(?![\\p{L}\\p{N}])`, 'gu')),
  }));
  return compiledForces;
}

/** A force name given by the user: the known force it names, or the name as given with a slug made from it. */
export function forceFromName(name: string): ForceName {
  return knownForce(name) ?? { name: visibleText(name), slug: slugify(name) };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
