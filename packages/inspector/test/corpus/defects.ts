/**
 * Planted defects for the text rules: realistic sentences, each inserted as its own paragraph
 * into a clean corpus document. `also` lists other rules the same sentence rightly breaks.
 */
export interface Planted {
  rule: string;
  text: string;
  also?: string[];
}

export const planted: Planted[] = [
  // forbidden/id-card (valid GB 11643 check characters)
  { rule: 'forbidden/id-card', text: '经审核，拟认定张某某（身份证号：11010519491231002X）为见义勇为人员，现予公示。' },
  { rule: 'forbidden/id-card', text: '低保对象名单：王某，身份证号码320102197608152243，保障人口2人。' },
  { rule: 'forbidden/id-card', text: '| 李某 | 44052419850312001X | 一级 |' },
  { rule: 'forbidden/id-card', text: '申请人赵某（公民身份号码 990000199001011239）提交的复议申请已受理。' },
  // forbidden/mobile
  { rule: 'forbidden/mobile', text: '如有疑问，请联系经办人刘先生，手机13899990003。' },
  { rule: 'forbidden/mobile', text: '失物招领：市民在政务服务中心拾到钱包一个，请失主拨打186-9999-0002认领。' },
  { rule: 'forbidden/mobile', text: '村级联络员：陈某某，联系方式 139 9999 0001。' },
  { rule: 'forbidden/mobile', text: '请拨打咨询热线: 13761152229，我们会详细为你一一解答你心中的疑难。', also: ['forbidden/advertising'] },
  // forbidden/bank-card
  { rule: 'forbidden/bank-card', text: '补贴资金已打入申请人银行卡6222020200012345670，请注意查收。' },
  { rule: 'forbidden/bank-card', text: '请将款项汇入 4111 1111 1111 1111 账户，逾期不予受理。' },
  { rule: 'forbidden/bank-card', text: '收款人：王某，农业银行卡号6228480012345678903。' },
  // forbidden/advertising (one is the spam found on a real municipal page)
  { rule: 'forbidden/advertising', text: '我们凭借多年的网站建设经验，坚持以“帮助中小企业实现网络营销化”为宗旨，累计为4000多家客户提供品质建站服务，得到了客户的一致好评。如果您有网站建设、网站改版、域名注册、主机空间、手机网站建设、网站备案等方面的需求，请立即点击咨询我们或拨打咨询热线: 13761152229，我们会详细为你一一解答你心中的疑难。', also: ['forbidden/mobile'] },
  { rule: 'forbidden/advertising', text: '专业代开发票、刻章办证，价格优惠，加微信咨询。' },
  { rule: 'forbidden/advertising', text: '承接网站建设、网站改版，价格优惠，欢迎来电13912345670。', also: ['forbidden/mobile'] },
  { rule: 'forbidden/advertising', text: '无抵押贷款，当天放款，贷款秒批，详情请电询。' },
  // forbidden/gambling (one is the line injected into a real municipal page)
  { rule: 'forbidden/gambling', text: '365bet官方网址_365betvip5_beat365亚洲体育在线' },
  { rule: 'forbidden/gambling', text: '真人娱乐城开户即送彩金，百家乐、老虎机24小时在线。' },
  { rule: 'forbidden/gambling', text: '更多精彩活动请访问[优惠专区](https://www.bet365-vip.com/promo)。', also: ['forbidden/external-link'] },
  { rule: 'forbidden/gambling', text: '澳门新葡京官方授权，体育投注首存优惠高达百分之百。' },
  // forbidden/external-link
  { rule: 'forbidden/external-link', text: '报名请访问[报名系统](https://signup.example.com/form)填写信息。' },
  { rule: 'forbidden/external-link', text: '更多信息请访问 www.example-market.com 了解。' },
  { rule: 'forbidden/external-link', text: '<a href="http://img.example.net/banner.png">活动海报</a>' },
  { rule: 'forbidden/external-link', text: '相关视频见 https://video.example.org/watch?v=123 。' },
  { rule: 'forbidden/external-link', text: '报名请点击<a href="https&#58;//signup.example.com/">这里</a>。' },
  { rule: 'forbidden/external-link', text: '详见<a href="/\\example.com/notice">通知</a>。' },
  { rule: 'forbidden/external-link', text: '报名见<a href="//signup.example.com/">报名系统</a>。' },
  // forbidden/ip-literal
  { rule: 'forbidden/ip-literal', text: '报名请访问[报名系统](http://192.168.10.20/form)。' },
  { rule: 'forbidden/ip-literal', text: '下载地址：<a href="http://[2001:db8::1]/x.pdf">附件</a>。' },
  { rule: 'forbidden/ip-literal', text: '<a href="http&#58;//10.0.0.1/a.pdf">附件</a>' },
  // forbidden/classified
  { rule: 'forbidden/classified', text: '机密★1年' },
  { rule: 'forbidden/classified', text: '本材料为内部资料，注意保密。' },
  { rule: 'forbidden/classified', text: '会议纪要仅供参会单位参阅，不得外传。' },
  // language/traditional
  { rule: 'language/traditional', text: '推動經濟高質量發展，加快建設現代化產業體系。' },
  { rule: 'language/traditional', text: '沿江綫路全线贯通，峯值客流达到1.2万人次。' },
  { rule: 'language/traditional', text: '關於開展安全生產大檢查的通知已印发各单位。' },
  { rule: 'language/traditional', text: '市民服务中心窗口服务时间调整为上午9时至下午5时，具體安排另行通知。' },
  // language/serious-typo
  { rule: 'language/serious-typo', text: '依据《中华人名共和国行政许可法》有关规定办理。' },
  { rule: 'language/serious-typo', text: '国物院办公厅印发通知，要求各地加强政府网站管理。' },
  { rule: 'language/serious-typo', text: '市第十六届人民代表大汇第三次会议胜利闭幕。' },
  { rule: 'language/serious-typo', text: '市人民检查院对案件依法提起公诉。' },
  // language/confusion
  { rule: 'language/confusion', text: '希望全体干部再接再励，再创佳绩。' },
  { rule: 'language/confusion', text: '会议对下一步工作作出布署。' },
  { rule: 'language/confusion', text: '新馆座落于滨江路，建筑面积1.2万平方米。' },
];
