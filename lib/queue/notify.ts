/**
 * Which overdue disputes deserve a notification: those not notified before. The remembered set
 * is replaced by the current one, so a dispute that leaves "overdue" (answered, closed) and
 * later comes back (the buyer changed the request) is notified again.
 */
export interface OverdueNotice {
  /** Keys to notify about now. */
  fresh: string[];
  /** What to remember for the next check. */
  remember: string[];
}

export function newlyOverdue(current: readonly string[], notified: readonly string[]): OverdueNotice {
  const before = new Set(notified);
  return { fresh: current.filter((key) => !before.has(key)), remember: [...new Set(current)] };
}
