import { formatFinding } from '@jiyue/content';
import { describe, expect, it } from 'vitest';
import { placeSites } from '../src/page/engine.ts';
import { chunkKeysFor, didYouMean, expandQuery, spells, suggest, toVocabulary } from '../src/client/index.ts';
import { buildVocabulary, collectTerms, loadSynonyms, parseSynonyms, termChunks, termPinyin } from '../src/index.ts';

const FILE = 'content/search/synonyms.yaml';

describe('synonyms file', () => {
  it('loads the library file', () => {
    const groups = loadSynonyms();
    expect(groups.length).toBeGreaterThan(10);
    expect(groups.find((g) => g.formal === '社会保险')?.everyday).toContain('社保');
  });

  // Each mistake: the text, the rule it must raise, and the line and column it must point at.
  const cases: [string, string, string, number, number][] = [
    ['a broken line', '社会保险: [社保, 五险]\n户籍: [户口\n', 'yaml/syntax', 3, 1],
    ['a formal term written twice', '户籍: [户口]\n户籍: [户口本]\n', 'yaml/syntax', 2, 1],
    ['a word in two groups', '社会保险: [社保]\n社会保障: [社保]\n', 'synonyms/duplicate', 2, 8],
    ['punctuation in a word', '社会保险: [社保, 五险、一金]\n', 'synonyms/word', 1, 12],
    ['a missing list', '社会保险:\n户籍: [户口]\n', 'synonyms/list', 1, 1],
    ['a single word instead of a list', '社会保险: 社保\n', 'synonyms/list', 1, 7],
    ['the formal term as its own everyday word', '户籍: [户籍, 户口]\n', 'synonyms/self', 1, 6],
    ['a list instead of a map', '- 社保\n- 户口\n', 'synonyms/shape', 1, 1],
  ];
  it.each(cases)('stops on %s with file:line:column, a rule id and a Chinese hint', (_name, text, rule, line, column) => {
    const { problems } = parseSynonyms(text, FILE);
    expect(problems.map((p) => p.rule)).toContain(rule);
    const p = problems.find((x) => x.rule === rule)!;
    expect([p.line, p.column]).toEqual([line, column]);
    expect(formatFinding(p)).toMatch(new RegExp(`^${FILE}:${line}:${column} 错误 \\[${rule}\\] .*[\\u4e00-\\u9fff]`));
    expect(p.hint).toMatch(/[\u4e00-\u9fff]/);
  });
});

const synonyms = parseSynonyms('社会保险: [社保, 五险]\n住房公积金: [公积金]\n户籍: [户口]\n最低生活保障: [低保]\n', FILE).groups;
const docs = [
  { title: '租赁住房提取住房公积金', text: '职工租赁住房可以提取住房公积金。住房公积金管理中心审核。' },
  { title: '失业保险金申领', text: '社会保险经办机构按月发放失业保险金。参加社会保险满一年的，可申领失业保险金。' },
  { title: '示例市召开优化营商环境大会', text: '会议部署优化营商环境工作，营商环境持续改善。' },
  { title: '居住证申领', text: '在本市居住半年以上的，可以申领居住证。会议通知。' },
];
const json = buildVocabulary({ docs, labels: ['办事指南', '通知公告'], synonyms });
const vocab = toVocabulary([json]);

describe('vocabulary (built at build time)', () => {
  it('joins words the ICU dictionary splits and gives each term its pinyin', () => {
    // ICU segments 公积金 as 公|积|金 and 营商 as 营|商: the builder joins them back.
    expect(json.t).toEqual(expect.arrayContaining(['住房公积金', '营商环境', '失业保险金', '居住证', '办事指南']));
    expect(json.p[json.t.indexOf('住房公积金')]).toBe('zhu fang gong ji jin');
    expect(termPinyin('居住证')).toBe('ju zhu zheng');
  });

  it('keeps only the synonym groups and traditional characters the site uses', () => {
    expect(json.s).toEqual(expect.arrayContaining([['社会保险', '社保', '五险'], ['住房公积金', '公积金']]));
    expect(json.s.flat()).not.toContain('户口');
    // 會 → 会 (the site writes 会议), 證 → 证; 戶 is left out: no page writes 户.
    expect(json.c).toContain('會会');
    expect(json.c).toContain('證证');
    expect(json.c).not.toContain('戶户');
  });
});

describe('every term of a site, in chunks by pinyin (issue 13 item 2)', () => {
  // A site whose vocabulary file keeps only its 3 most used terms: the rest are in the chunks.
  const input = { docs, labels: ['办事指南', '通知公告'], synonyms, maxTerms: 3 };
  const collected = collectTerms(input);
  const chunks = termChunks(collected);
  const small = buildVocabulary(input, collected, chunks);
  const forQuery = (q: string) => toVocabulary([small], chunkKeysFor(q).flatMap((k) => chunks.get(k) ?? []));

  it('puts every term in the chunk of its first two syllables, and lists the keys in the vocabulary', () => {
    expect(chunks.get('jz')?.t).toContain('居住证');
    expect(chunks.get('ys')?.t).toContain('营商环境');
    expect([...chunks.values()].reduce((n, c) => n + c.t.length, 0)).toBe(collected.ranked.length);
    expect(small.x).toBe([...chunks.keys()].join(''));
    expect(small.t).not.toContain('居住证');
  });

  it('finds a term outside the most used ones by full, spaced and initial pinyin', () => {
    expect(chunkKeysFor('juzhuzheng')).toContain('jz');
    expect(chunkKeysFor('ju zhu zheng')).toContain('jz');
    expect(chunkKeysFor('jzz')).toContain('jz');
    for (const q of ['juzhuzheng', 'ju zhu zheng', 'jzz']) expect(expandQuery(q, forQuery(q)).variants[0]?.text, q).toBe('居住证');
    // Without the chunk, the reading is lost: the chunks are what finds it.
    expect(expandQuery('juzhuzheng', toVocabulary([small])).variants[0]?.text).not.toBe('居住证');
  });

  it('ranks chunk terms after the most used ones, so ambiguous initials keep their common reading', () => {
    const v = forQuery('zfgjj');
    expect(v.terms.indexOf('住房公积金')).toBeGreaterThanOrEqual(0);
    expect(v.terms.slice(0, small.t.length)).toEqual(toVocabulary([small]).terms);
  });

  it('reads mixed pinyin and Chinese, and says spaced pinyin is 拼音', () => {
    const q = '申领ju zhu zheng';
    const e = expandQuery(q, forQuery(q));
    expect(e.variants[0]).toMatchObject({ text: '申领 居住证', kind: 'pinyin' });
  });
});

describe('query help (in the browser)', () => {
  it('reads full pinyin, initials and mixes against the syllables', () => {
    const syl = ['gong', 'ji', 'jin'];
    expect(spells('gongjijin', syl)).toBe(3);
    expect(spells('gjj', syl)).toBe(2);
    expect(spells('gongjj', syl)).toBe(1);
    expect(spells('gongji', syl)).toBe(0);
    expect(spells('gongji', syl, true)).toBeGreaterThan(0);
  });

  it('turns each kind of query into searches', () => {
    const first = (q: string) => expandQuery(q, vocab).variants.map((v) => [v.text, v.kind]);
    expect(first('zhufanggongjijin')[0]).toEqual(['住房公积金', 'pinyin']);
    expect(first('zfgjj')[0]).toEqual(['住房公积金', 'initials']);
    expect(first('住房公積金')[0]).toEqual(['住房公积金', 'traditional']);
    expect(first('社保')).toEqual([['社保', 'exact'], ['社会保险', 'synonym'], ['五险', 'synonym']]);
    // What was typed outweighs every synonym, the formal term the other everyday words.
    expect(expandQuery('社保', vocab).variants.map((x) => x.weight)).toEqual([1, 0.9, 0.8]);
    // Pinyin of an everyday word leads to the formal term too.
    expect(first('shebao')).toEqual([['社保', 'pinyin'], ['社会保险', 'synonym'], ['五险', 'synonym']]);
    expect(first('ＩＣＰ 备案')[0]).toEqual(['icp 备案', 'exact']);
    // Pinyin typed with spaces between syllables is one word, read as full pinyin.
    expect(first('zhu fang gong ji jin')[0]).toEqual(['住房公积金', 'pinyin']);
    expect(first('she bao')[0]).toEqual(['社保', 'pinyin']);
    // Mixed pinyin and Chinese, with or without a space.
    expect(first('住房 gongjijin')[0]).toEqual(['住房 公积金', 'pinyin']);
    expect(first('住房gongjijin')[0]).toEqual(['住房 公积金', 'pinyin']);
    // Without the vocabulary (not loaded yet) the query is searched as typed.
    expect(expandQuery(' 营商环境 ').variants).toEqual([{ text: '营商环境', kind: 'exact', weight: 1 }]);
  });

  it('suggests completions while typing, in Chinese and in pinyin', () => {
    expect(suggest('住房', vocab).map((s) => s.text)).toContain('住房公积金');
    expect(suggest('zhuf', vocab)[0]).toEqual({ text: '住房', note: '拼音' });
    expect(suggest('社保', vocab)).toEqual(expect.arrayContaining([{ text: '社会保险', note: '同义词' }]));
    expect(suggest('居住證', vocab)[0]).toEqual({ text: '居住证', note: '简体' });
  });

  it('offers close words when nothing is found', () => {
    expect(didYouMean('公机金', vocab)).toContain('公积金'); // same sound, wrong character
    expect(didYouMean('营商环竟', vocab)).toContain('营商环境'); // one character off
    expect(didYouMean('shebso', vocab)).toContain('社保'); // pinyin typo
  });
});

describe('where the sites below a portal are served (result links)', () => {
  const file = {
    v: 2 as const,
    self: { id: 'city', name: '示例市人民政府', origin: 'https://www.shili.gov.cn' },
    below: [{ id: 'rsj', name: '人社局', origin: 'https://rsj.shili.gov.cn' }],
  };
  const origins = (here: string) => [...placeSites(file, new URL(here)).values()].map((s) => s.origin);
  it('uses the production addresses in production', () => {
    expect(origins('https://www.shili.gov.cn/search/')).toEqual(['https://www.shili.gov.cn', 'https://rsj.shili.gov.cn']);
  });
  it('keeps the port of a test server that answers to the production names', () => {
    expect(origins('https://www.shili.gov.cn:8443/search/')).toEqual(['https://www.shili.gov.cn:8443', 'https://rsj.shili.gov.cn:8443']);
  });
  it('keeps the production addresses on an unknown host', () => {
    expect(origins('http://localhost:3000/search/')).toEqual(['https://www.shili.gov.cn', 'https://rsj.shili.gov.cn']);
  });
});
