'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useWatch, type DefaultValues, type FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { FormMessage } from '@/components/ui/form-message';
import { useActionForm } from '@/components/ui/use-action-form.client';
import type { ActionResult } from '@/lib/action-result';
import { contentKindInfo, type ContentKind } from '@/lib/content-kinds';
import { toLocalDateTimeInput } from '@/lib/format';
import { PresenceNotice } from './presence-notice';
import { UnsavedCopyBanner } from './unsaved-copy-banner.client';
import { usePresence, type HeartbeatAction } from './use-presence.client';
import { useUnsavedCopy } from './use-unsaved-copy.client';
import { useVersion } from './version-context.client';

interface WorkflowFormOptions<TValues extends FieldValues, TParsed extends FieldValues> {
  kind: ContentKind;
  /** Absent when creating. */
  id?: number;
  schema: z.ZodType<TParsed, TValues>;
  initialValues: TValues & { publishAt: string };
  create: (values: TParsed) => Promise<ActionResult<{ id: number }>>;
  save: (input: { id: number; version: number; values: TParsed }) => Promise<ActionResult<{ version: number }>>;
  heartbeat: HeartbeatAction;
  /** Told when a kept copy replaces the form (to load the previews of the images it names). */
  onRestore?: (values: TValues) => void;
}

/**
 * The editing form of any kind: the same zod schema as the server, the version the workflow buttons share, a
 * copy of unsaved input kept in the browser (offered back after a crash), who else has the item open, and the
 * outcome of a save. "Publish at" is sent as an instant. `header` goes at the top of the form; `bodyKey` changes
 * when a restored copy replaces the form, so a rich-text editor keyed by it takes the restored document.
 */
export function useWorkflowForm<TValues extends FieldValues, TParsed extends FieldValues & { publishAt: string }>({
  kind,
  id,
  schema,
  initialValues,
  create,
  save,
  heartbeat,
  onRestore,
}: WorkflowFormOptions<TValues, TParsed>) {
  const router = useRouter();
  const shared = useVersion();
  const info = contentKindInfo[kind];
  const { form, submit, tone, message } = useActionForm<TValues, { id: number } | { version: number }, TParsed>({
    schema,
    defaultValues: { ...initialValues, publishAt: toLocalDateTimeInput(initialValues.publishAt) } as DefaultValues<TValues>,
    action: async (values) => {
      const payload = { ...values, publishAt: values.publishAt ? new Date(values.publishAt).toISOString() : '' };
      if (!id) return create(payload);
      const result = await save({ id, version: shared?.version ?? 1, values: payload });
      if (result.status === 'success') shared?.setVersion(result.data.version);
      return result;
    },
    onSuccess: (result) => {
      copy.clear();
      // What was typed while the save ran stays in the form, and counts as unsaved.
      form.reset(form.getValues(), { keepValues: true });
      if (result.data && 'id' in result.data) router.push(`${info.editorPath}/${result.data.id}`);
      else router.refresh();
    },
  });
  const values = useWatch({ control: form.control }) as TValues;
  const copy = useUnsavedCopy(`${kind}-form:${id ?? 'new'}`, values, form.formState.isDirty);
  const showRestore = copy.restorable && JSON.stringify(copy.restorable.values) !== JSON.stringify(form.formState.defaultValues);
  const [bodyKey, setBodyKey] = useState(0);
  const others = usePresence(kind, id, heartbeat);

  const header = (
    <>
      <PresenceNotice others={others} what={info.singular.toLowerCase()} />
      {showRestore ? (
        <UnsavedCopyBanner
          savedAt={copy.restorable!.savedAt}
          onRestore={() => {
            const restored = copy.restorable!.values;
            form.reset(restored, { keepDefaultValues: true });
            setBodyKey((key) => key + 1);
            onRestore?.(restored);
            copy.dismiss();
          }}
          onDiscard={copy.clear}
        />
      ) : null}
      <FormMessage tone={tone} message={message} />
    </>
  );
  return { form, submit, values, header, bodyKey };
}
