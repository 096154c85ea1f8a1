// The erasure policy: while a person's answers exist, whatever the screen, the inactivity countdown
// runs; when it ends, `onExpire` erases them. Only erasure disarms it: no screen, Back, error or
// dialog stops the countdown on its own.
import type { Clock, PlaceSettings } from '../storage';
import { InactivityTimer } from './inactivity.svelte';

export class ErasurePolicy {
  // $state.raw: the inactivity dialog follows the current countdown.
  #timer = $state.raw<InactivityTimer | null>(null);

  constructor(
    private readonly onExpire: () => void,
    private readonly now: Clock = Date.now,
  ) {}

  /** The running countdown, or null when no answers exist. */
  get timer(): InactivityTimer | null {
    return this.#timer;
  }

  /** Answers exist (since `lastActivity`): the countdown runs. A running countdown is kept. */
  arm(settings: PlaceSettings, lastActivity: number = this.now()): void {
    if (this.#timer?.running) return;
    this.#timer = new InactivityTimer({
      idleMs: settings.inactivitySeconds * 1000,
      warningMs: settings.warningSeconds * 1000,
      now: this.now,
      onExpire: this.onExpire,
    });
    this.#timer.start(lastActivity);
  }

  /** Any input: the countdown starts again. */
  poke(): void {
    this.#timer?.poke();
  }

  /** Called by erasure only. */
  disarm(): void {
    this.#timer?.stop();
    this.#timer = null;
  }
}
