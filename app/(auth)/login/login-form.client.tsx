'use client';

import { useActionState } from 'react';
import { TextField } from '@/components/ui/text-field';
import { signInAction } from './actions';

export function LoginForm({ next }: { next: string }) {
  const [state, formAction, pending] = useActionState(signInAction, null);
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="next" value={next} />
      <div role="alert">
        {state ? <p className="rounded border border-red-700 bg-red-50 p-3 font-semibold text-red-900">{state.message}</p> : null}
      </div>
      <TextField
        id="email"
        name="email"
        label="Email"
        type="email"
        autoComplete="username"
        required
        defaultValue={state?.email ?? ''}
        error={state?.fieldErrors?.email}
      />
      <TextField
        id="password"
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        error={state?.fieldErrors?.password}
      />
      <button type="submit" disabled={pending} className="w-full rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        Sign in
      </button>
    </form>
  );
}
