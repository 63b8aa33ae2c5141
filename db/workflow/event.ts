import 'server-only';
import { instantToZoned, zonedToInstant } from '@/lib/event-time';
import type { EventInput } from '@/lib/validation/event';
import type { Transaction } from '../index';
import { eventRevisions, events } from '../schema';
import { commonInput, commonRevisionValues, pick } from './common-fields';
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

/** The form's fields a revision keeps as they are, besides the common ones. */
const ownFields = ['timeZone', 'venue', 'city', 'online', 'eventStatus', 'structureIds', 'fieldIds', 'publicationIds'] as const;

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
    ...pick(input, ownFields),
    // "Starts" and "Ends" are the venue's wall-clock time; the revision keeps the instants.
    startsAt: zonedToInstant(input.startsAt, input.timeZone),
    endsAt: zonedToInstant(input.endsAt, input.timeZone),
    countryId: input.countryId || null,
    seriesId: input.seriesId || null,
  }),
  toInput: (revision) => {
    const old = revision as typeof eventRevisions.$inferSelect;
    return {
      ...commonInput(revision),
      ...pick(old, ownFields),
      startsAt: instantToZoned(old.startsAt, old.timeZone),
      endsAt: instantToZoned(old.endsAt, old.timeZone),
      countryId: old.countryId ?? 0,
      seriesId: old.seriesId ?? 0,
    };
  },
  check: async (tx, input) => renamed(await check(tx, input)),
  media: { body: 'body' },
};
