'use client';

/** Offers back the unsaved changes this browser kept for a form (after a crash, a reload or a closed tab). */
export function UnsavedCopyBanner({ savedAt, onRestore, onDiscard }: { savedAt: string; onRestore: () => void; onDiscard: () => void }) {
  return (
    <div role="status" className="rounded border border-brand-600 bg-brand-50 p-3">
      <p>Unsaved changes from {new Date(savedAt).toLocaleString('en-GB')} were kept in this browser.</p>
      <p className="mt-2 flex gap-3">
        <button type="button" className="rounded bg-brand-700 px-3 py-1 font-semibold text-white" onClick={onRestore}>
          Restore unsaved changes
        </button>
        <button type="button" className="underline" onClick={onDiscard}>
          Discard them
        </button>
      </p>
    </div>
  );
}
