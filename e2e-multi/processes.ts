// Child processes of the run, each in a process group of its own, so that stopping one stops whatever it
// started (npm start runs the database preparation and the server as its children), and `kill -9` is the
// instant death of a whole instance. Groups still alive when this process exits are killed then, so that a
// crashed run leaves nothing behind.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';

const alive = new Set<number>();
process.on('exit', () => {
  for (const pid of alive) killGroup(pid, 'SIGKILL');
});

function killGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    // Gone already.
  }
}

export interface Managed {
  name: string;
  child: ChildProcess;
  log: string;
  exited: Promise<number | null>;
}

/** Starts `command` in a new process group; its output goes to `log` (appended, so a restart keeps the first). */
export function startGroup(name: string, command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; log: string }): Managed {
  const out = fs.openSync(options.log, 'a');
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  const pid = child.pid!;
  alive.add(pid);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  // The group may outlive its leader for a moment; it is forgotten only once the leader is gone and killed.
  void exited.then(() => {
    killGroup(pid, 'SIGKILL');
    alive.delete(pid);
  });
  return { name, child, log: options.log, exited };
}

/** Kills the whole group at once, as a crash or an out-of-memory kill would. */
export async function killHard(managed: Managed): Promise<void> {
  killGroup(managed.child.pid!, 'SIGKILL');
  await managed.exited;
}

/** Asks the group to stop (`signal`), then kills it after `graceMs`. */
export async function stopGroup(managed: Managed, signal: NodeJS.Signals = 'SIGTERM', graceMs = 10_000): Promise<void> {
  if (managed.child.exitCode !== null || managed.child.signalCode !== null) return;
  killGroup(managed.child.pid!, signal);
  const timer = setTimeout(() => killGroup(managed.child.pid!, 'SIGKILL'), graceMs);
  await managed.exited;
  clearTimeout(timer);
}

/** The last lines of a process's log, to show why it failed. */
export function logTail(managed: Managed, lines = 40): string {
  try {
    return fs.readFileSync(managed.log, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
