// InactivityTimer: after `idleMs` without input it warns, then after `warningMs` more it expires.
// Time is read from an injected clock and checked on a tick, so tests can drive it without fake timers.
export interface InactivityOptions {
  idleMs: number;
  warningMs: number;
  onExpire: () => void;
  now?: () => number;
  tickMs?: number;
}

export class InactivityTimer {
  #warning = $state(false);
  #remainingSeconds = $state(0);
  #lastInput: number;
  #interval: ReturnType<typeof setInterval> | null = null;
  readonly #options: Required<InactivityOptions>;

  constructor(options: InactivityOptions) {
    this.#options = { now: Date.now, tickMs: 250, ...options };
    this.#lastInput = this.#options.now();
  }

  /** Whether the « Êtes-vous toujours là ? » warning is showing. */
  get warning(): boolean {
    return this.#warning;
  }
  get remainingSeconds(): number {
    return this.#remainingSeconds;
  }

  /** Starts counting from `lastInput` (a saved session's last activity), or from now. */
  start(lastInput: number = this.#options.now()): void {
    this.stop();
    this.#lastInput = lastInput;
    this.#interval = setInterval(() => this.check(), this.#options.tickMs);
  }

  get running(): boolean {
    return this.#interval !== null;
  }

  stop(): void {
    if (this.#interval !== null) clearInterval(this.#interval);
    this.#interval = null;
    this.#warning = false;
  }

  /** Any input from the person: the countdown starts again. */
  poke(): void {
    this.#lastInput = this.#options.now();
    this.#warning = false;
  }

  /** Compares the clock with the last input; exported for tests that move the clock by hand. */
  check(): void {
    // A stopped (or already expired) timer never fires: the wipe happens once.
    if (this.#interval === null) return;
    const idle = this.#options.now() - this.#lastInput;
    const { idleMs, warningMs } = this.#options;
    if (idle >= idleMs + warningMs) {
      this.stop();
      this.#options.onExpire();
    } else if (idle >= idleMs) {
      this.#warning = true;
      this.#remainingSeconds = Math.ceil((idleMs + warningMs - idle) / 1000);
    } else {
      this.#warning = false;
    }
  }
}
