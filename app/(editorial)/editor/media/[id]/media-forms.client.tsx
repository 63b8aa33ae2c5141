'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormMessage, toneOf } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/text-field';
import { useActionForm } from '@/components/ui/use-action-form.client';
import type { ActionResult } from '@/lib/action-result';
import { mediaMetadataSchema, type MediaMetadataInput } from '@/lib/validation/media';
import { deleteMediaAction, updateMediaAction } from '../actions';

export function MediaDetailsForm({ id, initialValues }: { id: number; initialValues: MediaMetadataInput }) {
  const router = useRouter();
  const { form, submit, tone, message } = useActionForm({
    schema: mediaMetadataSchema,
    defaultValues: initialValues,
    action: (values: MediaMetadataInput) => updateMediaAction({ id, values }),
    onSuccess: () => router.refresh(),
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label="Image details">
      <TextField id="media-alt" label="Alt text" hint="What the image shows, for people who cannot see it." error={errors.alt?.message} {...form.register('alt')} />
      <TextField id="media-caption" label="Caption" error={errors.caption?.message} {...form.register('caption')} />
      <TextField id="media-credit" label="Credit" error={errors.credit?.message} {...form.register('credit')} />
      <FormMessage tone={tone} message={message} />
      <button type="submit" disabled={isSubmitting} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        Save details
      </button>
    </form>
  );
}

export function DeleteMediaButton({ id }: { id: number }) {
  const router = useRouter();
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <section aria-labelledby="delete-heading">
      <h2 id="delete-heading" className="text-xl font-semibold text-brand-900">
        Delete
      </h2>
      <p className="mt-1 text-muted">Only an image that nothing uses can be deleted.</p>
      <button
        type="button"
        disabled={pending}
        className="mt-3 rounded border-2 border-red-800 px-4 py-2 font-semibold text-red-900 hover:bg-red-50 disabled:opacity-60"
        onClick={async () => {
          if (!window.confirm('Delete this image for good?')) return;
          setPending(true);
          const outcome = await deleteMediaAction({ id }).catch(() => ({ status: 'error', message: 'The server could not be reached.' }) as const);
          setPending(false);
          setResult(outcome);
          if (outcome.status === 'success') router.push('/editor/media');
        }}
      >
        Delete image
      </button>
      <div className="mt-3">
        <FormMessage tone={toneOf(result)} message={result?.message} />
      </div>
    </section>
  );
}
