'use client';

import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { createContext, useContext, useId, useState, type KeyboardEvent } from 'react';
import type { ImageAttrs } from './image-node';

/**
 * Thumbnail address of a media item. Node views render through portals inside EditorContent, so they see
 * this context and re-render when the host's lookup changes.
 */
export const ThumbnailContext = createContext<(mediaId: number) => string | undefined>(() => undefined);

// Enter in a text field would submit the surrounding news item form.
const keepEnter = (event: KeyboardEvent<HTMLInputElement>) => {
  if (event.key === 'Enter') event.preventDefault();
};

interface AttrFieldProps {
  id: string;
  label: string;
  value: string;
  describedBy?: string;
  onValue: (value: string) => void;
}

/**
 * Keeps its own draft so the caret stays put: the document's copy of the value comes back a moment after each
 * keystroke (Tiptap re-renders node views in a microtask), too late for a plainly controlled input.
 */
function AttrField({ id, label, value, describedBy, onValue }: AttrFieldProps) {
  const [draft, setDraft] = useState(value);
  const [known, setKnown] = useState(value);
  if (value !== known) {
    // The document changed: the echo of typing here (then it equals the draft already), or undo and redo.
    setKnown(value);
    if (value !== draft) setDraft(value);
  }
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <input
        id={id}
        type="text"
        value={draft}
        aria-describedby={describedBy}
        onKeyDown={keepEnter}
        onChange={(event) => {
          setDraft(event.target.value);
          onValue(event.target.value);
        }}
        className="mt-1 block w-full rounded border border-muted/70 bg-white px-2 py-1"
      />
    </div>
  );
}

export function ImageNodeView({ node, editor, selected, updateAttributes, deleteNode }: ReactNodeViewProps) {
  const id = useId();
  const { mediaId, alt, caption } = node.attrs as ImageAttrs;
  const src = useContext(ThumbnailContext)(mediaId);
  const altMissing = alt.trim() === '';

  return (
    <NodeViewWrapper
      contentEditable={false}
      role="group"
      aria-label="Image"
      className={`my-3 flex flex-col gap-3 rounded border bg-white p-3 text-base font-normal not-italic sm:flex-row ${
        selected ? 'border-brand-600 ring-2 ring-brand-600' : 'border-line'
      }`}
    >
      {src ? (
        // A thumbnail from the host's media library; its description is the alt text field beside it.
        <img src={src} alt="" className="h-28 w-40 shrink-0 rounded bg-brand-50 object-cover" />
      ) : (
        <div className="flex h-28 w-40 shrink-0 items-center justify-center rounded bg-brand-50 text-sm text-muted">
          Image {mediaId}
        </div>
      )}
      <div className="grow space-y-2">
        <AttrField
          id={`${id}-alt`}
          label="Alt text"
          value={alt}
          describedBy={altMissing ? `${id}-alt-warning` : undefined}
          onValue={(value) => updateAttributes({ alt: value })}
        />
        {altMissing ? (
          <p id={`${id}-alt-warning`} className="text-sm font-semibold text-red-800">
            Describe the image for people who cannot see it.
          </p>
        ) : null}
        <AttrField id={`${id}-caption`} label="Caption" value={caption} onValue={(value) => updateAttributes({ caption: value })} />
        <button
          type="button"
          onClick={() => {
            // Focus the editor before this button disappears, so focus never falls to the page.
            editor.view.focus();
            deleteNode();
          }}
          className="rounded border border-red-700 px-2 py-1 text-sm font-semibold text-red-800 hover:bg-red-50"
        >
          Remove image from body
        </button>
      </div>
    </NodeViewWrapper>
  );
}
