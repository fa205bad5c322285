import Table from 'cli-table3';
import { frameworkActions, type CoverageStatus, type Crosswalk, type Framework } from '../../model/index.js';
import type { RootContent } from 'mdast';
import { mdCode, mdHeading, mdLines, mdTable, mdText, renderMarkdown } from '../escape/markdown.js';
import { withoutWorkflowCommands } from '../escape/github.js';
import { escapeTerminal as t } from '../escape/terminal.js';
import { painter, COMPACT_TABLE_CHARS, PLAIN_TABLE_STYLE, type ReportOptions } from '../style.js';

/** A crosswalk read from one catalog to another, with the best status it can give each target action. */
export interface CrosswalkView {
  crosswalk: Crosswalk;
  source: Framework;
  target: Framework;
  /** The best status the crosswalk can give each action of the target catalog. */
  ceiling: Map<string, CoverageStatus>;
}

/** Version of the JSON `vawg frameworks map --format json` prints. */
export const CROSSWALK_JSON_VERSION = 1;

const REACH: Record<CoverageStatus, string> = {
  covered: 'can be covered',
  partial: 'partial at best',
  gap: 'nothing maps to it',
};

/**
 * A crosswalk as a table, JSON or markdown: each entry with its relation and rationale, then what each target action can reach;
 * the catalogs' and the crosswalk's text is escaped for each format.
 */
export const CROSSWALK_FORMATTERS: Record<string, (view: CrosswalkView, options: ReportOptions) => string> = withoutWorkflowCommands({
  table: (view, options) => {
    const paint = painter(options);
    const table = new Table({
      head: ['Source', 'Relation', 'Target', 'Rationale'],
      style: PLAIN_TABLE_STYLE,
      chars: COMPACT_TABLE_CHARS,
      wordWrap: true,
      colWidths: [33, 17, 33, 50],
    });
    for (const entry of view.crosswalk.entries) table.push([entry.source, entry.relation, entry.target, oneLine(entry.rationale)].map(t));
    const reach = new Table({ head: [t(view.target.id), 'Through this crosswalk'], style: PLAIN_TABLE_STYLE, chars: COMPACT_TABLE_CHARS });
    for (const action of frameworkActions(view.target)) reach.push([t(action.id), reachOf(view, action.id)]);
    const lines = [paint.bold(t(heading(view))), ...facts(view).map((line) => paint.dim(t(line)))];
    return `${[...lines, table.toString(), reach.toString()].join('\n')}\n`;
  },
  json: (view) => {
    const { crosswalk } = view;
    const body = {
      version: CROSSWALK_JSON_VERSION,
      crosswalk: {
        id: crosswalk.id,
        title: crosswalk.title ?? null,
        version: crosswalk.version ?? null,
        sha256: crosswalk.sha256,
        reversed: crosswalk.reversed,
      },
      source: view.source.id,
      target: view.target.id,
      mappings: crosswalk.entries,
      reach: Object.fromEntries(frameworkActions(view.target).map((action) => [action.id, view.ceiling.get(action.id) ?? 'gap'])),
    };
    return `${JSON.stringify(body, null, 2)}\n`;
  },
  markdown: (view) => {
    const blocks: RootContent[] = [
      mdHeading(1, mdText(heading(view))),
      mdLines(facts(view)),
      mdTable(
        ['Source', 'Relation', 'Target', 'Rationale'],
        view.crosswalk.entries.map((entry) => [[mdCode(entry.source)], entry.relation, [mdCode(entry.target)], oneLine(entry.rationale)]),
      ),
      mdTable(
        [[mdCode(view.target.id)], 'Through this crosswalk'],
        frameworkActions(view.target).map((action) => [[mdCode(action.id)], reachOf(view, action.id)]),
      ),
    ];
    return renderMarkdown(blocks);
  },
});

function reachOf(view: CrosswalkView, id: string): string {
  return REACH[view.ceiling.get(id) ?? 'gap'];
}

function heading(view: CrosswalkView): string {
  return `${view.source.id} → ${view.target.id}`;
}

function facts(view: CrosswalkView): string[] {
  const { crosswalk } = view;
  const version = crosswalk.version === undefined ? '' : `version ${crosswalk.version}; `;
  const title = crosswalk.title === undefined ? '' : ` (${crosswalk.title})`;
  const lines = [`crosswalk ${crosswalk.id}${title}; ${version}sha256 ${crosswalk.sha256}`];
  if (crosswalk.reversed) lines.push(`read backwards: written from ${view.target.id} to ${view.source.id}, each relation inverted`);
  lines.push('equivalent-to and subset-of can cover the target; superset-of and intersects-with give at most partial; no-relationship carries nothing');
  return lines;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
