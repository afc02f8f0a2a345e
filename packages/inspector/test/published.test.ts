/**
 * The text rules judge what is published, not what is written: an entity, a zero-width space,
 * full-width digits or markup inside a number or a name change nothing, and the finding points
 * at the place in the Markdown file where the number starts.
 */
import { describe, expect, it } from 'vitest';
import { checkContent, rules as orderedRules } from '../src/index.ts';
import { FIXTURE_DATE, FIXTURE_REGISTRY, fixtureConfig, fixtureLibrary, item } from '../src/testing/index.ts';

const textRules = orderedRules.filter((r) => r.scope === 'item' && !r.id.startsWith('workflow/') && !r.id.startsWith('inspector/'));

function findings(body: string) {
  const text = item({ id: 'published-0001', body });
  const { library } = fixtureLibrary([text]);
  const lines = text.split('\n');
  const found = checkContent(library, { date: FIXTURE_DATE, config: fixtureConfig(), rules: textRules, registryText: FIXTURE_REGISTRY }).findings;
  return { found, lines };
}

describe('text rules on the published text', () => {
  it.each([
    ['forbidden/id-card', 'an HTML entity for the first digit', '申请人身份证号 &#49;10101199003071233。', '&#49;'],
    ['forbidden/id-card', 'bold markup inside', '申请人身份证号 110101**19900307**1233。', '110101'],
    ['forbidden/id-card', 'a zero-width space inside', '申请人身份证号 110101\u200B199003071233。', '110101'],
    ['forbidden/id-card', 'full-width digits', '申请人身份证号 １１０１０１１９９００３０７１２３３。', '１１０'],
    ['forbidden/mobile', 'an entity inside', '联系人手机 139&#49;2345678。', '139'],
    ['forbidden/mobile', 'a zero-width joiner inside', '联系人手机 1391\u200D2345678。', '1391'],
    ['forbidden/mobile', 'raw HTML around part of it', '联系人手机 <span>139</span>12345678。', '139'],
    ['language/serious-typo', 'bold markup splitting the name', '**中华人名**共和国成立七十七周年。', '中华'],
  ])('%s: catches a number written with %s, at its place', (rule, _how, body, first) => {
    const { found, lines } = findings(body);
    const hit = found.filter((f) => f.rule === rule);
    expect(hit).toHaveLength(1);
    const line = lines.findIndex((l) => l.includes(first));
    expect([hit[0]!.line, hit[0]!.column]).toEqual([line + 1, lines[line]!.indexOf(first) + 1]);
  });

  it('does not judge what is never published: an HTML comment', () => {
    const { found } = findings('<!-- 审核备注：申请人手机 13912345678 -->\n\n正文。');
    expect(found.filter((f) => f.rule === 'forbidden/mobile')).toEqual([]);
  });

  it('catches personal data in the title, at the title', () => {
    const text = item({ id: 'published-0002', title: '关于13912345678反映问题的答复', body: '正文。' });
    const { library } = fixtureLibrary([text]);
    const hit = checkContent(library, { date: FIXTURE_DATE, config: fixtureConfig(), rules: textRules, registryText: FIXTURE_REGISTRY }).findings.filter((f) => f.rule === 'forbidden/mobile');
    expect(hit).toHaveLength(1);
    expect(hit[0]!.line).toBe(text.split('\n').findIndex((l) => l.startsWith('title:')) + 1);
  });
});
