import { describe, expect, it } from 'vitest';
import { emptyRichText, normalizeRichText } from './normalize';

const doc = (...content: unknown[]) => ({ type: 'doc', content });
const text = (value: string, marks?: unknown[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });

describe('normalizeRichText', () => {
  it('drops script, html, iframe and unknown nodes with their children, keeping text as text', () => {
    const input = doc(
      paragraph(text('<script>alert(1)</script>')),
      { type: 'script', content: [text('alert(1)')] },
      { type: 'html', attrs: { html: '<img src=x onerror=alert(1)>' } },
      { type: 'iframe', attrs: { src: 'https://evil.example' } },
      { type: 'codeBlock', content: [text('rm -rf /')] },
      { type: 'paragraph', content: [{ type: 'mention', attrs: { id: 1 } }, text('kept')] },
    );
    expect(normalizeRichText(input)).toEqual(
      doc(paragraph(text('<script>alert(1)</script>')), paragraph(text('kept'))),
    );
  });

  it('drops event handlers and other unknown attributes on nodes and marks', () => {
    const input = doc(
      {
        type: 'heading',
        attrs: { level: 3, onclick: 'alert(1)', style: 'color:red', class: 'x' },
        content: [text('Title', [{ type: 'link', attrs: { href: '/a', onclick: 'alert(1)', target: '_blank' } }])],
      },
      { type: 'image', attrs: { mediaId: 7, alt: ' Alt ', caption: 'Cap', onerror: 'alert(1)', src: 'x' } },
    );
    const output = normalizeRichText(input);
    expect(output).toEqual(
      doc(
        { type: 'heading', attrs: { level: 3 }, content: [text('Title', [{ type: 'link', attrs: { href: '/a' } }])] },
        { type: 'image', attrs: { mediaId: 7, alt: 'Alt', caption: 'Cap' } },
      ),
    );
    expect(JSON.stringify(output)).not.toMatch(/onclick|onerror|style|class|target/);
  });

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\nscript:alert(1)', 'data:text/html,x'])(
    'removes a link to %j but keeps its text',
    (href) => {
      const input = doc(paragraph(text('click', [{ type: 'bold' }, { type: 'link', attrs: { href } }])));
      expect(normalizeRichText(input)).toEqual(doc(paragraph(text('click', [{ type: 'bold' }]))));
    },
  );

  it('keeps known marks once, in a fixed order, and merges neighbours left formatted alike', () => {
    const input = doc(
      paragraph(
        text('a', [{ type: 'italic' }, { type: 'strike' }, { type: 'bold' }, { type: 'bold' }]),
        text('b', [{ type: 'bold' }, { type: 'italic' }, { type: 'code' }]),
        { type: 'hardBreak', marks: [{ type: 'bold' }] },
        text(''),
        text('c', [{ type: 'link', attrs: { href: 'https://example.org' } }]),
      ),
    );
    expect(normalizeRichText(input)).toEqual(
      doc(
        paragraph(
          text('ab', [{ type: 'bold' }, { type: 'italic' }]),
          { type: 'hardBreak' },
          text('c', [{ type: 'link', attrs: { href: 'https://example.org' } }]),
        ),
      ),
    );
  });

  it('maps heading levels: 1 becomes 2, 2–4 stay, others become paragraphs', () => {
    const heading = (level: unknown) => ({ type: 'heading', attrs: { level }, content: [text(`L${String(level)}`)] });
    const levelless = { type: 'heading', content: [text('none')] };
    const output = normalizeRichText(doc(heading(1), heading(2), heading(4), heading(5), heading('3'), levelless));
    expect(output.content).toEqual([
      { type: 'heading', attrs: { level: 2 }, content: [text('L1')] },
      { type: 'heading', attrs: { level: 2 }, content: [text('L2')] },
      { type: 'heading', attrs: { level: 4 }, content: [text('L4')] },
      paragraph(text('L5')),
      paragraph(text('L3')),
      paragraph(text('none')),
    ]);
  });

  it('keeps images only with a positive integer media id, trimming and shortening alt and caption', () => {
    const image = (attrs: unknown) => ({ type: 'image', attrs });
    const output = normalizeRichText(
      doc(
        image({ mediaId: 0 }),
        image({ mediaId: -3 }),
        image({ mediaId: 1.5 }),
        image({ mediaId: '4' }),
        image({ mediaId: 2 ** 31 }),
        image({ src: 'https://evil.example/x.png' }),
        image({ mediaId: 9, alt: 'x'.repeat(600), caption: 42 }),
      ),
    );
    expect(output.content).toEqual([{ type: 'image', attrs: { mediaId: 9, alt: 'x'.repeat(500), caption: '' } }]);
  });

  it('keeps lists valid: items only, each opening with a paragraph, start a positive integer', () => {
    const item = (...content: unknown[]) => ({ type: 'listItem', content });
    const input = doc(
      { type: 'orderedList', attrs: { start: 3, type: 'a' }, content: [item(paragraph(text('three'))), paragraph(text('stray'))] },
      { type: 'orderedList', attrs: { start: -2 }, content: [item(paragraph(text('one')))] },
      { type: 'bulletList', content: [item({ type: 'bulletList', content: [item(text('nested'))] }), item(), item(paragraph())] },
      { type: 'bulletList', content: [] },
      { type: 'blockquote', content: [text('loose '), text('words', [{ type: 'italic' }]), { type: 'iframe' }] },
      { type: 'blockquote', content: [] },
    );
    expect(normalizeRichText(input).content).toEqual([
      { type: 'orderedList', attrs: { start: 3 }, content: [item(paragraph(text('three')))] },
      { type: 'orderedList', content: [item(paragraph(text('one')))] },
      { type: 'bulletList', content: [item({ type: 'paragraph' }, { type: 'bulletList', content: [item(paragraph(text('nested')))] })] },
      { type: 'blockquote', content: [paragraph(text('loose '), text('words', [{ type: 'italic' }]))] },
    ]);
  });

  it('gives an empty document for anything that is not a document, and survives absurd nesting', () => {
    for (const input of [null, undefined, 'text', 42, [], { type: 'paragraph' }, { type: 'doc', content: 'x' }]) {
      expect(normalizeRichText(input)).toEqual(emptyRichText());
    }
    let deep: unknown = paragraph(text('deep'));
    for (let i = 0; i < 10_000; i++) deep = { type: 'blockquote', content: [deep] };
    expect(normalizeRichText(doc(deep)).content).toEqual([]);
  });

  it('is idempotent', () => {
    const once = normalizeRichText(doc(text('loose'), { type: 'heading', attrs: { level: 1 }, content: [text('T')] }));
    expect(normalizeRichText(once)).toEqual(once);
  });
});
