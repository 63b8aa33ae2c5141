import { z } from './z';
import { newsTypes } from '../enums';
import { emptyRichText } from '../rich-text/normalize';
import { bodyField, imageField, isoDate, leadField, publishAtField, slugField, termIds, titleField } from './fields';

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
