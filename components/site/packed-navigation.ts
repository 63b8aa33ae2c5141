/**
 * The menu as it travels to the browser. It is in every page twice (as HTML, and as the data React hydrates
 * the menu from), so the data is kept small: each group names the path its links share (`/countries/`), and
 * a link whose slug is its label in lower case with dashes (`Albania` → `albania`) is sent as its label alone.
 * Both rules are checked when packing, so unpacking always gives back the original href.
 */

export interface NavLink {
  href: string;
  label: string;
}

/** A label alone, or [rest of the path after the group's base, label]. */
export type PackedLink = string | [string, string];

export interface PackedNavGroup {
  heading?: NavLink;
  base: string;
  links: PackedLink[];
}

export interface PackedNavSection {
  label: string;
  href: string;
  groups: PackedNavGroup[];
}

interface NavSectionInput {
  label: string;
  href: string;
  groups: { heading?: NavLink; links: NavLink[] }[];
}

/** `Bosnia and Herzegovina` → `bosnia-and-herzegovina`; only a shortcut, never how slugs are made. */
function dashed(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The part of the path up to a slash that every href shares ("" when they share no more than "/"). */
function sharedBase(hrefs: string[]): string {
  const [first, ...others] = hrefs;
  if (first === undefined || others.length === 0) return '';
  let end = first.lastIndexOf('/') + 1;
  for (const href of others) {
    while (end > 1 && !href.startsWith(first.slice(0, end))) end = first.lastIndexOf('/', end - 2) + 1;
  }
  return end > 1 ? first.slice(0, end) : '';
}

export function packNavigation(sections: NavSectionInput[]): PackedNavSection[] {
  return sections.map(({ label, href, groups }) => ({
    label,
    href,
    groups: groups.map(({ heading, links }) => {
      const base = sharedBase(links.map((link) => link.href));
      const packed = links.map(({ href: linkHref, label: linkLabel }): PackedLink => {
        const rest = linkHref.slice(base.length);
        return base && rest === dashed(linkLabel) ? linkLabel : [rest, linkLabel];
      });
      return { heading, base, links: packed };
    }),
  }));
}

export function unpackLink(base: string, link: PackedLink): NavLink {
  return typeof link === 'string' ? { href: base + dashed(link), label: link } : { href: base + link[0], label: link[1] };
}
