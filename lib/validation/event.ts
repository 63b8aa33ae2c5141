import { z } from './z';
import { eventStatuses } from '../enums';
import { isTimeZone, LOCAL_DATE_TIME, zonedToInstant } from '../event-time';
import { emptyRichText } from '../rich-text/normalize';
import { bodyField, leadField, publishAtField, slugField, termIds, titleField } from './fields';

const localDateTime = (what: string) => z.string().trim().regex(LOCAL_DATE_TIME, `Enter the date and time the event ${what}.`);

/** The event form, checked in the browser and again by the server action. "Starts" and "Ends" are the venue's local time. */
export const eventSchema = z
  .object({
    title: titleField,
    slug: slugField,
    startsAt: localDateTime('starts'),
    endsAt: localDateTime('ends'),
    timeZone: z.string().trim().refine(isTimeZone, 'Choose a time zone from the list.'),
    venue: z.string().trim().max(200, 'Keep the venue to 200 characters or fewer.'),
    city: z.string().trim().max(100, 'Keep the city to 100 characters or fewer.'),
    /** 0 for none. */
    countryId: z.number().int().min(0),
    online: z.boolean(),
    /** 0 for none. */
    seriesId: z.number().int().min(0),
    eventStatus: z.enum(eventStatuses, { message: 'Choose an event status.' }),
    lead: leadField,
    body: bodyField,
    publishAt: publishAtField,
    structureIds: termIds(20, 'organising structures').min(1, 'Choose at least one structure under "Organised by".'),
    fieldIds: termIds(30, 'fields of work'),
    publicationIds: termIds(20, 'publications'),
  })
  .superRefine((value, ctx) => {
    if (!value.online && value.city === '') {
      ctx.addIssue({ code: 'custom', path: ['city'], message: 'Enter the city where the event takes place, or tick “Online”.' });
    }
    if (LOCAL_DATE_TIME.test(value.startsAt) && LOCAL_DATE_TIME.test(value.endsAt) && isTimeZone(value.timeZone)) {
      if (zonedToInstant(value.endsAt, value.timeZone) <= zonedToInstant(value.startsAt, value.timeZone)) {
        ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'The event must end after it starts.' });
      }
    }
  });

export type EventInput = z.infer<typeof eventSchema>;

export const emptyEvent = (): EventInput => ({
  title: '',
  slug: '',
  startsAt: '',
  endsAt: '',
  timeZone: 'Europe/Vienna',
  venue: '',
  city: '',
  countryId: 0,
  online: false,
  seriesId: 0,
  eventStatus: 'scheduled',
  lead: '',
  body: emptyRichText(),
  publishAt: '',
  structureIds: [],
  fieldIds: [],
  publicationIds: [],
});
