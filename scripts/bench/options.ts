// Command-line options of `npm run bench`. A full run measures the targets of DESIGN.md section 5 at 100,000
// items; the small mode exercises every part in a few minutes and checks only that each figure was produced.
import path from 'node:path';

export interface BenchOptions {
  /** Published news items in the benchmark database. */
  items: number;
  small: boolean;
  /** Port of the site; the floor app takes the next one. */
  port: number;
  /** Seconds of each load measurement in the interleaved rounds. */
  loadSeconds: number;
  /** Interleaved rounds (static, floor, each target) per connection count. */
  rounds: number;
  /** Requests per uncached phase, and a time cap per phase. */
  uncachedRequests: number;
  uncachedSeconds: number;
  /** Mixed requests between memory readings (three readings), and a time cap per stretch. */
  memoryStep: number;
  memorySeconds: number;
  /** Pages Lighthouse audits, each mobile and desktop. */
  lighthousePages: number;
  saveDraftRepetitions: number;
  /** Drop and recreate the benchmark database instead of reusing it. */
  fresh: boolean;
  outDir: string;
}

const root = path.resolve(import.meta.dirname, '..', '..');

const FULL: Omit<BenchOptions, 'items' | 'small' | 'port' | 'fresh' | 'outDir'> = {
  loadSeconds: 5,
  rounds: 2,
  uncachedRequests: 2000,
  uncachedSeconds: 30,
  memoryStep: 10_000,
  memorySeconds: 150,
  lighthousePages: 3,
  saveDraftRepetitions: 20,
};

const SMALL: typeof FULL = {
  loadSeconds: 1,
  rounds: 1,
  uncachedRequests: 40,
  uncachedSeconds: 10,
  memoryStep: 100,
  memorySeconds: 30,
  lighthousePages: 1,
  saveDraftRepetitions: 3,
};

const USAGE = `npm run bench [-- options]
  --items N        published news items in the database (default 100000; 300 with --small)
  --small          a quick run that checks every figure is produced, not its value
  --port P         port of the site (default 3400; the floor app uses P+1)
  --seconds S      seconds per load measurement (default 5)
  --rounds R       interleaved rounds per connection count (default 2)
  --requests R     distinct URLs per uncached phase (default 2000)
  --memory-step M  mixed requests between memory readings (default 10000)
  --fresh          drop and regrow the benchmark database (the small mode always makes a new one)
  --out DIR        where results go (default bench-results/)`;

function numberArg(name: string, value: string | undefined): number {
  const n = Number(value?.replace(/[_,]/g, ''));
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} needs a positive number.\n\n${USAGE}`);
  return n;
}

export function parseOptions(argv: string[]): BenchOptions {
  const args = [...argv];
  const small = args.includes('--small');
  const options: BenchOptions = {
    ...(small ? SMALL : FULL),
    items: small ? 300 : 100_000,
    small,
    port: Number(process.env.BENCH_PORT ?? 3400),
    fresh: false,
    outDir: path.join(root, 'bench-results'),
  };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    const next = () => args[++i];
    if (arg === '--small') continue;
    else if (arg === '--fresh') options.fresh = true;
    else if (arg === '--items' || arg === '-n') options.items = numberArg(arg, next());
    else if (arg === '--port') options.port = numberArg(arg, next());
    else if (arg === '--seconds') options.loadSeconds = numberArg(arg, next());
    else if (arg === '--rounds') options.rounds = numberArg(arg, next());
    else if (arg === '--requests') options.uncachedRequests = numberArg(arg, next());
    else if (arg === '--memory-step') options.memoryStep = numberArg(arg, next());
    else if (arg === '--out') options.outDir = path.resolve(next() ?? '');
    else if (/^\d[\d_,]*$/.test(arg)) options.items = numberArg('N', arg);
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`Unknown option ${arg}\n\n${USAGE}`);
  }
  return options;
}
