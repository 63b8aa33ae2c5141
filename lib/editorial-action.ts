import 'server-only';
import type { z } from 'zod';
import { authorize } from '@/lib/auth/session';
import { failure, fieldErrorsFrom, forbidden, invalid, type ActionResult } from './action-result';
import { EditorialError, resultOf } from './errors';
import type { Action, Actor } from './permissions';

/**
 * Parse → authenticate → authorise, once for every editorial server action. The wrapped function then checks
 * the transition table and the resource itself, and writes in one transaction.
 */
export function editorialAction<S extends z.ZodType, R>(
  schema: S,
  permission: Action,
  run: (actor: Actor, input: z.infer<S>) => Promise<ActionResult<R>>,
) {
  return async (raw: unknown): Promise<ActionResult<R>> => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return invalid(fieldErrorsFrom(parsed.error.issues));
    const auth = await authorize(permission);
    if (!auth.ok) return forbidden(auth.message);
    try {
      return await run(auth.user, parsed.data);
    } catch (error) {
      if (error instanceof EditorialError) return resultOf(error);
      console.error('Editorial action failed', error);
      return failure();
    }
  };
}
