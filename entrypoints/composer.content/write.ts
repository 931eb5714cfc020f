// Fixes go in through each editor's own input path, so the site's editor
// state (not just the DOM) holds the change, undo works and nothing is
// duplicated: Draft.js reverts outside DOM edits and Lexical reverts foreign
// nodes, so the DOM is never written directly.
//  - Draft.js: select the span, then a synthetic paste (Draft's paste handler
//    inserts the text through its own model); removal is a synthetic Backspace
//    over the selection (Draft ignores an empty paste).
//  - Lexical and plain contenteditable: select the span, then ONE
//    execCommand('insertText') (or 'delete'), which fires the beforeinput
//    Lexical handles; multi-line text is one paste for Lexical (see below).
//  The result is checked on the next frame and never retried, so a fix is
//  never written twice.
import type { Edit } from '../../rules/types';
import { separatorFor, type EditorKind } from './adapters/types';
import { rangeFor, readModel, textOffset } from './text';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

export function applyEditToText(text: string, edit: Edit): string {
  if (edit.kind === 'insert') return text.slice(0, edit.at) + edit.text + text.slice(edit.at);
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

function select(editor: HTMLElement, kind: EditorKind, start: number, end: number): boolean {
  const model = readModel(editor, separatorFor(kind));
  const range = rangeFor(model, start, end);
  if (!range) return false;
  const selection = editor.ownerDocument.getSelection();
  if (!selection) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

/** The editor's selection still covers our span (nothing re-rendered it away); compared as text offsets, since editors normalise DOM positions. */
function selectionIs(editor: HTMLElement, kind: EditorKind, start: number, end: number): boolean {
  const selection = editor.ownerDocument.getSelection();
  if (!selection || !selection.rangeCount) return false;
  const model = readModel(editor, separatorFor(kind));
  const have = selection.getRangeAt(0);
  return textOffset(model, have.startContainer, have.startOffset) === start && textOffset(model, have.endContainer, have.endOffset) === end;
}

function keyEvent(type: string, key: string, keyCode: number): KeyboardEvent {
  // Draft.js (through React) reads keyCode/which: set them in the init
  // dictionary (legacy members), since a property defined here would only be
  // visible in the content script's isolated world, not to the page.
  return new KeyboardEvent(type, { key, code: key, keyCode, which: keyCode, bubbles: true, cancelable: true, composed: true } as KeyboardEventInit);
}

function paste(editor: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
}

/**
 * Writes one suggestion into the editor. `expectedBefore` is the text the
 * suggestion was computed for; returns whether the editor now holds the result.
 */
export async function writeEdit(editor: HTMLElement, kind: EditorKind, edit: Edit, expectedBefore: string): Promise<boolean> {
  const read = () => readModel(editor, separatorFor(kind)).text;
  const before = read();
  if (before !== expectedBefore) return false;
  const start = edit.kind === 'insert' ? edit.at : edit.start;
  const end = edit.kind === 'insert' ? edit.at : edit.end;
  const text = edit.text;
  const expected = applyEditToText(before, edit);

  if (!editor.contains(editor.ownerDocument.activeElement)) {
    editor.focus({ preventScroll: true });
    // Draft.js re-renders on focus and puts back its own selection: let that settle first.
    await nextFrame();
    await nextFrame();
  }
  if (!select(editor, kind, start, end)) return false;
  // Let the editor take the new selection (both frameworks sync on selectionchange).
  await nextFrame();
  await nextFrame();
  if (!selectionIs(editor, kind, start, end)) return false;

  if (kind === 'draft') {
    if (text) paste(editor, text);
    else if (end > start) editor.dispatchEvent(keyEvent('keydown', 'Backspace', 8));
  } else if (text && kind === 'lexical' && text.includes('\n')) {
    // Lexical leaves a multi-line insertText to the browser and then reverts the
    // foreign DOM (a line break is not text to it), so multi-line text goes in
    // the way Lexical takes it from the user: one paste, split into paragraphs
    // by Lexical itself.
    // In Lexical's text a paragraph break reads as a blank line ("\n\n"), and
    // its paste makes every line its own paragraph.
    paste(editor, text.replace(/\n\n/g, '\n'));
  } else if (text) {
    editor.ownerDocument.execCommand('insertText', false, text);
  } else if (end > start) {
    editor.ownerDocument.execCommand('delete', false);
  }
  await nextFrame();
  const after = read();
  if (after === expected) return true;
  // A lone line break pasted into Lexical becomes a paragraph: the same text to the reader.
  return kind === 'lexical' && after.replace(/\n+/g, '\n') === expected.replace(/\n+/g, '\n');
}

