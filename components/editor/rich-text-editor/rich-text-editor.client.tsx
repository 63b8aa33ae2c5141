'use client';

import { EditorContent, useEditor } from '@tiptap/react';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type FocusEvent } from 'react';
import type { RichTextDoc } from '@/lib/rich-text/types';
import { createKeyHandling } from './editor-keys';
import { createExtensions } from './extensions';
import { ThumbnailContext } from './image-node-view.client';
import { LinkForm } from './link-form.client';
import { toEditorContent, toRichTextDoc } from './rich-text-json';
import { Toolbar } from './toolbar.client';

export interface ImageChoice {
  mediaId: number;
  src: string;
  alt: string;
  caption: string;
}

export interface RichTextEditorProps {
  /** Id of the editable element; clicking `<label htmlFor={id}>` focuses it. */
  id: string;
  /** Id of the element that names the editable element (its visible label). */
  labelledBy: string;
  /** Initial value; after mount the editor is uncontrolled until `resetKey` changes. */
  value: RichTextDoc;
  resetKey?: string | number;
  onChange: (doc: RichTextDoc) => void;
  /** Called when focus leaves the whole editor (toolbar, link form and image fields included). */
  onBlur?: () => void;
  invalid?: boolean;
  describedBy?: string;
  imageSrc: (mediaId: number) => string | undefined;
  onRequestImage: () => Promise<ImageChoice | null>;
}

const box = 'block min-h-64 w-full rounded-b border border-muted/70 bg-white px-3 py-2';
const prose = [
  'aria-[invalid=true]:border-red-700 [&>*:first-child]:mt-0 [&_p]:my-2 [&_a]:text-brand-600 [&_a]:underline',
  '[&_h2]:mt-5 [&_h2]:mb-2 [&_h2]:text-2xl [&_h2]:font-bold [&_h3]:mt-4 [&_h3]:mb-2 [&_h3]:text-xl [&_h3]:font-bold',
  '[&_h4]:mt-4 [&_h4]:mb-1 [&_h4]:text-lg [&_h4]:font-semibold',
  '[&_ul]:my-2 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:my-2 [&_ol]:list-decimal [&_ol]:pl-6 [&_li>p]:my-1',
  '[&_blockquote]:my-3 [&_blockquote]:border-l-4 [&_blockquote]:border-brand-600 [&_blockquote]:pl-4 [&_blockquote]:italic',
].join(' ');

export function RichTextEditor({ id, labelledBy, value, resetKey, onChange, onBlur, invalid, describedBy, imageSrc, onRequestImage }: RichTextEditorProps) {
  const ownId = useId();
  const keysHintId = `${ownId}-keys`;
  const linkFormId = `${ownId}-link`;
  const toolbarId = `${ownId}-toolbar`;
  const [linkFormOpen, setLinkFormOpen] = useState(false);

  // Images chosen here bring their own thumbnail; the host may not know it yet.
  const [chosen, setChosen] = useState<ReadonlyMap<number, string>>(() => new Map());
  const thumbnail = useCallback((mediaId: number) => chosen.get(mediaId) ?? imageSrc(mediaId), [chosen, imageSrc]);
  const [extensions] = useState(createExtensions);
  // Opening an open form moves focus back into it; a new form focuses its field when it mounts.
  const [openLinkForm] = useState(() => () => {
    setLinkFormOpen(true);
    document.getElementById(`${linkFormId}-href`)?.focus();
  });
  const [keys] = useState(() => createKeyHandling({ openLinkForm, toolbarId }));
  const [initialContent] = useState(() => toEditorContent(value));

  const editorProps = useMemo(
    () => ({
      ...keys,
      attributes: {
        id,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-describedby': [describedBy, keysHintId].filter(Boolean).join(' '),
        class: `${box} ${prose}`,
        ...(invalid ? { 'aria-invalid': 'true' } : {}),
        // `<label for>` names only form controls, not a contenteditable element.
        'aria-labelledby': labelledBy,
      },
    }),
    [keys, id, describedBy, keysHintId, invalid, labelledBy],
  );

  const editor = useEditor({
    extensions,
    content: initialContent,
    immediatelyRender: false,
    editorProps,
    onUpdate: ({ editor: current }) => onChange(toRichTextDoc(current.getJSON())),
  });

  const appliedResetKey = useRef(resetKey);
  useEffect(() => {
    if (!editor || appliedResetKey.current === resetKey) return;
    appliedResetKey.current = resetKey;
    editor.chain().setMeta('addToHistory', false).setContent(toEditorContent(value), { emitUpdate: false }).run();
  }, [editor, resetKey, value]);

  // A label's `for` only focuses form controls, so clicking the label focuses the editor here.
  useEffect(() => {
    if (!editor) return;
    const onClick = (event: MouseEvent) => {
      if ((event.target as Element | null)?.closest?.('label')?.htmlFor === id) editor.commands.focus();
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [editor, id]);

  const requestImage = async () => {
    if (!editor) return;
    try {
      const choice = await onRequestImage();
      if (!choice || editor.isDestroyed) return;
      setChosen((previous) => new Map(previous).set(choice.mediaId, choice.src));
      const attrs = { mediaId: choice.mediaId, alt: choice.alt, caption: choice.caption };
      editor.chain().focus().insertContent({ type: 'image', attrs }).run();
    } finally {
      if (!editor.isDestroyed) editor.commands.focus();
    }
  };

  const onWrapperBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onBlur?.();
  };

  return (
    <div className="mt-1" onBlur={onWrapperBlur}>
      <Toolbar
        editor={editor}
        id={toolbarId}
        editableId={id}
        linkFormId={linkFormId}
        linkFormOpen={linkFormOpen}
        onLink={openLinkForm}
        onImage={() => void requestImage()}
      />
      {editor && linkFormOpen ? <LinkForm editor={editor} id={linkFormId} onClose={() => setLinkFormOpen(false)} /> : null}
      <ThumbnailContext value={thumbnail}>
        <EditorContent editor={editor} />
      </ThumbnailContext>
      {/* Same box as the editor, so nothing moves when it appears after hydration. */}
      {editor ? null : <div className={box} />}
      <p id={keysHintId} className="mt-1 text-sm text-muted">
        Alt+F10 moves to the toolbar. Ctrl+B bold, Ctrl+I italic, Ctrl+K link (⌘ on a Mac). In a list, Tab indents: press
        Escape, then Tab, to leave the editor.
      </p>
    </div>
  );
}
