import type { DocumentErrors, EvaluationError } from '../../evaluate/errors.js';
import { escapeTerminal as terminalText } from '../escape/terminal.js';
import { painter, type ReportOptions } from '../style.js';

const LABELS: Record<EvaluationError['kind'], string> = {
  missed: 'missed  ',
  spurious: 'spurious',
  strength: 'strength',
  'missing-action': 'no map  ',
  'wrong-action': 'wrong   ',
};

/** The errors of `vawg eval --errors`, document by document, each with its line and, for a wrong mapping, the evidence behind it. */
export function formatEvalErrors(documents: DocumentErrors[], options: ReportOptions): string {
  const paint = painter(options);
  const lines: string[] = [paint.bold('Errors')];
  for (const document of documents) {
    if (document.errors.length === 0) continue;
    lines.push(paint.bold(`${terminalText(document.slug)} (${terminalText(document.split)})`));
    for (const error of document.errors) lines.push(`  ${LABELS[error.kind]} ${String(error.line).padStart(4)}  ${describe(error)}`);
  }
  if (lines.length === 1) lines.push('none');
  return lines.join('\n');
}

function describe(error: EvaluationError): string {
  const text = `"${terminalText(truncate(error.text, 100))}"`;
  switch (error.kind) {
    case 'missed':
      return `${text} (gold: ${error.expected})`;
    case 'spurious':
      return `${text} (found: ${error.found})`;
    case 'strength':
      return `${text}: ${error.found}, gold ${error.expected}`;
    case 'missing-action':
      return `${text}: no mapping to ${error.expected}`;
    case 'wrong-action': {
      const evidence = (error.evidence ?? []).map((item) => `${item.phrase} (${item.in}, ${item.weight})`).join('; ');
      const confidence = error.confidence === undefined ? '' : ` at ${error.confidence.toFixed(2)}`;
      return `${text}: mapped to ${error.found}${confidence} by ${terminalText(evidence) || 'no evidence'}`;
    }
  }
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
