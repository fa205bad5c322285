import Table from 'cli-table3';
import { frameworkActions, type Framework } from '../../model/index.js';
import { painter, COMPACT_TABLE_CHARS, PLAIN_TABLE_STYLE, type ReportOptions } from '../style.js';

/** One catalog's pillars and actions (or items), with its status, version, hash and provenance, as a table, JSON or markdown. */
export const FRAMEWORK_DETAIL_FORMATTERS: Record<string, (framework: Framework, options: ReportOptions) => string> = {
  table: (framework, options) => {
    const paint = painter(options);
    const table = new Table({ head: ['Id', 'Title', 'Indicators'], style: PLAIN_TABLE_STYLE, chars: COMPACT_TABLE_CHARS, wordWrap: true, colWidths: [34, 70, 12] });
    for (const pillar of framework.pillars) {
      if (!pillar.implicit) table.push([paint.bold(pillar.id), paint.bold(pillar.title), pillar.indicators.length]);
      const indent = pillar.implicit ? '' : '  ';
      for (const action of pillar.actions) table.push([`${indent}${action.id}`, action.title, action.indicators.length]);
    }
    const lines = [`${paint.bold(framework.title)} (${framework.id})`, facts(framework)];
    lines.push(...provenanceLines(framework).map((line) => paint.dim(line)));
    return `${lines.join('\n')}\n${table.toString()}\n`;
  },
  json: (framework) => {
    const { path: _path, pillars, ...rest } = framework;
    const body = framework.shape === 'items' ? { ...rest, items: frameworkActions(framework) } : { ...rest, pillars };
    return `${JSON.stringify(body, null, 2)}\n`;
  },
  markdown: (framework) => {
    const lines = [`# ${framework.title} (\`${framework.id}\`)`, '', `${facts(framework)}.`, ''];
    const provenance = provenanceLines(framework);
    if (provenance.length > 0) lines.push(...provenance.map((line) => (line.startsWith('  ') ? `- ${line.trim()}` : line)), '');
    for (const pillar of framework.pillars) {
      if (!pillar.implicit) lines.push(`## \`${pillar.id}\`: ${pillar.title}`, '', pillar.summary.trim(), '');
      lines.push(`| Id | ${pillar.implicit ? 'Item' : 'Action'} | Summary |`, '| --- | --- | --- |');
      for (const action of pillar.actions) {
        lines.push(`| \`${action.id}\` | ${action.title} | ${action.summary.replace(/\s+/g, ' ').trim()} |`);
      }
      lines.push('');
    }
    return lines.join('\n');
  },
};

function facts(framework: Framework): string {
  const version = framework.version === undefined ? '' : `; version ${framework.version}`;
  return `${framework.publisher}, ${framework.published}; ${framework.status}${version}; sha256 ${framework.sha256}`;
}

function provenanceLines(framework: Framework): string[] {
  const provenance = framework.provenance;
  if (!provenance) return [];
  const lines = [`Provenance: ${oneLine(provenance.basis)}`];
  if (provenance.notPublic && provenance.notPublic.length > 0) {
    lines.push('Not public:', ...provenance.notPublic.map((entry) => `  ${oneLine(entry)}`));
  }
  return lines;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
