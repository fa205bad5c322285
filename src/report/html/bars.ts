import type { Element } from 'hast';
import { s } from 'hastscript';
import type { CoverageTally } from '../../model/index.js';
import { percent } from '../style.js';
import { STATUSES } from './status.js';

/** Fills of the bar segments: the status colours. */
const FILLS = { covered: '#1d4e89', partial: '#f2c14e', gap: '#f4b6ae' } as const;
const BAR_WIDTH = 210;
const ROW_HEIGHT = 24;
const BAR_HEIGHT = 16;

/** One labelled bar of a chart. */
export interface BarRow {
  label: string;
  tally: CoverageTally;
}

/**
 * Horizontal stacked bars (covered, partial, gap) as inline SVG, one per row, labelled on the left
 * and with the covered share on the right. The chart's accessible name lists every figure.
 */
export function coverageBars(title: string, rows: BarRow[], labelWidth = 250): Element {
  const width = labelWidth + BAR_WIDTH + 90;
  const height = rows.length * ROW_HEIGHT + 8;
  const summary = rows
    .map((row) => `${row.label}: ${row.tally.covered} covered, ${row.tally.partial} partial, ${row.tally.gap} gap of ${row.tally.total}`)
    .join('; ');
  return s('svg.bars', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', ariaLabel: `${title}. ${summary}` }, [
    s('title', title),
    ...rows.map((row, index) => {
      const y = 4 + index * ROW_HEIGHT;
      let x = labelWidth;
      const segments = STATUSES.filter((status) => row.tally[status] > 0).map((status) => {
        const share = row.tally.total === 0 ? 0 : row.tally[status] / row.tally.total;
        const segment = s('rect', { x: round(x), y, width: round(share * BAR_WIDTH), height: BAR_HEIGHT, fill: FILLS[status] });
        x += share * BAR_WIDTH;
        return segment;
      });
      return s('g', [
        s('text', { x: labelWidth - 8, y: y + 12, textAnchor: 'end' }, clip(row.label, Math.floor(labelWidth / 7))),
        s('rect', { x: labelWidth, y, width: BAR_WIDTH, height: BAR_HEIGHT, fill: '#ffffff', stroke: '#8a8f98' }),
        ...segments,
        s('text', { x: labelWidth + BAR_WIDTH + 8, y: y + 12 }, `${percent(row.tally.ratio)} (${row.tally.covered}/${row.tally.total})`),
      ]);
    }),
  ]);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function clip(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, max - 1)}…`;
}
