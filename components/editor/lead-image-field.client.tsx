'use client';

import { useRef, type Ref } from 'react';
import { FieldError } from '@/components/ui/text-field';

import type { MediaPreview } from '@/lib/media/types';

interface LeadImageFieldProps {
  image: MediaPreview | null;
  onChoose: () => void;
  onRemove: () => void;
  error?: string;
  /** Gets the choose button, which react-hook-form focuses when the field has an error. */
  buttonRef?: Ref<HTMLButtonElement>;
  /** The legend: "Image" for a news item's lead image, "Cover" for a publication. */
  label?: string;
  hint?: string;
  /** The form field it stands for, naming its error. */
  name?: string;
}

const leadImageHint = 'Optional. Shown above the body, on news cards and when the item is shared; its caption and credit come from the media library.';

/** The news item's optional "Image": a preview of the chosen library image, with buttons to change or remove it. */
export function LeadImageField({ image, onChoose, onRemove, error, buttonRef, label = 'Image', hint = leadImageHint, name = 'imageId' }: LeadImageFieldProps) {
  const choose = useRef<HTMLButtonElement | null>(null);
  return (
    <fieldset className="rounded border border-line p-4" aria-describedby={[`${name}-hint`, error ? `${name}-error` : ''].filter(Boolean).join(' ')}>
      <legend className="px-1 font-semibold">{label}</legend>
      <p id={`${name}-hint`} className="text-sm text-muted">
        {hint}
      </p>
      {image ? (
        <div className="mt-3 flex flex-wrap items-start gap-4">
          <img src={image.url} width={image.width} height={image.height} alt={image.alt} className="h-auto w-48 rounded-sm bg-brand-50" />
          <div className="text-sm">
            <p className="font-semibold">{image.alt}</p>
            {image.caption ? <p>{image.caption}</p> : null}
            {image.credit ? <p className="text-muted">Photo: {image.credit}</p> : null}
          </div>
        </div>
      ) : (
        <p className="mt-3">No image chosen.</p>
      )}
      <p className="mt-3 flex flex-wrap gap-3">
        <button
          ref={(node) => {
            choose.current = node;
            if (typeof buttonRef === 'function') buttonRef(node);
          }}
          type="button"
          className="rounded border border-brand-700 px-3 py-1.5 font-semibold text-brand-800 hover:bg-brand-50"
          onClick={onChoose}
        >
          {image ? 'Change image' : 'Choose image'}
        </button>
        {image ? (
          <button
            type="button"
            className="rounded border border-line px-3 py-1.5 font-semibold hover:bg-brand-50"
            onClick={() => {
              onRemove();
              // This button goes away with the image; focus stays in the field.
              choose.current?.focus();
            }}
          >
            Remove image
          </button>
        ) : null}
      </p>
      {error ? <FieldError id={`${name}-error`} message={error} /> : null}
    </fieldset>
  );
}
