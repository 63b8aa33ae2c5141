import Link from 'next/link';

/** "Preview" (a button, DESIGN.md; a GET form keeps it working without JavaScript) and the link to the history. */
export function PreviewAndHistory({ editHref }: { editHref: string }) {
  return (
    <div className="flex items-center gap-4">
      <form action={`${editHref}/preview`} method="get">
        <button type="submit" className="rounded border border-brand-700 px-3 py-1.5 font-semibold text-brand-800 hover:bg-brand-50">
          Preview
        </button>
      </form>
      <Link href={`${editHref}/history`}>History</Link>
    </div>
  );
}
