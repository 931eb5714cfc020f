// Reads a compose box's plain text without touching it, and maps offsets in
// that text back to DOM positions (for highlights and for selecting a span
// before a fix). The text is what the user sees: one line per block element,
// a line break per <br> that is not just holding an empty or last line open
// (Draft.js, Lexical and contenteditable all render empty lines that way).

export interface Segment {
  node: Text;
  start: number;
  end: number;
}

export interface TextModel {
  text: string;
  segments: Segment[];
  root: HTMLElement;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DIV', 'DL', 'DD', 'DT', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TR', 'UL',
]);
const isBlock = (node: Node): node is Element => node.nodeType === 1 && BLOCK.has((node as Element).tagName);

function hasFollowingContent(node: Node): boolean {
  for (let n = node.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 3 ? (n as Text).data.length > 0 : n.nodeType === 1 && ((n as Element).tagName === 'BR' || (n.textContent ?? '') !== '')) return true;
  }
  return false;
}

/** A <br> with nothing after it in its block only keeps a line open: it adds no text. */
function isTrailingBreak(br: Element, root: Node): boolean {
  for (let n: Node | null = br; n && n !== root && !isBlock(n); n = n.parentNode) {
    if (hasFollowingContent(n)) return false;
  }
  return true;
}

type Piece = Text | '\n';

/**
 * `blockSeparator`: what stands between two blocks. Lexical's own plain text
 * (getTextContent) puts a blank line between paragraphs, so its model does too,
 * and the text the engine checks is the text the editor itself holds.
 */
export function readModel(root: HTMLElement, blockSeparator = '\n'): TextModel {
  const lines: Piece[][] = [];
  let line: Piece[] | null = null;
  const finish = () => {
    if (line) lines.push(line);
    line = null;
  };
  const visit = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if ((child as Text).data) (line ??= []).push(child as Text);
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (el.tagName === 'BR') {
          line ??= [];
          if (!isTrailingBreak(el, root)) line.push('\n');
        } else if (el.tagName === 'IMG') {
          // Emoji images carry no text node; their alt text is not editable text either.
        } else if (isBlock(el)) {
          finish();
          const before = lines.length;
          visit(el);
          finish();
          if (lines.length === before) lines.push([]);
        } else {
          visit(el);
        }
      }
    }
  };
  visit(root);
  finish();

  const segments: Segment[] = [];
  let text = '';
  lines.forEach((pieces, index) => {
    if (index > 0) text += blockSeparator;
    for (const piece of pieces) {
      if (piece === '\n') text += '\n';
      else {
        segments.push({ node: piece, start: text.length, end: text.length + piece.data.length });
        text += piece.data;
      }
    }
  });
  return { text, segments, root };
}

export interface DomPoint {
  node: Node;
  offset: number;
}

/**
 * The DOM position of a text offset. `affinity` decides a boundary between
 * two text nodes or lines: 'forward' for a range start, 'backward' for an end.
 */
export function domPoint(model: TextModel, offset: number, affinity: 'forward' | 'backward'): DomPoint {
  const { segments } = model;
  if (!segments.length) return { node: model.root, offset: 0 };
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    if (offset > seg.end) continue;
    // Inside a line break before this text node: the start of the next line.
    if (offset < seg.start) return { node: seg.node, offset: 0 };
    const next = segments[i + 1];
    if (offset === seg.end && affinity === 'forward' && next && next.start === offset) continue;
    return { node: seg.node, offset: offset - seg.start };
  }
  const last = segments[segments.length - 1];
  return { node: last.node, offset: last.end - last.start };
}

export function rangeFor(model: TextModel, start: number, end: number): Range | null {
  try {
    const a = domPoint(model, start, 'forward');
    const b = domPoint(model, end, 'backward');
    const range = model.root.ownerDocument.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    if (range.collapsed && end > start) return null;
    return range;
  } catch {
    return null;
  }
}

/** True while every text node the model read is still in the editor (React and Lexical replace nodes). */
export function modelIsLive(model: TextModel): boolean {
  return model.segments.every((s) => s.node.isConnected && s.node.data.length === s.end - s.start);
}

/** The text offset of a DOM position inside the editor (the inverse of domPoint), or -1. */
export function textOffset(model: TextModel, node: Node, offset: number): number {
  if (!model.root.contains(node)) return -1;
  const probe = model.root.ownerDocument.createRange();
  try {
    probe.setStart(node, offset);
  } catch {
    return -1;
  }
  let result = 0;
  for (const seg of model.segments) {
    if (seg.node === node) return seg.start + Math.min(offset, seg.end - seg.start);
    // comparePoint: -1 when the segment's end lies before the position.
    if (probe.comparePoint(seg.node, seg.end - seg.start) <= 0) result = seg.end;
    else break;
  }
  return result;
}
