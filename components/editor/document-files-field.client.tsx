'use client';

import { useId, useState } from 'react';
import { FieldError } from '@/components/ui/text-field';
import type { ActionResult } from '@/lib/action-result';
import { formatFileSize } from '@/lib/documents';
import { MAX_DOCUMENT_LABEL } from '@/lib/pdf/limits';

export interface DocumentFileChoice {
  id: number;
  name: string;
  size: number;
  pages: number;
  /** The media library image of its first page, when one could be drawn (just uploaded files only). */
  coverId?: number | null;
}

interface DocumentFilesFieldProps {
  /** The files chosen, in the order they are offered for download. */
  files: DocumentFileChoice[];
  onChange: (files: DocumentFileChoice[]) => void;
  error?: string;
  inputRef?: (node: HTMLInputElement | null) => void;
}

async function upload(file: File): Promise<ActionResult<DocumentFileChoice>> {
  const body = new FormData();
  body.set('file', file);
  try {
    const response = await fetch('/editor/publications/upload', { method: 'POST', body });
    if (response.headers.get('content-type')?.includes('application/json')) return (await response.json()) as ActionResult<DocumentFileChoice>;
  } catch {
    // Reported below.
  }
  return { status: 'error', message: `${file.name} did not reach the server. Please try again.` };
}

/**
 * "Files" of a publication: PDFs uploaded one by one (each checked by the server), listed in order, removable and
 * movable. The form keeps only their ids; a refused file gets its sentence next to the field.
 */
export function DocumentFilesField({ files, onChange, error, inputRef }: DocumentFilesFieldProps) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const errorId = `${id}-error`;
  const describedBy = [`${id}-hint`, error || problems.length ? errorId : ''].filter(Boolean).join(' ');

  const addFiles = async (list: FileList | null) => {
    if (!list?.length) return;
    setBusy(true);
    setProblems([]);
    const refused: string[] = [];
    const added: DocumentFileChoice[] = [];
    for (const file of [...list]) {
      setAnnouncement(`Uploading ${file.name}…`);
      const result = await upload(file);
      if (result.status === 'success') {
        if (![...files, ...added].some((f) => f.id === result.data.id)) added.push(result.data);
        setAnnouncement(`Uploaded ${file.name}.`);
      } else {
        refused.push(result.status === 'invalid' ? (Object.values(result.fieldErrors)[0] ?? result.message) : `${file.name}: ${result.message}`);
      }
    }
    if (added.length) onChange([...files, ...added]);
    setProblems(refused);
    if (refused.length) setAnnouncement(refused.join(' '));
    setBusy(false);
  };

  const move = (index: number, by: number) => {
    const next = [...files];
    const [file] = next.splice(index, 1);
    next.splice(index + by, 0, file!);
    onChange(next);
  };

  return (
    <div>
      <label htmlFor={`${id}-input`} className="block font-semibold">
        Files
      </label>
      <p id={`${id}-hint`} className="text-sm text-muted">
        PDF only, up to {MAX_DOCUMENT_LABEL} each. Their text is searched on the public site.
      </p>
      <input
        id={`${id}-input`}
        ref={inputRef}
        type="file"
        accept="application/pdf,.pdf"
        multiple
        disabled={busy}
        aria-invalid={error || problems.length ? true : undefined}
        aria-describedby={describedBy}
        className="mt-1 block"
        onChange={async (event) => {
          const input = event.currentTarget;
          await addFiles(input.files);
          input.value = '';
        }}
      />
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {files.length ? (
        <ol className="mt-2 space-y-2" aria-label="Chosen files">
          {files.map((file, index) => (
            <li key={file.id} className="flex flex-wrap items-center gap-2 rounded border border-line px-3 py-2">
              <span className="grow">
                {file.name} <span className="text-sm text-muted">({formatFileSize(file.size)}, {file.pages === 1 ? '1 page' : `${file.pages} pages`})</span>
              </span>
              {index > 0 ? (
                <button type="button" className="rounded border border-line px-2 py-1 text-sm" onClick={() => move(index, -1)}>
                  Move up<span className="sr-only"> {file.name}</span>
                </button>
              ) : null}
              <button type="button" className="rounded border border-line px-2 py-1 text-sm" onClick={() => onChange(files.filter((f) => f.id !== file.id))}>
                Remove<span className="sr-only"> {file.name}</span>
              </button>
            </li>
          ))}
        </ol>
      ) : null}
      {error || problems.length ? <FieldError id={errorId} message={[...problems, ...(error ? [error] : [])].join(' ')} /> : null}
    </div>
  );
}
