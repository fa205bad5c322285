/**
 * End-to-end tests: the whole CLI run in-process through `main(argv, io)`, checking its output,
 * the files it writes and its exit codes. The few tests that start the real `bin/vawg.js` are in
 * test/e2e/bin.test.ts.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments, parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT as root, runCli as vawg } from '../helpers/cli.ts';
import { scratchFolders } from '../helpers/scratch.ts';

const SOURCES = ['derbyshire', 'dorset', 'hampshire', 'kent', 'warwickshire'] as const;
const ACTION_IDS = [
  'trust.police-perpetrated-abuse',
  'trust.sexism-misogyny',
  'trust.lived-experience',
  'trust.capability',
  'pursuit.dangerous-perpetrators',
  'pursuit.police-powers',
  'pursuit.victims-justice',
  'spaces.behaviour-change',
  'spaces.dangerous-places',
];
const ANSI = /\u001b\[/;
const STACK_FRAME = /^\s+at /m;

interface Commitment {
  id: string;
  text: string;
  section: string[];
  position: { line: number; column: number };
  strength: string;
  actions: { id: string; confidence: number; by: string }[];
}

interface CommitmentDocument {
  version: number;
  force: { name: string; slug: string };
  document: { title: string; source: string; sha256: string; format: string };
  framework: string;
  commitments: Commitment[];
  warnings: { rule: string; message: string; line: number; column: number }[];
}

/** Parses one source to JSON through the CLI. */
async function parseJson(source: string): Promise<CommitmentDocument> {
  const run = await vawg(['parse', source, '--format', 'json']);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as CommitmentDocument;
}

/** The 1-based line of the first occurrence of `needle` at or after `from`. */
function lineOf(text: string, needle: string, from = 0): number {
  const index = text.indexOf(needle, from);
  if (index === -1) throw new Error(`"${needle}" not found`);
  return text.slice(0, index).split('\n').length;
}

const scratch = scratchFolders('vawg-e2e-');

describe('help, version and usage errors', () => {
  it('--help prints usage and the commands, exit 0', async () => {
    const run = await vawg(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: vawg /);
    for (const command of ['parse', 'validate', 'gaps', 'frameworks']) expect(run.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
    expect(run.stdout).toContain('Examples:');
  });

  it('--version prints the package version, exit 0', async () => {
    const run = await vawg(['--version']);
    const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(version);
  });

  // Every command, its usage, and the options its help must show.
  const BUDGET = [
    '--max-size',
    '--max-decompressed',
    '--max-pages',
    '--max-operators',
    '--max-line',
    '--max-paragraph',
    '--max-nesting',
    '--max-depth',
    '--max-nodes',
  ];
  const OUTPUT = ['-o, --output-file'];
  const COMMANDS: [string, string, string[]][] = [
    [
      'parse',
      'parse [options] <files...>',
      [
        '--force',
        '--format',
        '-o, --output',
        '--framework',
        '--overwrite',
        '--follow-symlinks',
        '--quiet',
        '-j, --jobs',
        '--no-cache',
        '--stdin-filename',
        ...BUDGET,
      ],
    ],
    ['validate', 'validate [options] [files...]', ['--framework', '--format', '--quiet', '--bundled', '--stdin-filename', ...OUTPUT]],
    ['review', 'review [options] <document>', ['--only', '--follow-symlinks']],
    [
      'gaps',
      'gaps [options] [files...]',
      ['--framework', '--crosswalk', '--format', '--detail', '--no-formula-guard', '--bundled', '--stdin-filename', ...OUTPUT],
    ],
    [
      'compare',
      'compare [options] [files...]',
      ['--framework', '--crosswalk', '--format', '--no-formula-guard', '--bundled', '--stdin-filename', ...OUTPUT],
    ],
    [
      'report',
      'report [options] [files...]',
      ['-o, --output', '--framework', '--crosswalk', '--title', '--timestamp', '--bundled', '--stdin-filename'],
    ],
    ['diff', 'diff [options] <a> <b>', ['--framework', '--format', '--exit-code', '--no-formula-guard', '--stdin-filename', ...OUTPUT]],
    [
      'check',
      'check [options] [drafts...]',
      [
        '--config',
        '--print-config',
        '--min-coverage',
        '--require',
        '--fail-on',
        '--max-warnings',
        '--quiet',
        '--format',
        '--framework',
        '--force',
        '--stdin-filename',
        ...OUTPUT,
        ...BUDGET,
      ],
    ],
    [
      'export',
      'export [options] [files...]',
      ['--format', '--framework', '--quiet', '--no-formula-guard', '--bundled', '--stdin-filename', ...OUTPUT],
    ],
    ['frameworks', 'frameworks [options] [command]', []],
    ['eval', 'eval [options]', ['--split', '--gold', '--holdout', '--errors', '--framework', '--format', ...OUTPUT]],
    ['explain', 'explain [options] <file> <commitment-id>', ['--format', '--stdin-filename', ...OUTPUT]],
    ['init', 'init [options]', ['--drafts', '--framework', '--no-workflow']],
    ['completion', 'completion [options] <shell>', []],
  ];
  const SUBCOMMANDS: [string, string, string[]][] = [
    ['frameworks show', 'frameworks show [options] [framework]', ['--format', ...OUTPUT]],
    ['frameworks new', 'frameworks new [options] <id>', ['-o, --output', '--title', '--publisher', '--published', '--pillars']],
    ['frameworks check', 'frameworks check [options] <files...>', ['--format']],
    ['frameworks map', 'frameworks map [options] <from> <to>', ['--crosswalk', '--format', ...OUTPUT]],
  ];

  it('--help lists exactly these commands', async () => {
    const run = await vawg(['--help']);
    const listed = [...run.stdout.split('Commands:\n')[1]!.matchAll(/^ {2}(\w+) /gm)].map((match) => match[1]);
    expect(listed).toEqual([...COMMANDS.map(([name]) => name), 'help']);
  });

  it.each([...COMMANDS, ...SUBCOMMANDS])(
    '%s --help: usage, description, its options and examples, exit 0',
    async (command, usage, options) => {
      const run = await vawg([...command.split(' '), '--help']);
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('');
      const [usageLine, , description] = run.stdout.split('\n');
      expect(usageLine).toBe(`Usage: vawg ${usage}`);
      expect(description).toMatch(/^[a-z].{20,}/);
      const shown = [...run.stdout.matchAll(/^ {2}((?:-\w, )?--[a-z-]+)/gm)].map((match) => match[1]);
      expect([...shown].sort()).toEqual([...options, '-h, --help'].sort());
      expect(run.stdout).toMatch(new RegExp(`\nExamples:\n(\\s+\\$ vawg ${command.split(' ')[0]}\\b.*\n)+`));
    },
  );

  it('an unknown option exits 2 and says what was wrong', async () => {
    const run = await vawg(['--no-such-option']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("unknown option '--no-such-option'");
  });

  it('an unknown option to a subcommand exits 2', async () => {
    const run = await vawg(['parse', 'strategies/sources/kent.txt', '--bogus']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("unknown option '--bogus'");
    expect(run.stdout).toBe('');
  });

  it('a bad --format value exits 2 naming the choices', async () => {
    const run = await vawg(['parse', 'strategies/sources/kent.txt', '--format', 'xml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('expected one of: yaml, json');
  });
});

describe('parse on the bundled sources', () => {
  it('reads the nested Warwickshire bullets with their section path and line', async () => {
    const document = await parseJson('strategies/sources/warwickshire.txt');
    const review = document.commitments.find((commitment) =>
      commitment.text.startsWith('Complete an urgent review of all current allegations'),
    );
    expect(review).toBeDefined();
    expect(review!.position).toEqual({ line: 74, column: 4 });
    expect(review!.section).toEqual([
      'Pillar 1: build trust and confidence.',
      'Respond unequivocally to allegations of police perpetrator abuse, learning from mistakes and best practice.',
    ]);
    expect(review!.strength).toBe('firm');
    expect(review!.actions.map((action) => action.id)).toContain('trust.police-perpetrated-abuse');
  });

  it("puts Warwickshire's other nested bullets under their own bold parents", async () => {
    const document = await parseJson('strategies/sources/warwickshire.txt');
    const spo = document.commitments.find((commitment) =>
      commitment.text.startsWith('Put measures in place to ensure that we use Stalking Protection Orders'),
    );
    expect(spo?.position.line).toBe(115);
    expect(spo?.section).toEqual([
      'Pillar 2: relentless perpetrator pursuit.',
      'Ensure better use of police powers to protect women and girls, and to manage and disrupt perpetrators.',
    ]);
    expect(spo?.actions.map((action) => action.id)).toContain('pursuit.police-powers');
    const nte = document.commitments.find((commitment) => commitment.text.startsWith('Refresh our policing approach for NTE'));
    expect(nte?.position.line).toBe(149);
    expect(nte?.section[0]).toBe('Pillar 3: safer spaces');
  });

  it('never takes the bold parent bullets of Warwickshire as commitments', async () => {
    const document = await parseJson('strategies/sources/warwickshire.txt');
    const lines = new Set(document.commitments.map((commitment) => commitment.position.line));
    for (const line of [73, 78, 84, 92, 106, 113, 120, 128, 141, 147]) expect(lines.has(line), `line ${line}`).toBe(false);
    expect(document.warnings).toEqual([]);
  });

  // Lines of web-page furniture in each captured source, so each check below has something to leave out.
  const FURNITURE = /cookie|newsletter|quickly exit|technical problem|this site is a beta/i;
  const FURNITURE_LINES = { derbyshire: 1, dorset: 7, hampshire: 6, kent: 6, warwickshire: 0 };
  it.each(SOURCES)('%s: no commitment carries cookie, newsletter, quick-exit or error-notice text', async (name) => {
    const source = readFileSync(path.join(root, `strategies/sources/${name}.txt`), 'utf8');
    expect(source.split('\n').filter((line) => FURNITURE.test(line))).toHaveLength(FURNITURE_LINES[name]);
    const document = await parseJson(`strategies/sources/${name}.txt`);
    for (const commitment of document.commitments) expect(commitment.text).not.toMatch(FURNITURE);
  });

  it('derbyshire: gives no commitments: the article only reports the national framework and quotes the national lead, so every pledge is a national statement', async () => {
    const document = (await parseJson('strategies/sources/derbyshire.txt')) as CommitmentDocument & { statements?: { voice: string }[] };
    expect(document.commitments).toEqual([]);
    // Ten quoted pledges, and one reported: "Deputy Chief Constable Blyth also said that forces across the country will ...".
    expect(document.statements).toHaveLength(11);
    expect(new Set(document.statements?.map((statement) => statement.voice))).toEqual(new Set(['national']));
  });

  it.each([
    ['derbyshire', 'Derbyshire Constabulary', 'derbyshire'],
    ['dorset', 'Dorset Police', 'dorset'],
    ['hampshire', 'Hampshire and Isle of Wight Constabulary', 'hampshire'],
    ['kent', 'Kent Police', 'kent'],
    ['warwickshire', 'Warwickshire Police', 'warwickshire'],
  ])('%s: the force comes from the .source.yaml beside the source', async (name, forceName, slug) => {
    const document = await parseJson(`strategies/sources/${name}.txt`);
    expect(document.version).toBe(1);
    expect(document.force).toEqual({ name: forceName, slug });
    expect(document.framework).toBe('npcc-vawg-2021');
    expect(document.document).toMatchObject({ source: `strategies/sources/${name}.txt`, format: 'text' });
    expect(document.document.sha256).toMatch(/^[0-9a-f]{64}$/);
    for (const commitment of document.commitments) expect(commitment.id.startsWith(`${slug}-`), commitment.id).toBe(true);
  });

  it('Dorset: warns about each lead-in whose list the capture lost', async () => {
    const run = await vawg(['parse', 'strategies/sources/dorset.txt']);
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('# Commitments of Dorset Police')).toBe(true);
    const document = parseYaml(run.stdout) as CommitmentDocument;
    const lostLines = document.warnings.filter((warning) => warning.rule === 'lost-list').map((warning) => warning.line);
    // Each of these lines ends with a lead-in ("Those include:", "We will:", "In doing so we will:", ...)
    // and the next line is prose.
    expect(lostLines).toEqual([34, 36, 38, 40, 44, 46]);
    const source = readFileSync(path.join(root, 'strategies/sources/dorset.txt'), 'utf8').split('\n');
    const line36 = document.warnings.find((warning) => warning.line === 36)!;
    expect(source[35]!.slice(line36.column - 1)).toBe('In response to this we will:');
  });

  it('Kent: warns about the pillars lead-in at line 23', async () => {
    const document = await parseJson('strategies/sources/kent.txt');
    const lost = document.warnings.filter((warning) => warning.rule === 'lost-list');
    expect(lost.map((warning) => warning.line)).toContain(23);
    expect(lost.find((warning) => warning.line === 23)).toMatchObject({ column: 1 });
    expect(lost.find((warning) => warning.line === 23)!.message).toContain('The three pillars of the framework are:');
  });

  it('gives byte-identical output on every run', async () => {
    for (const format of ['yaml', 'json']) {
      const first = await vawg(['parse', 'strategies/sources/warwickshire.txt', '--format', format]);
      const second = await vawg(['parse', 'strategies/sources/warwickshire.txt', '--format', format]);
      expect(first.status).toBe(0);
      expect(second.stdout).toBe(first.stdout);
    }
  });

  it('prints the same document as YAML and as JSON', async () => {
    const yaml = await vawg(['parse', 'strategies/sources/dorset.txt']);
    const json = await vawg(['parse', 'strategies/sources/dorset.txt', '--format', 'json']);
    expect(parseYaml(yaml.stdout)).toEqual(JSON.parse(json.stdout));
  });

  it('prints several YAML documents separated by ---', async () => {
    const run = await vawg(['parse', 'strategies/sources/kent.txt', 'strategies/sources/dorset.txt']);
    expect(run.status).toBe(0);
    const documents = parseAllDocuments(run.stdout).map((document) => document.toJS() as CommitmentDocument);
    expect(documents.map((document) => document.force.slug)).toEqual(['kent', 'dorset']);
  });

  it('prints several JSON documents as one array', async () => {
    const run = await vawg(['parse', 'strategies/sources/kent.txt', 'strategies/sources/dorset.txt', '--format', 'json']);
    expect(run.status).toBe(0);
    const documents = JSON.parse(run.stdout) as CommitmentDocument[];
    expect(documents.map((document) => document.force.slug)).toEqual(['kent', 'dorset']);
  });
});

describe('parse on other inputs', () => {
  it('reads a markdown source with front matter: force, title, sections, lead-in items and lost list', async () => {
    const document = await parseJson('test/fixtures/sources/sample-strategy.md');
    expect(document.force).toEqual({ name: 'Sample Constabulary', slug: 'sample-constabulary' });
    expect(document.document).toMatchObject({
      title: 'Sample Constabulary VAWG Strategy',
      format: 'markdown',
      source: 'test/fixtures/sources/sample-strategy.md',
    });
    expect(document.commitments.map((commitment) => [commitment.position.line, commitment.section, commitment.text])).toEqual([
      [10, ['Pursuit'], 'We will use Stalking Protection Orders in every eligible case.'],
      [16, ['Trust'], 'Review all current allegations of misconduct against officers quickly.'],
      [17, ['Trust'], 'Strengthen vetting and professional standards.'],
    ]);
    expect(document.warnings).toMatchObject([{ rule: 'lost-list', line: 19, column: 1 }]);
  });

  it('--force names the force and wins over everything else', async () => {
    const document = JSON.parse(
      (await vawg(['parse', 'test/fixtures/sources/no-force.txt', '--force', 'Kent Police', '--format', 'json'])).stdout,
    ) as CommitmentDocument;
    expect(document.force).toEqual({ name: 'Kent Police', slug: 'kent' });
    expect(document.commitments.length).toBe(2);
  });

  it('exits 2 when it cannot tell the force, saying how to give one', async () => {
    const run = await vawg(['parse', 'test/fixtures/sources/no-force.txt']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toBe(
      'test/fixtures/sources/no-force.txt: cannot tell which force this strategy belongs to: give --force NAME or a "force:" in front matter',
    );
  });

  it('exits 2 for a missing source with a one-line error and no stack trace', async () => {
    const run = await vawg(['parse', 'strategies/sources/nowhere.txt']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('strategies/sources/nowhere.txt: no such file\n');
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('prints the stack trace with --debug', async () => {
    const run = await vawg(['--debug', 'parse', 'strategies/sources/nowhere.txt']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(STACK_FRAME);
  });

  it('refuses a source over --max-size, naming the option', async () => {
    const run = await vawg(['parse', 'strategies/sources/kent.txt', '--max-size', '0.001']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^strategies\/sources\/kent\.txt: file is [\d.]+ KB, over the 1\.0 KB limit \(raise it with --max-size\)\n$/,
    );
  });

  it('refuses binary input with exit 2', async () => {
    const dir = scratch();
    const file = path.join(dir, 'scan.txt');
    writeFileSync(file, Buffer.from('%PDF-1.7\n\u0000\u0001binary', 'latin1'));
    const run = await vawg(['parse', file, '--force', 'Kent']);
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stderr).toContain(file);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('--framework with an unknown id exits 2 naming it', async () => {
    const run = await vawg(['parse', 'strategies/sources/kent.txt', '--framework', 'nope']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('unknown framework "nope"');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('parse -o, then validate', () => {
  let out: string;
  let written: string;
  let original: string;

  beforeAll(async () => {
    out = scratch();
    const run = await vawg(['parse', 'strategies/sources/warwickshire.txt', '-o', `${out}/`]);
    expect(run.status).toBe(0);
    written = path.join(out, 'warwickshire.yaml');
    expect(run.stderr).toMatch(/^wrote .*warwickshire\.yaml: \d+ commitments, 0 warnings\n$/);
    original = readFileSync(written, 'utf8');
  });

  it('writes <slug>.yaml with the source path relative to the output folder', () => {
    const document = parseYaml(original) as CommitmentDocument;
    expect(document.document.source).toBe(
      path.relative(out, path.join(root, 'strategies/sources/warwickshire.txt')).split(path.sep).join('/'),
    );
  });

  it('validate accepts what parse wrote, exit 0', async () => {
    const run = await vawg(['validate', written]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('1 valid, 0 invalid\n');
    expect(run.stderr).toBe('');
  });

  it('validate accepts the hand-written fixture', async () => {
    const run = await vawg(['validate', 'test/fixtures/commitments/valid.yaml']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('1 valid, 0 invalid\n');
  });

  it('an unknown action id exits 1 and points file:line:col at the changed line', async () => {
    const match = /^( +- id: )trust\.police-perpetrated-abuse$/m.exec(original);
    expect(match).not.toBeNull();
    const text = original.slice(0, match!.index) + `${match![1]}trust.made-up` + original.slice(match!.index + match![0].length);
    const file = path.join(out, 'unknown-action.yaml');
    writeFileSync(file, text);
    const line = lineOf(text, 'trust.made-up');
    const column = match![1]!.length + 1;
    const run = await vawg(['validate', file]);
    expect(run.status).toBe(1);
    const problems = run.stdout.split('\n').filter((entry) => entry.startsWith(`${file}:`));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      new RegExp(`^${escape(file)}:${line}:${column}: commitments\\[\\d+\\]\\.actions\\[\\d+\\]\\.id: unknown value "trust\\.made-up"`),
    );
    expect(run.stdout).toContain('0 valid, 1 invalid');
  });

  it('a commitment without text exits 1 and points at that commitment', async () => {
    const textLine = /^ {4}text: .*\n/m.exec(original.slice(original.indexOf('Complete an urgent review') - 20));
    expect(textLine).not.toBeNull();
    const start = original.indexOf('Complete an urgent review') - 20 + textLine!.index;
    const text = original.slice(0, start) + original.slice(start + textLine![0].length);
    const file = path.join(out, 'missing-text.yaml');
    writeFileSync(file, text);
    // The commitment starts at its "- id:" line, the line before where "text:" was.
    const commitmentLine = text.slice(0, start).split('\n').length - 1;
    expect(text.split('\n')[commitmentLine - 1]).toMatch(/^ {2}- id: warwickshire-[0-9a-f]{8}$/);
    const run = await vawg(['validate', file]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(`^${escape(file)}:${commitmentLine}:5: commitments\\[\\d+\\]: missing required field "text"$`, 'm'),
    );
  });

  it('malformed YAML exits 2 with file:line:col', async () => {
    const file = path.join(out, 'malformed.yaml');
    writeFileSync(file, 'version: 1\nforce: { name: Kent Police, slug: kent }\ncommitments: [\n  { id: a\n');
    const run = await vawg(['validate', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^${escape(file)}:\\d+:\\d+: invalid YAML: `));
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('a missing file exits 2 with a one-line error and no stack trace', async () => {
    const file = path.join(out, 'not-there.yaml');
    const run = await vawg(['validate', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`${file}: no such file\n`);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('reports each file and exits 1 when one of several is invalid', async () => {
    const bad = path.join(out, 'bad-strength.yaml');
    writeFileSync(bad, original.replace(/strength: firm/, 'strength: certain'));
    const run = await vawg(['validate', written, bad]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('1 valid, 1 invalid');
    expect(run.stdout).toMatch(new RegExp(`^${escape(bad)}:${lineOf(original, 'strength: firm')}:\\d+: .*strength.*"certain"`, 'm'));
  });

  it('validate accepts a JSON document written by parse --format json', async () => {
    const jsonOut = scratch();
    const run = await vawg(['parse', 'strategies/sources/dorset.txt', '--format', 'json', '-o', `${jsonOut}/`]);
    expect(run.status).toBe(0);
    const file = path.join(jsonOut, 'dorset.json');
    expect((JSON.parse(readFileSync(file, 'utf8')) as CommitmentDocument).warnings).toHaveLength(6);
    const check = await vawg(['validate', file]);
    expect(check.status).toBe(0);
    expect(check.stdout).toBe('1 valid, 0 invalid\n');
  });

  it('a document naming an unknown framework exits 2, pointing at its framework line', async () => {
    const text = original.replace('framework: npcc-vawg-2021', 'framework: no-such-framework');
    const file = path.join(out, 'unknown-framework.yaml');
    writeFileSync(file, text);
    const run = await vawg(['validate', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      new RegExp(`^${escape(file)}:${lineOf(text, 'framework: no-such')}:12: unknown framework "no-such-framework"`),
    );
  });

  it('--format json reports per file', async () => {
    const run = await vawg(['validate', written, '--format', 'json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ version: 1, files: [{ file: written, valid: true, problems: [], findings: [] }] });
  });

  it('refuses to overwrite an existing output and leaves it unchanged; --overwrite replaces it', async () => {
    const target = path.join(out, 'keep.yaml');
    writeFileSync(target, 'analyst edits\n');
    const refused = await vawg(['parse', 'strategies/sources/kent.txt', '-o', target]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('--overwrite');
    expect(refused.stderr).toContain(target);
    expect(readFileSync(target, 'utf8')).toBe('analyst edits\n');
    const replaced = await vawg(['parse', 'strategies/sources/kent.txt', '-o', target, '--overwrite']);
    expect(replaced.status).toBe(0);
    expect((parseYaml(readFileSync(target, 'utf8')) as CommitmentDocument).force.slug).toBe('kent');
  });
});

describe('frameworks', () => {
  it('lists the bundled catalog', async () => {
    const run = await vawg(['frameworks']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('npcc-vawg-2021');
    expect(run.stdout).not.toMatch(ANSI);
  });

  it('shows the NPCC catalog as JSON with 3 pillars and 9 actions', async () => {
    const run = await vawg(['frameworks', 'npcc-vawg-2021', '--format', 'json']);
    expect(run.status).toBe(0);
    const framework = JSON.parse(run.stdout) as { id: string; pillars: { id: string; actions: { id: string }[] }[] };
    expect(framework.id).toBe('npcc-vawg-2021');
    expect(framework.pillars.map((pillar) => pillar.id)).toEqual(['trust', 'pursuit', 'spaces']);
    expect(framework.pillars.flatMap((pillar) => pillar.actions.map((action) => action.id))).toEqual(ACTION_IDS);
  });

  it('shows the NPCC catalog as markdown with a section per pillar', async () => {
    const run = await vawg(['frameworks', 'npcc-vawg-2021', '--format', 'markdown']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^# .* \(`npcc-vawg-2021`\)\n/);
    expect(run.stdout.match(/^## `(\w+)`:/gm)).toEqual(['## `trust`:', '## `pursuit`:', '## `spaces`:']);
    for (const id of ACTION_IDS) expect(run.stdout).toContain(`| \`${id}\` |`);
  });

  it('exits 2 for an unknown framework', async () => {
    const run = await vawg(['frameworks', 'nope']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown framework "nope"');
  });
});

describe('gaps on documents written by parse', () => {
  let out: string;
  const files: Record<string, string> = {};
  const documents: Record<string, CommitmentDocument> = {};

  beforeAll(async () => {
    out = scratch();
    const run = await vawg(['parse', ...SOURCES.map((name) => `strategies/sources/${name}.txt`), '-o', out]);
    expect(run.status).toBe(0);
    for (const name of SOURCES) {
      files[name] = path.join(out, `${name}.yaml`);
      documents[name] = parseYaml(readFileSync(files[name]!, 'utf8')) as CommitmentDocument;
    }
  });

  it('--format json: every force with the nine actions, valid statuses and evidence that exists in its document', async () => {
    const run = await vawg(['gaps', ...SOURCES.map((name) => files[name]!), '--format', 'json']);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as {
      version: number;
      framework: { id: string };
      forces: {
        force: { slug: string };
        file: string;
        commitments: number;
        overall: { covered: number; partial: number; gap: number; total: number };
        actions: { id: string; status: string; evidence: string[]; weak: string[] }[];
      }[];
    };
    expect(report.version).toBe(1);
    expect(report.framework.id).toBe('npcc-vawg-2021');
    expect(report.forces.map((force) => force.force.slug)).toEqual([...SOURCES]);
    for (const force of report.forces) {
      const document = documents[force.force.slug]!;
      const byId = new Map(document.commitments.map((commitment) => [commitment.id, commitment]));
      expect(force.commitments).toBe(document.commitments.length);
      expect(force.actions.map((action) => action.id)).toEqual(ACTION_IDS);
      for (const action of force.actions) {
        expect(['covered', 'partial', 'gap']).toContain(action.status);
        expect(action.status === 'covered').toBe(action.evidence.length > 0);
        expect(action.status === 'gap').toBe(action.evidence.length === 0 && action.weak.length === 0);
        for (const id of [...action.evidence, ...action.weak]) {
          const commitment = byId.get(id);
          expect(commitment, `${force.force.slug}: ${id}`).toBeDefined();
          expect(commitment!.actions.map((match) => match.id)).toContain(action.id);
        }
        for (const id of action.evidence) expect(['firm', 'ongoing']).toContain(byId.get(id)!.strength);
      }
      const { covered, partial, gap, total } = force.overall;
      expect(covered + partial + gap).toBe(total);
      expect(total).toBe(9);
    }
  });

  it('Warwickshire covers police-perpetrated abuse with its nested bullet from line 74', async () => {
    const run = await vawg(['gaps', files.warwickshire!, '--format', 'json']);
    const report = JSON.parse(run.stdout) as { forces: { actions: { id: string; status: string; evidence: string[] }[] }[] };
    const action = report.forces[0]!.actions.find((entry) => entry.id === 'trust.police-perpetrated-abuse')!;
    const line74 = documents.warwickshire!.commitments.find((commitment) => commitment.position.line === 74)!;
    expect(action.status).toBe('covered');
    expect(action.evidence).toContain(line74.id);
  });

  it('--format csv: a header and one row per force and action', async () => {
    const run = await vawg(['gaps', ...SOURCES.map((name) => files[name]!), '--format', 'csv']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'force,force_name,file,framework,pillar,action,status,evidence_count,weak_count,evidence_ids,weak_ids,review_count,review_ids,through,relations',
    );
    expect(lines).toHaveLength(1 + SOURCES.length * 9);
    const pairs = lines.slice(1).map((line) => {
      const [force] = line.split(',');
      const action = ACTION_IDS.find((id) => line.includes(`,${id},`));
      return `${force}/${action}`;
    });
    expect(pairs).toEqual(SOURCES.flatMap((name) => ACTION_IDS.map((id) => `${name}/${id}`)));
    for (const line of lines.slice(1)) expect(line).toMatch(/,(covered|partial|gap),\d+,\d+,/);
  });

  it('table output under NO_COLOR has no ANSI escapes but has the text marks', async () => {
    const run = await vawg(['gaps', files.warwickshire!, files.dorset!, '--detail']);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(ANSI);
    expect(run.stdout).toContain('Warwickshire Police');
    expect(run.stdout).toContain('Dorset Police');
    // Each action's row shows the mark and word of its status in the JSON report, and the headline counts them.
    const json = JSON.parse((await vawg(['gaps', files.warwickshire!, files.dorset!, '--format', 'json'])).stdout) as {
      forces: { actions: { id: string; status: 'covered' | 'partial' | 'gap' }[] }[];
    };
    const MARKS = { covered: '✔ covered', partial: '◐ partial', gap: '✘ gap' };
    const rows = [...run.stdout.matchAll(/^│ {3}([a-z]+\.[a-z-]+) +│ ([✔◐✘] [a-z]+) +│/gm)].map((match) => `${match[1]} ${match[2]}`);
    expect(rows).toEqual(json.forces.flatMap((force) => force.actions.map((action) => `${action.id} ${MARKS[action.status]}`)));
    const headlines = [...run.stdout.matchAll(/^coverage (\d)\/9 \(\d+%\) · (\d) partial · (\d) gap/gm)].map((match) =>
      match.slice(1).map(Number),
    );
    expect(headlines).toEqual(
      json.forces.map((force) =>
        ['covered', 'partial', 'gap'].map((status) => force.actions.filter((action) => action.status === status).length),
      ),
    );
  });

  it('table output is coloured with FORCE_COLOR and no NO_COLOR', async () => {
    const run = await vawg(['gaps', files.warwickshire!], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(ANSI);
  });

  it('--format markdown has a section per force', async () => {
    const run = await vawg(['gaps', files.kent!, files.hampshire!, '--format', 'markdown']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('## Kent Police');
    expect(run.stdout).toContain('## Hampshire and Isle of Wight Constabulary');
  });

  it('is deterministic', async () => {
    const args = ['gaps', ...SOURCES.map((name) => files[name]!), '--format', 'json'];
    expect((await vawg(args)).stdout).toBe((await vawg(args)).stdout);
  });

  it('exits 2 when handed an invalid document, pointing at the problem', async () => {
    const bad = path.join(out, 'invalid', 'kent.yaml');
    mkdirSync(path.dirname(bad), { recursive: true });
    const text = readFileSync(files.kent!, 'utf8').replace('framework: npcc-vawg-2021\n', 'framework: npcc-vawg-2021\nextra: field\n');
    writeFileSync(bad, text);
    const run = await vawg(['gaps', bad]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      new RegExp(`^${escape(bad)}:${lineOf(text, 'extra: field')}:\\d+: invalid commitment document: .*unknown field "extra"`),
    );
  });

  it('exits 2 for a missing document', async () => {
    const run = await vawg(['gaps', path.join(out, 'none.yaml')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no such file');
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('exits 2 for an unknown --framework', async () => {
    const run = await vawg(['gaps', files.kent!, '--framework', 'nope']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown framework "nope"');
  });

  it('expands a glob of documents, in sorted order', async () => {
    const run = await vawg(['gaps', '*.yaml', '--format', 'csv'], { cwd: out });
    expect(run.status).toBe(0);
    const forces = run.stdout
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0]);
    expect([...new Set(forces)]).toEqual([...SOURCES]);
  });

  it('exits 2 when a document maps to another framework than the one asked for and no crosswalk joins them', async () => {
    const copy = path.join(scratch(), 'npcc-copy.yaml');
    writeFileSync(
      copy,
      readFileSync(path.join(root, 'frameworks', 'npcc-vawg-2021.yaml'), 'utf8').replace(/^id: npcc-vawg-2021$/m, 'id: npcc-copy'),
    );
    const run = await vawg(['gaps', files.kent!, '--framework', copy]);
    expect(run.status).toBe(2);
    const text = readFileSync(files.kent!, 'utf8');
    expect(run.stderr).toBe(
      `${files.kent}:${lineOf(text, 'framework: npcc-vawg-2021')}:12: maps to npcc-vawg-2021, and no crosswalk joins it to npcc-copy: give one with --crosswalk FILE\n`,
    );
  });

  it('with no files, reads strategies/*.yaml under the working directory; a bare slug names one of them', async () => {
    const cwd = scratch();
    mkdirSync(path.join(cwd, 'strategies'), { recursive: true });
    copyFileSync(files.kent!, path.join(cwd, 'strategies', 'kent.yaml'));
    copyFileSync(files.dorset!, path.join(cwd, 'strategies', 'dorset.yaml'));
    const all = await vawg(['gaps', '--format', 'csv'], { cwd });
    expect(all.status).toBe(0);
    const fileColumn = all.stdout
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[2]);
    expect([...new Set(fileColumn)]).toEqual(['strategies/dorset.yaml', 'strategies/kent.yaml']);
    const one = await vawg(['gaps', 'kent', '--format', 'csv'], { cwd });
    expect(one.status).toBe(0);
    expect(one.stdout.trimEnd().split('\n')).toHaveLength(1 + 9);
    expect(one.stdout.split('\n')[1]).toMatch(/^kent,Kent Police,strategies\/kent\.yaml,/);
    const validate = await vawg(['validate'], { cwd });
    expect(validate.status).toBe(0);
    expect(validate.stdout).toBe('2 valid, 0 invalid\n');
  });

  it('with no files and an empty strategies folder, exits 2', async () => {
    const cwd = scratch();
    mkdirSync(path.join(cwd, 'strategies'), { recursive: true });
    const run = await vawg(['gaps'], { cwd });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `vawg: no files given, and no ./strategies/*.yaml in ${cwd}: name the commitment documents (files, folders, globs or -), or give --bundled for the strategies this package ships\n`,
    );
  });

  it('reads documents relative to the working directory it is run in', async () => {
    const copy = scratch();
    copyFileSync(files.kent!, path.join(copy, 'kent.yaml'));
    const run = await vawg(['gaps', 'kent.yaml', '--format', 'csv'], { cwd: copy });
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[1]).toMatch(/^kent,Kent Police,kent\.yaml,npcc-vawg-2021,trust,trust\.police-perpetrated-abuse,/);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
