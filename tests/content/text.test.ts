// The compose box's plain text and the offset <-> DOM mapping, on the markup
// Draft.js, Lexical and plain contenteditables render.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { domPoint, readModel } from '../../entrypoints/composer.content/text';

function root(html: string): HTMLElement {
  const { document } = parseHTML(`<!doctype html><html><body><div id="root">${html}</div></body></html>`);
  return document.getElementById('root') as unknown as HTMLElement;
}

describe('readModel', () => {
  it('reads Draft.js blocks, one line each, and an empty block as an empty line', () => {
    const el = root(
      '<div data-contents="true">' +
        '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">Hello </span></span><span><span data-text="true">world</span></span></div></div>' +
        '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><br data-text="true"></span></div></div>' +
        '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">Bye</span></span></div></div>' +
        '</div>',
    );
    expect(readModel(el).text).toBe('Hello world\n\nBye');
  });

  it("reads Lexical paragraphs with Lexical's own blank line between them", () => {
    const el = root('<p><span data-lexical-text="true">One</span></p><p><br></p><p><span data-lexical-text="true">Two</span><br><span data-lexical-text="true">three</span></p>');
    expect(readModel(el, '\n\n').text).toBe('One\n\n\n\nTwo\nthree');
  });

  it('reads a plain contenteditable with text, <br> and <div> lines', () => {
    expect(readModel(root('first<br>second<div>third</div>')).text).toBe('first\nsecond\nthird');
    expect(readModel(root('')).text).toBe('');
  });

  it('maps offsets back to the text nodes, across node and line boundaries', () => {
    const el = root('<p><span>ab</span><span>cd</span></p><p><span>ef</span></p>');
    const model = readModel(el);
    expect(model.text).toBe('abcd\nef');
    const at = (offset: number, affinity: 'forward' | 'backward') => {
      const p = domPoint(model, offset, affinity);
      return [p.node.textContent, p.offset];
    };
    expect(at(2, 'forward')).toEqual(['cd', 0]);
    expect(at(2, 'backward')).toEqual(['ab', 2]);
    expect(at(4, 'forward')).toEqual(['cd', 2]);
    expect(at(5, 'forward')).toEqual(['ef', 0]);
    expect(at(7, 'backward')).toEqual(['ef', 2]);
  });
});
