import type { Commitment } from '../model/index.js';

/** Whether an item carries anything an analyst wrote: its own `by: analyst`, an analyst mapping, a rejection, or a note. */
export function carriesAnalystWork(item: Commitment): boolean {
  return (
    item.by === 'analyst' ||
    item.note !== undefined ||
    (item.rejected?.length ?? 0) > 0 ||
    item.actions.some((match) => match.by === 'analyst' || match.note !== undefined)
  );
}

/** Fields the machine owns on a commitment it wrote itself (not `by: analyst`): refreshed from the source on every merge. */
export const MACHINE_FIELDS = [
  'text',
  'section',
  'leadIn',
  'position',
  'strength',
  'initiatives',
  'powers',
  'owner',
  'due',
  'measure',
  'speaker',
  'voice',
] as const;
