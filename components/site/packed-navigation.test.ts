import { describe, expect, it } from 'vitest';
import { buildNavigation } from './navigation';
import { packNavigation, unpackLink } from './packed-navigation';

const source = {
  fields: [
    { slug: 'policing', name: 'Policing' },
    { slug: 'cyber-ict-security', name: 'Cyber/ICT Security' },
  ],
  meetings: [{ slug: 'ministerial-council', name: 'Ministerial Council meetings' }],
  countries: [
    { slug: 'bosnia-and-herzegovina', name: 'Bosnia and Herzegovina', group: 'participating_state' as const },
    { slug: 'turkiye', name: 'Türkiye', group: 'participating_state' as const },
  ],
  structures: [
    { slug: 'secretariat', name: 'OSCE Secretariat', kind: 'secretariat' as const },
    { slug: 'mission-to-serbia', name: 'OSCE Mission to Serbia', kind: 'field_operation' as const },
  ],
  pages: [{ id: 1, slug: 'history', title: 'History', parentId: null }],
};

describe('packNavigation', () => {
  const sections = buildNavigation(source);
  const packed = packNavigation(sections);

  it('gives back every link, in order', () => {
    const unpacked = packed.map((section) => section.groups.map((group) => group.links.map((link) => unpackLink(group.base, link))));
    expect(unpacked).toEqual(sections.map((section) => section.groups.map((group) => group.links)));
  });

  it('sends a shared path once, and a label alone when the slug follows from it', () => {
    expect(packed[0]?.groups[0]).toEqual({
      heading: { href: '/fields-of-work', label: 'Fields of work' },
      base: '/fields-of-work/',
      links: ['Policing', 'Cyber/ICT Security'],
    });
    // "Türkiye" does not lower-case to "turkiye", so its slug travels with it.
    expect(packed[2]?.groups[0]?.links).toEqual(['Bosnia and Herzegovina', ['turkiye', 'Türkiye']]);
  });

  it('keeps whole hrefs when the links share no more than "/"', () => {
    // "/structures#field-operations", "/news" and "/publications".
    expect(packed[0]?.groups[1]).toMatchObject({
      base: '',
      links: [
        ['/structures#field-operations', 'Field operations'],
        ['/news', 'News'],
        ['/publications', 'Publications'],
      ],
    });
  });
});
