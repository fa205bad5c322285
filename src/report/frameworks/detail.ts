import Table from 'cli-table3';
import type { RootContent } from 'mdast';
import { mdCode, mdHeading, mdList, mdParagraph, mdTable, mdText, renderMarkdown } from '../escape/markdown.js';
import { withoutWorkflowCommands } from '../escape/github.js';
import { escapeTerminal as t } from '../escape/terminal.js';
import { frameworkActions, type Framework } from '../../model/index.js';
import { painter, COMPACT_TABLE_CHARS, PLAIN_TABLE_STYLE, type ReportOptions } from '../style.js';

/**
 * One catalog's pillars and actions (or items), with its status, version, hash and provenance, as a table, JSON or markdown;
 * the catalog's text is escaped for each format.
 */
export const FRAMEWORK_DETAIL_FORMATTERS: Record<string, (framework: Framework, options: ReportOptions) => string> = withoutWorkflowCommands({
  table: (framework, options) => {
    const paint = painter(options);
    const table = new Table({ head: ['Id', 'Title', 'Indicators'], style: PLAIN_TABLE_STYLE, chars: COMPACT_TABLE_CHARS, wordWrap: true, colWidths: [34, 70, 12] });
    for (const pillar of framework.pillars) {
      if (!pillar.implicit) table.push([paint.bold(t(pillar.id)), paint.bold(t(pillar.title)), pillar.indicators.length]);
      const indent = pillar.implicit ? '' : '  ';
      for (const action of pillar.actions) table.push([`${indent}${t(action.id)}`, t(action.title), action.indicators.length]);
    }
    const provenance = provenanceOf(framework);
    const lines = [`${paint.bold(t(framework.title))} (${t(framework.id)})`, t(facts(framework))];
    if (provenance) {
      lines.push(paint.dim(t(`Provenance: ${provenance.basis}`)));
      if (provenance.notPublic.length > 0) lines.push(paint.dim('Not public:'), ...provenance.notPublic.map((entry) => paint.dim(`  ${t(entry)}`)));
    }
    return `${lines.join('\n')}\n${table.toString()}\n`;
  },
  json: (framework) => {
    const { path: _path, pillars, ...rest } = framework;
    const body = framework.shape === 'items' ? { ...rest, items: frameworkActions(framework) } : { ...rest, pillars };
    return `${JSON.stringify(body, null, 2)}\n`;
  },
  markdown: (framework) => {
    const blocks: RootContent[] = [
      mdHeading(1, mdText(`${framework.title} (`), mdCode(framework.id), mdText(')')),
      mdParagraph(mdText(`${facts(framework)}.`)),
    ];
    const provenance = provenanceOf(framework);
    if (provenance) {
      blocks.push(mdParagraph(mdText(`Provenance: ${provenance.basis}`)));
      if (provenance.notPublic.length > 0) {
        blocks.push(mdParagraph(mdText('Not public:')), mdList(provenance.notPublic.map((entry) => [mdText(entry)])));
      }
    }
    for (const pillar of framework.pillars) {
      if (!pillar.implicit) blocks.push(mdHeading(2, mdCode(pillar.id), mdText(`: ${pillar.title}`)), mdParagraph(mdText(pillar.summary.trim())));
      blocks.push(
        mdTable(
          ['Id', pillar.implicit ? 'Item' : 'Action', 'Summary'],
          pillar.actions.map((action) => [[mdCode(action.id)], action.title, oneLine(action.summary)]),
        ),
      );
    }
    return renderMarkdown(blocks);
  },
});

function facts(framework: Framework): string {
  const version = framework.version === undefined ? '' : `; version ${framework.version}`;
  return `${framework.publisher}, ${framework.published}; ${framework.status}${version}; sha256 ${framework.sha256}`;
}

function provenanceOf(framework: Framework): { basis: string; notPublic: string[] } | undefined {
  const provenance = framework.provenance;
  if (!provenance) return undefined;
  return { basis: oneLine(provenance.basis), notPublic: (provenance.notPublic ?? []).map(oneLine) };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
