import { loadPackageData } from '../io/data-file.js';

interface FieldRuleData {
  id: string;
  pattern: string;
}

/** A compiled rule of `src/extract/data/fields.yaml`. */
export interface FieldRule {
  id: string;
  pattern: RegExp;
}

/** The owner and due date a commitment's own wording states. */
export interface TextFields {
  owner?: string;
  due?: string;
}

/** The kinds of field rule `src/extract/data/fields.yaml` holds. */
export type FieldKind = 'owner' | 'due' | 'ongoing' | 'done' | 'in-progress' | 'considered';

let cached: Record<FieldKind, FieldRule[]> | undefined;

/** The owner, due-date, no-end-date and status rules of `src/extract/data/fields.yaml`, compiled once. */
export function fieldRules(): Record<FieldKind, FieldRule[]> {
  if (cached) return cached;
  const data = loadPackageData<Record<FieldKind, FieldRuleData[]>>('src/extract/data/fields.yaml');
  const compile = (rules: FieldRuleData[]): FieldRule[] => rules.map((rule) => ({ id: rule.id, pattern: new RegExp(rule.pattern, 'u') }));
  cached = {
    owner: compile(data.owner),
    due: compile(data.due),
    ongoing: compile(data.ongoing),
    done: compile(data.done),
    'in-progress': compile(data['in-progress']),
    considered: compile(data.considered),
  };
  return cached;
}

/** The value the first matching rule records from a text, trailing joining words ("of", "and") dropped. */
export function firstValue(text: string, rules: FieldRule[]): string | undefined {
  for (const rule of rules) {
    const value = rule.pattern.exec(text)?.groups?.value;
    if (value !== undefined) return value.replace(/(?:\s+(?:of|and|for|the|on|in|&))+$/u, '').trim();
  }
  return undefined;
}

/** The owner ("led by the Head of Professional Standards") and due date ("by March 2026") a commitment states in plain words. */
export function fieldsOf(text: string): TextFields {
  const rules = fieldRules();
  const fields: TextFields = {};
  const owner = firstValue(text, rules.owner);
  const due = firstValue(text, rules.due);
  if (owner !== undefined) fields.owner = owner;
  if (due !== undefined) fields.due = due;
  return fields;
}
