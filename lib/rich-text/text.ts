import { linkRuns } from './links';
import { blocksIn, normalizeRichText } from './normalize';
import type { ImageNode, ListItemNode, RichTextBlock, RichTextInline } from './types';

type DescribeImage = (mediaId: number) => string;

const inlineText = (content: RichTextInline[] = []) => content.map((n) => (n.type === 'text' ? n.text : '\n')).join('');

/** The words of a body, for search snippets and descriptions: one block a paragraph, image captions included. */
export function richTextToPlainText(doc: unknown): string {
  const parts: string[] = [];
  for (const block of blocksIn(normalizeRichText(doc).content)) {
    if (block.type === 'paragraph' || block.type === 'heading') parts.push(inlineText(block.content).trim());
    if (block.type === 'image') parts.push(block.attrs.caption);
  }
  return parts.filter(Boolean).join('\n\n');
}

// Bold and italic stay invisible; a link's address is shown because changing it is a change worth reviewing.
function readableInline(content: RichTextInline[] = []): string {
  return linkRuns(content)
    .map(({ href, nodes }) => {
      const text = inlineText(nodes);
      return href && text.trim() !== href ? `${text} (${href})` : text;
    })
    .join('');
}

function readableImage({ attrs }: ImageNode, describeImage?: DescribeImage): string {
  const parts = [attrs.alt, attrs.caption, describeImage?.(attrs.mediaId).trim()].filter(Boolean);
  return `[Image: ${parts.length ? parts.join(' — ') : `#${attrs.mediaId}`}]`;
}

/** The marker on the item's first line, its other lines indented to line up under the text. */
function readableItem(marker: string, item: ListItemNode, describeImage?: DescribeImage): string {
  const text = readableBlocks(item.content, describeImage).join('\n');
  return marker + text.replace(/\n/g, `\n${' '.repeat(marker.length)}`);
}

function readableBlock(block: RichTextBlock, describeImage?: DescribeImage): string {
  switch (block.type) {
    case 'paragraph':
      return readableInline(block.content);
    case 'heading':
      return `${'#'.repeat(block.attrs.level)} ${readableInline(block.content)}`;
    case 'bulletList':
      return block.content.map((item) => readableItem('- ', item, describeImage)).join('\n');
    case 'orderedList': {
      const start = block.attrs?.start ?? 1;
      return block.content.map((item, i) => readableItem(`${start + i}. `, item, describeImage)).join('\n');
    }
    case 'blockquote':
      return readableBlocks(block.content, describeImage)
        .join('\n\n')
        .split('\n')
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n');
    case 'image':
      return readableImage(block, describeImage);
  }
}

function readableBlocks(blocks: RichTextBlock[], describeImage?: DescribeImage): string[] {
  return blocks.map((block) => readableBlock(block, describeImage)).filter((text) => text.trim() !== '');
}

/**
 * The body as a person reads it in the revision history: "## Heading", "- item", "1. item", "> quote",
 * links as "text (https://…)", images as "[Image: alt — caption]", blocks separated by blank lines.
 * `describeImage` adds what identifies the media item (say its file name), so swapping an image shows as a change.
 */
export function richTextToReadableText(doc: unknown, describeImage?: DescribeImage): string {
  return readableBlocks(normalizeRichText(doc).content, describeImage).join('\n\n');
}
