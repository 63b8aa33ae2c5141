'use client';

import type { Editor } from '@tiptap/react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { LINK_HREF_RULE, completeHref } from './link-href';

interface LinkFormProps {
  editor: Editor;
  id: string;
  /** Closes the form; the form has already put focus back in the editor. */
  onClose: () => void;
}

function applyLink(editor: Editor, href: string, typed: string) {
  if (editor.state.selection.empty && !editor.isActive('link')) {
    // Nothing selected: the address, as typed, becomes the link text.
    const text = typed.trim().replace(/^mailto:/i, '');
    editor.chain().focus().insertContent({ type: 'text', text, marks: [{ type: 'link', attrs: { href } }] }).run();
  } else {
    editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
  }
}

/**
 * Inline link editor. Not a <form>: it sits inside the news item form, and forms cannot nest, so Enter and
 * Escape are handled here.
 */
export function LinkForm({ editor, id, onClose }: LinkFormProps) {
  const [existing] = useState(() => (editor.isActive('link') ? String(editor.getAttributes('link').href ?? '') : ''));
  const [href, setHref] = useState(existing);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  // Focus moves to the editor before the form unmounts, so focus never falls to the page (a false blur).
  const close = () => {
    editor.view.focus();
    onClose();
  };
  const cancel = () => {
    editor.commands.focus();
    close();
  };
  const apply = () => {
    const value = completeHref(href);
    if (!value) {
      setError(LINK_HREF_RULE);
      input.current?.focus();
      return;
    }
    applyLink(editor, value, href);
    close();
  };
  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    close();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      cancel();
    } else if (event.key === 'Enter' && event.target === input.current) {
      event.preventDefault();
      apply();
    }
  };

  const button = 'rounded border px-3 py-1 text-sm font-semibold';
  const secondary = `${button} border-muted/70 bg-white hover:bg-brand-50`;
  return (
    <div id={id} role="group" aria-label="Link" onKeyDown={onKeyDown} className="border border-b-0 border-muted/70 bg-white p-3">
      <label htmlFor={`${id}-href`} className="block text-sm font-semibold">
        Link address
      </label>
      <div className="mt-1 flex flex-wrap items-start gap-2">
        <input
          ref={input}
          id={`${id}-href`}
          type="text"
          inputMode="url"
          spellCheck={false}
          autoCapitalize="none"
          value={href}
          onChange={(event) => {
            setHref(event.target.value);
            if (error) setError(null);
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : `${id}-hint`}
          className="min-w-0 grow rounded border border-muted/70 bg-white px-2 py-1 aria-[invalid=true]:border-red-700"
        />
        <button type="button" onClick={apply} className={`${button} border-brand-700 bg-brand-700 text-white hover:bg-brand-800`}>
          Apply link
        </button>
        {existing ? (
          <button type="button" onClick={remove} className={secondary}>
            Remove link
          </button>
        ) : null}
        <button type="button" onClick={cancel} className={secondary}>
          Cancel
        </button>
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="mt-1 text-sm font-semibold text-red-800">
          {error}
        </p>
      ) : (
        <p id={`${id}-hint`} className="mt-1 text-sm text-muted">
          For example https://www.osce.org/, press@osce.org or /news/…
        </p>
      )}
    </div>
  );
}
