// YouTube: video comments and replies (ytd-commentbox) and community posts
// use a plain contenteditable; the page reads it on submit.
import { defineAdapter, nearest } from './types';

export const YOUTUBE_SELECTORS = {
  /** The contenteditable of a comment or reply box, and of the community post composer (same component). */
  editor: 'ytd-commentbox #contenteditable-root[contenteditable="true"], ytd-backstage-post-dialog-renderer #contenteditable-root[contenteditable="true"]',
  /** The comment box, or community post dialog, that scopes the submit button. */
  scope: 'ytd-commentbox, ytd-backstage-post-dialog-renderer',
  /** "Comment" / "Reply" / "Post". */
  submit: '#submit-button button, #submit-button[role="button"], button#submit-button',
};

export default defineAdapter({
  site: 'youtube',
  surface: 'comment',
  hosts: ['www.youtube.com', 'youtube.com', 'm.youtube.com'],
  editor: YOUTUBE_SELECTORS.editor,
  kind: 'plain',
  findSubmit(editor) {
    const scope = editor.closest(YOUTUBE_SELECTORS.scope);
    return scope ? nearest(editor, YOUTUBE_SELECTORS.submit, scope) : null;
  },
});
