// The domain's enumerations, each once: the array feeds its TypeScript type, its pgEnum (db/schema.ts), its zod
// schema and its labels. Roles live with the permission matrix (lib/permissions.ts) and workflow states with the
// transition table (lib/workflow.ts); content kinds with their registry (lib/content-kinds.ts).

export const countryGroups = ['participating_state', 'asian_partner', 'mediterranean_partner'] as const;
export type CountryGroup = (typeof countryGroups)[number];

export const countryGroupLabels: Record<CountryGroup, string> = {
  participating_state: 'Participating State',
  asian_partner: 'Asian Partner for Co-operation',
  mediterranean_partner: 'Mediterranean Partner for Co-operation',
};

export const structureKinds = [
  'chairpersonship',
  'secretariat',
  'secretariat_unit',
  'institution',
  'field_operation',
  'closed_field_activity',
  'parliamentary_body',
  'court',
] as const;
export type StructureKind = (typeof structureKinds)[number];

export const structureKindLabels: Record<StructureKind, string> = {
  chairpersonship: 'Chairpersonship',
  secretariat: 'Secretariat',
  secretariat_unit: 'Secretariat unit',
  institution: 'Institution',
  field_operation: 'Field operation',
  closed_field_activity: 'Closed field activity',
  parliamentary_body: 'Parliamentary body',
  court: 'Court',
};

export const newsTypes = ['news_item', 'press_release', 'statement'] as const;
export type NewsType = (typeof newsTypes)[number];

export const newsTypeLabels: Record<NewsType, string> = {
  news_item: 'News item',
  press_release: 'Press release',
  statement: 'Statement',
};

export const taxonomyKinds = ['field_of_work', 'country', 'structure', 'meeting_series'] as const;
export type TaxonomyKind = (typeof taxonomyKinds)[number];

export const taxonomyLabels: Record<TaxonomyKind, { plural: string; singular: string; base: string }> = {
  field_of_work: { plural: 'Fields of work', singular: 'Field of work', base: '/fields-of-work' },
  country: { plural: 'Countries', singular: 'Country', base: '/countries' },
  structure: { plural: 'Structures', singular: 'Structure', base: '/structures' },
  meeting_series: { plural: 'Meeting series', singular: 'Meeting series', base: '/meetings' },
};

/** Whether an event takes place as announced (DESIGN.md section 7); anything but "scheduled" is shown. */
export const eventStatuses = ['scheduled', 'postponed', 'cancelled', 'moved_online'] as const;
export type EventStatus = (typeof eventStatuses)[number];

export const eventStatusLabels: Record<EventStatus, string> = {
  scheduled: 'Scheduled',
  postponed: 'Postponed',
  cancelled: 'Cancelled',
  moved_online: 'Moved online',
};

export const publicationTypes = ['report', 'guide', 'handbook', 'factsheet', 'decision', 'speech'] as const;
export type PublicationType = (typeof publicationTypes)[number];

export const publicationTypeLabels: Record<PublicationType, string> = {
  report: 'Report',
  guide: 'Guide',
  handbook: 'Handbook',
  factsheet: 'Factsheet',
  decision: 'Decision',
  speech: 'Speech',
};

/** Languages a document may be written in (ISO 639-1), named in English by the runtime's locale data. */
export const documentLanguages = ['en', 'fr', 'de', 'it', 'ru', 'es', 'sq', 'hy', 'az', 'bs', 'ka', 'kk', 'ky', 'mk', 'ro', 'sr', 'tg', 'tk', 'uk', 'uz'] as const;
export type DocumentLanguage = (typeof documentLanguages)[number];

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
export const documentLanguageName = (code: DocumentLanguage): string => languageNames.of(code) ?? code;
