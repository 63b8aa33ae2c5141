/** Who else has this item open in the workspace right now. */
export function PresenceNotice({ others, what }: { others: string[]; what: string }) {
  if (others.length === 0) return null;
  return (
    <p role="status" className="rounded border border-amber-600 bg-amber-50 p-3">
      Also editing this {what} now: {others.join(', ')}.
    </p>
  );
}
