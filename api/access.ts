/**
 * Jurisdiction (SPEC §2 "Officials act only within their own township/county"): township roles see and
 * act on cases of their township, county roles on cases of their county. The same rules as
 * workflows/guards.ts, applied to the database rows before anything reaches the workflow.
 */
import { TASK_ROLE, type Actor, type Role, type TaskType } from '../workflows/definitions.js';

export const TOWNSHIP_ROLES: readonly Role[] = ['station_clerk', 'township_reviewer', 'township_approver'];
export const TASK_ROLES: readonly Role[] = [...new Set(Object.values(TASK_ROLE).map((t) => t.role))];

export interface Place {
  county: string;
  township: string;
}

export const levelOfRole = (r: Role): 'township' | 'county' => (TOWNSHIP_ROLES.includes(r) ? 'township' : 'county');

/** The actor holds `role` for this place. */
export function holdsRoleAt(actor: Actor, role: Role, place: Place): boolean {
  if (!actor.roles.includes(role) || actor.county !== place.county) return false;
  return levelOfRole(role) === 'county' || actor.township === place.township;
}

/** The actor may read the case: one of their roles covers its place. */
export function canSeeCase(actor: Actor, place: Place): boolean {
  return actor.roles.some((r) => holdsRoleAt(actor, r, place));
}

/** Role and jurisdiction for a task of this type at this place. */
export function canActOnTask(actor: Actor, type: TaskType, place: Place): boolean {
  return holdsRoleAt(actor, TASK_ROLE[type].role, place);
}
