import Table from 'cli-table3';
import { frameworkActions, type Crosswalk, type Framework } from '../../model/index.js';
import type { PhrasingContent, RootContent } from 'mdast';
import { mdCode, mdTable, renderMarkdown } from '../escape/markdown.js';
import { withoutWorkflowCommands } from '../escape/github.js';
import { escapeTerminal as t } from '../escape/terminal.js';
import { COMPACT_TABLE_CHARS, PLAIN_TABLE_STYLE, type ReportOptions } from '../style.js';

/** What `vawg frameworks` lists: every catalog, and the crosswalks between them. */
export interface FrameworkListing {
  catalogs: Framework[];
  crosswalks: Crosswalk[];
}

/** Version of the JSON `vawg frameworks --format json` prints. */
export const FRAMEWORK_LIST_JSON_VERSION = 1;

/** Characters of a sha256 shown in tables (the JSON has all 64). */
const SHORT_HASH = 12;

/** The catalogs and crosswalks as tables (or JSON, or markdown), with status, version and content hash; catalog text is escaped for each format. */
export const FRAMEWORK_LIST_FORMATTERS: Record<string, (listing: FrameworkListing, options: ReportOptions) => string> = withoutWorkflowCommands({
  table: (listing) => {
    const catalogs = new Table({
      head: ['Id', 'Name', 'Published', 'Status', 'Version', 'Contents', 'sha256'],
      style: PLAIN_TABLE_STYLE,
      chars: COMPACT_TABLE_CHARS,
    });
    for (const framework of listing.catalogs) catalogs.push(catalogCells(framework, framework.short ?? framework.title).map(t));
    const blocks = [catalogs.toString()];
    if (listing.crosswalks.length > 0) {
      const crosswalks = new Table({ head: ['Crosswalk', 'From', 'To', 'Version', 'Mappings', 'sha256'], style: PLAIN_TABLE_STYLE, chars: COMPACT_TABLE_CHARS });
      for (const crosswalk of listing.crosswalks) crosswalks.push(crosswalkCells(crosswalk).map(t));
      blocks.push(crosswalks.toString());
    }
    return `${blocks.join('\n')}\n`;
  },
  json: (listing) =>
    `${JSON.stringify(
      { version: FRAMEWORK_LIST_JSON_VERSION, catalogs: listing.catalogs.map(catalogSummary), crosswalks: listing.crosswalks.map(crosswalkSummary) },
      null,
      2,
    )}\n`,
  markdown: (listing) => {
    const blocks: RootContent[] = [
      mdTable(
        ['Id', 'Title', 'Published', 'Status', 'Version', 'Contents', 'sha256'],
        listing.catalogs.map((framework) => markdownRow(catalogCells(framework, framework.title), [0, 6])),
      ),
    ];
    if (listing.crosswalks.length > 0) {
      blocks.push(
        mdTable(
          ['Crosswalk', 'From', 'To', 'Version', 'Mappings', 'sha256'],
          listing.crosswalks.map((crosswalk) => markdownRow(crosswalkCells(crosswalk), [0, 1, 2, 5])),
        ),
      );
    }
    return renderMarkdown(blocks);
  },
});

/** A catalog's row of the listing: id, name, published, status, version, contents and short hash. */
function catalogCells(framework: Framework, name: string): string[] {
  return [
    framework.id,
    name,
    framework.published,
    framework.status,
    framework.version ?? '-',
    contents(framework),
    framework.sha256.slice(0, SHORT_HASH),
  ];
}

/** A crosswalk's row of the listing: id, from, to, version, number of mappings and short hash. */
function crosswalkCells(crosswalk: Crosswalk): string[] {
  return [
    crosswalk.id,
    crosswalk.source,
    crosswalk.target,
    crosswalk.version ?? '-',
    String(crosswalk.entries.length),
    crosswalk.sha256.slice(0, SHORT_HASH),
  ];
}

/** A markdown row: the cells at the `code` indexes (ids and hashes) as inline code, the rest as text. */
function markdownRow(cells: string[], code: number[]): (string | PhrasingContent[])[] {
  return cells.map((cell, index) => (code.includes(index) ? [mdCode(cell)] : cell));
}

/** What a catalog holds, in words: "3 pillars, 9 actions" or "5 items". */
export function contents(framework: Framework): string {
  const actions = frameworkActions(framework).length;
  if (framework.shape === 'items') return `${actions} items`;
  return `${framework.pillars.length} pillars, ${actions} actions`;
}

function catalogSummary(framework: Framework): Record<string, unknown> {
  return {
    id: framework.id,
    title: framework.title,
    publisher: framework.publisher,
    published: framework.published,
    status: framework.status,
    version: framework.version ?? null,
    shape: framework.shape,
    pillars: framework.shape === 'items' ? 0 : framework.pillars.length,
    actions: frameworkActions(framework).length,
    sha256: framework.sha256,
  };
}

function crosswalkSummary(crosswalk: Crosswalk): Record<string, unknown> {
  return {
    id: crosswalk.id,
    source: crosswalk.source,
    target: crosswalk.target,
    version: crosswalk.version ?? null,
    mappings: crosswalk.entries.length,
    sha256: crosswalk.sha256,
  };
}
