import type { Element } from 'hast';
import { h } from 'hastscript';
import { STRENGTHS, VOICES } from '../../model/index.js';
import type { ReportView } from './view.js';

/**
 * The script behind the filters: it shows the form (hidden without scripts, so nothing dead is
 * shown) and hides rows and cards that do not match. Rows carry `data-row` (pillar, status),
 * cards and statements `data-item` (strength, voice, review, pillars), pillar-level rows
 * `data-pillar-row`. The page reads in full without it.
 */
export const FILTER_SCRIPT = `
(function () {
  var form = document.getElementById('filters');
  if (!form) return;
  form.hidden = false;
  var rows = Array.prototype.slice.call(document.querySelectorAll('[data-row]'));
  var items = Array.prototype.slice.call(document.querySelectorAll('[data-item]'));
  var pillarRows = Array.prototype.slice.call(document.querySelectorAll('[data-pillar-row]'));
  var count = document.getElementById('filter-count');
  function value(name) { return form.elements.namedItem(name).value; }
  function apply() {
    var pillar = value('pillar'), status = value('status'), strength = value('strength'), voice = value('voice');
    var review = form.elements.namedItem('review').checked;
    var byItem = Boolean(strength || voice || review);
    items.forEach(function (item) {
      var d = item.dataset;
      item.hidden = !((!strength || d.strength === strength) && (!voice || d.voice === voice) &&
        (!review || d.review === '1') && (!pillar || (d.pillars || '').split(' ').indexOf(pillar) >= 0));
    });
    var shown = 0;
    rows.forEach(function (row) {
      var d = row.dataset;
      row.hidden = !((!pillar || d.pillar === pillar) && (!status || d.status === status) &&
        (!byItem || row.querySelector('[data-item]:not([hidden])') !== null));
      if (!row.hidden) shown += 1;
    });
    pillarRows.forEach(function (row) { row.hidden = Boolean(pillar) && row.dataset.pillarRow !== pillar; });
    count.textContent = 'Showing ' + shown + ' of ' + rows.length + ' action rows';
  }
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  window.addEventListener('hashchange', function () {
    var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && target.closest('[hidden]')) { form.reset(); apply(); target.scrollIntoView(); }
  });
  apply();
})();
`.trim();

/** The filter form: pillar, status, strength, voice and "needs review"; hidden until the script shows it. */
export function filterForm(view: ReportView): Element {
  const select = (name: string, label: string, options: [string, string][]): Element =>
    h('label', [
      label,
      h(
        'select',
        { name },
        h('option', { value: '' }, 'all'),
        options.map(([value, text]) => h('option', { value }, text)),
      ),
    ]);
  return h('form.filters', { id: 'filters', hidden: true, ariaLabel: 'Filters' }, [
    h('strong', 'Filter'),
    select(
      'pillar',
      'Pillar',
      view.input.framework.pillars.map((pillar) => [pillar.id, `${pillar.id}: ${pillar.title}`]),
    ),
    select('status', 'Status', [
      ['covered', '✔ covered'],
      ['partial', '◐ partial'],
      ['gap', '✘ gap'],
    ]),
    select(
      'strength',
      'Strength',
      STRENGTHS.map((strength) => [strength, strength]),
    ),
    select(
      'voice',
      'Voice',
      VOICES.map((voice) => [voice, voice]),
    ),
    h('label', [h('input', { type: 'checkbox', name: 'review' }), ' needs review']),
    h('button', { type: 'reset' }, 'Clear'),
    h('span', { id: 'filter-count', ariaLive: 'polite' }),
  ]);
}
