import { ForbiddenContent } from '@/components/site/forbidden-content.client';

// Rendered inside the workspace layout when a page calls forbidden() (requireUser with an action the
// user's roles do not allow). Next.js answers with status 403.
export default function WorkspaceForbidden() {
  return <ForbiddenContent inWorkspace />;
}
