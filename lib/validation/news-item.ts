import { z } from './z';
import { newsTypes } from '../enums';
import { emptyRichText } from '../rich-text/normalize';
import { bodyField, imageField, leadField, publishAtField, slugField, titleField } from './fields';

const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date as YYYY-MM-DD.')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && value >= '1975-01-01' && value <= '2100-12-31';
  }, 'Enter a real date between 1975 and 2100.');

const termIds = (max: number, label: string) =>
  z.array(z.number({ message: `Unknown ${label}.` }).int().positive(`Unknown ${label}.`)).max(max, `Choose at most ${max} ${label}.`);

/** The news item form, checked in the browser and again by the server action. */
export const newsItemSchema = z.object({
  title: titleField,
  slug: slugField,
  type: z.enum(newsTypes, { message: 'Choose a type.' }),
  lead: leadField,
  body: bodyField,
  imageId: imageField,
  issuedOn: isoDate,
  publishAt: publishAtField,
  structureIds: termIds(20, 'issuing structures').min(1, 'Choose at least one structure under "Issued by".'),
  fieldIds: termIds(30, 'fields of work'),
  countryIds: termIds(80, 'countries'),
});

export type NewsItemInput = z.infer<typeof newsItemSchema>;
/** What the form holds before validation normalises the body. */
export type NewsItemFormValues = z.input<typeof newsItemSchema>;

export const emptyNewsItem = (today: string): NewsItemInput => ({
  title: '',
  slug: '',
  type: 'news_item',
  lead: '',
  body: emptyRichText(),
  imageId: null,
  issuedOn: today,
  publishAt: '',
  structureIds: [],
  fieldIds: [],
  countryIds: [],
});
