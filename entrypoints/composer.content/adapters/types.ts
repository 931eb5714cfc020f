// A site adapter is data plus a few lookups: which elements are compose
// boxes, which editor framework writes them (that decides the write path),
// where the post button is, and whether Enter alone submits.
import type { Site } from '../../../utils/messages';

export type EditorKind = 'draft' | 'lexical' | 'plain';

/** Between two blocks: Lexical's own text has a blank line between paragraphs. */
export const separatorFor = (kind: EditorKind) => (kind === 'lexical' ? '\n\n' : '\n');

export interface Adapter {
  site: Site;
  /** Which surface, for status messages: 'post', 'comment', 'studio-title'... */
  surface: string;
  /** Hosts this adapter runs on. */
  hosts: string[];
  /** The compose box itself: the contenteditable element. */
  editor: string;
  kind: EditorKind;
  /** The post button of this editor, searched near it (never a different composer's). */
  findSubmit(editor: HTMLElement): HTMLElement | null;
  /** Enter without a modifier submits (Facebook comments). */
  enterSubmits?: boolean | ((editor: HTMLElement) => boolean);
  /** Some surfaces have no post button of their own (Studio saves the whole form); then a missing one is no fault. */
  submitOptional?: boolean;
  /** The signed-in handle, when the page shows it. */
  handle?(): string | undefined;
}

export function defineAdapter(adapter: Adapter): Adapter {
  return adapter;
}

/**
 * The nearest submit control: walks up from the editor to the first ancestor
 * that holds one, so a reply box never answers with the timeline composer's button.
 */
export function nearest(editor: HTMLElement, selector: string, stop?: Element | null, maxDepth = 25): HTMLElement | null {
  let node: Element | null = editor.parentElement;
  for (let depth = 0; node && depth < maxDepth; depth++, node = node.parentElement) {
    const found = node.querySelector<HTMLElement>(selector);
    if (found) return found;
    if (node === stop) break;
  }
  return null;
}
