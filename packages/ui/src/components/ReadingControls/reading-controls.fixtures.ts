/** Examples for ReadingControls: tests and the showcase render each named export. */
export default { title: '字号与长者模式', requirement: 'D7' };

/** No options: the state lives in <html data-font data-elder>, set by scripts/prefs.js. */
export const toolbar = {};
