/** A scratch folder with a small strategy, parsed in-process, for the merge and write tests. */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { ROOT, runCli, type CliRun } from '../helpers/cli.ts';
import type { CommitmentDocument } from '../../src/model/index.ts';

/** A small markdown strategy: two paragraphs, a lead-in with two items, a second section, and a sentence that is no commitment. */
export const STRATEGY = `---
force: Kent Police
title: Safer streets strategy
---
# Safer streets strategy

## Building trust

We will publish a quarterly report on misconduct cases involving violence against women and girls.

We will train every officer in trauma-informed investigation of rape and serious sexual offences.

To do this we will:

- Patrol the night-time economy with Project Vigilant officers.
- Use stalking protection orders against repeat offenders.

## Safer spaces

We will work with councils to improve street lighting in parks.

Our officers met many residents last year.
`;

/** A folder holding a source and the commitment document parsed from it. */
export class Workspace {
  readonly dir: string;
  readonly source: string;
  readonly output: string;

  constructor(sourceName = 'strategy.md', sourceText: string = STRATEGY, outputName = 'kent.yaml') {
    this.dir = mkdtempSync(path.join(tmpdir(), 'vawg-merge-'));
    this.source = path.join(this.dir, sourceName);
    this.output = path.join(this.dir, outputName);
    writeFileSync(this.source, sourceText);
  }

  /** A workspace over a copy of a file from the repository. */
  static copyOf(relative: string, outputName: string, extra: string[] = []): Workspace {
    const workspace = new Workspace(path.basename(relative), '', outputName);
    copyFileSync(path.join(ROOT, relative), workspace.source);
    for (const file of extra) copyFileSync(path.join(ROOT, file), path.join(workspace.dir, path.basename(file)));
    return workspace;
  }

  /** `vawg parse <source> -o <output>` with more arguments, in-process, from the workspace folder. */
  parse(...args: string[]): Promise<CliRun> {
    return runCli(['parse', this.source, '-o', this.output, ...args], { cwd: this.dir });
  }

  /** Any vawg command, from the workspace folder. */
  run(...args: string[]): Promise<CliRun> {
    return runCli(args, { cwd: this.dir });
  }

  text(): string {
    return readFileSync(this.output, 'utf8');
  }

  write(text: string): void {
    writeFileSync(this.output, text);
  }

  /** Edits the YAML text; the replaced text must be there. */
  edit(from: string | RegExp, to: string): void {
    const before = this.text();
    const after = before.replace(from, to);
    if (after === before) throw new Error(`edit found nothing to replace: ${String(from)}`);
    this.write(after);
  }

  editSource(from: string, to: string): void {
    const before = readFileSync(this.source, 'utf8');
    if (!before.includes(from)) throw new Error(`source edit found nothing to replace: ${from}`);
    writeFileSync(this.source, before.replace(from, to));
  }

  document(): CommitmentDocument {
    return parseDocument(this.text()).toJS() as CommitmentDocument;
  }

  /** The commitment whose text starts with these words. */
  commitment(start: string): CommitmentDocument['commitments'][number] {
    const found = this.document().commitments.find((commitment) => commitment.text.startsWith(start));
    if (!found) throw new Error(`no commitment starts with ${start}`);
    return found;
  }
}
