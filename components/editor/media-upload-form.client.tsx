'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { z } from '@/lib/validation/z';
import { FormMessage, toneOf } from '@/components/ui/form-message';
import { FieldError, inputClass, TextField } from '@/components/ui/text-field';
import type { ActionResult } from '@/lib/action-result';
import { ACCEPTED_TYPES, MAX_UPLOAD_BYTES, MAX_UPLOAD_LABEL, tooLargeMessage } from '@/lib/media/limits';
import type { MediaSummary } from '@/lib/media/types';
import { mediaMetadataSchema } from '@/lib/validation/media';

// The browser checks what it can (a file is chosen, its size); the server checks the bytes themselves.
const schema = mediaMetadataSchema.extend({
  file: z
    .custom<FileList>((value) => typeof FileList !== 'undefined' && value instanceof FileList && value.length === 1, 'Choose an image file.')
    .refine((files) => files[0]!.size > 0, 'The file is empty. Choose an image file.')
    .refine((files) => files[0]!.size <= MAX_UPLOAD_BYTES, tooLargeMessage),
});
type Values = z.infer<typeof schema>;

interface MediaUploadFormProps {
  /** Keeps ids unique when the form appears inside another one's page. */
  idPrefix: string;
  action: (formData: FormData) => Promise<ActionResult<MediaSummary>>;
  onUploaded?: (media: MediaSummary) => void;
}

export function MediaUploadForm({ idPrefix, action, onUploaded }: MediaUploadFormProps) {
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { alt: '', caption: '', credit: '' } });
  const [result, setResult] = useState<ActionResult<MediaSummary> | null>(null);
  const { errors, isSubmitting } = form.formState;
  const id = (name: string) => `${idPrefix}-${name}`;

  const submit = form.handleSubmit(async (values) => {
    setResult(null);
    const data = new FormData();
    data.set('file', values.file[0]!);
    data.set('alt', values.alt);
    data.set('caption', values.caption);
    data.set('credit', values.credit);
    let outcome: ActionResult<MediaSummary>;
    try {
      outcome = await action(data);
    } catch {
      outcome = { status: 'error', message: 'The upload did not reach the server. Your text is still here; please try again.' };
    }
    setResult(outcome);
    if (outcome.status === 'invalid') {
      for (const [field, message] of Object.entries(outcome.fieldErrors)) form.setError(field as Path<Values>, { message });
    }
    if (outcome.status === 'success') {
      form.reset();
      onUploaded?.(outcome.data);
    }
  });

  return (
    <form
      // The form may sit in a dialog portalled out of another form; React would still bubble its submit there.
      onSubmit={(event) => {
        event.stopPropagation();
        void submit(event);
      }}
      noValidate
      className="space-y-4"
      aria-label="Upload an image"
    >
      <div>
        <label htmlFor={id('file')} className="block font-semibold">
          Image file
        </label>
        <p id={id('file-hint')} className="text-sm text-muted">
          JPEG, PNG or WebP, up to {MAX_UPLOAD_LABEL}. Location and camera data are removed.
        </p>
        <input
          id={id('file')}
          type="file"
          accept={ACCEPTED_TYPES}
          className={`${inputClass} file:mr-3 file:rounded file:border-0 file:bg-brand-50 file:px-3 file:py-1 file:font-semibold`}
          aria-invalid={errors.file ? true : undefined}
          aria-describedby={[id('file-hint'), errors.file ? id('file-error') : ''].filter(Boolean).join(' ')}
          {...form.register('file')}
        />
        {errors.file?.message ? <FieldError id={id('file-error')} message={errors.file.message} /> : null}
      </div>
      <TextField
        id={id('alt')}
        label="Alt text"
        hint="What the image shows, for people who cannot see it."
        error={errors.alt?.message}
        {...form.register('alt')}
      />
      <TextField id={id('caption')} label="Caption" error={errors.caption?.message} {...form.register('caption')} />
      <TextField id={id('credit')} label="Credit" hint="For example: OSCE/Jane Doe" error={errors.credit?.message} {...form.register('credit')} />
      <FormMessage tone={toneOf(result)} message={result?.message} />
      <button type="submit" disabled={isSubmitting} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {isSubmitting ? 'Uploading…' : 'Upload image'}
      </button>
    </form>
  );
}
