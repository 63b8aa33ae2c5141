import { ForbiddenContent } from '@/components/site/site-frame.client';
import { SiteShell } from '@/components/site/site-shell';

// A 403 raised outside the workspace frame (for example by the workspace layout itself, for an account
// with no workspace role). Inside the workspace, (editorial)/editor/forbidden.tsx keeps the workspace frame.
export default function Forbidden() {
  return (
    <SiteShell>
      <ForbiddenContent inWorkspace={false} />
    </SiteShell>
  );
}
