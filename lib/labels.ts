import type { CountryGroup, StructureKind } from '@/db/schema';

export const countryGroupLabels: Record<CountryGroup, string> = {
  participating_state: 'Participating State',
  asian_partner: 'Asian Partner for Co-operation',
  mediterranean_partner: 'Mediterranean Partner for Co-operation',
};

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
