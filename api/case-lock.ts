/** Serialises the API's actions on one case within this process (the workflow decides races anyway). */
export function createCaseLocks() {
  const tails = new Map<string, Promise<void>>();
  return async function withCaseLock<T>(caseId: string, fn: () => Promise<T>): Promise<T> {
    const prev = tails.get(caseId) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    const tail = prev.then(() => mine);
    tails.set(caseId, tail);
    await prev;
    try {
      return await fn();
    } finally {
      release();
      if (tails.get(caseId) === tail) tails.delete(caseId);
    }
  };
}
export type CaseLock = ReturnType<typeof createCaseLocks>;
