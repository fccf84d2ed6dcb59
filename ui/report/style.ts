/**
 * The report's stylesheet, inlined in <style>: no external resources, so the file opens
 * and prints anywhere. Severities differ by pattern and border style as well as colour,
 * so they stay apart in black-and-white print.
 */
export const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0 auto; padding: 2rem 1.5rem 3rem; max-width: 60rem;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif;
  font-size: 15px; line-height: 1.45; color: #1a1a1a; background: #fff;
}
h1, h2, h3, h4 { line-height: 1.25; margin: 1.4em 0 0.5em; }
h1 { font-size: 1.6rem; margin-top: 0.2em; }
h2 { font-size: 1.35rem; border-bottom: 2px solid #1a1a1a; padding-bottom: 0.2em; }
h3 { font-size: 1.1rem; }
h4 { font-size: 1rem; margin: 1.2em 0 0.4em; }
a { color: #1f4e79; }
.kicker { margin: 0; font-size: 0.8rem; letter-spacing: 0.06em; text-transform: uppercase; color: #555; }
.meta { margin: 0.2em 0 1em; color: #333; }
.report-head { border-bottom: 1px solid #999; padding-bottom: 0.8em; }
.legend { display: grid; grid-template-columns: max-content 1fr; gap: 0.3em 0.8em; margin: 0.6em 0 0; font-size: 0.9rem; }
.legend dt, .legend dd { margin: 0; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; margin: 0.4em 0 1em; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
.file-label { font-weight: 400; color: #555; }
.count-error { font-weight: 700; }
.readiness { font-weight: 700; }
.readiness-not-ready { color: #9f1d1d; }
.readiness-almost-ready { color: #6b4700; }
.readiness-ready { color: #12461f; }
.grid { border-collapse: collapse; width: 100%; margin: 0.4em 0 0.8em; font-size: 0.9rem; }
.grid caption { caption-side: top; text-align: left; font-size: 0.85rem; color: #444; padding-bottom: 0.3em; }
.grid th, .grid td { border: 1px solid #bbb; padding: 0.25em 0.45em; text-align: left; vertical-align: top; }
.grid thead th { background: #eef0f3; font-weight: 600; }
.grid tbody th { font-weight: 400; }
.grid tfoot th, .grid tfoot td { font-weight: 700; border-top: 2px solid #555; }
.grid .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; width: 1%; }
.grid .total { font-weight: 600; }
.grid .zero { color: #888; }
.families { width: auto; }
.families .num { width: auto; min-width: 4em; }
.families tbody th { padding-right: 2em; }
.sections tr.has-findings th { font-weight: 600; }
.sections tr.outside th { font-style: italic; }
.sections td.hard { font-weight: 700; }
.sections td.band { white-space: nowrap; }
.kind { color: #555; font-size: 0.85em; }
.note { font-size: 0.85rem; color: #444; margin: 0.3em 0 0.8em; }
.empty { font-style: italic; }
.chart { margin: 0.3em 0 1em; }
.chart svg { max-width: 100%; height: auto; display: block; }
.chart text { font-family: inherit; font-size: 13px; fill: #1a1a1a; }
.chart .bar-value { font-variant-numeric: tabular-nums; }
.sev {
  display: inline-block; min-width: 4.6em; text-align: center; padding: 0.05em 0.4em;
  font-size: 0.78rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.03em; border-radius: 3px;
  border: 1.5px solid #1a1a1a;
}
.sev-error { background: #9f1d1d; color: #fff; border-color: #9f1d1d; }
.sev-warning { background: #fbe6b8; color: #1a1a1a; border-color: #8a5d00; border-style: solid; }
.sev-info { background: #fff; color: #1f3f63; border-color: #1f3f63; border-style: dashed; }
.group { margin-top: 1em; }
.path { font-weight: 400; color: #555; }
.group-count { font-weight: 400; color: #555; font-size: 0.9em; }
.finding { border: 1px solid #bbb; border-left-width: 5px; padding: 0.5em 0.8em; margin: 0.5em 0; }
.finding-error { border-left: 5px solid #9f1d1d; }
.finding-warning { border-left: 5px double #8a5d00; }
.finding-info { border-left: 5px dashed #1f3f63; }
.finding p { margin: 0.2em 0; }
.finding-head .pos { font-variant-numeric: tabular-nums; color: #444; font-size: 0.9rem; margin: 0 0.3em; white-space: nowrap; }
.message { font-weight: 600; }
.context { margin: 0.4em 0; padding: 0.3em 0.7em; background: #f6f6f4; border-left: 3px solid #999; font-family: Georgia, "Times New Roman", serif; font-size: 0.95rem; overflow-wrap: anywhere; }
.context.same { background: none; border: 0; padding: 0; font-family: inherit; font-size: 0.85rem; font-style: italic; color: #444; }
mark { background: #ffe680; color: inherit; font-weight: 700; border-bottom: 2px solid #1a1a1a; padding: 0 0.1em; }
.caret { font-weight: 700; font-family: system-ui, sans-serif; font-size: 1.25em; line-height: 1; padding: 0 0.2em; border-bottom: 2px solid #1a1a1a; background: #ffe680; }
.fixes { list-style: none; margin: 0.3em 0; padding: 0; }
.fix-label { font-weight: 700; }
del { text-decoration: line-through; text-decoration-thickness: 1.5px; color: #5a1414; }
ins { text-decoration: underline; text-decoration-thickness: 1.5px; font-weight: 700; color: #12461f; }
.rule { font-size: 0.8rem; color: #555; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.95em; }
.report-foot { margin-top: 2.5em; border-top: 1px solid #999; font-size: 0.8rem; color: #555; }
@media print {
  @page { size: A4; margin: 16mm 15mm 18mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  a { color: inherit; text-decoration: none; }
  .new-page { break-before: page; page-break-before: always; }
  h2, h3, h4, .lead { break-after: avoid; page-break-after: avoid; }
  .finding, .chart, .facts, .legend, tr { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  .grid thead th { background: #eee; }
  .finding { border-top-color: #777; border-right-color: #777; border-bottom-color: #777; }
  .context { background: none; }
}
`.trim();
