/** The HTML report's style sheet: inline, system fonts, light and dark by `prefers-color-scheme`. */
export const REPORT_CSS = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1d2430; --muted: #5b6675; --line: #d9dee5; --head: #f3f5f8;
  --ok: #e3f4e8; --ok-fg: #185c2e; --bad: #fde7d9; --bad-fg: #8a3300; --gap: #fbe3e6; --gap-fg: #8f1d2c; --accent: #1f5e78;
  --error: #b42318; --warning: #b54708; --note: #1f5e78; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #14181f; --fg: #e4e8ee; --muted: #9aa5b4; --line: #2e3642; --head: #1c222b;
    --ok: #173524; --ok-fg: #9fe0b4; --bad: #43280f; --bad-fg: #ffc58f; --gap: #45161e; --gap-fg: #ffadb9; --accent: #7cc4e0;
    --error: #ff8a80; --warning: #ffb74d; --note: #7cc4e0; }
}
* { box-sizing: border-box; }
body { margin: 0; padding: 2rem clamp(1rem, 4vw, 3rem); background: var(--bg); color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; letter-spacing: -.01em; }
h2 { font-size: 1.2rem; margin: 2.2rem 0 .6rem; padding-bottom: .3rem; border-bottom: 1px solid var(--line); }
p.lead { color: var(--muted); margin: 0 0 1.2rem; }
code, .path { font: 12.5px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: var(--muted); }
.cards { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1rem 0; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: .5rem .8rem; min-width: 6.5rem; background: var(--head); }
.card b { display: block; font-size: 1.35rem; }
.card span { color: var(--muted); font-size: .85rem; }
.legend { display: flex; flex-wrap: wrap; gap: 1rem; font-size: .85rem; color: var(--muted); margin: .5rem 0; }
.swatch { display: inline-block; width: .9rem; height: .9rem; border-radius: 3px; vertical-align: -2px; margin-right: .35rem; border: 1px solid var(--line); }
.scroll { overflow: auto; max-height: 80vh; border: 1px solid var(--line); border-radius: 8px; }
table { border-collapse: separate; border-spacing: 0; width: 100%; font-size: .88rem; }
th, td { padding: .45rem .6rem; border-bottom: 1px solid var(--line); border-right: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { position: sticky; top: 0; z-index: 2; background: var(--head); font-weight: 600; white-space: nowrap; }
tbody th { position: sticky; left: 0; z-index: 1; background: var(--bg); font-weight: 600; min-width: 12rem; }
thead th:first-child { left: 0; z-index: 3; }
th small, td small { display: block; font-weight: 400; color: var(--muted); }
td.ok { background: var(--ok); color: var(--ok-fg); }
td.disagrees { background: var(--bad); color: var(--bad-fg); }
td.missing { background: var(--gap); color: var(--gap-fg); font-weight: 600; }
td .role + .role { margin-top: .35rem; padding-top: .35rem; border-top: 1px dashed currentColor; }
.ok-swatch { background: var(--ok); } .bad-swatch { background: var(--bad); } .gap-swatch { background: var(--gap); }
ul.plain { padding-left: 1.2rem; } ul.plain li { margin: .25rem 0; }
details { border: 1px solid var(--line); border-radius: 8px; margin: .5rem 0; padding: .4rem .8rem; }
summary { cursor: pointer; font-weight: 600; }
.sev { font-weight: 600; text-transform: uppercase; font-size: .72rem; letter-spacing: .04em; }
.sev-error { color: var(--error); } .sev-warning { color: var(--warning); } .sev-info, .sev-hint { color: var(--note); }
.none { color: var(--muted); font-style: italic; }
footer { margin-top: 3rem; color: var(--muted); font-size: .8rem; }
`;
