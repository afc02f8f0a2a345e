import { z } from 'zod';
import { nowInChina } from './bundle.ts';
import { loadDataFile } from './data-file.ts';
import type { ContentProblem } from './errors.ts';
import { contentDir, DEMO_CLOCK_FILE } from './layout.ts';

const clockSchema = z.strictObject({
  /** The demo's publication time, "YYYY-MM-DD HH:MM" (China time). */
  clock: z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/, 'demo/clock|演示时间 clock 的格式不对，应为 YYYY-MM-DD HH:MM（北京时间）|写成 clock: "2026-11-21 12:00"（加英文引号）。')
    .refine(isMinute, 'demo/clock|演示时间 clock 不是有效的日期和时间|写成有效的北京时间，例如 clock: "2026-11-21 12:00"。'),
});

/** A real minute of the calendar (not 2026-02-30 or 25:00); the form itself is the regex's to report. */
function isMinute(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(v)) return true;
  const d = new Date(`${v.replace(' ', 'T')}:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 16) === v.replace(' ', 'T');
}

export interface LibraryClock {
  /** "YYYY-MM-DD HH:MM", China time: when items are due, and the day date rules and the inspection judge. */
  now: string;
  /** Where it comes from: JIYUE_NOW (a rehearsal), the demo library's fixed clock, or the real clock. */
  from: 'env' | 'demo' | 'clock';
  problems: ContentProblem[];
}

/**
 * The publication clock of a library. A real city's library runs on the real clock. The demo
 * city's library (content/demo.yaml) is a snapshot written for one moment and carries that
 * moment: built or inspected on any later date it is still the city it was written as, fresh and
 * passing its own inspection, and a real library without the file is never affected by it.
 * JIYUE_NOW overrides both, to rehearse a scheduled release.
 */
export function libraryClock(root: string, real = nowInChina()): LibraryClock {
  const env = process.env.JIYUE_NOW;
  if (env) return { now: env, from: 'env', problems: [] };
  const { data, problems } = loadDataFile(contentDir(root), DEMO_CLOCK_FILE, clockSchema, { rulePrefix: 'demo', cwd: root, optional: true });
  return data ? { now: data.clock, from: 'demo', problems } : { now: real, from: 'clock', problems };
}

/** The line builds and checks print when the demo clock is in force, so that a real city that kept the file notices. */
export const demoClockNotice = (now: string) =>
  `演示内容库：时间固定为 ${now}（见 content/${DEMO_CLOCK_FILE}）。正式网站的内容库不应有该文件，删除后按当前时间发布和检查。`;
