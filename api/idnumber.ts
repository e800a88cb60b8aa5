/**
 * Resident identity card numbers, GB 11643-1999: 6-digit area code, 8-digit birth date, 3-digit sequence,
 * and a check character by ISO 7064 MOD 11-2 ('0'–'9' or 'X').
 * Kept here so the API can refuse a bad number with a 400 naming `applicant.idNumber`.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK = '10X98765432';

/** The MOD 11-2 check character for the first 17 digits. */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

/** Why the number is not a valid GB 11643 number, or null when it is. */
export function idNumberProblem(value: string): string | null {
  if (value.length !== 18) return `must be 18 characters (GB 11643), got ${value.length}`;
  if (!/^\d{17}[\dX]$/i.test(value)) return 'must be 17 digits followed by a digit or X (GB 11643)';
  const y = Number(value.slice(6, 10));
  const m = Number(value.slice(10, 12));
  const d = Number(value.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1850 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return 'has no valid birth date in positions 7–14 (GB 11643)';
  }
  if (date.getTime() > Date.now()) return 'has a birth date in the future';
  const expected = idCheckCharacter(value.slice(0, 17));
  if (value[17]!.toUpperCase() !== expected) return 'check character does not match (GB 11643, ISO 7064 MOD 11-2)';
  return null;
}

export function isValidIdNumber(value: string): boolean {
  return idNumberProblem(value) === null;
}

/** A valid number for an area code, birth date (YYYYMMDD) and sequence: used by tests and examples. */
export function makeIdNumber(area: string, birth: string, seq: string): string {
  const body = `${area}${birth}${seq}`;
  return body + idCheckCharacter(body);
}
