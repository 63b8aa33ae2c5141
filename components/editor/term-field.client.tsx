'use client';

import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { TermFieldset } from './term-fieldset.client';

/** A TermFieldset bound to a react-hook-form field holding an id list. */
export function TermField<T extends FieldValues>({
  control,
  name,
  legend,
  terms,
  error,
}: {
  control: Control<T>;
  name: Path<T>;
  legend: string;
  terms: { id: number; name: string }[];
  error?: string;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <TermFieldset
          legend={legend}
          name={name}
          terms={terms}
          selected={(field.value as number[]).map(Number)}
          onChange={(ids) => field.onChange(ids)}
          error={error}
        />
      )}
    />
  );
}
