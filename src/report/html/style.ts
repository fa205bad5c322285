import type { ReportView } from './view.js';

/**
 * The report's stylesheet. Status colours differ in lightness as well as hue (dark blue, amber,
 * pale red), so they read in greyscale, and every status also carries its mark (✔ ◐ ✘).
 */
const STYLESHEET = `
:root{--covered:#1d4e89;--partial:#f2c14e;--gap:#fbe4e1;--gap-ink:#8a1c12;--other:#6b4c9a;--line:#d0d4da;--muted:#4a4f57}
*{box-sizing:border-box}
html{scroll-padding-top:4.5rem}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1a1a1a;background:#fff}
a{color:#174a8b}
.skip{position:absolute;left:-9999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px;z-index:3}
.page{max-width:1240px;margin:0 auto;padding:0 20px 40px}
header.top h1{font-size:1.6rem;margin:1.2rem 0 .3rem}
.sub{color:var(--muted);margin:.2rem 0}
h2{font-size:1.35rem;margin:2.4rem 0 .6rem;padding-bottom:.25rem;border-bottom:2px solid var(--covered)}
h3{font-size:1.1rem;margin:1.6rem 0 .5rem}
h4{font-size:1rem;margin:1rem 0 .3rem}
nav.toc ol{padding-left:1.2rem;columns:2 18rem;margin:.4rem 0}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;padding:0;margin:.4rem 0;list-style:none;font-size:.9rem}
.legend .chip{display:inline-block;min-width:1.8em;text-align:center;border-radius:3px;margin-right:.3em;font-weight:700}
table{border-collapse:collapse}
caption{text-align:left;font-weight:600;padding:.3rem 0}
.scroll{overflow-x:auto}
.heatmap th,.heatmap td{border:2px solid #fff;padding:0}
.heatmap thead th{font-size:.75rem;font-weight:600;padding:2px 4px;background:#eef1f5;vertical-align:bottom}
.heatmap thead th.act span{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;display:inline-block;max-height:14rem}
.heatmap thead th.pillar{text-align:center;background:#dfe6ef}
.heatmap tbody th{text-align:left;padding:4px 8px 4px 0;font-weight:600;white-space:nowrap}
.heatmap td.total{padding:4px 8px;white-space:nowrap;font-variant-numeric:tabular-nums}
.cell a{color:inherit;display:block;min-width:3.4em;padding:6px 4px;text-align:center;text-decoration:none;font-weight:700;line-height:1.2}
.cell .rv{display:block;font-size:.72rem;font-weight:600}
.st-covered{background:var(--covered);color:#fff}
.st-partial{background:var(--partial);color:#1a1a1a}
.st-gap{background:var(--gap);color:var(--gap-ink)}
.status{display:inline-block;padding:0 .45em;border-radius:3px;font-weight:700;white-space:nowrap}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.charts{display:flex;flex-wrap:wrap;gap:1rem 2.5rem}
figure{margin:.6rem 0}
svg.bars text{font:12px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;fill:#1a1a1a}
table.grid{width:100%;margin:.4rem 0}
table.grid th,table.grid td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
table.grid thead th{background:#eef1f5;font-size:.85rem}
tr.pillar-row th{background:#f4f6f9;font-size:.95rem}
td.action-cell{width:30%}
td.action-cell code{font-size:.8rem;color:var(--muted)}
.compare td{text-align:center;white-space:nowrap}
.facts{display:flex;flex-wrap:wrap;gap:.2rem 1.5rem;margin:.3rem 0;padding:0;list-style:none;color:var(--muted);font-size:.9rem}
.note{background:#fff7e0;border-left:4px solid var(--partial);padding:.4rem .8rem;margin:.6rem 0}
.cards{list-style:none;padding:0;margin:0}
.card{border-left:4px solid var(--covered);background:#f6f8fb;padding:.35rem .7rem;margin:.35rem 0}
.card.weak{border-left-color:var(--partial)}
.card.other{border-left:4px dashed var(--other);background:#f7f5fa}
.card q{quotes:none}
.card .meta{display:flex;flex-wrap:wrap;gap:.1rem .9rem;font-size:.82rem;color:var(--muted);margin-top:.2rem}
.card .flag{color:var(--gap-ink);font-weight:700}
.guidance{font-size:.9rem;color:#333;margin:.2rem 0}
.others-title{font-size:.85rem;font-weight:600;color:var(--other);margin:.5rem 0 0}
b.ev{font-weight:700;background:#d6ecd6;border-radius:2px}
.src{font:13px/1.45 ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;border:1px solid var(--line);border-radius:4px;padding:.4rem 0;overflow-x:auto}
.src .page-head{font:600 13px system-ui,sans-serif;background:#eef1f5;padding:.2rem .8rem;margin:.3rem 0}
.line{display:flex}
.line .ln{flex:0 0 4.5em;text-align:right;padding-right:.9em;color:var(--muted);text-decoration:none;user-select:none}
.line .lt{flex:1;white-space:pre-wrap;overflow-wrap:anywhere;padding-right:.8rem}
.line:has(:target) .ln,.line:target .ln{background:#ffe27a;color:#1a1a1a;font-weight:700}
span.furniture{color:var(--muted);font-style:italic}
mark.s{background:#e6edf8;color:inherit;border-bottom:2px solid var(--covered)}
mark.s.o{background:#f0eaf7;border-bottom:2px dashed var(--other)}
ins{background:#d4f0d8;text-decoration:underline}
del{background:#fadadd;text-decoration:line-through}
.diff li{margin:.3rem 0}
form.filters{position:sticky;top:0;z-index:2;background:#fff;border-bottom:1px solid var(--line);padding:.5rem 0;display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center}
form.filters label{font-size:.9rem}
form.filters select{margin-left:.3rem}
footer{color:var(--muted);font-size:.85rem;border-top:1px solid var(--line);margin-top:3rem;padding-top:.6rem}
[hidden]{display:none!important}
@page{size:A4;margin:14mm 12mm}
@media print{
body{font-size:10.5pt}
.page{max-width:none;padding:0}
.skip,nav.toc,form.filters,.source-part,.screen-only{display:none!important}
section.force{break-before:page}
h2,h3,h4,tr,.card{break-inside:avoid}
h2,h3,h4{break-after:avoid}
a{color:inherit;text-decoration:none}
.scroll{overflow:visible}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`.trim();

/**
 * The stylesheet with one rule per sentence in the embedded sources: when a link targets a
 * sentence, every piece of it (across lines) is highlighted, with scripts on or off.
 */
export function stylesheet(view: ReportView): string {
  const rules = view.forces.flatMap((force) =>
    [...force.places.values()]
      .filter((place) => place.range)
      .map((place) => `body:has([id="${place.anchor}"]:target) .${place.className}{background:#ffe27a;outline:2px solid #b8860b}`),
  );
  const css = [STYLESHEET, ...rules].join('\n');
  if (css.includes('<')) throw new Error('the stylesheet must not contain "<"');
  return css;
}
