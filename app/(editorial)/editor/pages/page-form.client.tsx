'use client';

import { useImageChoices } from '@/components/editor/use-image-choices.client';
import { RichTextField } from '@/components/editor/rich-text-field.client';
import { FieldError, inputClass, TextArea, TextField } from '@/components/ui/text-field';
import type { MediaPreview } from '@/lib/media/types';
import { pageSchema, type PageInput } from '@/lib/validation/page';
import { useWorkflowForm } from '@/components/editor/use-workflow-form.client';
import { mediaIdsInRichText } from '@/lib/rich-text/normalize';
import { heartbeatAction } from '../actions';
import { mediaPickerActions } from '../media/picker-actions';
import { createPageAction, savePageAction } from './actions';
import { PublishAtAndSave } from '@/components/editor/publish-at-and-save';


interface PageFormProps {
  id?: number;
  parents: { id: number; title: string }[];
  initialValues: PageInput;
  /** Previews of the images the body holds now. */
  images: MediaPreview[];
}

export function PageForm({ id, parents, initialValues, images }: PageFormProps) {
  const choices = useImageChoices(images, mediaPickerActions);
  const { form, submit, header, bodyKey } = useWorkflowForm({
    kind: 'page',
    id,
    schema: pageSchema,
    initialValues,
    create: createPageAction,
    save: savePageAction,
    heartbeat: heartbeatAction,
    onRestore: (restored) => void choices.learn(mediaIdsInRichText(restored.body)),
  });
  const { errors, isSubmitting } = form.formState;

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label={id ? 'Edit page' : 'New page'}>
      {header}
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
      <PublishAtAndSave id="page-publish-at" what="page" field={form.register('publishAt')} error={errors.publishAt?.message} submitting={isSubmitting} />
    </form>
  );
}
