/** Examples for SearchBox: tests and the showcase render each named export. */
export default { title: '站内搜索框', requirement: 'Q1' };

export const empty = {};
export const withQuery = { value: '营商环境' };
