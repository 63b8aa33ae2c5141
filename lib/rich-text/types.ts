/**
 * The stored shape of a rich-text body: a subset of the ProseMirror/Tiptap JSON document.
 * Only these node and mark types are ever saved or rendered; anything else is dropped.
 */
export type RichTextMark =
  | { type: 'bold' }
  | { type: 'italic' }
  | { type: 'link'; attrs: { href: string } };

export type RichTextInline =
  | { type: 'text'; text: string; marks?: RichTextMark[] }
  | { type: 'hardBreak' };

export interface ParagraphNode {
  type: 'paragraph';
  content?: RichTextInline[];
}

export interface HeadingNode {
  type: 'heading';
  attrs: { level: 2 | 3 | 4 };
  content?: RichTextInline[];
}

export interface ListItemNode {
  type: 'listItem';
  content: RichTextBlock[];
}

export interface BulletListNode {
  type: 'bulletList';
  content: ListItemNode[];
}

export interface OrderedListNode {
  type: 'orderedList';
  attrs?: { start?: number };
  content: ListItemNode[];
}

export interface BlockquoteNode {
  type: 'blockquote';
  content: RichTextBlock[];
}

/** An image from the media library; `alt` and `caption` belong to this use of the image. */
export interface ImageNode {
  type: 'image';
  attrs: { mediaId: number; alt: string; caption: string };
}

export type RichTextBlock = ParagraphNode | HeadingNode | BulletListNode | OrderedListNode | BlockquoteNode | ImageNode;

export interface RichTextDoc {
  type: 'doc';
  content: RichTextBlock[];
}
