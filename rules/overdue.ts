/**
 * One rule for "late", used by the workflow's deadline watcher, the inbox, the case view and the ops
 * lists alike. A deadline is an instant (the end of the due day, Asia/Shanghai): at that instant and
 * after, the step is overdue; one millisecond before, it is not. SPEC §2 "At a deadline nothing is
 * decided automatically": overdue is a mark, never a decision.
 */
export function isOverdue(dueAt: Date | string | number | null | undefined, now: Date | number): boolean {
  if (dueAt === null || dueAt === undefined) return false;
  const due = typeof dueAt === 'number' ? dueAt : typeof dueAt === 'string' ? Date.parse(dueAt) : dueAt.getTime();
  const t = typeof now === 'number' ? now : now.getTime();
  return t >= due;
}

/** A window (e.g. the appeal window) is closed at its end instant and after. */
export const windowClosed = isOverdue;
