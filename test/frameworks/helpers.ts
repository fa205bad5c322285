/** Small catalogs and crosswalks written to a temporary folder, for the framework and crosswalk tests. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A fresh temporary folder. */
export function tempFolder(name: string): string {
  return mkdtempSync(path.join(tmpdir(), `vawg-${name}-`));
}

/** Writes `text` to `name` in `folder` and returns its path. */
export function writeIn(folder: string, name: string, text: string): string {
  const file = path.join(folder, name);
  writeFileSync(file, text);
  return file;
}

/** The 1-based line of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index === -1) throw new Error(`"${needle}" not found`);
  return index + 1;
}

/** The 1-based column of `needle` on the first line containing it. */
export function columnOf(text: string, needle: string): number {
  const line = text.split('\n').find((candidate) => candidate.includes(needle));
  if (line === undefined) throw new Error(`"${needle}" not found`);
  return line.indexOf(needle) + 1;
}

/** A two-level source catalog `src-fw`: pillar `p` with actions p.a to p.e. */
export const SOURCE_CATALOG = [
  'id: src-fw',
  'title: Source framework',
  'publisher: Tests',
  'published: "2024-01-01"',
  'status: published',
  'sources: []',
  'pillars:',
  '  - id: p',
  '    title: The only pillar',
  '    summary: Holds every action.',
  '    indicators: []',
  '    actions:',
  ...['a', 'b', 'c', 'd', 'e'].flatMap((name) => [
    `      - id: p.${name}`,
    `        title: Action ${name}`,
    `        summary: Action ${name} of the source.`,
    '        indicators:',
    `          - { phrase: phrase ${name}, weight: 0.8, source: domain-knowledge }`,
  ]),
  '',
].join('\n');

/** A one-level target catalog `tgt-fw` with one item per relation. */
export const TARGET_CATALOG = [
  'id: tgt-fw',
  'title: Target framework',
  'publisher: Tests',
  'published: "2024-01-01"',
  'status: reconstructed',
  'version: "2.1"',
  'sources:',
  '  - { key: notes, title: Public notes }',
  'provenance:',
  '  basis: Built for tests.',
  '  notPublic: [the outcome list]',
  '  entries:',
  ...['eq', 'sub', 'sup', 'inter', 'none', 'general'].map((id) => `    - { id: ${id}, builtFrom: [notes] }`),
  'items:',
  ...['eq', 'sub', 'sup', 'inter', 'none', 'general'].flatMap((id) => [
    `  - id: ${id}`,
    `    title: Item ${id}`,
    `    summary: Item ${id} of the target.`,
    '    indicators:',
    `      - { phrase: item ${id}, weight: 0.8, source: glossary }`,
  ]),
  '',
].join('\n');

/** A crosswalk from src-fw to tgt-fw using every relation once, and a pillar entry. */
export const CROSSWALK = [
  'source: src.yaml',
  'target: tgt.yaml',
  'title: Source to target',
  'version: "1"',
  'mappings:',
  '  - { source: p.a, relation: equivalent-to, target: eq, rationale: The same thing. }',
  '  - { source: p.b, relation: subset-of, target: sub, rationale: Part of it. }',
  '  - { source: p.c, relation: superset-of, target: sup, rationale: It is part of the source. }',
  '  - { source: p.d, relation: intersects-with, target: inter, rationale: They share some ground. }',
  '  - { source: p.e, relation: no-relationship, target: none, rationale: Considered and unrelated. }',
  '  - { source: p, relation: subset-of, target: general, rationale: The pillar is part of it. }',
  '',
].join('\n');

/** Writes the source and target catalogs and the crosswalk to a fresh folder. */
export function writeFixtureSet(name: string): { folder: string; source: string; target: string; crosswalk: string } {
  const folder = tempFolder(name);
  return {
    folder,
    source: writeIn(folder, 'src.yaml', SOURCE_CATALOG),
    target: writeIn(folder, 'tgt.yaml', TARGET_CATALOG),
    crosswalk: writeIn(folder, 'src-fw--tgt-fw.yaml', CROSSWALK),
  };
}
