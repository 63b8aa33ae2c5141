import { describe, expect, it } from 'vitest';
import { richTextToPlainText, richTextToReadableText } from './text';

const text = (value: string, marks?: unknown[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });
const item = (...content: unknown[]) => ({ type: 'listItem', content });
const link = (href: string) => ({ type: 'link', attrs: { href } });

const body = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [text('Mission update')] },
    paragraph(text('The '), text('mission', [{ type: 'bold' }]), text(' met'), { type: 'hardBreak' }, text('in Vienna.')),
    paragraph(
      text('Read '),
      text('the ', [link('https://www.osce.org/r')]),
      text('report', [link('https://www.osce.org/r'), { type: 'italic' }]),
      text('.'),
    ),
    {
      type: 'bulletList',
      content: [
        item(paragraph(text('First')), { type: 'bulletList', content: [item(paragraph(text('Nested')))] }),
        item(paragraph(text('Second'))),
      ],
    },
    {
      type: 'orderedList',
      attrs: { start: 3 },
      content: [item(paragraph(text('Third'))), item(paragraph(text('Fourth'), { type: 'hardBreak' }, text('more')))],
    },
    { type: 'blockquote', content: [paragraph(text('Quoted words.')), paragraph(text('Second quoted.'))] },
    { type: 'image', attrs: { mediaId: 4, alt: 'Delegates at the table', caption: 'Vienna, 2024' } },
    { type: 'image', attrs: { mediaId: 5, alt: '', caption: '' } },
    paragraph(text('https://example.org', [link('https://example.org')])),
  ],
};

describe('richTextToPlainText', () => {
  it('gives the words of every block, blocks apart by a blank line, captions included', () => {
    expect(richTextToPlainText(body)).toBe(
      [
        'Mission update',
        'The mission met\nin Vienna.',
        'Read the report.',
        'First',
        'Nested',
        'Second',
        'Third',
        'Fourth\nmore',
        'Quoted words.',
        'Second quoted.',
        'Vienna, 2024',
        'https://example.org',
      ].join('\n\n'),
    );
    expect(richTextToPlainText({ type: 'doc', content: [] })).toBe('');
  });
});

describe('richTextToReadableText', () => {
  it('writes headings, lists, quotes, links and images the way a person reads them', () => {
    expect(richTextToReadableText(body)).toBe(
      [
        '## Mission update',
        'The mission met\nin Vienna.',
        'Read the report (https://www.osce.org/r).',
        '- First\n  - Nested\n- Second',
        '3. Third\n4. Fourth\n   more',
        '> Quoted words.\n>\n> Second quoted.',
        '[Image: Delegates at the table — Vienna, 2024]',
        '[Image: #5]',
        'https://example.org',
      ].join('\n\n'),
    );
  });

  it('names the media item when given a description, so swapping an image shows', () => {
    const doc = { type: 'doc', content: [{ type: 'image', attrs: { mediaId: 4, alt: 'Alt', caption: '' } }] };
    expect(richTextToReadableText(doc, (id) => `photo-${id}.jpg`)).toBe('[Image: Alt — photo-4.jpg]');
  });

  it('never shows unsafe or unknown content', () => {
    const doc = {
      type: 'doc',
      content: [paragraph(text('x', [link('javascript:alert(1)')])), { type: 'iframe', content: [text('hidden')] }],
    };
    expect(richTextToReadableText(doc)).toBe('x');
  });
});
