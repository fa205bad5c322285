import Table from 'cli-table3';
import { frameworkActions, type Crosswalk, type Framework } from '../../model/index.js';
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

/** The catalogs and crosswalks as tables (or JSON, or markdown), with status, version and content hash. */
export const FRAMEWORK_LIST_FORMATTERS: Record<string, (listing: FrameworkListing, options: ReportOptions) => string> = {
  table: (listing) => {
    const catalogs = new Table({
      head: ['Id', 'Name', 'Published', 'Status', 'Version', 'Contents', 'sha256'],
      style: PLAIN_TABLE_STYLE,
      chars: COMPACT_TABLE_CHARS,
    });
    for (const framework of listing.catalogs) {
      catalogs.push([
        framework.id,
        framework.short ?? framework.title,
        framework.published,
        framework.status,
        framework.version ?? '-',
        contents(framework),
        framework.sha256.slice(0, SHORT_HASH),
      ]);
    }
    const blocks = [catalogs.toString()];
    if (listing.crosswalks.length > 0) {
      const crosswalks = new Table({ head: ['Crosswalk', 'From', 'To', 'Version', 'Mappings', 'sha256'], style: PLAIN_TABLE_STYLE, chars: COMPACT_TABLE_CHARS });
      for (const crosswalk of listing.crosswalks) {
        crosswalks.push([crosswalk.id, crosswalk.source, crosswalk.target, crosswalk.version ?? '-', crosswalk.entries.length, crosswalk.sha256.slice(0, SHORT_HASH)]);
      }
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
  markdown: (listing) =>
    [
      '| Id | Title | Published | Status | Version | Contents | sha256 |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...listing.catalogs.map(
        (framework) =>
          `| \`${framework.id}\` | ${cell(framework.title)} | ${framework.published} | ${framework.status} | ${framework.version ?? '-'} | ${contents(framework)} | \`${framework.sha256.slice(0, SHORT_HASH)}\` |`,
      ),
      '',
      ...(listing.crosswalks.length === 0
        ? []
        : [
            '| Crosswalk | From | To | Version | Mappings | sha256 |',
            '| --- | --- | --- | --- | --- | --- |',
            ...listing.crosswalks.map(
              (crosswalk) =>
                `| \`${crosswalk.id}\` | \`${crosswalk.source}\` | \`${crosswalk.target}\` | ${crosswalk.version ?? '-'} | ${crosswalk.entries.length} | \`${crosswalk.sha256.slice(0, SHORT_HASH)}\` |`,
            ),
            '',
          ]),
    ].join('\n'),
};

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

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}
