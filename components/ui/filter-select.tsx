/** The look of the controls in the public listings' filter forms. */
export const filterControl = 'mt-1 block w-full rounded border border-muted/60 bg-white px-3 py-2';

/** A labelled select of a public filter form (a GET form); "Any" sends nothing. */
export function FilterSelect({ id, label, value, options }: { id: string; label: string; value?: string; options: { value: string; label: string }[] }) {
  return (
    <div>
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      <select id={id} name={id} defaultValue={value ?? ''} className={filterControl}>
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

/** Taxonomy terms as filter options, by slug. */
export const termOptions = (terms: { slug: string; name: string }[]) => terms.map((t) => ({ value: t.slug, label: t.name }));
