import Link from 'next/link';
import type { Country, FieldOfWork, Structure } from '@/db/schema';
import { newsTypeLabels } from '@/lib/enums';
import type { NewsFilters } from '@/lib/validation/news-filters';

interface Options {
  fields: Pick<FieldOfWork, 'slug' | 'name'>[];
  structures: Pick<Structure, 'slug' | 'name'>[];
  countries: Pick<Country, 'slug' | 'name'>[];
}

const control = 'mt-1 block w-full rounded border border-muted/60 bg-white px-3 py-2';

function Select({ id, label, value, options }: { id: string; label: string; value?: string; options: { value: string; label: string }[] }) {
  return (
    <div>
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      <select id={id} name={id} defaultValue={value ?? ''} className={control}>
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The /news filters as a plain GET form: every combination is a shareable URL and works without JavaScript. */
export function NewsFilterForm({ filters, options }: { filters: NewsFilters; options: Options }) {
  const toOptions = (list: { slug: string; name: string }[]) => list.map((t) => ({ value: t.slug, label: t.name }));
  return (
    <form action="/news" method="get" className="rounded border border-line bg-brand-50 p-4" aria-label="Filter news">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2 lg:col-span-4">
          <label htmlFor="q" className="text-sm font-semibold">
            Search news
          </label>
          <input id="q" name="q" type="search" maxLength={200} defaultValue={filters.q ?? ''} className={control} />
        </div>
        <Select id="field" label="Field of work" value={filters.field} options={toOptions(options.fields)} />
        <Select id="structure" label="Issued by" value={filters.structure} options={toOptions(options.structures)} />
        <Select id="country" label="Country" value={filters.country} options={toOptions(options.countries)} />
        <Select
          id="type"
          label="Type"
          value={filters.type}
          options={Object.entries(newsTypeLabels).map(([value, label]) => ({ value, label }))}
        />
        <div>
          <label htmlFor="from" className="text-sm font-semibold">
            Issued from
          </label>
          <input id="from" name="from" type="date" defaultValue={filters.from ?? ''} className={control} />
        </div>
        <div>
          <label htmlFor="to" className="text-sm font-semibold">
            Issued until
          </label>
          <input id="to" name="to" type="date" defaultValue={filters.to ?? ''} className={control} />
        </div>
        <div className="flex items-end gap-3 sm:col-span-2">
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            Apply filters
          </button>
          <Link href="/news" className="py-2">
            Clear filters
          </Link>
        </div>
      </div>
    </form>
  );
}
