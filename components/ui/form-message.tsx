/** The tone of a submission's outcome: none yet, success, or any kind of refusal. */
export function toneOf(result: { status: string } | null): 'success' | 'failure' | null {
  return result ? (result.status === 'success' ? 'success' : 'failure') : null;
}

/**
 * The outcome of a form submission. The region is always in the page, so that screen readers announce
 * the sentence when it appears.
 */
export function FormMessage({ tone, message }: { tone: 'success' | 'failure' | null; message?: string | null }) {
  const style =
    tone === 'success'
      ? 'rounded border border-green-700 bg-green-50 p-3 text-green-900'
      : 'rounded border border-red-700 bg-red-50 p-3 text-red-900';
  return (
    <div role="status" aria-live="polite" aria-atomic="true">
      {tone && message ? <p className={style}>{message}</p> : null}
    </div>
  );
}
