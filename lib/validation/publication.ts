import { z } from './z';
import { documentLanguages, publicationTypes } from '../enums';
import { imageField, isoDate, publishAtField, slugField, termIds, titleField } from './fields';

/** The publication form, checked in the browser and again by the server action. */
export const publicationSchema = z.object({
  title: titleField,
  slug: slugField,
  type: z.enum(publicationTypes, { message: 'Choose a type.' }),
  publishedOn: isoDate,
  summary: z.string().trim().min(1, 'Enter a summary.').max(2000, 'Keep the summary to 2,000 characters or fewer.'),
  language: z.enum(documentLanguages, { message: 'Choose the language of the document.' }),
  coverId: imageField,
  /** Uploaded PDFs (document_files), in the order they are offered. */
  fileIds: termIds(10, 'files').min(1, 'Upload at least one PDF under “Files”.'),
  publishAt: publishAtField,
  structureIds: termIds(20, 'issuing structures').min(1, 'Choose at least one structure under "Issued by".'),
  fieldIds: termIds(30, 'fields of work'),
  countryIds: termIds(80, 'countries'),
});

export type PublicationInput = z.infer<typeof publicationSchema>;

export const emptyPublication = (today: string): PublicationInput => ({
  title: '',
  slug: '',
  type: 'report',
  publishedOn: today,
  summary: '',
  language: 'en',
  coverId: null,
  fileIds: [],
  publishAt: '',
  structureIds: [],
  fieldIds: [],
  countryIds: [],
});
