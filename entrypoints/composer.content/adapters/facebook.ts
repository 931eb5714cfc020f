// Facebook. Every compose box is a Lexical editor: the "Create post" composer
// (feed, pages, groups; a dialog) and comment boxes (a form; Enter submits).
// Button labels are localised, so the post button is looked for only inside
// the dialog or form around the editor.
import { defineAdapter, nearest } from './types';

export const FACEBOOK_SELECTORS = {
  /** The Lexical root of a composer or comment box. */
  editor: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  /** The "Create post" dialog, or the form of a comment box, that scopes the post button. */
  scope: '[role="dialog"], form',
  /** "Post" (and its translations) in the Create post dialog; "Comment" submits a comment form. */
  submit: [
    'div[role="button"][aria-label="Post"]',
    'div[role="button"][aria-label="Publier"]',
    'div[role="button"][aria-label="Posten"]',
    'div[role="button"][aria-label="Publicar"]',
    'div[role="button"][aria-label="Pubblica"]',
    'div[role="button"][aria-label="Plaatsen"]',
    'div[role="button"][aria-label="Comment"]',
    '[role="button"][type="submit"]',
    'button[type="submit"]',
  ].join(', '),
};

const isComment = (editor: HTMLElement) => {
  const scope = editor.closest(FACEBOOK_SELECTORS.scope);
  return !!scope && scope.tagName === 'FORM';
};

export default defineAdapter({
  site: 'facebook',
  surface: 'post',
  hosts: ['www.facebook.com', 'facebook.com', 'web.facebook.com', 'm.facebook.com'],
  editor: FACEBOOK_SELECTORS.editor,
  kind: 'lexical',
  findSubmit(editor) {
    const scope = editor.closest(FACEBOOK_SELECTORS.scope);
    if (!scope) return null;
    return nearest(editor, FACEBOOK_SELECTORS.submit, scope);
  },
  // Comment boxes post on Enter; Shift+Enter starts a new line.
  enterSubmits: isComment,
  // A comment box is still guarded through Enter when its icon button is not found.
  submitOptional: false,
});

export { isComment as isFacebookComment };
