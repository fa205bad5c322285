import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Action, Framework, Pillar } from '../model/index.js';
import { VawgError } from './errors.js';
import { packagePath } from './paths.js';
import { compileSchema, readPackageSchema } from './schema.js';
import { validateLocated } from './schema.js';
import { readYamlFile } from './yaml-file.js';

/** The framework used when none is named. */
export const DEFAULT_FRAMEWORK = 'npcc-vawg-2021';

interface RawPillar extends Omit<Pillar, 'actions'> {
  actions: Omit<Action, 'pillar'>[];
}

const loaded = new Map<string, Framework>();

/** The catalogs bundled in `frameworks/`, by file name without extension, sorted. */
export function bundledFrameworkIds(): string[] {
  const directory = packagePath('frameworks');
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => name.replace(/\.ya?ml$/, ''))
    .sort();
}

/** Finds a catalog file from a bundled id or a path. */
export function resolveFrameworkFile(reference: string): string {
  const looksLikePath = reference.includes('/') || reference.includes(path.sep) || /\.ya?ml$/.test(reference);
  if (looksLikePath) {
    if (!existsSync(reference)) throw new VawgError('no such framework file', { file: reference });
    return reference;
  }
  for (const extension of ['.yaml', '.yml']) {
    const candidate = packagePath('frameworks', `${reference}${extension}`);
    if (existsSync(candidate)) return candidate;
  }
  const known = bundledFrameworkIds().join(', ');
  throw new VawgError(`unknown framework "${reference}" (bundled: ${known}; or give a path to a catalog file)`);
}

/** Loads a framework catalog by id or path, validated against `schemas/framework.schema.json`. */
export function loadFramework(reference: string = DEFAULT_FRAMEWORK): Framework {
  const file = resolveFrameworkFile(reference);
  const cached = loaded.get(path.resolve(file));
  if (cached) return cached;
  const yaml = readYamlFile(file);
  const problems = validateLocated(compileSchema(readPackageSchema('framework.schema.json')), yaml);
  const first = problems[0];
  if (first) throw new VawgError(`invalid framework catalog: ${first.message}`, first);
  const raw = yaml.value as Omit<Framework, 'pillars' | 'path'> & { pillars: RawPillar[] };
  const framework: Framework = {
    ...raw,
    path: file,
    pillars: raw.pillars.map((pillar) => ({
      ...pillar,
      actions: pillar.actions.map((action) => ({ ...action, pillar: pillar.id })),
    })),
  };
  checkIdentifiers(framework, (pointer) => yaml.locate(pointer));
  loaded.set(path.resolve(file), framework);
  return framework;
}

function checkIdentifiers(framework: Framework, locate: (pointer: string) => { line: number; column: number }): void {
  const seen = new Set<string>();
  framework.pillars.forEach((pillar, p) => {
    if (seen.has(pillar.id)) {
      throw new VawgError(`duplicate id "${pillar.id}"`, { file: framework.path, ...locate(`/pillars/${p}/id`) });
    }
    seen.add(pillar.id);
    pillar.actions.forEach((action, a) => {
      const pointer = `/pillars/${p}/actions/${a}/id`;
      if (!action.id.startsWith(`${pillar.id}.`)) {
        throw new VawgError(`action id "${action.id}" must start with its pillar id "${pillar.id}."`, {
          file: framework.path,
          ...locate(pointer),
        });
      }
      if (seen.has(action.id)) throw new VawgError(`duplicate id "${action.id}"`, { file: framework.path, ...locate(pointer) });
      seen.add(action.id);
    });
  });
}
