import { describe, expect, it } from 'vitest';
import { sampleMedia } from '../media/sample-media';
import type { MediaLookup } from '../media/types';
import { renderRichTextHtml } from './html';

const photo = sampleMedia(4, { credit: 'OSCE/Jane "JD" Doe' });
const media: MediaLookup = new Map([[4, photo]]);
const absolute = (path: string) => `https://www.osce.org${path}`;
const text = (value: string, marks?: unknown[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });
const render = (...content: unknown[]) => renderRichTextHtml({ type: 'doc', content }, media, absolute);

describe('renderRichTextHtml', () => {
  it('escapes text and attribute values', () => {
    expect(render(paragraph(text(`<script>alert(1)</script> & "quotes" 'too'`)))).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;too&#39;</p>',
    );
    expect(render(paragraph(text('q', [{ type: 'link', attrs: { href: 'https://x.example/?a=1&b="2"' } }])))).toBe(
      '<p><a href="https://x.example/?a=1&amp;b=&quot;2&quot;">q</a></p>',
    );
  });

  it('makes site paths absolute, leaves web and mail links alone and unlinks anything else', () => {
    const link = (href: string) => text(href, [{ type: 'link', attrs: { href } }]);
    expect(render(paragraph(link('/news/item'), link('https://example.org/'), link('mailto:a@b.org'), link('#top')))).toBe(
      '<p><a href="https://www.osce.org/news/item">/news/item</a><a href="https://example.org/">https://example.org/</a>' +
        '<a href="mailto:a@b.org">mailto:a@b.org</a>#top</p>',
    );
  });

  it('drops unsafe links, unknown nodes and event handlers', () => {
    const html = render(
      paragraph(text('click', [{ type: 'link', attrs: { href: 'javascript:alert(1)', onclick: 'x()' } }])),
      { type: 'iframe', attrs: { src: 'https://evil.example' } },
      { type: 'html', content: [text('<b>raw</b>')] },
      { type: 'paragraph', attrs: { onclick: 'x()' }, content: [text('ok')] },
    );
    expect(html).toBe('<p>click</p><p>ok</p>');
  });

  it('renders headings, marks, breaks, lists and quotes', () => {
    const item = (value: string) => ({ type: 'listItem', content: [paragraph(text(value))] });
    expect(
      render(
        { type: 'heading', attrs: { level: 3 }, content: [text('Title')] },
        paragraph(text('a', [{ type: 'italic' }, { type: 'bold' }]), { type: 'hardBreak' }, text('b')),
        { type: 'bulletList', content: [item('one')] },
        { type: 'orderedList', attrs: { start: 2 }, content: [item('two')] },
        { type: 'blockquote', content: [paragraph(text('said'))] },
      ),
    ).toBe(
      '<h3>Title</h3><p><strong><em>a</em></strong><br>b</p><ul><li><p>one</p></li></ul>' +
        '<ol start="2"><li><p>two</p></li></ol><blockquote><p>said</p></blockquote>',
    );
  });

  it('renders a known image with the JPEG share rendition, and nothing for an unknown one', () => {
    const known = { type: 'image', attrs: { mediaId: 4, alt: 'A <b>', caption: 'This use' } };
    expect(render(known, { type: 'image', attrs: { mediaId: 99 } })).toBe(
      '<figure><img src="https://www.osce.org/media/4-1200.jpg" width="1200" height="600" alt="A &lt;b&gt;">' +
        '<figcaption>This use <small>Photo: OSCE/Jane &quot;JD&quot; Doe</small></figcaption></figure>',
    );
    expect(render({ type: 'image', attrs: { mediaId: 4 } })).toContain(
      'alt="Library alt"><figcaption>Library caption <small>',
    );
  });
});
