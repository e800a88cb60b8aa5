/**
 * Roll comparison (issue 13; 003 §九 定期比对; 001 §四(一) 动态更新; 000 §4), in batches:
 * - someone with a living supplement who left 低保 (absent from the new 低保 roll, or listed as exited)
 *   → a `roll_review` task on their case (001 §四(一): the supplement is for 低保 families);
 * - a veteran known to Bangfu newly on a roll → an `outreach` task at their township (主动发现).
 * Task ids are keyed by person (their case, or a prefix of their keyed hash), roll kind and the
 * change, so importing the same roll again opens nothing twice.
 */
import { leftDibao, newlyOnRoll } from '../../rules/duties/plan.js';
import { existingTaskIds } from '../../store/duties.js';
import { knownPersonsOnRoll, previousRoll, recurringCasesOnRoll, rollById } from '../../store/rolls.js';
import type { Db } from '../../store/db.js';
import type { DutyTaskSpec } from '../../workflows/duties/messages.js';
import { personTag } from './plan.js';

export function rollActivities(db: Db) {
  const fresh = async (specs: DutyTaskSpec[]) => {
    const have = await existingTaskIds(db, specs.map((s) => s.taskId));
    return specs.filter((s) => !have.has(s.taskId));
  };
  return {
    /** Living supplements whose person left 低保 on this roll (dibao rolls only). */
    async rollLeftDibao(req: { rollId: string }): Promise<DutyTaskSpec[]> {
      const roll = await rollById(db, req.rollId);
      if (!roll || roll.kind !== 'dibao') return [];
      const specs: DutyTaskSpec[] = [];
      for (const c of await recurringCasesOnRoll(db, roll.id, roll.region)) {
        if (!leftDibao(c.status ? { status: c.status } : undefined)) continue;
        specs.push({
          taskId: `${c.caseId}-roll_review-${roll.kind}`,
          type: 'roll_review',
          chainId: c.caseId,
          caseId: c.caseId,
          matter: 'living_supplement',
          county: c.county,
          township: c.township,
          deadline: { paramKey: 'roll_review_working_days' },
          data: { rollId: roll.id, rollKind: roll.kind, change: c.status === 'exited' ? 'exited' : 'absent', outcomes: ['continue', 'adjust', 'stop'] },
          refs: ['003 §九', '001 §四(一)', '000 §4'],
        });
      }
      return fresh(specs);
    },

    /** Known veterans newly on the roll, lines [fromLine, toLine). */
    async rollOutreachBatch(req: { rollId: string; fromLine: number; toLine: number }): Promise<DutyTaskSpec[]> {
      const roll = await rollById(db, req.rollId);
      if (!roll) return [];
      const prev = await previousRoll(db, roll);
      const specs: DutyTaskSpec[] = [];
      for (const k of await knownPersonsOnRoll(db, roll.id, prev?.id ?? null, req.fromLine, req.toLine)) {
        if (!newlyOnRoll({ status: k.status }, k.before ? { status: k.before } : undefined)) continue;
        specs.push({
          taskId: `OR-${personTag(k.personKey)}-${roll.kind}-${k.since}`,
          type: 'outreach',
          chainId: k.caseId,
          caseId: k.caseId,
          county: k.county,
          township: k.township,
          deadline: { paramKey: 'outreach_working_days' },
          data: { rollId: roll.id, rollKind: roll.kind, since: k.since, line: k.line },
          refs: ['003 §九 主动发现', '000 §5', '001 §四(一) 建档立卡'],
        });
      }
      return fresh(specs);
    },
  };
}
