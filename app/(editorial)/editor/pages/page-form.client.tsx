'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { PresenceNotice } from '@/components/editor/presence-notice';
import { UnsavedCopyBanner } from '@/components/editor/unsaved-copy-banner.client';
import { usePresence } from '@/components/editor/use-presence.client';
import { useUnsavedCopy } from '@/components/editor/use-unsaved-copy.client';
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
import { mediaIdsInRichText } from '@/lib/rich-text/normalize';
import { heartbeatAction } from '../actions';
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
      copy.clear();
      // What was typed while the save ran stays in the form, and counts as unsaved.
      form.reset(form.getValues(), { keepValues: true });
      if (result.data && 'id' in result.data) router.push(`/editor/pages/${result.data.id}`);
      else router.refresh();
    },
  });
  const { errors, isSubmitting } = form.formState;
  const values = useWatch({ control: form.control }) as PageInput;
  const copy = useUnsavedCopy(`page-form:${id ?? 'new'}`, values, form.formState.isDirty);
  const showRestore = copy.restorable && JSON.stringify(copy.restorable.values) !== JSON.stringify(form.formState.defaultValues);
  // Bumped when a kept copy replaces the form, so the body editor takes the restored document.
  const [bodyKey, setBodyKey] = useState(0);
  const others = usePresence('page', id, heartbeatAction);

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label={id ? 'Edit page' : 'New page'}>
      <PresenceNotice others={others} what="page" />
      {showRestore ? (
        <UnsavedCopyBanner
          savedAt={copy.restorable!.savedAt}
          onRestore={() => {
            const restored = copy.restorable!.values;
            form.reset(restored, { keepDefaultValues: true });
            setBodyKey((key) => key + 1);
            void choices.learn(mediaIdsInRichText(restored.body));
            copy.dismiss();
          }}
          onDiscard={copy.clear}
        />
      ) : null}
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
        key={bodyKey}
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
