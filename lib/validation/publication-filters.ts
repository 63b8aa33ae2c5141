import { z } from './z';
import { publicationTypes, type PublicationType } from '../enums';
import { defined, firstParam, queryReader, queryString, type RawParams } from './query-params';

export interface PublicationFilters {
  q?: string;
  type?: PublicationType;
  field?: string;
  structure?: string;
  country?: string;
  /** The year of "Published on". */
  year?: number;
}

export interface ParsedPublicationQuery {
  filters: PublicationFilters;
  page: number;
  /** Why a parameter was ignored, one sentence each, shown above the results. */
  notices: string[];
}

export const MIN_YEAR = 1975;
export const MAX_YEAR = 2100;

const year = z.string().regex(/^\d{4}$/).transform(Number).pipe(z.number().int().min(MIN_YEAR).max(MAX_YEAR));

/** Reads the /publications query string. Anything malformed is dropped, with a notice saying so. */
export function parsePublicationQuery(params: RawParams): ParsedPublicationQuery {
  const read = queryReader(params);
  const filters = defined<PublicationFilters>({
    q: read.search(),
    type: read.oneOf('type', publicationTypes, 'type'),
    field: read.slug('field', 'field of work'),
    structure: read.slug('structure', 'structure'),
    country: read.slug('country', 'country'),
  });
  const rawYear = firstParam(params.year);
  if (rawYear !== undefined) {
    const parsed = year.safeParse(rawYear);
    if (parsed.success) filters.year = parsed.data;
    else read.notices.push(`The year must be a year between ${MIN_YEAR} and ${MAX_YEAR}, such as 2024; that filter was ignored.`);
  }
  return { filters, page: read.page(), notices: read.notices };
}

/** A /publications query string from filters (empty ones left out) and a page number. */
export function publicationQueryString(filters: PublicationFilters, page = 1): string {
  const { q, type, field, structure, country, year } = filters;
  return queryString({ q, type, field, structure, country, year }, page);
}
