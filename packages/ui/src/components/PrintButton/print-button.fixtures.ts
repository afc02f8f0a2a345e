/** Examples for PrintButton: tests and the showcase render each named export. */
export default { title: '打印本页', requirement: 'D8' };

export const standard = {};
export const customLabel = { label: '打印指南' };
