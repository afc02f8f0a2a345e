/** Dates in the library are Beijing time strings; all arithmetic here is on calendar days. */

const DAY = 86_400_000;

/** "2025-03-14 09:30" or "2025-03-14" → "2025-03-14". */
export const dayOf = (date: string) => date.slice(0, 10);

const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((utc(dayOf(b)) - utc(dayOf(a))) / DAY);
}

/** The same day `months` months later (clamped to the month's last day). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = dayOf(day).split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Minutes since the epoch of "YYYY-MM-DD HH:MM" (as if UTC: only differences matter). */
export function minutesOf(dateTime: string): number {
  const time = dateTime.length > 10 ? dateTime.slice(11, 16) : '00:00';
  return Date.parse(`${dateTime.slice(0, 10)}T${time}:00Z`) / 60_000;
}

export function isDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

/** Today in Beijing time, YYYY-MM-DD. */
export function today(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}
