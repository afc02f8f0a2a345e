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
  // --- Personal data as it is really written (issue 12): at least ten spellings per class. ---
  // forbidden/id-card: entities, invisible characters, non-breaking and ideographic spaces,
  // full-width digits, groups, hyphens, bold split, the 15-digit old number
  { rule: 'forbidden/id-card', text: '经审核，拟认定张某（身份证号：&#51;20102197608152243）为见义勇为人员。' },
  { rule: 'forbidden/id-card', text: '低保对象王某，身份证号码 3201021976\u200b08152243，保障人口2人。' },
  { rule: 'forbidden/id-card', text: '申请人李某，公民身份号码 510107\u00a019920305\u00a04326。' },
  { rule: 'forbidden/id-card', text: '获奖学生刘某，身份证号３３０１０６１９８５０６１７００２０。' },
  { rule: 'forbidden/id-card', text: '受助人陈某，身份证 4403 0119 8811 2000 16。' },
  { rule: 'forbidden/id-card', text: '当事人孙某，身份证号码：370202 19700101 0032。' },
  { rule: 'forbidden/id-card', text: '被执行人周某，证件号码 650102-19990909-0088。' },
  { rule: 'forbidden/id-card', text: '退役军人吴某，身份证号：320102760815224（15位旧证）。' },
  { rule: 'forbidden/id-card', text: '困难职工郑某，身份证号42010619**8012**120076。' },
  { rule: 'forbidden/id-card', text: '申请人冯某，身份证号码&#x31;1010519491231002x。' },
  { rule: 'forbidden/id-card', text: '拟表彰对象褚某，身份证号６１０１１３　１９７５１０３０　００６６。' },
  { rule: 'forbidden/id-card', text: '原登记人卫某，老身份证号 110105 491231 002。' },
  // forbidden/mobile: +86 in every form, invisible characters, full-width digits, entities,
  // non-breaking spaces, digit by digit, bold split, dashes
  { rule: 'forbidden/mobile', text: '请失主联系 +8613912345678 认领。' },
  { rule: 'forbidden/mobile', text: '联系人：蒋先生，电话 +86 139 9999 0005。' },
  { rule: 'forbidden/mobile', text: '报名联系人沈女士，(+86)186-9999-0006。' },
  { rule: 'forbidden/mobile', text: '村级联络员韩某，手机139\u200b9999\u200b0007。' },
  { rule: 'forbidden/mobile', text: '网格员杨某，联系电话１５８９９９９０００８。' },
  { rule: 'forbidden/mobile', text: '志愿者朱某，手机 136\u00a09999\u00a00009。' },
  { rule: 'forbidden/mobile', text: '联系人秦某，手机&#49;3799990010。' },
  { rule: 'forbidden/mobile', text: '境外来电请拨 008615099990011 联系许某。' },
  { rule: 'forbidden/mobile', text: '联系人何某：1 5 1 9 9 9 9 0 0 1 2。' },
  { rule: 'forbidden/mobile', text: '经办人吕某，手机177**9999**0013。' },
  { rule: 'forbidden/mobile', text: '联系人施某，手机188—9999—0014。' },
  { rule: 'forbidden/mobile', text: '联系人张某，电话：+86-13999990015。' },
  // forbidden/bank-card: groups of four with spaces or hyphens, full-width, invisible characters,
  // non-breaking and ideographic spaces, entities, bold split
  { rule: 'forbidden/bank-card', text: '补贴已发放至申请人账户 6222 0202 0001 2345 670。' },
  { rule: 'forbidden/bank-card', text: '收款人：孔某，卡号 6228-4800-1234-5678-903。' },
  { rule: 'forbidden/bank-card', text: '请将退费汇入曹某的银行卡６２１７００１２３４５６７８９０１２２。' },
  { rule: 'forbidden/bank-card', text: '补助资金打入严某银行卡6225\u200b8801\u200b2345\u200b67899。' },
  { rule: 'forbidden/bank-card', text: '退款账户：华某，3568\u00a08912\u00a03456\u00a07899。' },
  { rule: 'forbidden/bank-card', text: '奖金已转入金某的银行卡&#54;011001234567891。' },
  { rule: 'forbidden/bank-card', text: '补偿款汇入魏某银行卡6230**5800**00123456787。' },
  { rule: 'forbidden/bank-card', text: '收款银行卡号：6226 0912 3412 3412 348，户名陶某。' },
  { rule: 'forbidden/bank-card', text: '慰问金已打入姜某的卡621483012345678910。' },
  { rule: 'forbidden/bank-card', text: '请汇款至戚某的银行卡６２２２　０２０２　０００１　２３４５　６７０。' },
  { rule: 'forbidden/bank-card', text: '保证金请转入谢某的卡 4111-1111-1111-1111。' },
  // forbidden/personal-email: providers in every spelling of @ and dot, mailto and autolinks
  { rule: 'forbidden/personal-email', text: '报名表请发送至 12345678@qq.com，联系人王老师。' },
  { rule: 'forbidden/personal-email', text: '投稿邮箱：Li.Ming＠163.COM。' },
  { rule: 'forbidden/personal-email', text: '如有疑问请发邮件至 zhang_wei(at)126.com。' },
  { rule: 'forbidden/personal-email', text: '意见请发送至[邮箱](mailto:wanghua2024@gmail.com)。' },
  { rule: 'forbidden/personal-email', text: '材料请发至 chen88 [at] sina [dot] com。' },
  { rule: 'forbidden/personal-email', text: '请将作品发送至 liuyang1990#hotmail.com（把#换成@）。' },
  { rule: 'forbidden/personal-email', text: '联系邮箱：<zhaolei@outlook.com>' },
  { rule: 'forbidden/personal-email', text: '报名邮箱 sunli&#64;yeah.net，截止9月30日。' },
  { rule: 'forbidden/personal-email', text: '联系人邮箱：wu\u200bgang@139.com。' },
  { rule: 'forbidden/personal-email', text: '联系邮箱：ｈｕａｎｇ＠ｆｏｘｍａｉｌ．ｃｏｍ' },
  { rule: 'forbidden/personal-email', text: '请联系 xiaoming@vip.qq.com 领取证书。' },
  { rule: 'forbidden/personal-email', text: '申报材料发送至 zhoujie@163。com 即可。' },
  // forbidden/home-address: down to building, unit and room, in the ways people write them
  { rule: 'forbidden/home-address', text: '失主张某，住幸福小区3栋2单元501室，请拾到者联系社区。' },
  { rule: 'forbidden/home-address', text: '申请人李某，现住址：示例市东城区和平里12号楼3单元602。' },
  { rule: 'forbidden/home-address', text: '低保对象王某，锦绣花园5-2-301。' },
  { rule: 'forbidden/home-address', text: '公示对象：赵某，红旗村三组12号。' },
  { rule: 'forbidden/home-address', text: '救助对象钱某，阳光家园A座1502室。' },
  { rule: 'forbidden/home-address', text: '当事人孙某，家住示例市滨江路88号翠苑7幢402室。' },
  { rule: 'forbidden/home-address', text: '受助人周某，金色家园小区北区６号楼２单元１１０１室。' },
  { rule: 'forbidden/home-address', text: '申请人吴某，职工宿舍2栋301。' },
  { rule: 'forbidden/home-address', text: '户籍地址：示例市西湖路15号院2号楼1门301。' },
  { rule: 'forbidden/home-address', text: '联系人郑某，明珠公寓B栋1801。' },
  { rule: 'forbidden/home-address', text: '困难户冯某，和谐新村8栋1单元202。' },
  { rule: 'forbidden/home-address', text: '被执行人陈某，居住在东湖社区9幢2单元301号。' },
  // --- Spam by its shape: handles with or without a colon, disguised spellings, cues ---
  { rule: 'forbidden/advertising', text: '加微信 xyz123 了解详情，名额有限。' },
  { rule: 'forbidden/advertising', text: '请加微信 abc_2024 或 QQ 12345678，备注来意。' },
  { rule: 'forbidden/advertising', text: '加V：dk8888，代开各类发票。' },
  { rule: 'forbidden/advertising', text: 'vx: loan668 低息贷款当天放款。' },
  { rule: 'forbidden/advertising', text: '薇信 zhuanqian99 兼职日结。' },
  { rule: 'forbidden/advertising', text: '扣扣 12345678 刷单返利。' },
  { rule: 'forbidden/advertising', text: '需要的朋友私聊 TG @bocai123。' },
  { rule: 'forbidden/advertising', text: '威信号 hy2025，办证包过。' },
  { rule: 'forbidden/advertising', text: '微 信：abc123 优惠多多。' },
  { rule: 'forbidden/advertising', text: '全新正品低价批发，微信同号 13912345670。', also: ['forbidden/mobile'] },
  { rule: 'forbidden/advertising', text: 'ｖｘ：ｍｏｎｅｙ８８８ 日赚五百不是梦。' },
  { rule: 'forbidden/advertising', text: '招代理，佣金高，企鹅 88886666。' },
  // --- Gambling by vocabulary and host, however spelled ---
  { rule: 'forbidden/gambling', text: '百 家 乐、老 虎 机在线玩，天天有惊喜。' },
  { rule: 'forbidden/gambling', text: '菠菜平台推荐，稳定出款。' },
  { rule: 'forbidden/gambling', text: '真人视讯、棋牌游戏平台，在线开户。' },
  { rule: 'forbidden/gambling', text: '注册即送彩.金 888 元。' },
  { rule: 'forbidden/gambling', text: '立即体验请访问 www.amxpj88.com 。', also: ['forbidden/external-link'] },
  { rule: 'forbidden/gambling', text: '最新网址：hg0088.vip', also: ['forbidden/external-link'] },
  { rule: 'forbidden/gambling', text: '足球赌球外围投注，返水1.5%。' },
  { rule: 'forbidden/gambling', text: '开元棋牌，上下分秒到账。' },
  { rule: 'forbidden/gambling', text: '香港马会一肖一码，特码精准。' },
  { rule: 'forbidden/gambling', text: '澳门&#33889;京在线娱乐。' },
];
