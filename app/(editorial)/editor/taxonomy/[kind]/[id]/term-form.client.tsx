'use client';

import { useRouter } from 'next/navigation';
import { FormMessage } from '@/components/ui/form-message';
import { FieldError, inputClass, TextField } from '@/components/ui/text-field';
import { useActionForm } from '@/components/ui/use-action-form.client';
import { termSchema, type TaxonomyKind, type TermInput } from '@/lib/validation/taxonomy';
import { updateTermAction } from '../../actions';

interface TermFormProps {
  kind: TaxonomyKind;
  id: number;
  parents: { id: number; name: string }[];
  initialValues: TermInput;
}

export function TermForm({ kind, id, parents, initialValues }: TermFormProps) {
  const router = useRouter();
  const { form, submit, tone, message } = useActionForm({
    schema: termSchema,
    defaultValues: initialValues,
    action: (values: TermInput) => updateTermAction({ kind, id, values }),
    onSuccess: () => router.refresh(),
  });
  const { errors, isSubmitting } = form.formState;

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label="Edit term">
      <TextField id="term-name" label="Name" error={errors.name?.message} {...form.register('name')} />
      <TextField
        id="term-slug"
        label="Slug"
        hint="Part of the public address. The old address keeps working after a change."
        error={errors.slug?.message}
        {...form.register('slug')}
      />
      <div>
        <label htmlFor="term-description" className="block font-semibold">
          Description
        </label>
        <textarea
          id="term-description"
          rows={5}
          className={inputClass}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={errors.description ? 'term-description-error' : undefined}
          {...form.register('description')}
        />
        {errors.description?.message ? <FieldError id="term-description-error" message={errors.description.message} /> : null}
      </div>
      {kind === 'structure' ? (
        <div>
          <label htmlFor="term-parent" className="block font-semibold">
            Part of
          </label>
          <select
            id="term-parent"
            className={inputClass}
            aria-invalid={errors.parentId ? true : undefined}
            aria-describedby={errors.parentId ? 'term-parent-error' : undefined}
            {...form.register('parentId', { valueAsNumber: true })}
          >
            <option value={0}>Nothing (top level)</option>
            {parents.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          {errors.parentId?.message ? <FieldError id="term-parent-error" message={errors.parentId.message} /> : null}
        </div>
      ) : null}
      <FormMessage tone={tone} message={message} />
      <button type="submit" disabled={isSubmitting} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        Save term
      </button>
    </form>
  );
}
