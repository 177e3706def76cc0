/**
 * Batches page changes into reads (uBlock Origin style): the MutationObserver callback only
 * calls `schedule()`, which costs nothing; the read runs later on a timer, at most once per
 * `minIntervalMs`, however many mutations arrive.
 */
export interface ReadScheduler {
  schedule(): void;
  /** Read at the next opportunity, ignoring the spacing (navigation, explicit request). */
  readSoon(): void;
  dispose(): void;
  readonly readCount: number;
}

export function createReadScheduler(read: () => void, minIntervalMs = 250): ReadScheduler {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastReadAt = -Infinity;
  let readCount = 0;
  let disposed = false;

  const run = () => {
    timer = null;
    if (disposed) return;
    lastReadAt = Date.now();
    readCount += 1;
    read();
  };

  return {
    schedule() {
      if (timer !== null || disposed) return;
      const wait = Math.max(0, lastReadAt + minIntervalMs - Date.now());
      timer = setTimeout(run, Math.max(wait, 16));
    },
    readSoon() {
      if (disposed) return;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(run, 0);
    },
    dispose() {
      disposed = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
    get readCount() {
      return readCount;
    },
  };
}
