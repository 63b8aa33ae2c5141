'use client';

import { useEditorState, type Editor } from '@tiptap/react';
import { useState, type KeyboardEvent } from 'react';

type ToggleId = 'paragraph' | 'h2' | 'h3' | 'h4' | 'bold' | 'italic' | 'bulletList' | 'orderedList' | 'blockquote';
type ToolId = ToggleId | 'link' | 'image';

const tools: { id: ToolId; label: string; className?: string; gapBefore?: boolean }[] = [
  { id: 'paragraph', label: 'Paragraph' },
  { id: 'h2', label: 'Heading 2' },
  { id: 'h3', label: 'Heading 3' },
  { id: 'h4', label: 'Heading 4' },
  { id: 'bold', label: 'Bold', className: 'font-bold', gapBefore: true },
  { id: 'italic', label: 'Italic', className: 'italic' },
  { id: 'link', label: 'Link', className: 'underline' },
  { id: 'bulletList', label: 'Bulleted list', gapBefore: true },
  { id: 'orderedList', label: 'Numbered list' },
  { id: 'blockquote', label: 'Quote' },
  { id: 'image', label: 'Insert image', gapBefore: true },
];

const toggle: Record<ToggleId, (editor: Editor) => void> = {
  paragraph: (editor) => editor.chain().focus().setParagraph().run(),
  h2: (editor) => editor.chain().focus().toggleHeading({ level: 2 }).run(),
  h3: (editor) => editor.chain().focus().toggleHeading({ level: 3 }).run(),
  h4: (editor) => editor.chain().focus().toggleHeading({ level: 4 }).run(),
  bold: (editor) => editor.chain().focus().toggleBold().run(),
  italic: (editor) => editor.chain().focus().toggleItalic().run(),
  bulletList: (editor) => editor.chain().focus().toggleBulletList().run(),
  orderedList: (editor) => editor.chain().focus().toggleOrderedList().run(),
  blockquote: (editor) => editor.chain().focus().toggleBlockquote().run(),
};

function selectActive({ editor }: { editor: Editor | null }): Record<ToggleId | 'link', boolean> | null {
  if (!editor) return null;
  return {
    paragraph: editor.isActive('paragraph'),
    h2: editor.isActive('heading', { level: 2 }),
    h3: editor.isActive('heading', { level: 3 }),
    h4: editor.isActive('heading', { level: 4 }),
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    link: editor.isActive('link'),
    bulletList: editor.isActive('bulletList'),
    orderedList: editor.isActive('orderedList'),
    blockquote: editor.isActive('blockquote'),
  };
}

interface ToolbarProps {
  editor: Editor | null;
  id: string;
  editableId: string;
  linkFormId: string;
  linkFormOpen: boolean;
  onLink: () => void;
  onImage: () => void;
}

/** The WAI-ARIA toolbar pattern: one tab stop, arrow keys, Home and End between the buttons. */
export function Toolbar({ editor, id, editableId, linkFormId, linkFormOpen, onLink, onImage }: ToolbarProps) {
  const active = useEditorState({ editor, selector: selectActive });
  const [current, setCurrent] = useState(0);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = Array.from(event.currentTarget.querySelectorAll('button'));
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    const moves: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: buttons.length - 1 };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      buttons[(next + buttons.length) % buttons.length]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      editor?.commands.focus();
    }
  };

  return (
    <div
      id={id}
      role="toolbar"
      aria-label="Formatting"
      aria-controls={editor ? editableId : undefined}
      onKeyDown={onKeyDown}
      className="flex flex-wrap gap-1 rounded-t border border-b-0 border-muted/70 bg-brand-50 p-1"
    >
      {tools.map((tool, index) => {
        const isToggle = tool.id !== 'link' && tool.id !== 'image';
        return (
          <button
            key={tool.id}
            type="button"
            disabled={!editor}
            tabIndex={index === current ? 0 : -1}
            aria-pressed={isToggle ? Boolean(active?.[tool.id as ToggleId]) : undefined}
            aria-expanded={tool.id === 'link' ? linkFormOpen : undefined}
            aria-controls={tool.id === 'link' && linkFormOpen ? linkFormId : undefined}
            data-active={tool.id === 'link' && active?.link ? 'true' : undefined}
            // Keep the editor's focus and selection when a button is pressed with the mouse.
            onMouseDown={(event) => event.preventDefault()}
            onFocus={() => setCurrent(index)}
            onClick={() => {
              if (!editor) return;
              setCurrent(index);
              if (tool.id === 'link') onLink();
              else if (tool.id === 'image') onImage();
              else toggle[tool.id](editor);
            }}
            className={`rounded px-2 py-1 text-sm text-ink hover:bg-brand-100 disabled:opacity-60 aria-pressed:bg-brand-700 aria-pressed:text-white data-active:bg-brand-100 ${
              tool.gapBefore ? 'ml-2' : ''
            } ${tool.className ?? ''}`}
          >
            {tool.label}
          </button>
        );
      })}
    </div>
  );
}
