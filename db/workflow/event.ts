import 'server-only';
import { instantToZoned, zonedToInstant } from '@/lib/event-time';
import type { EventInput } from '@/lib/validation/event';
import type { Transaction } from '../index';
import { eventRevisions, events } from '../schema';
import { commonInput, commonRevisionValues } from './common-fields';
import type { WorkflowKind } from './kind';
import { checkContent } from './references';

const check = (tx: Transaction, input: EventInput) =>
  checkContent(
    tx,
    {
      structureIds: input.structureIds,
      fieldIds: input.fieldIds,
      publicationIds: input.publicationIds,
      countryIds: input.countryId ? [input.countryId] : [],
      seriesIds: input.seriesId ? [input.seriesId] : [],
    },
    input.body,
  );

/** Where a reference to a single term is reported: the country and the series are one field each. */
const renamed = (errors: Record<string, string>) => {
  const { countryIds, seriesIds, ...rest } = errors;
  return { ...rest, ...(countryIds ? { countryId: 'That country does not exist (any more). Choose another one.' } : {}), ...(seriesIds ? { seriesId: 'That meeting series does not exist (any more). Choose another one.' } : {}) };
};

export const eventKind: WorkflowKind<EventInput> = {
  kind: 'event',
  live: events,
  revisions: eventRevisions,
  itemColumn: eventRevisions.eventId,
  itemKey: 'eventId',
  liveColumns: [
    'slug', 'title', 'lead', 'body', 'startsAt', 'endsAt', 'timeZone', 'venue', 'city', 'countryId', 'online', 'seriesId', 'eventStatus',
    'structureIds', 'fieldIds', 'publicationIds',
  ],
  revisionValues: (input) => ({
    ...commonRevisionValues(input),
    startsAt: zonedToInstant(input.startsAt, input.timeZone),
    endsAt: zonedToInstant(input.endsAt, input.timeZone),
    timeZone: input.timeZone,
    venue: input.venue,
    city: input.city,
    countryId: input.countryId || null,
    online: input.online,
    seriesId: input.seriesId || null,
    eventStatus: input.eventStatus,
    structureIds: input.structureIds,
    fieldIds: input.fieldIds,
    publicationIds: input.publicationIds,
  }),
  toInput: (revision) => {
    const old = revision as typeof eventRevisions.$inferSelect;
    return {
      ...commonInput(revision),
      startsAt: instantToZoned(old.startsAt, old.timeZone),
      endsAt: instantToZoned(old.endsAt, old.timeZone),
      timeZone: old.timeZone,
      venue: old.venue,
      city: old.city,
      countryId: old.countryId ?? 0,
      online: old.online,
      seriesId: old.seriesId ?? 0,
      eventStatus: old.eventStatus,
      structureIds: old.structureIds,
      fieldIds: old.fieldIds,
      publicationIds: old.publicationIds,
    };
  },
  check: async (tx, input) => renamed(await check(tx, input)),
  media: { body: 'body' },
};
