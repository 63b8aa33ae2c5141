'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/action-result';
import { toneOf } from './form-message';

/**
 * react-hook-form checked by the same zod schema that the server action re-checks. The server's field
 * errors land next to their fields; the values stay as typed whatever the outcome.
 */
export function useActionForm<TValues extends FieldValues, TData, TParsed extends FieldValues = TValues>({
  schema,
  defaultValues,
  action,
  onSuccess,
}: {
  /** Its input is what the form holds; its output (after transforms) is what the action receives. */
  schema: z.ZodType<TParsed, TValues>;
  defaultValues: DefaultValues<TValues>;
  action: (values: TParsed) => Promise<ActionResult<TData>>;
  onSuccess?: (result: Extract<ActionResult<TData>, { status: 'success' }>) => void;
}) {
  const form = useForm<TValues, unknown, TParsed>({ resolver: zodResolver(schema), defaultValues });
  const [result, setResult] = useState<ActionResult<TData> | null>(null);

  const submit = form.handleSubmit(async (values) => {
    setResult(null);
    let outcome: ActionResult<TData>;
    try {
      outcome = await action(values);
    } catch (error) {
      // A redirect from the action rejects the call while the router is already navigating.
      if (isNavigation(error)) return;
      outcome = { status: 'error', message: 'The server could not be reached. Your input is still here; please try again.' };
    }
    if (!outcome) return;
    setResult(outcome);
    if (outcome.status === 'invalid') {
      for (const [field, message] of Object.entries(outcome.fieldErrors)) {
        form.setError(field as Path<TValues>, { type: 'server', message });
      }
    }
    if (outcome.status === 'success') onSuccess?.(outcome);
  });

  const tone = toneOf(result);
  return { form, submit, result, tone, message: result?.message ?? null } as const;
}

function isNavigation(error: unknown): boolean {
  const digest = typeof error === 'object' && error !== null && 'digest' in error ? String(error.digest) : '';
  return digest.startsWith('NEXT_REDIRECT') || digest.startsWith('NEXT_HTTP_ERROR_FALLBACK');
}
