'use client';

import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { inputClass } from '@/components/ui/text-field';
import type { ActionResult } from '@/lib/action-result';
import type { MediaPreview, MediaSummary } from '@/lib/media/types';
import { MediaUploadForm } from './media-upload-form.client';

export interface MediaPickerActions {
  search: (input: { q: string; page: number }) => Promise<ActionResult<{ items: MediaSummary[]; total: number }>>;
  upload: (formData: FormData) => Promise<ActionResult<MediaSummary>>;
  previews: (input: { ids: number[] }) => Promise<ActionResult<MediaPreview[]>>;
}

/**
 * A modal dialog to choose an image from the library or upload one in place. `requestImage()` opens it and
 * resolves with the choice, or null when the dialog is closed without one.
 */
export function useMediaPicker(actions: MediaPickerActions): { requestImage: () => Promise<MediaSummary | null>; dialog: ReactNode } {
  const [open, setOpen] = useState(false);
  const resolver = useRef<((media: MediaSummary | null) => void) | null>(null);
  const finish = useCallback((media: MediaSummary | null) => {
    resolver.current?.(media);
    resolver.current = null;
    setOpen(false);
  }, []);
  const requestImage = useCallback(
    () =>
      new Promise<MediaSummary | null>((resolve) => {
        resolver.current?.(null);
        resolver.current = resolve;
        setOpen(true);
      }),
    [],
  );
  // Portalled to the body: the dialog holds its own upload form, and forms must not nest.
  return { requestImage, dialog: open ? createPortal(<MediaPickerDialog actions={actions} onFinish={finish} />, document.body) : null };
}

function MediaPickerDialog({ actions, onFinish }: { actions: MediaPickerActions; onFinish: (media: MediaSummary | null) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [q, setQ] = useState('');
  const [state, setState] = useState<{ query: string; page: number; items: MediaSummary[]; total: number; message?: string } | null>(null);

  const searchAction = actions.search;
  // Page 1 replaces the list; later pages ("Show more images") add to it.
  const search = useCallback(
    (query: string, page = 1) =>
      searchAction({ q: query, page })
        .catch(() => null)
        .then((result) => {
          if (result?.status === 'success') {
            const { items, total } = result.data;
            setState((previous) => ({ query, page, total, items: page > 1 && previous ? [...previous.items, ...items] : items }));
          } else {
            const message = result?.message ?? 'The images could not be loaded. Try again.';
            setState((previous) => ({ query, page: previous?.page ?? 1, items: previous?.items ?? [], total: previous?.total ?? 0, message }));
          }
        }),
    [searchAction],
  );

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    void search('');
    // The dialog is removed rather than closed, so focus goes back to whatever opened it by hand.
    return () => opener?.focus();
  }, [search]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="media-picker-heading"
      className="m-auto max-h-[90vh] w-[min(60rem,95vw)] overflow-y-auto rounded border border-line p-0 backdrop:bg-black/50"
      onCancel={(event) => {
        event.preventDefault();
        onFinish(null);
      }}
    >
      <div className="space-y-6 p-5">
        <div className="flex items-start justify-between gap-4">
          <h2 id="media-picker-heading" className="text-2xl font-bold text-brand-900">
            Choose an image
          </h2>
          <button type="button" className="rounded border border-line px-3 py-1 font-semibold" onClick={() => onFinish(null)}>
            Cancel
          </button>
        </div>
        <div className="grid gap-6 md:grid-cols-[1fr_18rem]">
          <section aria-labelledby="media-picker-library">
            <h3 id="media-picker-library" className="text-lg font-semibold">
              From the media library
            </h3>
            <div role="search" className="mt-2 flex items-end gap-2">
              <div className="grow">
                <label htmlFor="media-picker-q" className="block font-semibold">
                  Search images
                </label>
                <input
                  id="media-picker-q"
                  type="search"
                  value={q}
                  className={inputClass}
                  onChange={(event) => setQ(event.target.value)}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') {
                      event.preventDefault();
                      void search(q);
                    }
                  }}
                />
              </div>
              <button type="button" className="rounded bg-brand-700 px-3 py-2 font-semibold text-white" onClick={() => void search(q)}>
                Search
              </button>
            </div>
            <p role="status" className="mt-2 text-sm text-muted">
              {state
                ? (state.message ?? `${state.total} ${state.total === 1 ? 'image' : 'images'}${state.total > state.items.length ? `, ${state.items.length} shown` : ''}`)
                : 'Loading images…'}
            </p>
            <ul className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-3">
              {state?.items.map((item) => (
                <li key={item.id}>
                  <button
                    type="button"
                    className="block w-full overflow-hidden rounded border border-line bg-white text-left hover:border-brand-700"
                    onClick={() => onFinish(item)}
                  >
                    <img src={item.thumbnail.url} width={item.thumbnail.width} height={item.thumbnail.height} alt="" className="aspect-[4/3] w-full object-cover" />
                    <span className="block p-2 text-sm">
                      <span className="sr-only">Choose </span>
                      {item.alt}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
            {state && state.items.length < state.total ? (
              <button type="button" className="mt-3 rounded border border-brand-700 px-3 py-1.5 font-semibold text-brand-800" onClick={() => void search(state.query, state.page + 1)}>
                Show more images
              </button>
            ) : null}
          </section>
          <section aria-labelledby="media-picker-upload" className="rounded border border-line bg-brand-50 p-3">
            <h3 id="media-picker-upload" className="text-lg font-semibold">
              Upload a new image
            </h3>
            <div className="mt-2">
              <MediaUploadForm idPrefix="picker-upload" action={actions.upload} onUploaded={onFinish} />
            </div>
          </section>
        </div>
      </div>
    </dialog>
  );
}
