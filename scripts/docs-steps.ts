/**
 * `npx tsx scripts/docs-steps.ts`: the README's steps table, derived from rules/steps.ts (the same table
 * the workflows open tasks from and the OpenAPI enum lists). test/rules/steps-doc.test.ts fails when the
 * README's copy is stale.
 */
import { stepsTable } from '../rules/steps-doc.js';

process.stdout.write(stepsTable() + '\n');
