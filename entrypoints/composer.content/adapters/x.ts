// X (twitter.com / x.com). The composer is a Draft.js editor; the same markup
// serves the home timeline composer, replies, the compose modal and each
// post of a thread (tweetTextarea_0, _1, ...).
import { defineAdapter, nearest } from './types';

export const X_SELECTORS = {
  /** The Draft.js contenteditable (DraftEditor-content) of every composer: data-testid tweetTextarea_0, _1 ... (role textbox). */
  editor: '[data-testid^="tweetTextarea_"][contenteditable="true"]',
  /** "Post" in the compose modal and reply dialog (tweetButton) and under the home timeline composer (tweetButtonInline). */
  submit: 'button[data-testid="tweetButton"], button[data-testid="tweetButtonInline"], [role="button"][data-testid="tweetButton"], [role="button"][data-testid="tweetButtonInline"]',
  /** The side navigation's profile link: href is /<signed-in handle>. */
  profileLink: 'a[data-testid="AppTabBar_Profile_Link"]',
};

export default defineAdapter({
  site: 'x',
  surface: 'post',
  hosts: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'],
  editor: X_SELECTORS.editor,
  kind: 'draft',
  findSubmit: (editor) => nearest(editor, X_SELECTORS.submit),
  handle() {
    const href = document.querySelector(X_SELECTORS.profileLink)?.getAttribute('href');
    const handle = href?.split('/').filter(Boolean)[0];
    return handle || undefined;
  },
});
