/** Examples for DraftBanner: tests and the showcase render each named export; `invalid*` must fail. */
export default { title: '草稿标签', requirement: 'C5' };

export const draft = { state: 'draft', date: '2026-12-05 09:00' };
export const scheduled = { state: 'scheduled', date: '2026-12-05 09:00' };
export const invalidState = { state: 'published', date: '2026-12-05 09:00' };
