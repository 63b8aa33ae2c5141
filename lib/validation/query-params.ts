import { z } from './z';

// The pieces every public listing's query string is read with (/news, /events, /publications): a parameter that
// is malformed is dropped with a notice that says so, never an error page.

export const MAX_QUERY_LENGTH = 200;
export const MAX_PAGE = 10_000;

export type RawParams = Record<string, string | string[] | undefined>;

const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(120);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    // PostgreSQL's calendar has no year 0, and JavaScript's ISO format changes shape after 9999.
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && date.getUTCFullYear() >= 1;
  });
const pageNumber = z.string().regex(/^\d{1,6}$/).transform(Number).pipe(z.number().int().min(1).max(MAX_PAGE));

/** The first value of a parameter, trimmed; undefined when absent or blank. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  const trimmed = v?.trim();
  return trimmed ? trimmed : undefined;
}

/** A reader of one query string, collecting the notices of what it drops. */
export function queryReader(params: RawParams) {
  const notices: string[] = [];
  return {
    notices,
    /** The search words (`q`). */
    search(): string | undefined {
      const q = firstParam(params.q);
      if (q === undefined) return undefined;
      if (q.length > MAX_QUERY_LENGTH) notices.push(`Search terms are limited to ${MAX_QUERY_LENGTH} characters; the search was ignored.`);
      else if (CONTROL_CHARACTERS.test(q)) notices.push('Search terms cannot contain control characters; the search was ignored.');
      else return q;
      return undefined;
    },
    /** A term's slug; `label` names the filter in the notice. */
    slug(key: string, label: string): string | undefined {
      const value = firstParam(params[key]);
      if (value === undefined) return undefined;
      if (slug.safeParse(value).success) return value;
      notices.push(`The ${label} filter was not recognised and was ignored.`);
      return undefined;
    },
    /** A value of a closed list; `label` names the filter in the notice. */
    oneOf<T extends string>(key: string, values: readonly T[], label: string): T | undefined {
      const value = firstParam(params[key]);
      if (value === undefined) return undefined;
      if ((values as readonly string[]).includes(value)) return value as T;
      notices.push(`The ${label} filter was not recognised and was ignored.`);
      return undefined;
    },
    /** `from` and `to` (YYYY-MM-DD); both are dropped when they are the wrong way round. */
    dateRange(): { from?: string; to?: string } {
      const range: { from?: string; to?: string } = {};
      for (const key of ['from', 'to'] as const) {
        const value = firstParam(params[key]);
        if (value === undefined) continue;
        if (isoDate.safeParse(value).success) range[key] = value;
        else notices.push(`The "${key}" date is not a valid date (YYYY-MM-DD) and was ignored.`);
      }
      if (range.from && range.to && range.from > range.to) {
        notices.push('The "from" date is after the "to" date; both dates were ignored.');
        return {};
      }
      return range;
    },
    /** The page number, 1 when absent or malformed. */
    page(): number {
      const raw = firstParam(params.page);
      if (raw === undefined) return 1;
      const parsed = pageNumber.safeParse(raw);
      if (parsed.success) return parsed.data;
      notices.push('The page number was not valid; showing the first page.');
      return 1;
    },
  };
}

/** `?a=1&b=2` from filters (empty ones left out) and a page number, or '' for none. */
export function queryString(filters: Record<string, string | number | undefined>, page = 1): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== undefined && value !== '') params.set(key, String(value));
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Drops the keys whose value is undefined, so that a filters object lists only what was asked for. */
export function defined<T extends object>(filters: T): T {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as T;
}
