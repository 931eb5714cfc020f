// Shared look of the panel and the dialog: CSS variables for a light and a
// dark theme. `data-theme` on the root element picks one; without it the
// system preference decides.
export const THEME_CSS = `
:host { all: initial; }
.pc-root {
  --pc-bg: #ffffff; --pc-fg: #1f2328; --pc-muted: #57606a; --pc-border: #d0d7de;
  --pc-warn: #9a3412; --pc-warn-bg: #fff4e5; --pc-block: #b91c1c; --pc-block-bg: #fdecec;
  --pc-info: #1d4ed8; --pc-info-bg: #eef4ff; --pc-accent: #0b57d0; --pc-accent-fg: #ffffff;
  --pc-shadow: 0 6px 24px rgba(0,0,0,.18);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--pc-fg);
}
@media (prefers-color-scheme: dark) {
  .pc-root:not([data-theme="light"]) {
    --pc-bg: #1e2227; --pc-fg: #e6edf3; --pc-muted: #9da7b3; --pc-border: #3d444d;
    --pc-warn: #fdba74; --pc-warn-bg: #3a2614; --pc-block: #fca5a5; --pc-block-bg: #3b1717;
    --pc-info: #93c5fd; --pc-info-bg: #172338; --pc-accent: #8ab4f8; --pc-accent-fg: #0b1020;
    --pc-shadow: 0 6px 24px rgba(0,0,0,.6);
  }
}
.pc-root[data-theme="dark"] {
  --pc-bg: #1e2227; --pc-fg: #e6edf3; --pc-muted: #9da7b3; --pc-border: #3d444d;
  --pc-warn: #fdba74; --pc-warn-bg: #3a2614; --pc-block: #fca5a5; --pc-block-bg: #3b1717;
  --pc-info: #93c5fd; --pc-info-bg: #172338; --pc-accent: #8ab4f8; --pc-accent-fg: #0b1020;
  --pc-shadow: 0 6px 24px rgba(0,0,0,.6);
}
.pc-root button {
  font: inherit; cursor: pointer; border-radius: 6px; padding: 3px 10px;
  border: 1px solid var(--pc-border); background: var(--pc-bg); color: var(--pc-fg);
}
.pc-root button:hover { border-color: var(--pc-accent); }
.pc-root button:focus-visible, .pc-root select:focus-visible { outline: 2px solid var(--pc-accent); outline-offset: 1px; }
.pc-root button.pc-primary { background: var(--pc-accent); color: var(--pc-accent-fg); border-color: var(--pc-accent); }
.pc-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.pc-findings { list-style: none; margin: 0; padding: 0; }
.pc-finding { border-left: 3px solid var(--pc-warn); background: var(--pc-warn-bg); border-radius: 4px; padding: 6px 8px; margin: 6px 0; }
.pc-finding[data-severity="block"] { border-color: var(--pc-block); background: var(--pc-block-bg); }
.pc-finding[data-severity="info"] { border-color: var(--pc-info); background: var(--pc-info-bg); }
.pc-finding-head { display: flex; gap: 6px; align-items: baseline; font-weight: 600; }
.pc-sev { font-weight: 500; font-size: 11px; color: var(--pc-muted); text-transform: uppercase; letter-spacing: .03em; }
.pc-match { font-style: italic; }
.pc-message { margin: 3px 0; }
.pc-clause { margin: 3px 0 0; color: var(--pc-muted); font-size: 12px; }
.pc-actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
`;
