import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../src/registry/load.ts';
import { realRegistry, scratchLibrary } from './fixtures.ts';

/** Line (1-based) of the first occurrence of `text` in the real registry. */
const lineOf = (text: string) => realRegistry.split('\n').findIndex((l) => l.includes(text)) + 1;

function problemsFor(registry: string) {
  const dir = scratchLibrary({ registry });
  return loadRegistry(dir, dir).problems;
}

describe('registry', () => {
  it('loads the demo city', () => {
    const { registry, problems } = loadRegistry(scratchLibrary());
    expect(problems).toEqual([]);
    expect(registry!.sites.map((s) => s.kind)).toContain('city-portal');
    expect(registry!.city.demo).toBe(true);
  });

  // Each mistake: the edit, the rule id it must raise, and the line it must point at.
  const cases: [string, (r: string) => string, string, number][] = [
    ['a domain outside .gov.cn', (r) => r.replace('domain: www.qingchuan.gov.cn', 'domain: www.qingchuan.com'), 'registry/domain', lineOf('domain: www.qingchuan.gov.cn')],
    ['a department not under its portal', (r) => r.replace('domain: fgw.shili.gov.cn', 'domain: fgw.other.gov.cn'), 'registry/domain', lineOf('domain: fgw.shili.gov.cn')],
    ['an unknown parent', (r) => r.replace(/parent: city\n    domain: www.minghu/, 'parent: nowhere\n    domain: www.minghu'), 'registry/unknown-parent', lineOf('domain: www.minghu.gov.cn') - 1],
    ['a department with the national emblem', (r) => r.replace('logo: logos/fgw.svg', 'logo: logos/fgw.svg\n    emblem: national'), 'registry/emblem', lineOf('logo: logos/fgw.svg') + 1],
    ['a duplicate id', (r) => r.replace('- id: minghu', '- id: qingchuan'), 'registry/duplicate-id', lineOf('- id: minghu')],
    ['a malformed site code', (r) => r.replace('siteCode: "9900010001"', 'siteCode: "99-0001"'), 'registry/site-code', lineOf('siteCode: "9900010001"')],
    ['a real-looking code in a demo city', (r) => r.replace('siteCode: "9900010001"', 'siteCode: "3201000001"'), 'registry/demo-code', lineOf('siteCode: "9900010001"')],
    ['a 13-digit recordcode', (r) => r.replace('recordcode: "99000102000011"', 'recordcode: "9900010200001"'), 'registry/recordcode', lineOf('recordcode: "99000102000011"')],
    ['a second site for one unit', (r) => r.replace('sponsor: 示例市明湖区人民政府办公室', 'sponsor: 示例市晴川区人民政府办公室'), 'registry/one-site-per-unit', lineOf('sponsor: 示例市明湖区人民政府办公室')],
    ['a missing full name', (r) => r.replace('    name: 示例市发展和改革委员会\n', ''), 'registry/required', lineOf('- id: fgw')],
    ['a missing logo file', (r) => r.replace('logo: logos/rsj.svg', 'logo: logos/none.svg'), 'registry/logo-file', lineOf('logo: logos/rsj.svg')],
    ['an interaction address that is neither a path nor https', (r) => r.replace('interaction: https://www.shili.gov.cn/messages/', 'interaction: www.shili.gov.cn/messages'), 'registry/interaction', lineOf('interaction: https://www.shili.gov.cn/messages/')],
    ['a service shortcut name too long for a phone', (r) => r.replace('name: 居住证申领, href', 'name: 居住证申领及签注办理一次办好, href'), 'registry/service-name', lineOf('name: 居住证申领, href')],
    ['a broken YAML line', (r) => r.replace('  pinyin: shili', '  pinyin: shili\n bad: [unclosed'), 'yaml/syntax', lineOf('pinyin: shili') + 1],
  ];

  it.each(cases)('stops on %s with file:line, a rule id and a Chinese hint', (_name, edit, rule, line) => {
    const edited = edit(realRegistry);
    expect(edited).not.toBe(realRegistry);
    const problems = problemsFor(edited);
    const p = problems.find((x) => x.rule === rule);
    expect(p, JSON.stringify(problems, null, 1)).toBeDefined();
    expect(p!.file).toBe('sites.yaml');
    expect(p!.line).toBe(line);
    expect(p!.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(p!.hint).toMatch(/[\u4e00-\u9fa5]/);
  });
});
