// Plain HTTP reads of the public site, as a visitor (or a load balancer) makes them: how long until an instance
// shows a change, and a burst of requests whose every answer is kept.

/** A public page's state as a visitor sees it: shown (200 with `text` in it) or gone (404). */
export type Expectation = { shows: string } | { gone: true };

async function matches(url: string, expectation: Expectation): Promise<boolean> {
  const response = await fetch(url, { signal: AbortSignal.timeout(5_000), redirect: 'manual' });
  const body = await response.text();
  return 'gone' in expectation ? response.status === 404 : response.status === 200 && body.includes(expectation.shows);
}

/** When the first answer that met an expectation was asked for and when it had arrived, in ms from `since`. */
export interface Seen {
  askedMs: number;
  answeredMs: number;
}

/**
 * Polls `url` every `everyMs` until it meets `expectation`; returns when, counted from `since` (a Date.now()
 * value), the first answer that met it was asked for and had arrived (as a visitor would have it), or null when
 * none did within `limitMs` of `since`. An answer that met it before `since` gives negative values.
 */
export async function msUntil(url: string, expectation: Expectation, since: number, { limitMs = 5_000, everyMs = 50 } = {}): Promise<Seen | null> {
  for (;;) {
    const asked = Date.now();
    const ok = await matches(url, expectation).catch(() => false);
    const answered = Date.now();
    if (process.env.MULTI_TRACE) console.log(`  ${url} asked ${asked - since} ms, answered ${answered - since} ms: ${ok}`);
    if (ok) return { askedMs: asked - since, answeredMs: answered - since };
    if (Date.now() - since > limitMs) return null;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, everyMs - (Date.now() - asked))));
  }
}

export interface BurstResult {
  count: number;
  /** Answers with a status of 500 or more, as "status url". */
  serverErrors: string[];
  /** Requests that got no complete answer at all (refused, reset, cut off). */
  failures: string[];
}

/**
 * GETs `urls` in turn with `concurrency` requests open at a time, at least `total` of them and until `keepGoing`
 * turns false; every body is read to the end, so a response cut off midway counts as a failure.
 */
export async function burst(urls: string[], { total, concurrency, keepGoing }: { total: number; concurrency: number; keepGoing: () => boolean }) {
  const result: BurstResult = { count: 0, serverErrors: [], failures: [] };
  const worker = async () => {
    while (result.count < total || keepGoing()) {
      const url = urls[result.count % urls.length]!;
      result.count += 1;
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(15_000) });
        await response.arrayBuffer();
        if (response.status >= 500) result.serverErrors.push(`${response.status} ${url}`);
      } catch (error) {
        result.failures.push(`${url}: ${error instanceof Error ? `${error.message} ${String(error.cause ?? "")}` : String(error)}`);
      }
      // A few hundred requests a second at most: a burst, not a benchmark of this shared machine.
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return result;
}
