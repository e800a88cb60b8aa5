/**
 * Priority for queues and budgets (000 §3): severity dominates; at equal hardship, combat, decorated
 * and remote/hard-post service raise the score; conduct is a tie-breaker.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priorityScore, type PriorityInput } from '../../rules/index.js';

describe('priority (000 §3: severity first; at equal hardship, combat, decorated and remote service raise it)', () => {
  const score = (i: PriorityInput) => priorityScore(i).score;
  const allService = { combatVeteran: true, decorated: true, remoteHardshipService: true };

  it('000 §3 防止搞平均主义: a more severe case outranks a less severe one with every service point', () => {
    // Situation 4 (disaster, accident, major illness) is more severe than situation 5 (other).
    expect(score({ hardshipSituation: 4 })).toBeGreaterThan(score({ hardshipSituation: 5, ...allService }));
    expect(score({ hardshipSituation: 4, conductConcern: true })).toBeGreaterThan(score({ hardshipSituation: 5, ...allService }));
    expect(score({ hardshipSituation: 2, householdStatus: 'tekun' })).toBeGreaterThan(score({ hardshipSituation: 2, householdStatus: 'dibao', ...allService }));
    expect(score({ hardshipSituation: 2, emergency: true })).toBeGreaterThan(score({ hardshipSituation: 2, ...allService }));
  });

  it('000 §3 同等困难条件下…倾斜: at equal severity each of combat, decorated, remote service raises the score', () => {
    const base: PriorityInput = { hardshipSituation: 1, householdStatus: 'dibao' };
    for (const flag of ['combatVeteran', 'decorated', 'remoteHardshipService'] as const) {
      expect(score({ ...base, [flag]: true }), flag).toBeGreaterThan(score(base));
    }
    expect(score({ ...base, ...allService })).toBeGreaterThan(score({ ...base, combatVeteran: true }));
    expect(score({ ...base, conductConcern: true })).toBeLessThan(score(base));
    expect(priorityScore({ ...base, combatVeteran: true }).explanation.join('\n')).toMatch(/000 §3/);
  });

  it('property: service and conduct never overturn a difference in severity', () => {
    const severity = fc.record({
      hardshipSituation: fc.integer({ min: 1, max: 5 }),
      householdStatus: fc.option(fc.constantFrom('tekun', 'dibao', 'dibao_edge', 'expenditure_poverty', 'none'), { nil: undefined }),
      emergency: fc.boolean(),
      seriouslyIllOrDisabled: fc.boolean(),
    });
    const service = fc.record({ combatVeteran: fc.boolean(), decorated: fc.boolean(), remoteHardshipService: fc.boolean(), conductConcern: fc.boolean() });
    fc.assert(
      fc.property(severity, severity, service, service, (a, b, sa, sb) => {
        const bareA = score(a);
        const bareB = score(b);
        if (bareA > bareB) expect(score({ ...a, ...sa })).toBeGreaterThan(score({ ...b, ...sb }));
        if (bareA === bareB) {
          // Equal severity: the one with strictly more service (and no worse conduct) ranks higher.
          const pts = (s: typeof sa) => +s.combatVeteran + +s.decorated + +s.remoteHardshipService;
          if (pts(sa) > pts(sb) && sa.combatVeteran >= sb.combatVeteran && sa.decorated >= sb.decorated && sa.remoteHardshipService >= sb.remoteHardshipService && !sa.conductConcern) {
            expect(score({ ...a, ...sa })).toBeGreaterThan(score({ ...b, ...sb }));
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
