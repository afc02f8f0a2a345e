/** A worker of parse-pool.ts: parses its share of items, posts the results, then raises its signal. */
import { type MessagePort, workerData } from 'node:worker_threads';
import type { ParseJob } from './parse-pool.ts';

const { jobs, signal, port } = workerData as { jobs: ParseJob[]; signal: Int32Array; port: MessagePort };
try {
  // Imported here, not statically, so that a failure to load is caught and signalled too.
  const { parseItem } = await import('./parse.ts');
  port.postMessage(jobs.map((j) => parseItem(j.bytes, j.file)));
  Atomics.store(signal, 0, 1);
} catch {
  Atomics.store(signal, 0, 2); // the main thread parses this share itself
}
Atomics.notify(signal, 0);
