import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { sampleMedia } from '@/lib/media/sample-media';
import type { MediaLookup } from '@/lib/media/types';
import { RichText } from './rich-text';

const photo = sampleMedia(4);
const media: MediaLookup = new Map([[4, photo]]);
const text = (value: string, marks?: unknown[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });
const link = (href: string) => ({ type: 'link', attrs: { href } });
// Classes are presentation; the tests look at elements and attributes.
const render = (...content: unknown[]) =>
  renderToStaticMarkup(createElement(RichText, { doc: { type: 'doc', content }, media })).replace(/ class="[^"]*"/g, '');

describe('RichText', () => {
  it('escapes text and drops script, html, iframe and unknown nodes', () => {
    expect(
      render(
        paragraph(text('<script>alert(1)</script>')),
        { type: 'script', content: [text('alert(1)')] },
        { type: 'html', attrs: { html: '<img src=x onerror=alert(1)>' } },
        { type: 'iframe', attrs: { src: 'https://evil.example' } },
        { type: 'table', content: [paragraph(text('cell'))] },
      ),
    ).toBe('<div><p>&lt;script&gt;alert(1)&lt;/script&gt;</p></div>');
  });

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\nscript:alert(1)', 'data:text/html,<b>x'])(
    'renders a link to %j as plain text',
    (href) => {
      expect(render(paragraph(text('click', [link(href)])))).toBe('<div><p>click</p></div>');
    },
  );

  it('never renders event-handler attributes', () => {
    const html = render(
      {
        type: 'paragraph',
        attrs: { onclick: 'alert(1)' },
        content: [text('a', [{ type: 'link', attrs: { href: '/x', onclick: 'alert(1)' } }])],
      },
      { type: 'image', attrs: { mediaId: 4, alt: 'x', caption: '', onerror: 'alert(1)' } },
    );
    expect(html).not.toMatch(/onclick|onerror|alert/);
  });

  it('renders headings, marks, breaks, links, lists and quotes', () => {
    expect(
      render(
        { type: 'heading', attrs: { level: 2 }, content: [text('Title')] },
        paragraph(
          text('Read '),
          text('the ', [link('https://www.osce.org/r')]),
          text('report', [link('https://www.osce.org/r'), { type: 'bold' }]),
          { type: 'hardBreak' },
          text('now', [{ type: 'italic' }]),
        ),
        paragraph(text('Inside', [link('/news/x')])),
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('one'))] }] },
        { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [paragraph(text('three'))] }] },
        { type: 'blockquote', content: [paragraph(text('said'))] },
      ),
    ).toBe(
      '<div><h2>Title</h2>' +
        '<p>Read <a href="https://www.osce.org/r" rel="noopener">the <strong>report</strong></a><br/><em>now</em></p>' +
        '<p><a href="/news/x">Inside</a></p>' +
        '<ul><li><p>one</p></li></ul><ol start="3"><li><p>three</p></li></ol><blockquote><p>said</p></blockquote></div>',
    );
  });

  it('renders a known image as a figure with responsive sources and drops an unknown one', () => {
    const known = { type: 'image', attrs: { mediaId: 4, alt: 'Delegates', caption: 'This use' } };
    expect(render(known, { type: 'image', attrs: { mediaId: 99 } })).toBe(
      '<div><figure><img src="/media/4-1280.webp" srcSet="/media/4-640.webp 640w, /media/4-1280.webp 1280w, /media/4-1920.webp 1920w"' +
        ' sizes="(min-width: 48rem) 42rem, 100vw" width="1280" height="640" alt="Delegates" loading="lazy" decoding="async"/>' +
        '<figcaption>This use <small>Photo: OSCE/Jane Doe</small></figcaption></figure></div>',
    );
    expect(render({ type: 'image', attrs: { mediaId: 4, alt: '', caption: '' } })).toContain(
      'alt="Library alt" loading="lazy" decoding="async"/><figcaption>Library caption <small>',
    );
  });

  it('passes the class name to its wrapper', () => {
    const html = renderToStaticMarkup(createElement(RichText, { doc: null, media, className: 'prose-body' }));
    expect(html).toBe('<div class="prose-body"></div>');
  });
});
