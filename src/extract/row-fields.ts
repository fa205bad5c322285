import type { TableRow } from '../ingest/table-rows.js';
import type { Commitment, Strength, Voice } from '../model/index.js';
import type { Decision } from './decide.js';
import { tagText } from '../text/tagger.js';
import { conditionBetween } from './conditions.js';
import { fieldRules, firstValue } from './fields.js';
import { modalityRules, readsVerb } from './lexicon.js';

/** The owner, due date and measure a table row's cells give; a deadline with no end ("Ongoing") is no due date. */
export function rowFields(row: TableRow): Pick<Commitment, 'owner' | 'due' | 'measure'> {
  const given: Pick<Commitment, 'owner' | 'due' | 'measure'> = {};
  if (row.owner !== undefined) given.owner = row.owner;
  if (row.due !== undefined && !hasNoEnd(row.due)) given.due = row.due;
  if (row.measure !== undefined) given.measure = row.measure;
  return given;
}

/**
 * A row's strength: its action's own, unless that is firm and another cell qualifies it. A condition in any cell
 * ("subject to funding") makes it conditional, an aim or hope ("we aim to") or a status of "Under consideration"
 * aspirational, and a deadline with no
 * end ("Ongoing") or a status of work in hand ("In progress") makes it ongoing.
 */
export function rowStrength(own: Strength, row: TableRow, wordedByItself = false): Strength {
  if (own !== 'firm') return own;
  const cells = [row.due, row.measure, row.owner, row.status, row.partners, ...row.other.map((cell) => cell.text)].filter(
    (cell): cell is string => cell !== undefined,
  );
  const qualifiers = cells.map(cellQualifier);
  if (qualifiers.includes('conditional')) return 'conditional';
  if (qualifiers.includes('aspirational')) return 'aspirational';
  if (row.status !== undefined && firstValue(row.status.trim(), fieldRules().considered) !== undefined) return 'aspirational';
  // A status of work in hand qualifies an action that says nothing of its own ("Move all rape
  // investigations onto Soteria"), not one that commits in so many words ("We will ... by April").
  const inHand = !wordedByItself && row.status !== undefined && firstValue(row.status, fieldRules()['in-progress']) !== undefined;
  return inHand || (row.due !== undefined && hasNoEnd(row.due)) ? 'ongoing' : 'firm';
}

/**
 * A measures table's row (Measure / Baseline / Target): the speaker's target when its target cell sets a
 * level ("75%", "120 days"), a firm commitment as any measured target is; nothing when it sets none ("Monitor only").
 */
export function targetRowDecision(row: TableRow, voice: Voice): Decision | undefined {
  if (row.target === undefined || !/\d/u.test(row.target)) return undefined;
  return { kind: voice === 'force' ? 'commitment' : 'statement', voice, strength: 'firm', rules: ['measured-target-row'] };
}

/** Whether a row's status says its action is finished ("Complete", "Delivered"): reported progress, not a commitment. */
export function rowIsDone(row: TableRow): boolean {
  // A plan with no status column records progress under its outcome ("Completed August 2024: ...").
  const progress = row.status ?? row.measure;
  return progress !== undefined && firstValue(progress.trim(), fieldRules().done) !== undefined;
}

/** Whether a text ends with a status that says the work is finished ("[done 25 Sept]", "(Completed)", "- Complete"). */
export function endsDone(text: string): boolean {
  const status = endStatus(text);
  return status !== undefined && firstValue(status, fieldRules().done) !== undefined;
}

/** Whether a text ends with a status that says the work is in hand ("- Ongoing", "(in progress)"). */
export function endsInHand(text: string): boolean {
  const status = endStatus(text);
  return status !== undefined && firstValue(status, fieldRules()['in-progress']) !== undefined;
}

/** A status in brackets at the end of a line: "[done 25 Sept]", "(Completed)". */
const BRACKET_STATUS = /[[(]([^[\]()]{1,40})[\])]\s*\.?\s*$/u;
/** A status after a spaced dash at the end of a line: "(by June 2026) - Complete". */
const DASH_STATUS = / [-–—] (\p{L}[\p{L} ]{0,29})\.?$/u;

/** The status a plan's line ends with, in brackets or after a spaced dash. */
function endStatus(text: string): string | undefined {
  const status = BRACKET_STATUS.exec(text) ?? DASH_STATUS.exec(text.trimEnd());
  return status ? status[1]!.trim() : undefined;
}

function hasNoEnd(due: string): boolean {
  return firstValue(due, fieldRules().ongoing) !== undefined;
}

/** What a cell's wording does to the commitment beside it: a condition of the conditions rules, or an aim of the modality rules that governs the cell. */
function cellQualifier(cell: string): Strength | undefined {
  const tokens = tagText(cell).flatMap((sentence) => sentence.tokens);
  if (tokens.length === 0) return undefined;
  if (conditionBetween(tokens, 0, tokens.length - 1) !== undefined) return 'conditional';
  const aspiration = modalityRules('aspiration');
  // A rule read with the word after its verb ("work towards") aims only with that word: "Works completed" does not.
  const aims = (index: number): boolean =>
    aspiration.some((rule) => readsVerb(rule, tokens, index) || rule.words.has(tokens[index]!.normal));
  // An aim governs the cell when it opens it ("Explore options") or takes an infinitive ("we aim to"),
  // unless it is somebody else's ("You want to know ..." in a "You said" column).
  const othersAim = (index: number): boolean => {
    const before = tokens[index - 1];
    return before !== undefined && before.pos === 'PRON' && !['we', 'i'].includes(before.normal);
  };
  return tokens.some((token, index) => aims(index) && !othersAim(index) && (index === 0 || tokens[index + 1]?.normal === 'to'))
    ? 'aspirational'
    : undefined;
}
