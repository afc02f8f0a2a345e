/** A small registry for rule fixtures: the city portal with many columns, and one department. */
export const FIXTURE_REGISTRY = `city:
  name: 示例市
  pinyin: shili
  demo: true
sites:
  - id: city
    name: 示例市人民政府
    kind: city-portal
    domain: www.shili.gov.cn
    chineseDomain: 示例市人民政府.政务
    siteCode: "9900000001"
    icp: 演ICP备99000001号
    police: { number: 演公网安备99000002000001号, recordcode: "99000002000001" }
    sponsor: 示例市人民政府办公室
    operator: 示例市大数据管理局
    contact: { phone: 0999-12345678, email: web@shili.gov.cn }
    partyGovLabel: "99000000001"
    emblem: national
    roster:
      editors: [林晓雯, 周子航]
      reviewers: [陈立新]
      approvers: [王建国]
    columns:
      - { id: news, name: 政务要闻, type: news }
      - { id: district-news, name: 区县动态, type: news }
      - { id: work, name: 部门动态, type: news }
      - { id: notices, name: 通知公告, type: notice }
      - { id: bulletins, name: 公示公告, type: notice }
      - { id: policies, name: 政策文件, type: policy }
      - { id: interpretations, name: 政策解读, type: interpretation }
      - { id: responses, name: 回应关切, type: response }
      - { id: guides, name: 办事指南, type: guide }
      - { id: about, name: 市情概况, type: info }
      - { id: disclosure, name: 政府信息公开, type: disclosure }
      - { id: statistics, name: 统计数据, type: statistics }
      - { id: topics, name: 专题专栏, type: topic }
      - { id: messages, name: 留言答复, type: message }
      - { id: faq, name: 知识库, type: faq }
  - id: fgw
    name: 示例市发展和改革委员会
    kind: department
    parent: city
    domain: fgw.shili.gov.cn
    chineseDomain: 示例市发展和改革委员会.政务
    siteCode: bm99000101
    icp: 演ICP备99000001号-2
    police: { number: 演公网安备99000002000101号, recordcode: "99000002000101" }
    sponsor: 示例市发展和改革委员会
    operator: 示例市发展和改革委员会办公室
    contact: { phone: 0999-12340001 }
    partyGovLabel: "99000000101"
    logo: logos/fgw.svg
    roster:
      editors: [蒋文静]
      reviewers: [沈国平]
      approvers: [韩立军]
    columns:
      - { id: news, name: 工作动态, type: news }
      - { id: policies, name: 政策文件, type: policy }
`;
