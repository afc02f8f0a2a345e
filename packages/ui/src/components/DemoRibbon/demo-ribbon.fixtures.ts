/** Examples for DemoRibbon: tests and the showcase render each named export. */
export default { title: '演示网站提示', requirement: 'demo city' };

export const demoCity = { cityName: '示例市' };
