import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InspectionReport } from '../inspect.ts';
import { inspectionResults } from '../inspect.ts';
import { annualHtml } from './annual-html.ts';
import { annualReport } from './annual.ts';
import { dashboardHtml } from './dashboard.ts';
import { formatJson } from './format.ts';

/**
 * Writes the reports into `dir`: index.html (dashboard), report.json, results.json (public
 * inspection results, I6) and, for the year, annual-<year>.json with annual-<year>-<site>.html.
 * Every HTML file is self-contained (inline CSS and SVG, no external assets).
 */
export function writeReports(dir: string, report: InspectionReport, year: number): string[] {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    written.push(join(dir, name));
  };
  const links: { site: string; href: string }[] = [];
  const { library, config } = report;
  if (library && config) {
    const annual = report.verdicts.map((v) => annualReport(library, library.sites.get(v.id)!, year, config.inspection.reprintHours));
    write(`annual-${year}.json`, JSON.stringify(annual, null, 2));
    for (const a of annual) {
      const name = `annual-${year}-${a.site.id}.html`;
      write(name, annualHtml(a));
      links.push({ site: a.site.id, href: name });
    }
    write('results.json', JSON.stringify(inspectionResults(report), null, 2));
  }
  write('report.json', formatJson(report));
  write('index.html', dashboardHtml(report, links));
  return written;
}
