import { loadPackageData } from '../io/data-file.js';
import { PhraseMatcher } from '../text/phrases.js';
import type { Token } from '../text/tagger.js';

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

let aliasWords: string[][] | undefined;

/**
 * Marks the words of a named initiative written as a name ("Ask for Angela", "Walk and Talk") as a proper
 * noun, so that a name made of a verb and its object is not read as a clause of its own.
 */
export function markNamedInitiatives(tokens: Token[]): void {
  aliasWords ??= loadPackageData<EntityData>('src/extract/data/named-entities.yaml').entities.flatMap((entity) =>
    entity.aliases.map((alias) => alias.split(/\s+/u)),
  );
  const capitalised = (token: Token | undefined): boolean => token !== undefined && /^\p{Lu}/u.test(token.text);
  tokens.forEach((token, index) => {
    if (token.pos !== 'VERB' || !capitalised(token)) return;
    for (const words of aliasWords!) {
      if (words.length < 2 || words[0] !== token.normal) continue;
      const span = tokens.slice(index, index + words.length);
      if (span.length !== words.length || !span.every((word, at) => word.normal === words[at])) continue;
      if (!capitalised(span[span.length - 1])) continue;
      for (const word of span) word.pos = 'PROPN';
      return;
    }
  });
}
