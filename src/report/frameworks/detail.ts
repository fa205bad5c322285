import Table from 'cli-table3';
import type { RootContent } from 'mdast';
import { mdCode, mdHeading, mdParagraph, mdTable, mdText, renderMarkdown } from '../escape/markdown.js';
import { withoutWorkflowCommands } from '../escape/github.js';
import { escapeTerminal } from '../escape/terminal.js';
import type { Framework } from '../../model/index.js';
import { painter, COMPACT_TABLE_CHARS, PLAIN_TABLE_STYLE, type ReportOptions } from '../style.js';

/** One catalog's pillars and actions as a table, JSON or markdown. */
export const FRAMEWORK_DETAIL_FORMATTERS: Record<string, (framework: Framework, options: ReportOptions) => string> = withoutWorkflowCommands({
  table: (framework, options) => {
    const paint = painter(options);
    const table = new Table({ head: ['Id', 'Title', 'Indicators'], style: PLAIN_TABLE_STYLE, chars: COMPACT_TABLE_CHARS, wordWrap: true, colWidths: [34, 70, 12] });
    for (const pillar of framework.pillars) {
      table.push([paint.bold(escapeTerminal(pillar.id)), paint.bold(escapeTerminal(pillar.title)), pillar.indicators.length]);
      for (const action of pillar.actions) table.push([`  ${escapeTerminal(action.id)}`, escapeTerminal(action.title), action.indicators.length]);
    }
    const heading = `${paint.bold(escapeTerminal(framework.title))} (${escapeTerminal(framework.id)})\n${escapeTerminal(`${framework.publisher}, ${framework.published}; ${framework.status}`)}`;
    return `${heading}\n${table.toString()}\n`;
  },
  json: (framework) => {
    const { path: _path, ...rest } = framework;
    return `${JSON.stringify(rest, null, 2)}\n`;
  },
  markdown: (framework) => {
    const blocks: RootContent[] = [
      mdHeading(1, mdText(`${framework.title} (`), mdCode(framework.id), mdText(')')),
      mdParagraph(mdText(`${framework.publisher}, ${framework.published}; ${framework.status}.`)),
    ];
    for (const pillar of framework.pillars) {
      blocks.push(
        mdHeading(2, mdCode(pillar.id), mdText(`: ${pillar.title}`)),
        mdParagraph(mdText(pillar.summary.trim())),
        mdTable(
          ['Id', 'Action', 'Summary'],
          pillar.actions.map((action) => [[mdCode(action.id)], action.title, action.summary.replace(/\s+/g, ' ').trim()]),
        ),
      );
    }
    return renderMarkdown(blocks);
  },
});
