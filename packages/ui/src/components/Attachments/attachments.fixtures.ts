/** Examples for Attachments: tests and the showcase render each named export. */
export default { title: '附件', requirement: 'D8' };

export const twoFiles = {
  attachments: [
    { title: '示例市优化营商环境若干措施（全文）', file: 'files/yingshang-quanwen.pdf' },
    { title: '企业开办事项清单', file: '/files/qiye-kaiban.xlsx' },
  ],
};
