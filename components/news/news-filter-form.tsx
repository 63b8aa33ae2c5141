import Link from 'next/link';
import type { Country, FieldOfWork, Structure } from '@/db/schema';
import { newsTypeLabels } from '@/lib/enums';
import type { NewsFilters } from '@/lib/validation/news-filters';
import { FilterSelect, filterControl, termOptions } from '@/components/ui/filter-select';

interface Options {
  fields: Pick<FieldOfWork, 'slug' | 'name'>[];
  structures: Pick<Structure, 'slug' | 'name'>[];
  countries: Pick<Country, 'slug' | 'name'>[];
}



/** The /news filters as a plain GET form: every combination is a shareable URL and works without JavaScript. */
export function NewsFilterForm({ filters, options }: { filters: NewsFilters; options: Options }) {
  return (
    <form action="/news" method="get" className="rounded border border-line bg-brand-50 p-4" aria-label="Filter news">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2 lg:col-span-4">
          <label htmlFor="q" className="text-sm font-semibold">
            Search news
          </label>
          <input id="q" name="q" type="search" maxLength={200} defaultValue={filters.q ?? ''} className={filterControl} />
        </div>
        <FilterSelect id="field" label="Field of work" value={filters.field} options={termOptions(options.fields)} />
        <FilterSelect id="structure" label="Issued by" value={filters.structure} options={termOptions(options.structures)} />
        <FilterSelect id="country" label="Country" value={filters.country} options={termOptions(options.countries)} />
        <FilterSelect
          id="type"
          label="Type"
          value={filters.type}
          options={Object.entries(newsTypeLabels).map(([value, label]) => ({ value, label }))}
        />
        <div>
          <label htmlFor="from" className="text-sm font-semibold">
            Issued from
          </label>
          <input id="from" name="from" type="date" defaultValue={filters.from ?? ''} className={filterControl} />
        </div>
        <div>
          <label htmlFor="to" className="text-sm font-semibold">
            Issued until
          </label>
          <input id="to" name="to" type="date" defaultValue={filters.to ?? ''} className={filterControl} />
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
