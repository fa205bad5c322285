import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { href } from './anchors.js';
import { compareSection } from './compare.js';
import { contentSecurityPolicy } from './csp.js';
import { FILTER_SCRIPT, filterForm } from './filters.js';
import { forceSection } from './force.js';
import type { HtmlReportInput, HtmlReportOptions } from './input.js';
import { overviewSection } from './overview.js';
import { stylesheet } from './style.js';
import { versionPairs, versionsSection } from './versions.js';
import { buildReportView } from './view.js';

export type { HtmlReportInput, HtmlReportOptions, ReportDocument, SourceLine, SourceText } from './input.js';

/**
 * The HTML report as one self-contained page: built as a hast tree (so every piece of document
 * text is escaped by the serialiser) with its stylesheet and script inline and allowed by hash in
 * a Content-Security-Policy that forbids loading anything. The same input gives the same bytes.
 */
export function renderHtmlReport(input: HtmlReportInput, options: HtmlReportOptions = {}): string {
  const view = buildReportView(input);
  const { framework } = input;
  const css = stylesheet(view);
  const pairs = versionPairs(view);
  const title = options.title ?? `VAWG strategies against ${framework.short ?? framework.id}`;
  const forceNames = view.forces.map((force) => force.report.document.force.name);
  const contents: [string, string][] = [
    ['overview', 'Overview: heatmap and coverage bars'],
    ['compare', 'Compare matrix'],
    ...(pairs.length > 0 ? [['versions', 'Versions'] as [string, string]] : []),
    ...view.forces.map((force): [string, string] => [force.id, `${force.report.document.force.name} (${force.report.file})`]),
  ];
  const footer = [
    `Made by vawg${options.version ? ` ${options.version}` : ''} from ${view.forces.length} commitment document${view.forces.length === 1 ? '' : 's'}.`,
    options.timestamp ? ` Generated ${options.timestamp.toISOString()}.` : '',
    ' This file loads nothing from anywhere; the filters need scripts, everything else works without them.',
  ].join('');
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { httpEquiv: 'Content-Security-Policy', content: contentSecurityPolicy(css, FILTER_SCRIPT) }),
          h('meta', { name: 'referrer', content: 'no-referrer' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('meta', { name: 'generator', content: `vawg${options.version ? ` ${options.version}` : ''}` }),
          h('title', title),
          h('style', css),
        ]),
        h('body', [
          h('a.skip', { href: href('overview') }, 'Skip to the overview'),
          h('div.page', [
            h('header.top', { id: 'top' }, [
              h('h1', title),
              h(
                'p.sub',
                `Framework: ${framework.title} (${framework.id}), ${framework.publisher}, ${framework.published}${framework.status === 'reconstructed' ? '; reconstructed from public sources' : ''}.`,
              ),
              h('p.sub', `${view.forces.length} document${view.forces.length === 1 ? '' : 's'}: ${forceNames.join(', ')}.`),
            ]),
            h('nav.toc', { id: 'contents', ariaLabel: 'Contents' }, [
              h('h2', 'Contents'),
              h(
                'ol',
                contents.map(([id, label]) => h('li', h('a', { href: href(id) }, label))),
              ),
            ]),
            filterForm(view),
            h('main', [
              overviewSection(view),
              compareSection(view),
              pairs.length > 0 ? versionsSection(view, pairs) : '',
              ...view.forces.map(forceSection),
            ]),
            h('footer', footer),
          ]),
          h('script', FILTER_SCRIPT),
        ]),
      ]),
    ],
  };
  return `${toHtml(tree)}\n`;
}
