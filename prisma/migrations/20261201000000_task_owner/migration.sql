-- A task is owned by the workflow that waits for it, not only by a case: the standing duties (roll
-- reviews, annual reviews, visits, referral outcomes, outreach) and the retired-cadre processes keep
-- their tasks in the same inbox. case_id stays the file the task belongs to (and names its audit
-- chain); subject_type says what kind of file; workflow_id is where task updates are sent.
ALTER TABLE "tasks" DROP CONSTRAINT "tasks_case_id_fkey";
ALTER TABLE "tasks" ADD COLUMN "subject_type" TEXT NOT NULL DEFAULT 'case';
ALTER TABLE "tasks" ADD COLUMN "workflow_id" TEXT;
UPDATE "tasks" SET "workflow_id" = 'case-' || "case_id" WHERE "workflow_id" IS NULL;
