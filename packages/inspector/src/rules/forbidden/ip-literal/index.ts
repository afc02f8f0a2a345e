import type { ItemRule } from '../../../types.ts';
import { atLink } from '../../shared.ts';

export const rule: ItemRule = {
  id: 'forbidden/ip-literal',
  scope: 'item',
  severity: 'error',
  title: '链接或资源使用 IP 地址',
  requirements: ['D6'],
  check(source) {
    // Never admitted by the host allow-list: an address has no owner to review, and an IPv4
    // literal cannot be reached by IPv6-only users.
    return source.links
      .filter((l) => l.ipLiteral)
      .map((l) => atLink(source, l, `链接使用了 IP 地址 ${l.host}，而不是域名`, '改用该网站的域名（本网站的页面和文件用相对路径）；IP 地址无法审核其归属，IPv4 地址在 IPv6 网络下也无法访问。'));
  },
};
