/**
 * Jurisdiction: the level each role works at and whether an official's token covers a place (a
 * township, a county, or a city's counties). Used by rules/authority.ts, which decides; split out of it.
 * SPEC §2 "Who may act"; 001 §五3 (the next level up).
 */
import type { Actor, Level, Role } from './vocabulary.js';

/** The level each role works at. */
export const ROLE_LEVEL: Readonly<Record<Role, Level>> = {
  station_clerk: 'township',
  township_reviewer: 'township',
  township_approver: 'township',
  county_rechecker: 'county',
  county_approver: 'county',
  appeal_reviewer: 'county',
  finance: 'county',
  auditor: 'county',
  ops: 'county',
  // The retired cadres' service institution is the county's (004 §49); the upper department is
  // county-scoped for now (in 004 the city's or province's department, §15, §16).
  retiree_officer: 'county',
  institution_head: 'county',
  retiree_approver: 'county',
};
export const levelOfRole = (r: Role): Level => ROLE_LEVEL[r] ?? 'county';

export interface Place {
  county: string;
  township: string;
}

/**
 * Roles also held at city level (a token naming the city, GB/T 2260 XXXX00): the appeal reviewer of
 * the next level up (001 §五3 上一级退役军人事务部门).
 */
export const CITY_ROLES: readonly Role[] = ['appeal_reviewer'];

/** The actor holds `role`, and its jurisdiction covers this place at the role's level (or `level`). */
export function holdsRoleAt(actor: Actor, role: Role, place: Place, level: Level = levelOfRole(role)): boolean {
  if (!actor.roles.includes(role) || !actor.county) return false;
  switch (level) {
    case 'township':
      return actor.county === place.county && actor.township === place.township;
    case 'county':
      return actor.county === place.county;
    case 'city':
      // A city-level official's token names the city (GB/T 2260 XXXX00); it covers the city's counties.
      return actor.county.endsWith('00') && place.county.slice(0, 4) === actor.county.slice(0, 4);
  }
}

/** The actor may read the case: one of their roles covers its place (a city-level role: the city's counties). */
export const canSeeCase = (actor: Actor, place: Place): boolean => actor.roles.some((r) => holdsRoleAt(actor, r, place) || (CITY_ROLES.includes(r) && holdsRoleAt(actor, r, place, 'city')));
