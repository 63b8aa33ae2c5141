'use client';

import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { DocumentFilesField, type DocumentFileChoice } from '@/components/editor/document-files-field.client';
import { LeadImageField } from '@/components/editor/lead-image-field.client';
import { TermField } from '@/components/editor/term-field.client';
import { useImageChoices } from '@/components/editor/use-image-choices.client';
import { useWorkflowForm } from '@/components/editor/use-workflow-form.client';
import { SelectField, TextArea, TextField } from '@/components/ui/text-field';
import { documentLanguageName, documentLanguages, publicationTypeLabels, publicationTypes } from '@/lib/enums';
import type { MediaPreview } from '@/lib/media/types';
import { publicationSchema, type PublicationInput } from '@/lib/validation/publication';
import { heartbeatAction } from '../actions';
import { mediaPickerActions } from '../media/picker-actions';
import { createPublicationAction, savePublicationAction } from './actions';
import { PublishAtAndSave } from '@/components/editor/publish-at-and-save';

type Term = { id: number; name: string };

interface PublicationFormProps {
  id?: number;
  initialValues: PublicationInput;
  /** The cover's preview, when there is one. */
  images: MediaPreview[];
  /** The files the working copy offers now. */
  files: DocumentFileChoice[];
  choices: { structures: Term[]; fields: Term[]; countries: Term[] };
}

export function PublicationForm({ id, initialValues, images, files: initialFiles, choices: lists }: PublicationFormProps) {
  const choices = useImageChoices(images, mediaPickerActions);
  // Every file this form has seen, so that ids restored from a kept copy still show their names.
  const [known, setKnown] = useState(initialFiles);
  const { form, submit, header, values } = useWorkflowForm({
    kind: 'publication',
    id,
    schema: publicationSchema,
    initialValues,
    create: createPublicationAction,
    save: savePublicationAction,
    heartbeat: heartbeatAction,
    onRestore: (restored) => void choices.learn(restored.coverId ? [restored.coverId] : []),
  });
  const { errors, isSubmitting } = form.formState;
  const { register, control } = form;

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label={id ? 'Edit publication' : 'New publication'}>
      {header}
      <TextField id="publication-title" label="Title" error={errors.title?.message} {...register('title')} />
      <TextField id="publication-slug" label="Slug" hint="The address of the publication: /publications/…" error={errors.slug?.message} {...register('slug')} />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          id="publication-type"
          label="Type"
          options={publicationTypes.map((type) => ({ value: type, label: publicationTypeLabels[type] }))}
          error={errors.type?.message}
          {...register('type')}
        />
        <TextField id="publication-published-on" label="Published on" type="date" error={errors.publishedOn?.message} {...register('publishedOn')} />
        <SelectField
          id="publication-language"
          label="Language of the document"
          options={documentLanguages.map((code) => ({ value: code, label: documentLanguageName(code) }))}
          error={errors.language?.message}
          {...register('language')}
        />
      </div>
      <TextArea id="publication-summary" label="Summary" rows={5} error={errors.summary?.message} {...register('summary')} />
      <Controller
        control={control}
        name="fileIds"
        render={({ field }) => (
          <DocumentFilesField
            inputRef={field.ref}
            files={(values.fileIds ?? []).map((fileId) => known.find((f) => f.id === fileId) ?? { id: fileId, name: `File ${fileId}`, size: 0, pages: 0 })}
            onChange={(next) => {
              setKnown((before) => [...before, ...next.filter((f) => !before.some((b) => b.id === f.id))]);
              field.onChange(next.map((f) => f.id));
              // The first page of the first file becomes the cover, unless one is chosen already.
              const cover = next.find((f) => f.coverId)?.coverId;
              if (cover && !form.getValues('coverId')) {
                form.setValue('coverId', cover, { shouldDirty: true });
                void choices.learn([cover]);
              }
            }}
            error={errors.fileIds?.message}
          />
        )}
      />
      <Controller
        control={control}
        name="coverId"
        render={({ field }) => (
          <LeadImageField
            label="Cover"
            name="coverId"
            hint="Optional. Taken from the first page of the first file you upload; you may choose another image from the media library."
            image={choices.preview(field.value)}
            error={errors.coverId?.message}
            buttonRef={field.ref}
            onChoose={async () => {
              const chosen = await choices.chooseImage();
              if (chosen) field.onChange(chosen.id);
            }}
            onRemove={() => field.onChange(null)}
          />
        )}
      />
      {choices.dialog}
      <div className="grid gap-4 lg:grid-cols-3">
        <TermField control={control} name="structureIds" legend="Issued by" terms={lists.structures} error={errors.structureIds?.message} />
        <TermField control={control} name="fieldIds" legend="Fields of work" terms={lists.fields} error={errors.fieldIds?.message} />
        <TermField control={control} name="countryIds" legend="Countries" terms={lists.countries} error={errors.countryIds?.message} />
      </div>
      <PublishAtAndSave id="publication-publish-at" what="publication" field={register('publishAt')} error={errors.publishAt?.message} submitting={isSubmitting} />
    </form>
  );
}
