import { randomBytes } from 'node:crypto';

const key = Symbol.for('osce-publishing.scheduler-secret');
type GlobalWithSecret = typeof globalThis & { [key]?: string };

/**
 * The shared secret between the in-process scheduler and its route. SCHEDULER_SECRET lets an external timer call
 * the route too; otherwise each process makes its own.
 */
export function schedulerSecret(): string {
  const g = globalThis as GlobalWithSecret;
  g[key] ??= process.env.SCHEDULER_SECRET || randomBytes(24).toString('hex');
  return g[key];
}
