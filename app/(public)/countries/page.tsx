import Link from 'next/link';
import { Breadcrumbs } from '@/components/site/breadcrumbs';
import { PageHeading } from '@/components/ui/page-heading';
import { cachedCountries } from '@/db/queries/published';
import type { CountryGroup } from '@/db/schema';
import { pageMetadata } from '@/lib/metadata';

export const metadata = pageMetadata({
  title: 'Countries',
  description: 'The 57 participating States and the Asian and Mediterranean Partners for Co-operation.',
  path: '/countries',
});

const groups: { group: CountryGroup; id: string; title: string }[] = [
  { group: 'participating_state', id: 'participating-states', title: 'Participating States' },
  { group: 'asian_partner', id: 'asian-partners', title: 'Asian Partners for Co-operation' },
  { group: 'mediterranean_partner', id: 'mediterranean-partners', title: 'Mediterranean Partners for Co-operation' },
];

export default async function CountriesPage() {
  const countries = await cachedCountries();
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Countries' }]} />
      <PageHeading title="Countries" lead="Participating States and Partners for Co-operation." />
      <div className="container-page space-y-10">
        {groups.map(({ group, id, title }) => {
          const members = countries.filter((c) => c.group === group);
          return (
            <section key={group} aria-labelledby={id}>
              <h2 id={id} className="scroll-mt-4 text-2xl font-semibold text-brand-900">
                {title} <span className="text-base font-normal text-muted">({members.length})</span>
              </h2>
              <ul className="mt-3 grid gap-1 sm:grid-cols-2 lg:grid-cols-4">
                {members.map((c) => (
                  <li key={c.slug}>
                    <Link href={`/countries/${c.slug}`}>{c.name}</Link>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </>
  );
}
