import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldError } from '@/components/ui/text-field';
import { roles } from '@/lib/permissions';
import { roleDescriptions, roleLabels } from '@/lib/role-labels';

/** The "Roles" fieldset: one checkbox per role, labelled with its name and what it allows. */
export function RoleCheckboxes({ idPrefix, register, error }: { idPrefix: string; register: UseFormRegisterReturn; error?: string }) {
  const errorId = `${idPrefix}-roles-error`;
  return (
    <fieldset aria-describedby={error ? errorId : undefined} className="rounded border border-line p-3">
      <legend className="px-1 font-semibold">Roles</legend>
      <ul className="space-y-1">
        {roles.map((role) => (
          <li key={role} className="flex items-start gap-2">
            <input
              id={`${idPrefix}-role-${role}`}
              type="checkbox"
              value={role}
              aria-invalid={error ? true : undefined}
              className="mt-1.5 h-4 w-4"
              {...register}
            />
            <label htmlFor={`${idPrefix}-role-${role}`}>
              <span className="font-semibold">{roleLabels[role]}</span>{' '}
              <span className="text-sm text-muted">— {roleDescriptions[role]}</span>
            </label>
          </li>
        ))}
      </ul>
      {error ? <FieldError id={errorId} message={error} /> : null}
    </fieldset>
  );
}
