import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, DEMO_CLOCK_FILE, libraryClock } from '@jiyue/content';
import { afterEach, describe, expect, it } from 'vitest';
import { inspect } from '../src/index.ts';
import { formatText } from '../src/report/format.ts';
import { cityWith } from '../src/testing/index.ts';
import { scratchRepo } from './helpers.ts';

const root = new URL('../../../', import.meta.url).pathname;

/** The demo city's library passes the content checks on the demo date (R-C3–C7, I1). */
it('the demo library has no content errors on 2026-11-21', () => {
  const report = inspect({ root, date: '2026-11-21', built: false });
  const errors = report.findings.filter((f) => f.severity === 'error').map((f) => `${f.file}:${f.line}:${f.column} [${f.rule}] ${f.message}`);
  expect(report.libraryFailed).toBe(false);
  expect(errors).toEqual([]);
  expect(report.verdicts.every((v) => v.verdict === '合格')).toBe(true);
});

describe('the demo stays healthy on any date (content/demo.yaml)', () => {
  afterEach(() => delete process.env.JIYUE_NOW);

  it('its clock is the fixed demo time, whatever the real day', () => {
    for (const real of ['2026-12-03 09:00', '2027-06-01 10:00', '2031-01-15 08:30']) expect(libraryClock(root, real)).toMatchObject({ now: '2026-11-21 12:00', from: 'demo', problems: [] });
  });

  it('pnpm check without --date judges the demo day, passes, and says why', () => {
    const report = inspect({ root, built: false });
    expect(report.date).toBe('2026-11-21');
    expect(report.verdicts.map((v) => v.verdict)).toEqual(['合格', '合格', '合格', '合格', '合格']);
    expect(report.counts.errors).toBe(0);
    expect(formatText(report)).toContain('演示内容库：时间固定为 2026-11-21 12:00');
  });

  it('an explicit --date still judges that day (the demo then fails for its stale homepages)', () => {
    const report = inspect({ root, date: '2027-03-01', built: false });
    expect(report.demoClock).toBeUndefined();
    expect(report.findings.some((f) => f.rule === 'inspection/homepage-stale')).toBe(true);
  });

  it('a real library (no demo.yaml) runs on the real clock; JIYUE_NOW overrides both', () => {
    const real = scratchRepo(cityWith('2026-11-20 09:30'));
    expect(libraryClock(real, '2027-06-01 10:00')).toMatchObject({ now: '2027-06-01 10:00', from: 'clock' });
    process.env.JIYUE_NOW = '2026-11-25 18:00';
    expect(libraryClock(root)).toMatchObject({ now: '2026-11-25 18:00', from: 'env' });
    expect(libraryClock(real)).toMatchObject({ now: '2026-11-25 18:00', from: 'env' });
  });

  it('a malformed demo clock is an error at its line, in Chinese, and nothing is judged', () => {
    const dir = scratchRepo(cityWith('2026-11-20 09:30'));
    writeFileSync(join(contentDir(dir), DEMO_CLOCK_FILE), '# 演示\nclock: 2026年11月21日\n');
    expect(libraryClock(dir).problems).toHaveLength(1);
    writeFileSync(join(contentDir(dir), DEMO_CLOCK_FILE), '# 演示\nclock: "2026-02-30 12:00"\n');
    expect(libraryClock(dir).problems[0]!.message).toContain('不是有效的日期');
    writeFileSync(join(contentDir(dir), DEMO_CLOCK_FILE), '# 演示\nclock: 2026年11月21日\n');
    const clock = libraryClock(dir);
    expect(clock.problems).toMatchObject([{ file: `content/${DEMO_CLOCK_FILE}`, line: 2 }]);
    expect(clock.problems[0]!.message).toMatch(/YYYY-MM-DD HH:MM/);
    const report = inspect({ root: dir, built: false });
    expect(report.libraryFailed).toBe(true);
    expect(report.findings.map((f) => f.file)).toContain(`content/${DEMO_CLOCK_FILE}`);
  });
});
