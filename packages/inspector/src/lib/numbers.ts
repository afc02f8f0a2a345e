import { isDay } from './dates.ts';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/**
 * An 18-character 居民身份证号码 per GB 11643-1999: 6-digit region (first digit 1–9),
 * a real birth date from 1900 on, 3-digit sequence, and the ISO 7064 MOD 11-2 check character.
 */
export function isIdCardNumber(s: string): boolean {
  if (!/^[1-9]\d{16}[\dXx]$/.test(s)) return false;
  const birth = `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`;
  const year = Number(s.slice(6, 10));
  if (year < 1900 || year > 2100 || !isDay(birth)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(s[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11] === s[17]!.toUpperCase();
}

/** The Luhn (mod 10) check used by bank card numbers. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** First two digits of a mainland region code (GB/T 2260 provinces), and 99, the demo city's. */
const PROVINCES = new Set([11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 99]);

/**
 * A 15-digit 居民身份证号码 of the first generation (issued until 2004, still printed in old
 * lists): a region code of a real province, a real birth date 19YYMMDD, a 3-digit sequence. It
 * has no check digit, so the province and the date are what set it apart from other numbers.
 */
export function isOldIdCardNumber(s: string): boolean {
  if (!/^\d{15}$/.test(s) || !PROVINCES.has(Number(s.slice(0, 2)))) return false;
  return isDay(`19${s.slice(6, 8)}-${s.slice(8, 10)}-${s.slice(10, 12)}`);
}
