/** `eligibility`: an applicant → {eligible, reasons:[{rule, ref, message}]} (SPEC §1; every failing rule). */
import { checkEligibility } from '../../rules/eligibility.js';
import { DEFAULT_PARAMETERS } from '../../rules/parameter-defaults.js';
import { eligibilityInput } from '../../rules/schemas.js';
import { BadInput, readJsonInput, runJsonCommand } from '../io.js';

export function eligibility(): Promise<number> {
  return runJsonCommand(async () => {
    const input = await readJsonInput(eligibilityInput);
    if (input.birthDate > input.applicationDate) throw new BadInput([{ path: 'birthDate', message: 'is after the application date' }]);
    const r = checkEligibility(input, DEFAULT_PARAMETERS);
    return { eligible: r.eligible, reasons: r.reasons };
  });
}
