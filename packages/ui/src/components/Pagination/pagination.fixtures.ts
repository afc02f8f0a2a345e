/** Examples for Pagination: tests and the showcase render each named export. */
export default { title: '分页', requirement: 'D9' };

const pathOf = (n: number) => (n === 1 ? '/news/' : `/news/index_${n}/`);
export const firstOfThree = { current: 1, total: 3, pathOf };
export const middleOfTwelve = { current: 6, total: 12, pathOf };
export const singlePage = { current: 1, total: 1, pathOf };
