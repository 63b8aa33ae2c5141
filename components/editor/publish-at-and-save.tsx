import type { UseFormRegisterReturn } from 'react-hook-form';
import { TextField } from '@/components/ui/text-field';

/** The end of every kind's form: the optional "Publish at" and "Save draft". */
export function PublishAtAndSave({ id, what, field, error, submitting }: { id: string; what: string; field: UseFormRegisterReturn; error?: string; submitting: boolean }) {
  return (
    <>
      <TextField id={id} label="Publish at" type="datetime-local" hint={`Optional. A future time schedules the ${what} when it is approved.`} error={error} {...field} />
      <button type="submit" disabled={submitting} className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        Save draft
      </button>
    </>
  );
}
