'use client';

import { useId, useState } from 'react';

interface Term {
  id: number;
  name: string;
}

interface TermFieldsetProps {
  legend: string;
  name: string;
  terms: Term[];
  selected: number[];
  onChange: (ids: number[]) => void;
  error?: string;
}

/** A group of term checkboxes with a filter box; chosen terms stay visible whatever the filter says. */
export function TermFieldset({ legend, name, terms, selected, onChange, error }: TermFieldsetProps) {
  const [filter, setFilter] = useState('');
  const id = useId();
  const errorId = `${id}-error`;
  const needle = filter.trim().toLowerCase();
  const shown = terms.filter((t) => !needle || t.name.toLowerCase().includes(needle) || selected.includes(t.id));

  return (
    <fieldset
      className="rounded border border-line p-3"
      aria-describedby={error ? errorId : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="px-1 font-semibold">{legend}</legend>
      {terms.length > 8 ? (
        <div className="mb-2">
          <label htmlFor={`${id}-filter`} className="text-sm">
            Filter {legend.toLowerCase()}
          </label>
          <input
            id={`${id}-filter`}
            type="search"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
            className="mt-1 block w-full rounded border border-muted/60 px-2 py-1"
          />
        </div>
      ) : null}
      <ul className="max-h-56 space-y-1 overflow-y-auto pr-1">
        {shown.map((term) => {
          const checkboxId = `${id}-${term.id}`;
          return (
            <li key={term.id} className="flex items-start gap-2">
              <input
                id={checkboxId}
                type="checkbox"
                name={name}
                value={term.id}
                checked={selected.includes(term.id)}
                onChange={(event) =>
                  onChange(event.target.checked ? [...selected, term.id] : selected.filter((x) => x !== term.id))
                }
                className="mt-1.5"
              />
              <label htmlFor={checkboxId}>{term.name}</label>
            </li>
          );
        })}
        {shown.length === 0 ? <li className="text-sm text-muted">Nothing matches “{filter}”.</li> : null}
      </ul>
      {error ? (
        <p id={errorId} className="mt-2 text-sm font-semibold text-red-800">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
