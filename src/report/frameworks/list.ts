import Table from 'cli-table3';
import { frameworkActions, type Framework } from '../../model/index.js';
import { mdCode, mdTable, renderMarkdown } from '../escape/markdown.js';
import { withoutWorkflowCommands } from '../escape/github.js';
import { escapeTerminal } from '../escape/terminal.js';
import { COMPACT_TABLE_CHARS, PLAIN_TABLE_STYLE, type ReportOptions } from '../style.js';

/** The bundled catalogs as a table (or JSON, or markdown). */
export const FRAMEWORK_LIST_FORMATTERS: Record<string, (frameworks: Framework[], options: ReportOptions) => string> = withoutWorkflowCommands({
  table: (frameworks) => {
    const table = new Table({ head: ['Id', 'Title', 'Published', 'Status', 'Pillars', 'Actions'], style: PLAIN_TABLE_STYLE, chars: COMPACT_TABLE_CHARS });
    for (const framework of frameworks) {
      table.push([
        ...[framework.id, framework.title, framework.published, framework.status].map(escapeTerminal),
        framework.pillars.length,
        frameworkActions(framework).length,
      ]);
    }
    return `${table.toString()}\n`;
  },
  json: (frameworks) => `${JSON.stringify(frameworks.map(summary), null, 2)}\n`,
  markdown: (frameworks) =>
    renderMarkdown([
      mdTable(
        ['Id', 'Title', 'Published', 'Status', 'Pillars', 'Actions'],
        frameworks.map((framework) => [
          [mdCode(framework.id)],
          framework.title,
          framework.published,
          framework.status,
          String(framework.pillars.length),
          String(frameworkActions(framework).length),
        ]),
      ),
    ]),
});

function summary(framework: Framework): Record<string, unknown> {
  return {
    id: framework.id,
    title: framework.title,
    publisher: framework.publisher,
    published: framework.published,
    status: framework.status,
    pillars: framework.pillars.length,
    actions: frameworkActions(framework).length,
  };
}
