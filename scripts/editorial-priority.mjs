// The workspace before the readers. One Node.js process answers both, on one event loop: under a crowd of
// readers, every step of an editor's save (each database answer, each slice of React's render) waits behind the
// readers' requests that arrived meanwhile, and a save that takes 0.1 s alone took seconds. While a workspace
// request is in progress, public requests are therefore served a few per turn of the event loop instead of all
// at once; readers slow down a little for that moment, the editor does not wait behind them. With no workspace
// request in progress nothing changes.

/** The workspace, sign-in and session endpoints. */
const EDITORIAL_PATH = /^\/(?:editor|login|api\/auth)(?:[/?]|$)/;

/** Public requests served per turn of the event loop while the workspace is busy. */
const PER_TURN = 2;

/** Beyond this many waiting, public requests are served at once: a flood must not pile up in memory. */
const MAX_WAITING = 1000;

/**
 * A workspace request counts as in progress for at most this long: some answers stream on (a server action's
 * refreshed page), and readers must not be held back while an editor merely has a page open.
 */
const PRIORITY_MS = 2000;

/**
 * A change (any method but GET and HEAD, so every server action) or a page of the workspace.
 * @param {import('node:http').IncomingMessage} request
 */
export function isEditorial(request) {
  return (request.method !== 'GET' && request.method !== 'HEAD') || EDITORIAL_PATH.test(request.url ?? '');
}

export function createEditorialPriority() {
  let editorialInProgress = 0;
  /** @type {Array<() => void>} */
  const waiting = [];
  let scheduled = false;

  const drain = () => {
    scheduled = false;
    const turn = waiting.splice(0, editorialInProgress > 0 ? PER_TURN : waiting.length);
    for (const serve of turn) serve();
    schedule();
  };
  const schedule = () => {
    if (scheduled || waiting.length === 0) return;
    scheduled = true;
    setImmediate(drain);
  };

  return {
    /**
     * Calls `serve` now, or for a public request while the workspace is busy, in a later turn (not at all when
     * the client has gone meanwhile).
     * @param {import('node:http').IncomingMessage} request
     * @param {import('node:http').ServerResponse} response
     * @param {() => void} serve
     */
    admit(request, response, serve) {
      if (isEditorial(request)) {
        editorialInProgress += 1;
        let ended = false;
        const end = () => {
          if (ended) return;
          ended = true;
          clearTimeout(timer);
          editorialInProgress -= 1;
          schedule();
        };
        const timer = setTimeout(end, PRIORITY_MS);
        timer.unref();
        response.once('close', end);
        return serve();
      }
      if (editorialInProgress === 0 || waiting.length >= MAX_WAITING) return serve();
      waiting.push(() => {
        if (!response.destroyed) serve();
      });
      schedule();
    },
    /** Public requests waiting now (for tests). */
    waiting: () => waiting.length,
  };
}
