import { describe, expect, it } from 'vitest';
import { buildNavigation, packNavigation } from './navigation';

const source = {
  fields: [
    { slug: 'policing', name: 'Policing' },
    { slug: 'elections', name: 'Elections' },
  ],
  meetings: [{ slug: 'ministerial-council', name: 'Ministerial Council meetings' }],
  countries: [
    { slug: 'albania', name: 'Albania', group: 'participating_state' as const },
    { slug: 'serbia', name: 'Serbia', group: 'participating_state' as const },
  ],
  structures: [
    { slug: 'secretariat', name: 'OSCE Secretariat', kind: 'secretariat' as const },
    { slug: 'mission-to-serbia', name: 'OSCE Mission to Serbia', kind: 'field_operation' as const },
  ],
  pages: [{ id: 1, slug: 'history', title: 'History', parentId: null }],
};

describe('packNavigation', () => {
  it('keeps every link: base + rest gives back each href, in order', () => {
    const sections = buildNavigation(source);
    const packed = packNavigation(sections);
    const unpacked = packed.map((section) =>
      section.groups.map((group) => group.links.map(([rest, label]) => ({ href: group.base + rest, label }))),
    );
    expect(unpacked).toEqual(sections.map((section) => section.groups.map((group) => group.links)));
  });

  it('takes out the prefix that a group’s links share, and only whole path segments', () => {
    const base = (section: number, group: number) => packed[section]?.groups[group]?.base;
    const packed = packNavigation(buildNavigation(source));
    expect(packed[0]?.groups[0]).toMatchObject({ base: '/fields-of-work/', links: [['policing', 'Policing'], ['elections', 'Elections']] });
    // "/structures#field-operations" and "/news" share only "/", which is not worth a base.
    expect(base(0, 1)).toBe('');
    expect(base(2, 0)).toBe('/countries/');
    // "/structures/mission-to-serbia" and "/structures#closed-field-activities" share "/" only.
    expect(base(3, 2)).toBe('');
  });
});
