/**
 * Runs one step (a child command) and measures it: wall time, CPU time and memory.
 *
 * - Peak RSS of the whole process tree: every 250 ms the sampler follows the child's process
 *   tree through /proc/<pid>/task/<tid>/children and sums the resident pages of each process
 *   (/proc/<pid>/statm). This is what the machine must hold at once (Turbo runs several Astro
 *   builds in parallel). Being sampled, it can miss a spike shorter than 250 ms.
 *   It reads a few small files per process of the tree only: the first version walked all of
 *   /proc and read smaps_rollup (PSS) every 100 ms, which cost 14–31 % of a core — on a 2-core
 *   machine a disturbance of what it measured. The sampler's own CPU time is reported per step
 *   (`samplerCpuSeconds`, `samplerShare`) so that its overhead stays visible.
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
const SAMPLE_MS = 250;

export interface StepResult {
  seconds: number;
  /** Sampled peak of the summed RSS of the step's process tree, in MB. */
  peakTreeMB: number;
  /** Exact peak RSS of the largest single process (GNU time %M), in MB; null without /usr/bin/time. */
  peakProcessMB: number | null;
  /** User + system CPU seconds of the whole tree (GNU time %U + %S); null without /usr/bin/time. */
  cpuSeconds: number | null;
  /** CPU seconds the benchmark process itself used while the step ran (mostly the sampler). */
  samplerCpuSeconds: number;
  log: string;
}

const read = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process ended while we looked
  }
};

/** Direct children of `pid`, from every thread's children list. */
function children(pid: number): number[] {
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  return tids.flatMap((tid) => (read(`/proc/${pid}/task/${tid}/children`) ?? '').split(' ').filter(Boolean).map(Number));
}

/** Summed RSS of `rootPid` and all its descendants, in bytes. */
function treeRss(rootPid: number): number {
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    total += Number(read(`/proc/${pid}/statm`)?.split(' ')[1] ?? 0) * PAGE;
    stack.push(...children(pid));
  }
  return total;
}

/** Runs `command args` in `cwd`, output to `log`; rejects on a non-zero exit. */
export function measure(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, log: string): Promise<StepResult> {
  const useTime = existsSync(TIME);
  const timeFile = `${log}.maxrss`;
  const out = openSync(log, 'w');
  const started = performance.now();
  const ownCpu = process.cpuUsage();
  const child = useTime
    ? spawn(TIME, ['-f', '%M %U %S', '-o', timeFile, command, ...args], { cwd, env, stdio: ['ignore', out, out] })
    : spawn(command, args, { cwd, env, stdio: ['ignore', out, out] });
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, treeRss(child.pid!));
  }, SAMPLE_MS);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      const seconds = (performance.now() - started) / 1000;
      clearInterval(sampler);
      const own = process.cpuUsage(ownCpu);
      const samplerCpuSeconds = Math.round((own.user + own.system) / 1e4) / 100;
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
      resolve({ seconds, peakTreeMB: Math.round(peak / 1024 / 1024), peakProcessMB, cpuSeconds, samplerCpuSeconds, log });
    });
  });
}
