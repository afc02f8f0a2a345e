/** Examples for ArchiveLabel: tests and the showcase render each named export; `invalid*` must fail. */
export default { title: '归档标签', requirement: 'D5, S5' };

export const archived = { date: '2024-12-31' };
export const invalidDate = { date: '2024/12/31' };
