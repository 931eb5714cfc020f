// Marks flagged spans without touching the editor's DOM: the CSS Custom
// Highlight API paints over DOM Ranges (the editor's nodes are not changed);
// where the API is missing (older Firefox), boxes are drawn under each
// Range's client rects in an overlay inside our own shadow root.
import type { Severity } from '../rules/types';

export type Mark = { range: Range; severity: Exclude<Severity, 'off'> };

const NAMES: Record<Mark['severity'], string> = { info: 'postcheck-info', warn: 'postcheck-warn', block: 'postcheck-block' };

const HIGHLIGHT_CSS = `
::highlight(postcheck-warn) { background-color: rgb(245 158 11 / .22); text-decoration: underline wavy #d97706; text-decoration-thickness: 1.5px; }
::highlight(postcheck-block) { background-color: rgb(239 68 68 / .22); text-decoration: underline wavy #dc2626; text-decoration-thickness: 1.5px; }
::highlight(postcheck-info) { text-decoration: underline dotted #2563eb; }
`;

type HighlightCtor = new (...ranges: Range[]) => { add(range: Range): void; clear(): void };
interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

function registry(): { Highlight: HighlightCtor; highlights: HighlightRegistry } | null {
  const g = globalThis as unknown as { Highlight?: HighlightCtor; CSS?: { highlights?: HighlightRegistry } };
  return g.Highlight && g.CSS?.highlights ? { Highlight: g.Highlight, highlights: g.CSS.highlights } : null;
}

let styled = false;
function addStyles(doc: Document) {
  if (styled) return;
  styled = true;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = HIGHLIGHT_CSS;
    (doc.head ?? doc.documentElement).append(style);
  }
}

/** Every composer's marks on the page; the highlight registry is per document, so they are painted together. */
const marksByOwner = new Map<object, Mark[]>();

function repaint() {
  const api = registry();
  if (!api) return;
  const groups: Record<string, Range[]> = {};
  for (const marks of marksByOwner.values()) for (const m of marks) (groups[NAMES[m.severity]] ??= []).push(m.range);
  for (const name of Object.values(NAMES)) {
    const ranges = groups[name];
    if (ranges?.length) api.highlights.set(name, new api.Highlight(...ranges));
    else api.highlights.delete(name);
  }
}

export const supportsHighlightApi = () => registry() !== null;

/** One composer's highlights. */
export class Highlights {
  private overlay: HTMLElement | null;
  private marks: Mark[] = [];
  constructor(private readonly doc: Document, overlay: HTMLElement | null) {
    this.overlay = supportsHighlightApi() ? null : overlay;
    if (!this.overlay) addStyles(doc);
  }

  set(marks: Mark[]) {
    this.marks = marks;
    if (this.overlay) this.drawBoxes();
    else {
      marksByOwner.set(this, marks);
      repaint();
    }
  }

  /** Boxes follow the text on scroll and layout changes; the Highlight API needs nothing. */
  reposition() {
    if (this.overlay) this.drawBoxes();
  }

  clear() {
    this.set([]);
  }

  dispose() {
    marksByOwner.delete(this);
    repaint();
    this.overlay?.replaceChildren();
  }

  private drawBoxes() {
    const overlay = this.overlay!;
    const boxes: HTMLElement[] = [];
    for (const mark of this.marks) {
      for (const rect of mark.range.getClientRects()) {
        const box = this.doc.createElement('div');
        box.className = `pc-mark pc-mark-${mark.severity}`;
        box.style.cssText = `position:fixed;left:${rect.left}px;top:${rect.bottom - 3}px;width:${rect.width}px;height:3px;pointer-events:none;`;
        boxes.push(box);
      }
    }
    overlay.replaceChildren(...boxes);
  }
}

export const MARK_CSS = `
.pc-mark-warn { background: #d97706; border-radius: 2px; opacity: .8; }
.pc-mark-block { background: #dc2626; border-radius: 2px; opacity: .8; }
.pc-mark-info { background: #2563eb; border-radius: 2px; opacity: .6; }
`;
