/** `deadline`: {received, workingDays} → {dueDate, dueAt, provisional} (SPEC §2 "Working days"; bundled calendar). */
import { addWorkingDays } from '../../rules/calendar.js';
import { deadlineInput } from '../../rules/schemas.js';
import { BadInput, readJsonInput, runJsonCommand } from '../io.js';

export function deadline(): Promise<number> {
  return runJsonCommand(async () => {
    const input = await readJsonInput(deadlineInput);
    let r;
    try {
      r = addWorkingDays(input.received, input.workingDays);
    } catch (e) {
      // Valid fields whose deadline falls beyond the calendar's range (2100).
      if (e instanceof RangeError) throw new BadInput([{ path: 'workingDays', message: e.message }]);
      throw e;
    }
    return { dueDate: r.dueDate, dueAt: r.dueAt, provisional: r.provisional };
  });
}
