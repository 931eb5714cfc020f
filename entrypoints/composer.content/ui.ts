// Our own UI lives in open shadow roots on hosts we add to the page (never
// inside an editor), so the site's styles and scripts leave it alone and
// tests and assistive technology can reach it.
import { render, type ComponentChild } from 'preact';
import { THEME_CSS } from '../../components/theme';

export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  mount: HTMLElement;
  render(node: ComponentChild): void;
  remove(): void;
}

export function createShadowHost(tag: string, css: string): ShadowHost {
  const host = document.createElement(tag);
  host.setAttribute('data-postcheck', '');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = THEME_CSS + css;
  const mount = document.createElement('div');
  root.append(style, mount);
  (document.body ?? document.documentElement).append(host);
  return {
    host,
    root,
    mount,
    render: (node) => render(node, mount),
    remove() {
      render(null, mount);
      host.remove();
    },
  };
}

/** The page's own theme, from the colour behind the composer (X's dim and lights-out themes ignore the system setting). */
export function pageTheme(from: Element): 'light' | 'dark' {
  for (let el: Element | null = from; el; el = el.parentElement) {
    const bg = getComputedStyle(el).backgroundColor;
    const m = bg.match(/rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)/);
    if (m && (m[4] === undefined || Number(m[4]) > 0.5)) {
      const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
    }
  }
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
