import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { ContentProblem } from '../errors.ts';
import { parseItem, type ParsedItem } from './parse.ts';

export interface ParseJob {
  file: string;
  bytes: Uint8Array;
}

export type ParseResult = { item?: ParsedItem; problems: ContentProblem[] };

/** Below this many items a worker's start-up (loading the Markdown pipeline) costs more than it saves. */
const MIN_PER_WORKER = 300;
/** A worker that has not answered by then is given up and its share parsed here. */
const WORKER_TIMEOUT_MS = 10 * 60_000;

/**
 * Parses items on every core and returns the results in order. Synchronous, like the library
 * load it serves: this thread parses its own share, then waits on each worker's signal and
 * takes its results from its port (no event loop needed). A worker that fails or hangs costs
 * time, never a result: its share is parsed here.
 */
export function parseAll(jobs: readonly ParseJob[]): ParseResult[] {
  const workers = Math.min(availableParallelism() - 1, Math.floor(jobs.length / MIN_PER_WORKER), 7);
  if (workers < 1) return jobs.map((j) => parseItem(j.bytes, j.file));
  const share = Math.ceil(jobs.length / (workers + 1));
  const started = Array.from({ length: workers }, (_, w) => start(jobs.slice((w + 1) * share, (w + 2) * share)));
  const results = jobs.slice(0, share).map((j) => parseItem(j.bytes, j.file));
  for (const [w, run] of started.entries()) results.push(...(run.finish() ?? jobs.slice((w + 1) * share, (w + 2) * share).map((j) => parseItem(j.bytes, j.file))));
  return results;
}

function start(jobs: ParseJob[]): { finish(): ParseResult[] | undefined } {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { workerData: { jobs, signal, port: port2 }, transferList: [port2] });
  worker.unref();
  return {
    finish() {
      Atomics.wait(signal, 0, 0, WORKER_TIMEOUT_MS);
      const message = Atomics.load(signal, 0) === 1 ? receiveMessageOnPort(port1)?.message : undefined;
      port1.close();
      void worker.terminate();
      return message as ParseResult[] | undefined;
    },
  };
}
