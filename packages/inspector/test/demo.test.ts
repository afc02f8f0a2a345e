import { expect, it } from 'vitest';
import { inspect } from '../src/index.ts';

const root = new URL('../../../', import.meta.url).pathname;

/** The demo city's library passes the content checks on the demo date (R-C3–C7, I1). */
it('the demo library has no content errors on 2026-11-21', () => {
  const report = inspect({ root, date: '2026-11-21', built: false });
  const errors = report.findings.filter((f) => f.severity === 'error').map((f) => `${f.file}:${f.line}:${f.column} [${f.rule}] ${f.message}`);
  expect(report.libraryFailed).toBe(false);
  expect(errors).toEqual([]);
  expect(report.verdicts.every((v) => v.verdict === '合格')).toBe(true);
});
