/**
 * Identity by construction (D1–D3): a site whose registry entry lacks any identity field never
 * builds. The registry loader of the content package is the build's gate (`pnpm compile` runs it
 * before anything is written); the footer and banner refuse the same gaps a second time.
 * And the emblem slot (D2): only the official file, under its one name, is accepted.
 */
import { loadRegistry } from '@jiyue/content';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findOfficialEmblem } from '../src/emblem.ts';

const libraryDir = new URL('../../../content', import.meta.url).pathname;
const registryText = readFileSync(join(libraryDir, 'sites.yaml'), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'jiyue-identity-'));
cpSync(join(libraryDir, 'logos'), join(work, 'logos'), { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The Chinese field names the loader must print. */
const IDENTITY_FIELDS: Record<string, RegExp> = {
  name: /名称 name/,
  siteCode: /网站标识码 siteCode/,
  icp: /ICP备案编号 icp/,
  police: /公安机关备案 police/,
  sponsor: /主办单位 sponsor/,
  operator: /承办单位 operator/,
  contact: /联系方式 contact/,
  partyGovLabel: /党政机关网站标识 partyGovLabel/,
};

/** The registry with one line `    <field>: …` removed from the entry of site `siteId`. */
function withoutField(siteId: string, field: string): string {
  const lines = registryText.split('\n');
  const start = lines.findIndex((l) => l === `  - id: ${siteId}`);
  expect(start, `site ${siteId} in sites.yaml`).toBeGreaterThanOrEqual(0);
  let end = lines.findIndex((l, i) => i > start && l.startsWith('  - id: '));
  if (end < 0) end = lines.length;
  const line = lines.findIndex((l, i) => i > start && i < end && l.startsWith(`    ${field}:`));
  expect(line, `${siteId}.${field} in sites.yaml`).toBeGreaterThan(start);
  lines.splice(line, 1);
  return lines.join('\n');
}

function problemsOf(yaml: string) {
  writeFileSync(join(work, 'sites.yaml'), yaml);
  return loadRegistry(work, work);
}

describe('registry identity fields stop the build when missing', () => {
  it('the untouched registry loads', () => {
    const { registry, problems } = problemsOf(registryText);
    expect(problems).toEqual([]);
    expect(registry?.sites.length).toBeGreaterThanOrEqual(5);
  });

  for (const siteId of ['city', 'fgw']) {
    for (const [field, label] of Object.entries(IDENTITY_FIELDS)) {
      it(`${siteId} without ${field}`, () => {
        const { registry, problems } = problemsOf(withoutField(siteId, field));
        expect(registry).toBeUndefined();
        const p = problems.find((x) => x.rule === 'registry/required');
        expect(p, JSON.stringify(problems)).toBeDefined();
        expect(p!.message).toMatch(/缺少必填字段/);
        expect(p!.message).toMatch(label);
        expect(p!.file).toMatch(/sites\.yaml$/);
        expect(p!.line).toBeGreaterThan(1);
      });
    }
  }
});

describe('the emblem slot', () => {
  const dir = '../../../content/emblem/';
  it('is empty here: the banner shows the neutral placeholder', () => {
    expect(findOfficialEmblem({}, {})).toBeUndefined();
    expect(findOfficialEmblem({ [`${dir}README.md`]: '/x' }, {})).toBeUndefined();
  });

  it('serves the official SVG or PNG from the site itself', () => {
    expect(findOfficialEmblem({ [`${dir}national-emblem.svg`]: '/_astro/national-emblem.abc.svg' }, { [`${dir}national-emblem.svg`]: '<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0"/></svg>' }))
      .toEqual({ src: '/_astro/national-emblem.abc.svg', file: 'content/emblem/national-emblem.svg' });
    expect(findOfficialEmblem({ [`${dir}national-emblem.png`]: '/_astro/n.png' }, { [`${dir}national-emblem.png`]: '\ufffdPNG\r\n\u001a\n' })?.file).toBe('content/emblem/national-emblem.png');
  });

  it('refuses a wrong name, two files, a fake PNG and an SVG with script or external links', () => {
    expect(() => findOfficialEmblem({ [`${dir}guohui.jpg`]: '/x' }, {})).toThrow(/国徽文件位置不正确：content\/emblem\/guohui\.jpg/);
    expect(() => findOfficialEmblem({ [`${dir}national-emblem.svg`]: '/a', [`${dir}national-emblem.png`]: '/b' }, {})).toThrow(/国徽文件重复/);
    expect(() => findOfficialEmblem({ [`${dir}national-emblem.png`]: '/b' }, { [`${dir}national-emblem.png`]: 'GIF89a' })).toThrow(/不是 PNG 图片/);
    for (const bad of ['<svg><script>x()</script></svg>', '<svg><image href="https://example.com/a.png"/></svg>', '<svg style="fill:red"></svg>', 'not svg']) {
      expect(() => findOfficialEmblem({ [`${dir}national-emblem.svg`]: '/a' }, { [`${dir}national-emblem.svg`]: bad }), bad).toThrow(/GB 15093/);
    }
  });
});
