import type { Country, FieldOfWork, MeetingSeries, Structure } from '@/db/schema';
import type { NavLink } from './packed-navigation';

export type { NavLink };

export interface NavGroup {
  heading?: NavLink;
  links: NavLink[];
}

export interface NavSection {
  id: string;
  label: string;
  href: string;
  groups: NavGroup[];
}

interface NavSource {
  fields: Pick<FieldOfWork, 'slug' | 'name'>[];
  meetings: Pick<MeetingSeries, 'slug' | 'name'>[];
  countries: Pick<Country, 'slug' | 'name' | 'group'>[];
  structures: Pick<Structure, 'slug' | 'name' | 'kind'>[];
  pages: { slug: string; title: string; parentId: number | null; id: number }[];
}

const structureLink = (s: { slug: string; name: string }): NavLink => ({ href: `/structures/${s.slug}`, label: s.name });

/** The five-part main navigation, built from the taxonomies. */
export function buildNavigation(src: NavSource): NavSection[] {
  const byKind = (kind: Structure['kind']) => src.structures.filter((s) => s.kind === kind).map(structureLink);
  const topPages = src.pages.filter((p) => p.parentId === null);
  const leadership = src.pages.find((p) => p.slug === 'leadership');
  const leaders = leadership ? src.pages.filter((p) => p.parentId === leadership.id) : [];

  return [
    {
      id: 'our-work',
      label: 'Our work',
      href: '/fields-of-work',
      groups: [
        {
          heading: { href: '/fields-of-work', label: 'Fields of work' },
          links: src.fields.map((f) => ({ href: `/fields-of-work/${f.slug}`, label: f.name })),
        },
        {
          links: [
            { href: '/structures#field-operations', label: 'Field operations' },
            { href: '/news', label: 'News' },
            { href: '/publications', label: 'Publications' },
          ],
        },
      ],
    },
    {
      id: 'meetings',
      label: 'Meetings and conferences',
      href: '/meetings',
      groups: [
        { links: src.meetings.map((m) => ({ href: `/meetings/${m.slug}`, label: m.name })) },
        { links: [{ href: '/events', label: 'Events calendar' }] },
      ],
    },
    {
      id: 'countries',
      label: 'Countries',
      href: '/countries',
      groups: [
        {
          heading: { href: '/countries#participating-states', label: 'Participating States' },
          links: src.countries
            .filter((c) => c.group === 'participating_state')
            .map((c) => ({ href: `/countries/${c.slug}`, label: c.name })),
        },
        {
          links: [
            { href: '/countries', label: 'All countries' },
            { href: '/countries#asian-partners', label: 'Asian Partners for Co-operation' },
            { href: '/countries#mediterranean-partners', label: 'Mediterranean Partners for Co-operation' },
          ],
        },
      ],
    },
    {
      id: 'structures',
      label: 'Structures and institutions',
      href: '/structures',
      groups: [
        {
          links: [...byKind('chairpersonship'), ...byKind('secretariat'), ...byKind('secretariat_unit')],
        },
        {
          heading: { href: '/structures#institutions', label: 'Institutions' },
          links: [...byKind('institution'), ...byKind('parliamentary_body'), ...byKind('court')],
        },
        {
          heading: { href: '/structures#field-operations', label: 'Field operations' },
          links: [...byKind('field_operation'), { href: '/structures#closed-field-activities', label: 'Closed field activities' }],
        },
      ],
    },
    {
      id: 'about',
      label: 'About us',
      href: '/about',
      groups: [
        { links: topPages.map((p) => ({ href: `/about/${p.slug}`, label: p.title })) },
        ...(leadership
          ? [
              {
                heading: { href: `/about/${leadership.slug}`, label: leadership.title },
                links: leaders.slice(0, 8).map((p) => ({ href: `/about/${p.slug}`, label: p.title })),
              },
            ]
          : []),
      ],
    },
  ];
}
