/**
 * `benefit <kind>`: inputs → {amountFen, breakdown} (SPEC §3). Parameters as of `onDate`, else today
 * in Asia/Shanghai; `region` picks regional rows (bundled defaults only: the CLI reads no database).
 */
import { BENEFIT_KINDS, calculateBenefit, type BenefitKind } from '../../rules/benefits.js';
import { DEFAULT_PARAMETERS } from '../../rules/parameter-defaults.js';
import { benefitInputs } from '../../rules/schemas.js';
import { BadInput, readJsonInput, runJsonCommand, todayShanghai } from '../io.js';

export function benefit(args: string[]): Promise<number> {
  return runJsonCommand(async () => {
    const kind = args[0] as BenefitKind;
    if (!BENEFIT_KINDS.includes(kind)) throw new BadInput([{ path: 'kind', message: `expected one of ${BENEFIT_KINDS.join(', ')}; got ${args[0] ?? 'nothing'}` }]);
    const input = await readJsonInput(benefitInputs[kind]);
    const r = calculateBenefit(kind, input as Record<string, unknown>, DEFAULT_PARAMETERS, todayShanghai());
    return { amountFen: r.amountFen, breakdown: r.breakdown };
  });
}
