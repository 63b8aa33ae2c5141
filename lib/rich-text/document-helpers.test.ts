import { describe, expect, it } from 'vitest';
import { emptyRichText, isEmptyRichText, mediaIdsInRichText, plainTextToRichText } from './normalize';

const doc = (...content: unknown[]) => ({ type: 'doc', content });
const text = (value: string) => ({ type: 'text', text: value });
const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });

describe('isEmptyRichText and mediaIdsInRichText', () => {
  it('treats blank paragraphs as empty and an image as content', () => {
    expect(isEmptyRichText(emptyRichText())).toBe(true);
    expect(isEmptyRichText(doc({ type: 'paragraph' }, paragraph(text('   '), { type: 'hardBreak' })))).toBe(true);
    expect(isEmptyRichText(doc(paragraph(text('x'))))).toBe(false);
    expect(isEmptyRichText(doc({ type: 'image', attrs: { mediaId: 1 } }))).toBe(false);
  });

  it('lists media ids once, in document order, including nested ones', () => {
    const image = (mediaId: number) => ({ type: 'image', attrs: { mediaId } });
    const input = doc(image(5), { type: 'blockquote', content: [image(2), image(5)] }, {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [paragraph(text('a')), image(9)] }],
    });
    expect(mediaIdsInRichText(input)).toEqual([5, 2, 9]);
  });
});

describe('plainTextToRichText', () => {
  it('splits paragraphs on blank lines and turns single newlines into line breaks', () => {
    expect(plainTextToRichText('  First line\r\nsecond line \n\n \t\nNext <b>para</b>.\n')).toEqual(
      doc(paragraph(text('First line'), { type: 'hardBreak' }, text('second line')), paragraph(text('Next <b>para</b>.'))),
    );
    expect(plainTextToRichText('')).toEqual(emptyRichText());
  });
});
