'use client';

import { useRouter } from 'next/navigation';
import { useImageChoices } from '@/components/editor/use-image-choices.client';
import { RichTextField } from '@/components/editor/rich-text-field.client';
import { FormMessage } from '@/components/ui/form-message';
import { FieldError, inputClass, TextField } from '@/components/ui/text-field';
import { useActionForm } from '@/components/ui/use-action-form.client';
import type { ActionResult } from '@/lib/action-result';
import { toLocalDateTimeInput } from '@/lib/format';
import type { MediaPreview } from '@/lib/media/types';
import { pageSchema, type PageInput } from '@/lib/validation/page';
import { useVersion } from '@/components/editor/version-context.client';
import { mediaPickerActions } from '../media/picker-actions';
import { createPageAction, savePageAction } from './actions';


interface PageFormProps {
  id?: number;
  parents: { id: number; title: string }[];
  initialValues: PageInput;
  /** Previews of the images the body holds now. */
  images: MediaPreview[];
}

function TextArea({ id, label, rows, error, ...rest }: { id: string; label: string; rows: number; error?: string } & React.TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <textarea id={id} rows={rows} className={inputClass} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} {...rest} />
      {error ? <FieldError id={`${id}-error`} message={error} /> : null}
    </div>
  );
}

export function PageForm({ id, parents, initialValues, images }: PageFormProps) {
  const router = useRouter();
  const shared = useVersion();
  const choices = useImageChoices(images, mediaPickerActions);
  const { form, submit, tone, message } = useActionForm({
    schema: pageSchema,
    defaultValues: { ...initialValues, publishAt: toLocalDateTimeInput(initialValues.publishAt) },
    action: async (values: PageInput): Promise<ActionResult<{ id: number } | { version: number }>> => {
      const payload = { ...values, publishAt: values.publishAt ? new Date(values.publishAt).toISOString() : '' };
      if (!id) return createPageAction(payload);
      const result = await savePageAction({ id, version: shared?.version ?? 1, values: payload });
      if (result.status === 'success') shared?.setVersion(result.data.version);
      return result;
    },
    onSuccess: (result) => {
      if (result.data && 'id' in result.data) router.push(`/editor/pages/${result.data.id}`);
      else router.refresh();
    },
  });
  const { errors, isSubmitting } = form.formState;

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label={id ? 'Edit page' : 'New page'}>
      <FormMessage tone={tone} message={message} />
      <TextField id="page-title" label="Title" error={errors.title?.message} {...form.register('title')} />
      <TextField id="page-slug" label="Slug" hint="The address of the page: /about/…" error={errors.slug?.message} {...form.register('slug')} />
      <div>
        <label htmlFor="page-parent" className="block font-semibold">
          Parent page
        </label>
        <select
          id="page-parent"
          className={inputClass}
          aria-invalid={errors.parentId ? true : undefined}
          aria-describedby={errors.parentId ? 'page-parent-error' : undefined}
          {...form.register('parentId', { valueAsNumber: true })}
        >
          <option value={0}>None (top level of About us)</option>
          {parents.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </select>
        {errors.parentId?.message ? <FieldError id="page-parent-error" message={errors.parentId.message} /> : null}
      </div>
      <TextArea id="page-lead" label="Lead" rows={3} error={errors.lead?.message} {...form.register('lead')} />
      <RichTextField
        control={form.control}
        name="body"
        id="page-body"
        error={errors.body?.message}
        imageSrc={choices.imageSrc}
        onRequestImage={choices.requestBodyImage}
      />
      {choices.dialog}
      <TextField
        id="page-publish-at"
        label="Publish at"
        type="datetime-local"
        hint="Optional. A future time schedules the page when it is approved."
        error={errors.publishAt?.message}
        {...form.register('publishAt')}
      />
      <button type="submit" disabled={isSubmitting} className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        Save draft
      </button>
    </form>
  );
}
