import { it } from 'vitest';
import { parseItem } from '@jiyue/content';
import { item } from '../../src/testing/index.ts';
it('x', () => {
  for (const body of ['<script>alert(1)</script>', '<img src="x.png" alt="a" onerror="alert(1)">', '[点我](javascript:alert(1))', '<a href="JaVaScRiPt&#58;alert(1)">x</a>', '![图](data:image/png;base64,AAAA)', '<a href="data:text/html,<b>x</b>">x</a>', '[x](  javascript:void(0))', '<svg onload="alert(1)"></svg>', '<iframe src="/x"></iframe>', '<a href="vbscript:msgbox(1)">x</a>', '<div style="background:url(javascript:alert(1))">x</div>', '<p>ok</p>']) {
    const r = parseItem(new TextEncoder().encode(item({ body })), 'content/items/city/x.md');
    console.log(body, '=>', r.problems.map((p) => `${p.rule}@${p.line}:${p.column} ${p.message.slice(0, 60)}`).join(' | ') || `OK html=${r.item?.html}`);
  }
});
