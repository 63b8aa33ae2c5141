'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Controller, useForm, useWatch, type FieldPath } from 'react-hook-form';
import { useVersion } from '@/components/editor/version-context.client';
import { heartbeatAction } from '../actions';
import { createNewsItemAction, saveNewsItemAction } from './actions';
import { mediaPickerActions } from '../media/picker-actions';
import type { ActionResult } from '@/lib/action-result';
import { newsTypeLabels } from '@/lib/enums';
import { toLocalDateTimeInput } from '@/lib/format';
import { slugFromTitle } from '@/lib/slug';
import { mediaIdsUsedBy } from '@/lib/rich-text/normalize';
import { newsItemSchema, type NewsItemFormValues, type NewsItemInput } from '@/lib/validation/news-item';
import { LeadImageField } from '@/components/editor/lead-image-field.client';
import type { MediaPreview } from '@/lib/media/types';
import { useImageChoices } from '@/components/editor/use-image-choices.client';
import { RichTextField } from '@/components/editor/rich-text-field.client';
import { TermFieldset } from '@/components/editor/term-fieldset.client';
import { UnsavedCopyBanner } from '@/components/editor/unsaved-copy-banner.client';
import { PresenceNotice } from '@/components/editor/presence-notice';
import { usePresence } from '@/components/editor/use-presence.client';
import { useUnsavedCopy } from '@/components/editor/use-unsaved-copy.client';

interface Term {
  id: number;
  name: string;
}

interface NewsItemFormProps {
  /** Absent when creating. */
  itemId?: number;
  version?: number;
  initialValues: NewsItemInput;
  terms: { structures: Term[]; fields: Term[]; countries: Term[] };
  /** The library images the item uses now (lead image and body), for their previews. */
  images: MediaPreview[];
}


const input = 'mt-1 block w-full rounded border border-muted/70 bg-white px-3 py-2 aria-[invalid=true]:border-red-700';

function FieldError({ name, message }: { name: string; message?: string }) {
  return message ? (
    <p id={`${name}-error`} className="mt-1 text-sm font-semibold text-red-800">
      {message}
    </p>
  ) : null;
}

export function NewsItemForm({ itemId, version: initialVersion, initialValues, terms, images }: NewsItemFormProps) {
  const router = useRouter();
  const shared = useVersion();
  const [ownVersion, setOwnVersion] = useState(initialVersion);
  const version = shared?.version ?? ownVersion;
  const setVersion = shared?.setVersion ?? setOwnVersion;
  const [status, setStatus] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [slugEdited, setSlugEdited] = useState(Boolean(initialValues.slug));
  // Bumped when the whole form is replaced (a restored copy), so the body editor takes the new document.
  const [bodyKey, setBodyKey] = useState(0);
  const choices = useImageChoices(images, mediaPickerActions);
  const form = useForm<NewsItemFormValues, unknown, NewsItemInput>({
    resolver: zodResolver(newsItemSchema),
    defaultValues: { ...initialValues, publishAt: toLocalDateTimeInput(initialValues.publishAt) },
    mode: 'onTouched',
  });
  const { register, handleSubmit, formState, setError, setValue, reset, control } = form;
  const values = useWatch({ control }) as NewsItemFormValues;
  const copy = useUnsavedCopy(`news-item-form:${itemId ?? 'new'}`, values, formState.isDirty);
  const showRestore = copy.restorable && JSON.stringify(copy.restorable.values) !== JSON.stringify(form.formState.defaultValues);

  const others = usePresence('news_item', itemId, heartbeatAction);

  const titleField = register('title', {
    onChange: (event: { target: { value: string } }) => {
      if (!slugEdited) setValue('slug', slugFromTitle(event.target.value), { shouldValidate: formState.isSubmitted });
    },
  });

  const leadImage = choices.preview(values.imageId);

  const onSubmit = handleSubmit(async (submitted) => {
    setStatus(null);
    const payload = { ...submitted, publishAt: submitted.publishAt ? new Date(submitted.publishAt).toISOString() : '' };
    let result: ActionResult<{ id: number } | { version: number }>;
    try {
      result = itemId
        ? await saveNewsItemAction({ id: itemId, version, values: payload })
        : await createNewsItemAction(payload);
    } catch {
      result = { status: 'error', message: 'The server could not be reached. Your text is still here; try again in a moment.' };
    }
    if (result.status === 'success') {
      copy.clear();
      // Whatever was typed while the save ran stays in the form (and counts as unsaved).
      reset(submitted, { keepValues: true });
      setStatus({ kind: 'success', text: result.message ?? 'Saved.' });
      if ('id' in result.data) router.push(`/editor/news/${result.data.id}`);
      else {
        setVersion(result.data.version);
        router.refresh();
      }
      return;
    }
    if (result.status === 'invalid') {
      for (const [field, message] of Object.entries(result.fieldErrors)) {
        setError(field as FieldPath<NewsItemFormValues>, { message }, { shouldFocus: true });
      }
    }
    setStatus({ kind: 'error', text: result.message });
  });

  const error = (name: keyof NewsItemInput) => formState.errors[name]?.message;
  const describedBy = (name: keyof NewsItemInput, hint?: boolean) =>
    [hint ? `${name}-hint` : '', error(name) ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label={itemId ? 'Edit news item' : 'New news item'}>
      <PresenceNotice others={others} what="news item" />
      {showRestore ? (
        <UnsavedCopyBanner
          savedAt={copy.restorable!.savedAt}
          onRestore={() => {
            const restored = copy.restorable!.values;
            reset(restored, { keepDefaultValues: true });
            setBodyKey((key) => key + 1);
            void choices.learn(mediaIdsUsedBy(restored));
            copy.dismiss();
          }}
          onDiscard={copy.clear}
        />
      ) : null}

      <div aria-live="polite" role="status">
        {status ? (
          <p
            className={
              status.kind === 'success'
                ? 'rounded border border-green-700 bg-green-50 p-3 text-green-900'
                : 'rounded border border-red-700 bg-red-50 p-3 font-semibold text-red-900'
            }
          >
            {status.text}
          </p>
        ) : null}
      </div>

      <div>
        <label htmlFor="title" className="font-semibold">
          Title
        </label>
        <input id="title" className={input} aria-invalid={Boolean(error('title'))} aria-describedby={describedBy('title')} {...titleField} />
        <FieldError name="title" message={error('title')} />
      </div>

      <div>
        <label htmlFor="slug" className="font-semibold">
          Slug
        </label>
        <p id="slug-hint" className="text-sm text-muted">
          The last part of the address: /news/<span className="font-mono">{values.slug || '…'}</span>. Made from the title until you edit it.
        </p>
        <input
          id="slug"
          className={`${input} font-mono`}
          aria-invalid={Boolean(error('slug'))}
          aria-describedby={describedBy('slug', true)}
          {...register('slug', { onChange: () => setSlugEdited(true) })}
        />
        <FieldError name="slug" message={error('slug')} />
      </div>

      <div className="grid gap-5 sm:grid-cols-3">
        <div>
          <label htmlFor="type" className="font-semibold">
            Type
          </label>
          <select id="type" className={input} aria-invalid={Boolean(error('type'))} aria-describedby={describedBy('type')} {...register('type')}>
            {Object.entries(newsTypeLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <FieldError name="type" message={error('type')} />
        </div>
        <div>
          <label htmlFor="issuedOn" className="font-semibold">
            Issued on
          </label>
          <input id="issuedOn" type="date" className={input} aria-invalid={Boolean(error('issuedOn'))} aria-describedby={describedBy('issuedOn')} {...register('issuedOn')} />
          <FieldError name="issuedOn" message={error('issuedOn')} />
        </div>
        <div>
          <label htmlFor="publishAt" className="font-semibold">
            Publish at
          </label>
          <input
            id="publishAt"
            type="datetime-local"
            className={input}
            aria-invalid={Boolean(error('publishAt'))}
            aria-describedby={describedBy('publishAt', true)}
            {...register('publishAt')}
          />
          <p id="publishAt-hint" className="text-sm text-muted">
            Optional. A future time schedules the item when it is approved.
          </p>
          <FieldError name="publishAt" message={error('publishAt')} />
        </div>
      </div>

      <div>
        <label htmlFor="lead" className="font-semibold">
          Lead
        </label>
        <textarea id="lead" rows={3} className={input} aria-invalid={Boolean(error('lead'))} aria-describedby={describedBy('lead')} {...register('lead')} />
        <FieldError name="lead" message={error('lead')} />
      </div>

      <Controller
        control={control}
        name="imageId"
        render={({ field }) => (
          <LeadImageField
            image={leadImage}
            error={error('imageId')}
            buttonRef={field.ref}
            onChoose={async () => {
              const chosen = await choices.chooseImage();
              if (chosen) field.onChange(chosen.id);
            }}
            onRemove={() => field.onChange(null)}
          />
        )}
      />

      <RichTextField
        control={control}
        name="body"
        id="body"
        hint="Headings, lists, quotes, links and images from the media library. Every image needs alt text."
        error={error('body')}
        resetKey={bodyKey}
        imageSrc={choices.imageSrc}
        onRequestImage={choices.requestBodyImage}
      />
      {choices.dialog}

      <div className="grid gap-4 lg:grid-cols-3">
        {(
          [
            ['structureIds', 'Issued by', terms.structures],
            ['fieldIds', 'Fields of work', terms.fields],
            ['countryIds', 'Countries', terms.countries],
          ] as const
        ).map(([name, legend, list]) => (
          <Controller
            key={name}
            control={control}
            name={name}
            render={({ field }) => (
              <TermFieldset
                legend={legend}
                name={name}
                terms={list}
                selected={field.value.map(Number)}
                onChange={(ids) => field.onChange(ids)}
                error={error(name)}
              />
            )}
          />
        ))}
      </div>

      <p>
        <button
          type="submit"
          disabled={formState.isSubmitting}
          className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          Save draft
        </button>
      </p>
    </form>
  );
}
