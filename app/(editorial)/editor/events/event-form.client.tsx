'use client';

import { RichTextField } from '@/components/editor/rich-text-field.client';
import { TermField } from '@/components/editor/term-field.client';
import { useImageChoices } from '@/components/editor/use-image-choices.client';
import { useWorkflowForm } from '@/components/editor/use-workflow-form.client';
import { SelectField, TextArea, TextField } from '@/components/ui/text-field';
import { eventStatuses, eventStatusLabels } from '@/lib/enums';
import type { MediaPreview } from '@/lib/media/types';
import { mediaIdsInRichText } from '@/lib/rich-text/normalize';
import { eventSchema, type EventInput } from '@/lib/validation/event';
import { heartbeatAction } from '../actions';
import { mediaPickerActions } from '../media/picker-actions';
import { createEventAction, saveEventAction } from './actions';
import { PublishAtAndSave } from '@/components/editor/publish-at-and-save';

type Term = { id: number; name: string };

interface EventFormProps {
  id?: number;
  initialValues: EventInput;
  images: MediaPreview[];
  choices: { structures: Term[]; fields: Term[]; countries: Term[]; series: Term[]; publications: Term[]; timeZones: string[] };
}

const none = (label: string) => [{ value: 0, label }];

export function EventForm({ id, initialValues, images, choices: lists }: EventFormProps) {
  const choices = useImageChoices(images, mediaPickerActions);
  const { form, submit, header, bodyKey } = useWorkflowForm({
    kind: 'event',
    id,
    schema: eventSchema,
    initialValues,
    create: createEventAction,
    save: saveEventAction,
    heartbeat: heartbeatAction,
    onRestore: (restored) => void choices.learn(mediaIdsInRichText(restored.body)),
  });
  const { errors, isSubmitting } = form.formState;
  const { register, control } = form;

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label={id ? 'Edit event' : 'New event'}>
      {header}
      <TextField id="event-title" label="Title" error={errors.title?.message} {...register('title')} />
      <TextField id="event-slug" label="Slug" hint="The address of the event: /events/…" error={errors.slug?.message} {...register('slug')} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField id="event-starts" label="Starts" type="datetime-local" hint="Local time at the venue." error={errors.startsAt?.message} {...register('startsAt')} />
        <TextField id="event-ends" label="Ends" type="datetime-local" hint="Local time at the venue." error={errors.endsAt?.message} {...register('endsAt')} />
        <SelectField
          id="event-time-zone"
          label="Time zone"
          hint="Where the event takes place."
          options={lists.timeZones.map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }))}
          error={errors.timeZone?.message}
          {...register('timeZone')}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField id="event-venue" label="Venue" error={errors.venue?.message} {...register('venue')} />
        <TextField id="event-city" label="City" error={errors.city?.message} {...register('city')} />
        <SelectField
          id="event-country"
          label="Country"
          options={[...none('None'), ...lists.countries.map((c) => ({ value: c.id, label: c.name }))]}
          error={errors.countryId?.message}
          {...register('countryId', { valueAsNumber: true })}
        />
      </div>
      <div className="flex items-center gap-2">
        <input id="event-online" type="checkbox" className="size-4" {...register('online')} />
        <label htmlFor="event-online" className="font-semibold">
          Online
        </label>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id="event-series"
          label="Meeting series"
          options={[...none('None'), ...lists.series.map((s) => ({ value: s.id, label: s.name }))]}
          error={errors.seriesId?.message}
          {...register('seriesId', { valueAsNumber: true })}
        />
        <SelectField
          id="event-status"
          label="Event status"
          options={eventStatuses.map((status) => ({ value: status, label: eventStatusLabels[status] }))}
          error={errors.eventStatus?.message}
          {...register('eventStatus')}
        />
      </div>
      <TextArea id="event-lead" label="Lead" rows={3} error={errors.lead?.message} {...register('lead')} />
      <RichTextField
        key={bodyKey}
        control={control}
        name="body"
        id="event-body"
        error={errors.body?.message}
        imageSrc={choices.imageSrc}
        onRequestImage={choices.requestBodyImage}
      />
      {choices.dialog}
      <div className="grid gap-4 lg:grid-cols-3">
        <TermField control={control} name="structureIds" legend="Organised by" terms={lists.structures} error={errors.structureIds?.message} />
        <TermField control={control} name="fieldIds" legend="Fields of work" terms={lists.fields} error={errors.fieldIds?.message} />
        <TermField control={control} name="publicationIds" legend="Publications" terms={lists.publications} error={errors.publicationIds?.message} />
      </div>
      <PublishAtAndSave id="event-publish-at" what="event page" field={register('publishAt')} error={errors.publishAt?.message} submitting={isSubmitting} />
    </form>
  );
}
