/** Examples for Emblem: tests and the showcase render each named export. */
export default { title: '国徽', requirement: 'D2' };

/** The slot is empty in this repository: a neutral labelled placeholder. */
export const placeholder = { official: null };
