/**
 * Timing off the typing path. The `input` handler only marks a field dirty and pokes a
 * debounce; the check runs once the writer pauses (or at the latest `maxWait` after the
 * first unchecked keystroke, so drafts are saved during long runs of typing too), in an
 * idle callback where the browser has one. Positions are redrawn at most once a frame.
 *
 * A poke only moves a deadline: no timer is cleared and set per keystroke, and WXT's
 * ctx.setTimeout (which adds an abort listener per call) is not used on this path.
 */

export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  requestFrame(callback: () => void): unknown;
  /** Runs `callback` when the browser is idle (within `timeout` ms); absent: run at once. */
  requestIdle?(callback: () => void, timeout: number): unknown;
}

/** The browser's timers, frames and idle callbacks of a window. */
export function windowClock(view: Window): Clock {
  const idle = (view as Window & { requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number }).requestIdleCallback;
  return {
    now: () => view.performance?.now() ?? Date.now(),
    setTimeout: (callback, ms) => view.setTimeout(callback, ms),
    clearTimeout: (handle) => view.clearTimeout(handle as number),
    requestFrame: (callback) =>
      typeof view.requestAnimationFrame === 'function' ? view.requestAnimationFrame(() => callback()) : view.setTimeout(callback, 16),
    ...(typeof idle === 'function' ? { requestIdle: (callback: () => void, timeout: number) => idle.call(view, callback, { timeout }) } : {}),
  };
}

export class Debounce {
  private timer: unknown = null;
  private due = 0;
  private firstPoke: number | null = null;
  private stopped = false;

  constructor(
    private readonly clock: Clock,
    private readonly delay: number,
    private readonly maxWait: number,
    private readonly run: () => void,
  ) {}

  /** Something changed: run `delay` ms after the last poke (at most `maxWait` after the first). */
  poke(): void {
    if (this.stopped) return;
    const now = this.clock.now();
    this.firstPoke ??= now;
    this.due = Math.min(now + this.delay, this.firstPoke + this.maxWait);
    if (this.timer === null) this.arm(this.due - now);
  }

  get pending(): boolean {
    return this.firstPoke !== null;
  }

  /** Runs now if anything is pending (the page is being hidden; a fix needs the latest text). */
  flush(): void {
    if (this.firstPoke === null) return;
    this.cancelTimer();
    this.fire();
  }

  /** Forgets what is pending (the caller checks now itself). */
  cancel(): void {
    this.cancelTimer();
    this.firstPoke = null;
  }

  stop(): void {
    this.stopped = true;
    this.cancel();
  }

  private arm(ms: number): void {
    this.timer = this.clock.setTimeout(
      () => {
        this.timer = null;
        const left = this.due - this.clock.now();
        if (left > 0) this.arm(left);
        else this.fire();
      },
      Math.max(0, ms),
    );
  }

  private fire(): void {
    this.firstPoke = null;
    if (!this.stopped) this.run();
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }
}

/** At most one run per animation frame, however often it is requested. */
export class FrameThrottle {
  private scheduled = false;
  private stopped = false;

  constructor(
    private readonly clock: Clock,
    private readonly run: () => void,
  ) {}

  request(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    this.clock.requestFrame(() => {
      this.scheduled = false;
      if (!this.stopped) this.run();
    });
  }

  stop(): void {
    this.stopped = true;
  }
}
