import type { JSONContent } from '@tiptap/core';
import type { ListItemNode, RichTextBlock, RichTextDoc, RichTextInline, RichTextMark } from '@/lib/rich-text/types';
import { isSafeHref } from './link-href';

// Tiptap's JSON carries attributes the stored format has no place for (a link's target and rel, a list's
// type, null defaults). These functions keep exactly the shape of lib/rich-text/types.ts, nothing more.

const emptyParagraph = (): RichTextBlock => ({ type: 'paragraph' });

function toMarks(marks: JSONContent['marks']): RichTextMark[] {
  return (marks ?? []).flatMap((mark): RichTextMark[] => {
    if (mark.type === 'bold' || mark.type === 'italic') return [{ type: mark.type }];
    const href = mark.attrs?.href;
    if (mark.type === 'link' && typeof href === 'string' && isSafeHref(href)) return [{ type: 'link', attrs: { href } }];
    return [];
  });
}

function toInline(nodes: JSONContent[] | undefined): RichTextInline[] | undefined {
  const inline = (nodes ?? []).flatMap((node): RichTextInline[] => {
    if (node.type === 'hardBreak') return [{ type: 'hardBreak' }];
    if (node.type !== 'text' || !node.text) return [];
    const marks = toMarks(node.marks);
    return [marks.length ? { type: 'text', text: node.text, marks } : { type: 'text', text: node.text }];
  });
  return inline.length ? inline : undefined;
}

function toListItems(nodes: JSONContent[] | undefined): ListItemNode[] {
  return (nodes ?? [])
    .filter((node) => node.type === 'listItem')
    .map((node) => {
      const content = toBlocks(node.content);
      return { type: 'listItem', content: content.length ? content : [emptyParagraph()] };
    });
}

function toBlock(node: JSONContent): RichTextBlock[] {
  const attrs = node.attrs ?? {};
  switch (node.type) {
    case 'paragraph':
    case 'heading': {
      const content = toInline(node.content);
      const level = attrs.level;
      if (node.type === 'heading' && (level === 2 || level === 3 || level === 4)) {
        return [content ? { type: 'heading', attrs: { level }, content } : { type: 'heading', attrs: { level } }];
      }
      return [content ? { type: 'paragraph', content } : { type: 'paragraph' }];
    }
    case 'bulletList':
    case 'orderedList': {
      const content = toListItems(node.content);
      if (!content.length) return [];
      if (node.type === 'bulletList') return [{ type: 'bulletList', content }];
      const start = attrs.start;
      return [Number.isInteger(start) && start !== 1 ? { type: 'orderedList', attrs: { start }, content } : { type: 'orderedList', content }];
    }
    case 'blockquote': {
      const content = toBlocks(node.content);
      return [{ type: 'blockquote', content: content.length ? content : [emptyParagraph()] }];
    }
    case 'image': {
      const mediaId = attrs.mediaId;
      if (!Number.isInteger(mediaId) || mediaId <= 0) return [];
      const text = (value: unknown) => (typeof value === 'string' ? value : '');
      return [{ type: 'image', attrs: { mediaId, alt: text(attrs.alt), caption: text(attrs.caption) } }];
    }
    default:
      return [];
  }
}

function toBlocks(nodes: JSONContent[] | undefined): RichTextBlock[] {
  return (nodes ?? []).flatMap(toBlock);
}

/** The editor's JSON in the stored shape. An empty document is one empty paragraph, as in the editor. */
export function toRichTextDoc(json: JSONContent): RichTextDoc {
  const content = toBlocks(json.content);
  return { type: 'doc', content: content.length ? content : [emptyParagraph()] };
}

/** A stored body as editor content; tolerates a missing or malformed value by starting empty. */
export function toEditorContent(doc: RichTextDoc | null | undefined): JSONContent {
  const valid = doc && typeof doc === 'object' && doc.type === 'doc' && Array.isArray(doc.content);
  return toRichTextDoc(valid ? (doc as unknown as JSONContent) : { type: 'doc' }) as unknown as JSONContent;
}
