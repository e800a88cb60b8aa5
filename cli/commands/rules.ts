/** `deadline`, `eligibility`, `benefit <kind>`: the rules on the command line (JSON in, JSON out). */
import { BENEFIT_KINDS, calculateBenefit, checkEligibility, createCalendar, defaultCalendarData, DEFAULT_PARAMETERS, type BenefitKind } from '../../rules/index.js';
import { benefitInputs, deadlineInput, eligibilityInput } from '../../rules/schemas.js';
import { BadInput, readJsonInput, runJsonCommand, todayShanghai } from '../io.js';

export function deadline(): Promise<number> {
  return runJsonCommand(async () => {
    const input = await readJsonInput(deadlineInput);
    const r = createCalendar(defaultCalendarData()).addWorkingDays(input.received, input.workingDays);
    return { dueDate: r.dueDate, dueAt: r.dueAt, provisional: r.provisional };
  });
}

export function eligibility(): Promise<number> {
  return runJsonCommand(async () => {
    const input = await readJsonInput(eligibilityInput);
    if (input.birthDate > input.applicationDate) throw new BadInput([{ path: 'birthDate', message: 'is after the application date' }]);
    const r = checkEligibility(input, DEFAULT_PARAMETERS);
    return { eligible: r.eligible, reasons: r.reasons };
  });
}

export function benefit(args: string[]): Promise<number> {
  return runJsonCommand(async () => {
    const kind = args[0] as BenefitKind;
    if (!BENEFIT_KINDS.includes(kind)) throw new BadInput([{ path: 'kind', message: `expected one of ${BENEFIT_KINDS.join(', ')}; got ${args[0] ?? 'nothing'}` }]);
    const input = await readJsonInput(benefitInputs[kind]);
    const r = calculateBenefit(kind, input as Record<string, unknown>, DEFAULT_PARAMETERS, todayShanghai());
    return { amountFen: r.amountFen, breakdown: r.breakdown };
  });
}
