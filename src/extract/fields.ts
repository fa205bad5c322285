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

let cached: { owner: FieldRule[]; due: FieldRule[] } | undefined;

/** The owner and due-date rules of `src/extract/data/fields.yaml`, compiled once. */
export function fieldRules(): { owner: FieldRule[]; due: FieldRule[] } {
  if (cached) return cached;
  const data = loadPackageData<Record<'owner' | 'due', FieldRuleData[]>>('src/extract/data/fields.yaml');
  const compile = (rules: FieldRuleData[]): FieldRule[] => rules.map((rule) => ({ id: rule.id, pattern: new RegExp(rule.pattern, 'u') }));
  cached = { owner: compile(data.owner), due: compile(data.due) };
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
