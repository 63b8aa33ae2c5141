import { describe, expect, it } from 'vitest';
import { toEditorContent, toRichTextDoc } from './rich-text-json';

describe('toRichTextDoc', () => {
  it('keeps the stored shape and drops what Tiptap adds', () => {
    const doc = toRichTextDoc({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2, id: null }, content: [{ type: 'text', text: 'Title' }] },
        {
          type: 'paragraph',
          attrs: { textAlign: null },
          content: [
            { type: 'text', text: 'Read ', marks: [{ type: 'bold' }] },
            { type: 'text', text: 'this', marks: [{ type: 'link', attrs: { href: '/news/x', target: '_blank', rel: 'noopener', class: null, title: null } }] },
          ],
        },
        { type: 'paragraph' },
        { type: 'orderedList', attrs: { start: 1, type: null }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'One' }] }] }] },
        { type: 'image', attrs: { mediaId: 7, alt: 'A map', caption: null } },
      ],
    });
    expect(doc).toEqual({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Title' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Read ', marks: [{ type: 'bold' }] },
            { type: 'text', text: 'this', marks: [{ type: 'link', attrs: { href: '/news/x' } }] },
          ],
        },
        { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'One' }] }] }] },
        { type: 'image', attrs: { mediaId: 7, alt: 'A map', caption: '' } },
      ],
    });
  });

  it('removes unsafe links, unknown nodes and images without a media id', () => {
    const doc = toRichTextDoc({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }, { type: 'strike' }] }] },
        { type: 'codeBlock', content: [{ type: 'text', text: 'code' }] },
        { type: 'image', attrs: { mediaId: null, alt: '', caption: '' } },
      ],
    });
    expect(doc.content).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }]);
  });
});

describe('toEditorContent', () => {
  it('gives an empty or malformed body one paragraph to type in', () => {
    expect(toEditorContent({ type: 'doc', content: [] })).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(toEditorContent(undefined)).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });
});
