-- Ops: the overdue / due-soon list filtered by county alone, ordered by due time, reads this index
-- in order instead of sorting the county's open tasks (measured 20–25 ms at 100k open tasks before).
CREATE INDEX "tasks_open_county_only_due_at_idx" ON "tasks"("county", "due_at") WHERE "status" = 'open';
