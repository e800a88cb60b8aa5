/**
 * Resident identity card numbers (GB 11643-1999): 18 characters — 6-digit region, 8-digit birth date,
 * 3-digit sequence, and a check character computed by ISO 7064 MOD 11-2 (0–9 or X).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

/** Why an ID number is invalid, or null when it is valid. */
export function idNumberProblem(id: string): string | null {
  if (typeof id !== 'string' || id.length !== 18) return 'must be 18 characters (GB 11643)';
  if (!/^\d{17}[\dXx]$/.test(id)) return 'must be 17 digits followed by a digit or X';
  const y = +id.slice(6, 10);
  const m = +id.slice(10, 12);
  const d = +id.slice(12, 14);
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return 'contains an impossible birth date';
  if (idCheckCharacter(id.slice(0, 17)) !== id[17]!.toUpperCase()) return 'check character does not match (MOD 11-2)';
  return null;
}

export function isValidIdNumber(id: string): boolean {
  return idNumberProblem(id) === null;
}

/** Birth date (YYYY-MM-DD) encoded in a valid ID number. */
export function birthDateOf(id: string): string {
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}
