import { toParagraphs } from '../format';
import { safeHref } from './links';
import type { ImageNode, OrderedListNode, RichTextBlock, RichTextDoc, RichTextInline, RichTextMark } from './types';

type JsonObject = Record<string, unknown>;
type TextBlock = Extract<RichTextBlock, { type: 'paragraph' | 'heading' }>;

// Untrusted JSON can nest deep enough to overflow the stack; no real news item nests lists or quotes this far.
const MAX_DEPTH = 16;
const MAX_ALT_LENGTH = 500;
const MAX_CAPTION_LENGTH = 1000;
// Media ids are Postgres `integer`s: a larger number would make the media lookup query fail.
const MAX_MEDIA_ID = 2_147_483_647;
// One fixed order makes equal formatting store as equal JSON, and puts a link outside bold and italic.
const MARK_ORDER = ['link', 'bold', 'italic'] as const;

const asObject = (value: unknown): JsonObject | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : null;
const childrenOf = (node: JsonObject): unknown[] => (Array.isArray(node.content) ? node.content : []);
const attrsOf = (node: JsonObject): JsonObject => asObject(node.attrs) ?? {};
const isPositiveInteger = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) > 0;

function cleanString(value: unknown, maxLength: number): string {
  const text = typeof value === 'string' ? value.trim() : '';
  return text.length > maxLength ? Array.from(text).slice(0, maxLength).join('').trim() : text;
}

function normalizeMarks(value: unknown): RichTextMark[] {
  const marks = new Map<string, RichTextMark>();
  for (const mark of Array.isArray(value) ? value.map(asObject) : []) {
    if (mark?.type === 'bold' || mark?.type === 'italic') marks.set(mark.type, { type: mark.type });
    const href = mark?.type === 'link' ? safeHref(attrsOf(mark).href) : null;
    if (href) marks.set('link', { type: 'link', attrs: { href } });
  }
  return MARK_ORDER.flatMap((type) => marks.get(type) ?? []);
}

function normalizeInline(values: unknown[]): RichTextInline[] {
  const inline: RichTextInline[] = [];
  for (const node of values.map(asObject)) {
    if (node?.type === 'hardBreak') inline.push({ type: 'hardBreak' });
    if (node?.type !== 'text' || typeof node.text !== 'string' || node.text === '') continue;
    const marks = normalizeMarks(node.marks);
    const last = inline.at(-1);
    // Dropping an unknown mark can leave neighbours formatted alike: they become one text node.
    if (last?.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(marks)) last.text += node.text;
    else inline.push(marks.length ? { type: 'text', text: node.text, marks } : { type: 'text', text: node.text });
  }
  return inline;
}

function withInline<T extends TextBlock>(block: T, values: unknown[]): T | null {
  const content = normalizeInline(values);
  return content.some((node) => node.type === 'text') ? { ...block, content } : null;
}

function normalizeImage(attrs: JsonObject): ImageNode | null {
  const { mediaId } = attrs;
  if (!isPositiveInteger(mediaId) || mediaId > MAX_MEDIA_ID) return null;
  const alt = cleanString(attrs.alt, MAX_ALT_LENGTH);
  return { type: 'image', attrs: { mediaId, alt, caption: cleanString(attrs.caption, MAX_CAPTION_LENGTH) } };
}

function normalizeList(node: JsonObject, depth: number): RichTextBlock | null {
  const items = childrenOf(node).flatMap((value) => {
    const item = asObject(value);
    const content = item?.type === 'listItem' ? normalizeBlocks(childrenOf(item), depth + 1) : [];
    // The editor's list item must open with a paragraph.
    if (content.length && content[0]?.type !== 'paragraph') content.unshift({ type: 'paragraph' });
    return content.length ? [{ type: 'listItem' as const, content }] : [];
  });
  if (!items.length) return null;
  if (node.type === 'bulletList') return { type: 'bulletList', content: items };
  const { start } = attrsOf(node);
  const list: OrderedListNode = { type: 'orderedList', content: items };
  return isPositiveInteger(start) && start > 1 ? { ...list, attrs: { start } } : list;
}

function normalizeBlock(node: JsonObject, depth: number): RichTextBlock | null {
  const attrs = attrsOf(node);
  const level = attrs.level === 1 ? 2 : attrs.level;
  if (node.type === 'heading' && (level === 2 || level === 3 || level === 4)) {
    return withInline({ type: 'heading', attrs: { level } }, childrenOf(node));
  }
  // A heading of an unsupported level keeps its words as a paragraph.
  if (node.type === 'paragraph' || node.type === 'heading') return withInline({ type: 'paragraph' }, childrenOf(node));
  if (node.type === 'bulletList' || node.type === 'orderedList') return normalizeList(node, depth);
  if (node.type === 'image') return normalizeImage(attrs);
  if (node.type !== 'blockquote') return null;
  const content = normalizeBlocks(childrenOf(node), depth + 1);
  return content.length ? { type: 'blockquote', content } : null;
}

function normalizeBlocks(values: unknown[], depth: number): RichTextBlock[] {
  if (depth > MAX_DEPTH) return [];
  const blocks: (RichTextBlock | null)[] = [];
  let loose: unknown[] = [];
  // The trailing null closes a last run of loose inline nodes.
  for (const node of [...values.map(asObject), null]) {
    if (node?.type === 'text' || node?.type === 'hardBreak') loose.push(node);
    else {
      if (loose.length) blocks.push(withInline({ type: 'paragraph' }, loose));
      loose = [];
      blocks.push(node && normalizeBlock(node, depth));
    }
  }
  return blocks.filter((block) => block !== null);
}

/** The allow-list: a clean document holding only the node types, marks and attributes of `types.ts`. */
export function normalizeRichText(input: unknown): RichTextDoc {
  const doc = asObject(input);
  return { type: 'doc', content: doc?.type === 'doc' ? normalizeBlocks(childrenOf(doc), 0) : [] };
}

export const emptyRichText = (): RichTextDoc => ({ type: 'doc', content: [] });

/** Every block in document order, each container before the blocks inside it. */
export function* blocksIn(blocks: RichTextBlock[]): Generator<RichTextBlock> {
  for (const block of blocks) {
    yield block;
    if (block.type === 'blockquote') yield* blocksIn(block.content);
    if (block.type === 'bulletList' || block.type === 'orderedList') {
      for (const item of block.content) yield* blocksIn(item.content);
    }
  }
}

const hasVisibleText = (block: RichTextBlock) =>
  (block.type === 'paragraph' || block.type === 'heading') && !!block.content?.some((n) => n.type === 'text' && n.text.trim());

/** No image and no visible text: what an untouched editor or a body of blank lines stores. */
export function isEmptyRichText(doc: unknown): boolean {
  return !Array.from(blocksIn(normalizeRichText(doc).content)).some((b) => b.type === 'image' || hasVisibleText(b));
}

/** The media ids of the document's images, each once, in document order. */
export function mediaIdsInRichText(doc: unknown): number[] {
  const blocks = Array.from(blocksIn(normalizeRichText(doc).content));
  return [...new Set(blocks.flatMap((block) => (block.type === 'image' ? [block.attrs.mediaId] : [])))];
}

/** Every library image a news item's content uses: the images of its body, then its lead image. */
export function mediaIdsUsedBy(content: { body: unknown; imageId?: number | null }): number[] {
  return [...new Set([...mediaIdsInRichText(content.body), ...(content.imageId ? [content.imageId] : [])])];
}

/** Old plain-text bodies: paragraphs split on blank lines as `toParagraphs` does, single newlines become line breaks. */
export function plainTextToRichText(text: string): RichTextDoc {
  const content = toParagraphs(text).map((paragraph) => ({
    type: 'paragraph',
    content: paragraph.split(/\r?\n/).flatMap((line, i) => [...(i ? [{ type: 'hardBreak' }] : []), { type: 'text', text: line }]),
  }));
  return normalizeRichText({ type: 'doc', content });
}
