/**
 * Masking personal data for publication and non-auditor views (SPEC §2.5; PIPL): the name partly, the
 * ID number never in full.
 */

/** Keeps the surname's first character: 张三 → 张*, 欧阳娜娜 → 欧***. */
export function maskName(name: string): string {
  const chars = [...(name ?? '').trim()];
  if (chars.length === 0) return '';
  if (chars.length === 1) return '*';
  return chars[0] + '*'.repeat(chars.length - 1);
}

/** First 6 (region) and last 4 characters at most: 330302197001011234 → 330302********1234. */
export function maskIdNumber(id: string): string {
  const s = (id ?? '').trim();
  if (s.length <= 4) return '*'.repeat(s.length);
  if (s.length < 12) return '*'.repeat(s.length - 2) + s.slice(-2);
  return s.slice(0, 6) + '*'.repeat(s.length - 10) + s.slice(-4);
}
