import Table from 'cli-table3';
import type { Framework } from '../../model/index.js';
import { painter, COMPACT_TABLE_CHARS, PLAIN_TABLE_STYLE, type ReportOptions } from '../style.js';

/** One catalog's pillars and actions as a table, JSON or markdown. */
export const FRAMEWORK_DETAIL_FORMATTERS: Record<string, (framework: Framework, options: ReportOptions) => string> = {
  table: (framework, options) => {
    const paint = painter(options);
    const table = new Table({ head: ['Id', 'Title', 'Indicators'], style: PLAIN_TABLE_STYLE, chars: COMPACT_TABLE_CHARS, wordWrap: true, colWidths: [34, 70, 12] });
    for (const pillar of framework.pillars) {
      table.push([paint.bold(pillar.id), paint.bold(pillar.title), pillar.indicators.length]);
      for (const action of pillar.actions) table.push([`  ${action.id}`, action.title, action.indicators.length]);
    }
    const heading = `${paint.bold(framework.title)} (${framework.id})\n${framework.publisher}, ${framework.published}; ${framework.status}`;
    return `${heading}\n${table.toString()}\n`;
  },
  json: (framework) => {
    const { path: _path, ...rest } = framework;
    return `${JSON.stringify(rest, null, 2)}\n`;
  },
  markdown: (framework) => {
    const lines = [`# ${framework.title} (\`${framework.id}\`)`, '', `${framework.publisher}, ${framework.published}; ${framework.status}.`, ''];
    for (const pillar of framework.pillars) {
      lines.push(`## \`${pillar.id}\`: ${pillar.title}`, '', pillar.summary.trim(), '', '| Id | Action | Summary |', '| --- | --- | --- |');
      for (const action of pillar.actions) {
        lines.push(`| \`${action.id}\` | ${action.title} | ${action.summary.replace(/\s+/g, ' ').trim()} |`);
      }
      lines.push('');
    }
    return lines.join('\n');
  },
};
