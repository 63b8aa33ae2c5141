// Shapes of the demo content loaded by `npm run db:seed`. Slugs are the stable keys that tie the lists together.

export type CountryGroup = 'participating_state' | 'asian_partner' | 'mediterranean_partner';

export type StructureKind =
  | 'chairpersonship'
  | 'secretariat'
  | 'secretariat_unit'
  | 'institution'
  | 'field_operation'
  | 'closed_field_activity'
  | 'parliamentary_body'
  | 'court';

export type NewsType = 'news_item' | 'press_release' | 'statement';

export interface FieldOfWorkSeed {
  slug: string;
  name: string;
  /** One or two original sentences. */
  description: string;
}

export interface CountrySeed {
  slug: string;
  name: string;
  group: CountryGroup;
  /** One or two original sentences. */
  description: string;
}

export interface StructureSeed {
  slug: string;
  name: string;
  kind: StructureKind;
  parentSlug?: string;
  countrySlug?: string;
  /** Title of the post that heads the structure, e.g. "Head of Mission". */
  headTitle?: string;
  /** Two or three original sentences. */
  description: string;
}

export interface MeetingSeriesSeed {
  slug: string;
  name: string;
  /** Two or three original sentences. */
  description: string;
}

export interface PageSeed {
  slug: string;
  title: string;
  parentSlug?: string;
  lead: string;
  /** Paragraphs separated by a blank line. */
  body: string;
}

export interface NewsItemSeed {
  slug: string;
  title: string;
  type: NewsType;
  /** ISO date, YYYY-MM-DD. */
  issuedOn: string;
  lead: string;
  /** Paragraphs separated by a blank line. */
  body: string;
  issuedBy: string[];
  fields: string[];
  countries: string[];
}
