import { loadPackageData } from '../io/data-file.js';
import { PhraseMatcher } from '../text/phrases.js';

interface EntityData {
  entities: { name: string; kind: 'initiative' | 'power'; aliases: string[] }[];
}

/** Named initiatives and powers a text mentions. */
export interface NamedEntities {
  initiatives: string[];
  powers: string[];
}

let matcher: PhraseMatcher<{ name: string; kind: 'initiative' | 'power' }> | undefined;

function entityMatcher(): PhraseMatcher<{ name: string; kind: 'initiative' | 'power' }> {
  if (matcher) return matcher;
  const data = loadPackageData<EntityData>('src/extract/data/named-entities.yaml');
  matcher = new PhraseMatcher(
    data.entities.flatMap((entity) => entity.aliases.map((phrase) => ({ phrase, payload: { name: entity.name, kind: entity.kind } }))),
  );
  return matcher;
}

/** The initiatives and powers from `src/extract/data/named-entities.yaml` whose aliases a text mentions, sorted by name. */
export function namedEntities(text: string): NamedEntities {
  const initiatives = new Set<string>();
  const powers = new Set<string>();
  for (const found of entityMatcher().match(text)) {
    (found.payload.kind === 'power' ? powers : initiatives).add(found.payload.name);
  }
  return { initiatives: [...initiatives].sort(), powers: [...powers].sort() };
}
