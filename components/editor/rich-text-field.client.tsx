'use client';

import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { FieldError } from '@/components/ui/text-field';
import type { RichTextDoc } from '@/lib/rich-text/types';
import { RichTextEditor, type ImageChoice } from './rich-text-editor/rich-text-editor.client';

interface RichTextFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  /** Id of the editable element; its label gets `${id}-label`. */
  id: string;
  hint?: string;
  error?: string;
  /** Bumped when the form replaces its values wholesale (a restored copy), so the editor takes the new body. */
  resetKey?: number;
  imageSrc: (mediaId: number) => string | undefined;
  onRequestImage: () => Promise<ImageChoice | null>;
}

/** The "Body" of an editorial form: the rich-text editor bound to react-hook-form, with its hint and error. */
export function RichTextField<T extends FieldValues>({ control, name, id, hint, error, resetKey, imageSrc, onRequestImage }: RichTextFieldProps<T>) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label id={`${id}-label`} htmlFor={id} className="block font-semibold">
        Body
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <Controller
        control={control}
        name={name}
        render={({ field }) => (
          // react-hook-form focuses a field with an error through its ref; here that means the editable text.
          <div ref={(node) => field.ref(node ? { focus: () => node.querySelector<HTMLElement>('[contenteditable]')?.focus() } : null)}>
            <RichTextEditor
              id={id}
              labelledBy={`${id}-label`}
              value={field.value as RichTextDoc}
              resetKey={resetKey}
              onChange={field.onChange}
              onBlur={field.onBlur}
              invalid={Boolean(error)}
              describedBy={describedBy}
              imageSrc={imageSrc}
              onRequestImage={onRequestImage}
            />
          </div>
        )}
      />
      {error ? <FieldError id={`${id}-error`} message={error} /> : null}
    </div>
  );
}
