/**
 * Runs one step (a child command) and measures it: wall time, CPU time and memory.
 *
 * - Peak RSS of the whole process tree: every 100 ms the sampler walks /proc, finds all
 *   descendants of the child and sums their resident set sizes (/proc/<pid>/stat field 24).
 *   This is what the machine must hold at once (Turbo runs several Astro builds in parallel).
 *   Being sampled, it can miss a spike shorter than 100 ms.
 *   RSS counts shared pages (the Node binary, shared libraries) once per process, so the
 *   sampler also sums PSS (/proc/<pid>/smaps_rollup), which splits shared pages fairly.
 * - Peak RSS of the largest single process: GNU time's %M (`/usr/bin/time -f %M`), i.e. the
 *   kernel's exact ru_maxrss over the child and every descendant it waited for.
 *
 * GNU time also gives the CPU time (user + system) of the whole tree. It depends much less than
 * wall time on what else the machine is doing, so it is reported next to it.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';

const PAGE = 4096;
const TIME = '/usr/bin/time';

export interface StepResult {
  seconds: number;
  /** Sampled peak of the summed RSS of the step's process tree, in MB. */
  peakTreeMB: number;
  /** Sampled peak of the summed PSS of the step's process tree, in MB. */
  peakTreePssMB: number;
  /** Exact peak RSS of the largest single process (GNU time %M), in MB; null without /usr/bin/time. */
  peakProcessMB: number | null;
  /** User + system CPU seconds of the whole tree (GNU time %U + %S); null without /usr/bin/time. */
  cpuSeconds: number | null;
  log: string;
}

function processTable(): Map<number, { ppid: number; rss: number }> {
  const table = new Map<number, { ppid: number; rss: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from #3 (state) on
      table.set(Number(name), { ppid: Number(fields[1]), rss: Number(fields[21]) * PAGE });
    } catch {
      // the process ended while we looked
    }
  }
  return table;
}

function pss(pid: number): number {
  try {
    const kb = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8').match(/^Pss:\s+(\d+) kB/m)?.[1];
    return Number(kb ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/** Summed RSS and PSS of `rootPid` and all its descendants, in bytes. */
function treeMemory(rootPid: number): { rss: number; pss: number } {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, p] of table) children.set(p.ppid, [...(children.get(p.ppid) ?? []), pid]);
  const total = { rss: 0, pss: 0 };
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    total.rss += table.get(pid)?.rss ?? 0;
    total.pss += pss(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs `command args` in `cwd`, output to `log`; rejects on a non-zero exit. */
export function measure(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, log: string): Promise<StepResult> {
  const useTime = existsSync(TIME);
  const timeFile = `${log}.maxrss`;
  const out = openSync(log, 'w');
  const started = performance.now();
  const child = useTime
    ? spawn(TIME, ['-f', '%M %U %S', '-o', timeFile, command, ...args], { cwd, env, stdio: ['ignore', out, out] })
    : spawn(command, args, { cwd, env, stdio: ['ignore', out, out] });
  const peak = { rss: 0, pss: 0 };
  const sampler = setInterval(() => {
    const now = treeMemory(child.pid!);
    peak.rss = Math.max(peak.rss, now.rss);
    peak.pss = Math.max(peak.pss, now.pss);
  }, 100);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      const seconds = (performance.now() - started) / 1000;
      clearInterval(sampler);
      closeSync(out);
      let peakProcessMB: number | null = null;
      let cpuSeconds: number | null = null;
      if (useTime && existsSync(timeFile)) {
        const [kb, user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
        if (Number.isFinite(kb)) peakProcessMB = Math.round(kb! / 1024);
        if (Number.isFinite(user) && Number.isFinite(system)) cpuSeconds = Math.round((user! + system!) * 100) / 100;
        rmSync(timeFile);
      }
      if (code !== 0) {
        const tail = readFileSync(log, 'utf8').split('\n').slice(-40).join('\n');
        reject(new Error(`${command} ${args.join(' ')} exited with ${code} (log: ${log})\n${tail}`));
        return;
      }
      const toMB = (bytes: number) => Math.round(bytes / 1024 / 1024);
      resolve({ seconds, peakTreeMB: toMB(peak.rss), peakTreePssMB: toMB(peak.pss), peakProcessMB, cpuSeconds, log });
    });
  });
}
