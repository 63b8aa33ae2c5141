import type { JSONContent } from '@tiptap/core';
import { normalizeRichText } from '@/lib/rich-text/normalize';
import type { RichTextDoc } from '@/lib/rich-text/types';

// Tiptap's JSON carries attributes the stored format has no place for (a link's target and rel, a list's type,
// null defaults). The server's allow-list turns it into the stored shape, so the form holds what will be saved.

/** The editor's JSON in the stored shape (empty paragraphs go, as they would on saving). */
export function toRichTextDoc(json: JSONContent): RichTextDoc {
  return normalizeRichText(json);
}

/** A stored body as editor content: ProseMirror needs at least one block, so an empty body gets a paragraph. */
export function toEditorContent(doc: unknown): JSONContent {
  const clean = normalizeRichText(doc);
  return (clean.content.length ? clean : { type: 'doc', content: [{ type: 'paragraph' }] }) as JSONContent;
}
