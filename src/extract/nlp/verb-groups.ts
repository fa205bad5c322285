import type { Token } from '../../text/tagger.js';
import { verbForm, type VerbForm } from './verb-form.js';

/** Verbs that take another verb as their complement ("continue to work", "keep paying", "seek to recruit"). */
export interface GroupLexicon {
  catenative: ReadonlySet<string>;
  /** Verbs whose object is a whole clause ("ensure that ...", "recognise that ..."). */
  clauseComplement: ReadonlySet<string>;
  negators: ReadonlySet<string>;
}

/** A run of auxiliaries and verbs that makes one predicate: "will also continue to report", "are rolling out". */
export interface VerbGroup {
  /** Token indices, inclusive. */
  start: number;
  end: number;
  auxiliaries: Token[];
  /** Verbs before the main verb, in order ("continue" in "will continue to report"). */
  chain: Token[];
  /** The main verb (the last verb of the run), or the last auxiliary for a bare copula ("is"). */
  main: Token;
  mainIndex: number;
  mainForm: VerbForm;
  negative: boolean;
  /** "have" + participle. */
  perfect: boolean;
  /** "be" + gerund. */
  progressive: boolean;
  /** "be" + participle. */
  passive: boolean;
}

const VERBAL = new Set(['AUX', 'VERB']);

/** Finds the verb groups of a sentence, left to right. */
export function findVerbGroups(tokens: Token[], lexicon: GroupLexicon): VerbGroup[] {
  const groups: VerbGroup[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index]!;
    if (!VERBAL.has(token.pos) || isAttributive(tokens, index)) {
      index += 1;
      continue;
    }
    const members: number[] = [index];
    let cursor = index + 1;
    while (cursor < tokens.length) {
      const next = tokens[cursor]!;
      const last = lastVerbal(tokens, members);
      if (next.pos === 'AUX' && last.pos === 'AUX') {
        members.push(cursor);
        cursor += 1;
        continue;
      }
      if (next.pos === 'VERB' && (last.pos === 'AUX' || lexicon.catenative.has(last.lemma))) {
        members.push(cursor);
        cursor += 1;
        continue;
      }
      if ((next.pos === 'PART' || next.pos === 'ADV') && lexicon.negators.has(next.normal)) {
        members.push(cursor);
        cursor += 1;
        continue;
      }
      const after = tokens[cursor + 1];
      if (next.pos === 'ADV' && after && VERBAL.has(after.pos) && (last.pos === 'AUX' || lexicon.catenative.has(last.lemma))) {
        members.push(cursor);
        cursor += 1;
        continue;
      }
      if (next.normal === 'to' && after?.pos === 'VERB' && lexicon.catenative.has(last.lemma)) {
        members.push(cursor);
        cursor += 1;
        continue;
      }
      break;
    }
    // After a modal ("will", "will not"), the next word is the main verb whatever the tagger made of it ("will not pretend").
    const tail = tokens[members[members.length - 1]!]!;
    const afterModal = tokens[cursor];
    if (
      tail.pos !== 'VERB' &&
      lastVerbal(tokens, members).pos === 'AUX' &&
      afterModal &&
      ['NOUN', 'ADJ', 'PROPN', 'ADV'].includes(afterModal.pos) &&
      isModal(lastVerbal(tokens, members))
    ) {
      afterModal.pos = 'VERB';
      members.push(cursor);
      cursor += 1;
    }
    groups.push(describeGroup(tokens, members, lexicon));
    index = cursor;
  }
  return groups;
}

const MODALS = new Set(['will', 'shall', "'ll", '’ll', 'wo', 'would', 'should', 'must', 'can', 'could', 'may', 'might']);

function isModal(token: Token): boolean {
  return MODALS.has(token.normal);
}

/** The last auxiliary or verb of a group so far (negators, adverbs and "to" between are skipped). */
function lastVerbal(tokens: Token[], members: number[]): Token {
  for (let position = members.length - 1; position >= 0; position -= 1) {
    const token = tokens[members[position]!]!;
    if (VERBAL.has(token.pos)) return token;
  }
  return tokens[members[0]!]!;
}

/** A participle or gerund used as an adjective inside a noun phrase ("the remaining officers", "our Safeguarding Team"). */
function isAttributive(tokens: Token[], index: number): boolean {
  const token = tokens[index]!;
  if (token.pos !== 'VERB') return false;
  // A capitalised word inside a name ("the council's Early Help team") is part of the name, not a verb.
  if (
    index > 0 &&
    /^\p{Lu}/u.test(token.text) &&
    ['NOUN', 'PROPN'].includes(tokens[index + 1]?.pos ?? '') &&
    tokens[index - 1]?.text !== '.'
  )
    return true;
  // After a possessive ("our focus", "their review") a word is a noun whatever the tagger says.
  if (['our', 'their', 'its', 'my', 'your', 'his', 'her'].includes(tokens[index - 1]?.normal ?? '')) return true;
  const form = verbForm(token);
  // A participle that looks like its base, after a noun and before its agent, is a reduced relative ("three priorities set by the Chief Constable").
  const previous = tokens[index - 1];
  if (
    form === 'base' &&
    ['NOUN', 'PROPN'].includes(previous?.pos ?? '') &&
    tokens[index + 1]?.normal === 'by' &&
    tokens[index - 2]?.pos !== 'PRON'
  )
    return true;
  if (form !== 'past' && form !== 'gerund') return false;
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  if (!before || !after) return false;
  // A participle straight after a noun and before a preposition is a reduced relative ("devices recovered from victims", "issues related to VAWG").
  if (form === 'past' && ['NOUN', 'PROPN'].includes(before.pos) && after.pos === 'ADP' && tokens[index - 2]?.pos !== 'PRON') return true;
  // A gerund in a list of nouns ("domestic abuse, stalking, harassment") or straight before a verb ("serious sexual offending remain").
  if (form === 'gerund' && (after.pos === 'AUX' || (after.pos === 'VERB' && verbForm(after) !== 'gerund')))
    return ['ADJ', 'NOUN', 'DET', 'PUNCT', 'CCONJ'].includes(before.pos);
  if (form === 'gerund' && (before.text === ',' || before.pos === 'CCONJ') && (after.text === ',' || after.pos === 'CCONJ')) return true;
  const nominalBefore =
    ['DET', 'ADJ', 'PROPN', 'NUM'].includes(before.pos) ||
    before.text === '’s' ||
    before.text === "'s" ||
    ['our', 'its', 'their', 'my', 'your', 'his', 'her'].includes(before.normal);
  return nominalBefore && ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(after.pos);
}

/** Forms of "be" after which only a participle can follow. */
const PARTICIPLE_AUXILIARIES = new Set(['be', 'been', 'being']);

function describeGroup(tokens: Token[], members: number[], lexicon: GroupLexicon): VerbGroup {
  const items = members.map((position) => ({ position, token: tokens[position]! }));
  const verbs = items.filter((item) => item.token.pos === 'VERB');
  const auxiliaries = items.filter((item) => item.token.pos === 'AUX').map((item) => item.token);
  const mainItem = verbs[verbs.length - 1] ?? items.filter((item) => item.token.pos === 'AUX').pop() ?? items[0]!;
  const firstVerb = verbs[0];
  const lastAux = auxiliaries[auxiliaries.length - 1];
  const firstVerbForm = firstVerb ? verbForm(firstVerb.token) : undefined;
  return {
    start: members[0]!,
    end: members[members.length - 1]!,
    auxiliaries,
    chain: verbs.slice(0, -1).map((item) => item.token),
    main: mainItem.token,
    mainIndex: mainItem.position,
    mainForm: verbForm(mainItem.token),
    negative: items.some((item) => lexicon.negators.has(item.token.normal)),
    perfect: lastAux?.lemma === 'have' && firstVerbForm === 'past',
    // "is being added": the passive of the progressive is progressive too.
    progressive: lastAux?.lemma === 'be' && (firstVerbForm === 'gerund' || (firstVerbForm === 'past' && lastAux.normal === 'being')),
    // "will be run", "has been set up": after "be", "been" or "being" a verb like its base is an irregular participle.
    passive:
      lastAux?.lemma === 'be' && (firstVerbForm === 'past' || (firstVerbForm === 'base' && PARTICIPLE_AUXILIARIES.has(lastAux.normal))),
  };
}
