/**
 * A deliberately incompatible change of the case workflow, used only to prove the replay gate bites:
 * it starts a timer before doing what the recorded histories say the workflow did first.
 */
import { sleep } from '@temporalio/workflow';
import { caseWorkflow as current, type Carried } from '../../../workflows/case/process.js';
import type { CaseInput, CaseState } from '../../../workflows/definitions.js';

export async function caseWorkflow(input: CaseInput, carried?: Carried): Promise<CaseState> {
  await sleep('1 second');
  return current(input, carried);
}
