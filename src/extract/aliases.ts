import { loadPackageData } from '../io/data-file.js';
import type { ForceAliases } from './agent.js';
import { phraseWords } from './lexicon.js';

interface ForceData {
  forces: { name: string; slug: string; aliases: string[] }[];
}

/** Words that end a force's name and can stand after its place name ("Kingsmere Police", "Fenmarsh Constabulary"). */
const FORCE_SUFFIXES = ['police', 'constabulary', 'police service', 'police force', 'force'];

/** The ways a document names its own force: its full name(s), and its place name with any force suffix ("Derbyshire Police" for Derbyshire Constabulary). */
export function forceAliases(name: string): ForceAliases {
  const names = name
    .split(/(?<=\s)\/(?=\s)/u)
    .map((part) => part.trim())
    .filter(Boolean);
  const places = new Set<string>();
  for (const part of names) {
    const words = phraseWords(part);
    const suffix = FORCE_SUFFIXES.map(phraseWords).find(
      (candidate) =>
        candidate.length < words.length && candidate.every((word, index) => words[words.length - candidate.length + index] === word),
    );
    if (suffix) places.add(words.slice(0, words.length - suffix.length).join(' '));
    if (words[0] === 'heddlu' && words.length > 1) places.add(words.slice(1).join(' '));
  }
  const known = loadPackageData<ForceData>('src/extract/data/forces.yaml').forces.find((force) =>
    names.some((part) => force.name.toLowerCase() === part.toLowerCase()),
  );
  for (const alias of known?.aliases ?? []) places.add(phraseWords(alias).join(' '));
  const phrases = names.map(phraseWords);
  for (const place of places) {
    if (place === '') continue;
    for (const suffix of FORCE_SUFFIXES) phrases.push([...place.split(' '), ...phraseWords(suffix)]);
    phrases.push(['heddlu', ...place.split(' ')]);
  }
  const unique = new Map(phrases.filter((phrase) => phrase.length > 0).map((phrase) => [phrase.join(' '), phrase]));
  return { phrases: [...unique.values()] };
}
