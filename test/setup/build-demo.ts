import { execFileSync } from 'node:child_process';

/** Builds the demo city once before the tests (from Turbo's cache when nothing changed). */
export default function setup() {
  if (process.env.JIYUE_SKIP_BUILD) return;
  execFileSync('pnpm', ['build'], { stdio: 'inherit', cwd: new URL('../..', import.meta.url).pathname });
}
