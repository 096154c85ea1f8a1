// The inactivity timer, driven by an injected clock and `check()`: no fake timers, no waiting.
import { afterEach, describe, expect, it } from 'vitest';
import { InactivityTimer } from '../../src/lib/session/inactivity.svelte';

function setup(idleMs = 15 * 60_000, warningMs = 60_000) {
  let time = 1_000_000;
  let expired = 0;
  const timer = new InactivityTimer({
    idleMs,
    warningMs,
    now: () => time,
    onExpire: () => void expired++,
    // The interval is never relied upon: tests call check() themselves.
    tickMs: 60 * 60_000,
  });
  timers.push(timer);
  return {
    timer,
    advance: (ms: number) => {
      time += ms;
      timer.check();
    },
    expirations: () => expired,
  };
}

const timers: InactivityTimer[] = [];
afterEach(() => {
  for (const t of timers.splice(0)) t.stop();
});

describe('InactivityTimer', () => {
  it('stays quiet before the delay', () => {
    const { timer, advance, expirations } = setup();
    timer.start();
    advance(15 * 60_000 - 1);
    expect(timer.warning).toBe(false);
    expect(expirations()).toBe(0);
  });

  it('warns after 15 minutes with no input, and counts the minute down', () => {
    const { timer, advance } = setup();
    timer.start();
    advance(15 * 60_000);
    expect(timer.warning).toBe(true);
    expect(timer.remainingSeconds).toBe(60);
    advance(30_500);
    expect(timer.remainingSeconds).toBe(30);
    advance(29_000);
    expect(timer.remainingSeconds).toBe(1);
  });

  it('expires once, one minute after the warning, and stops warning', () => {
    const { timer, advance, expirations } = setup();
    timer.start();
    advance(15 * 60_000);
    advance(60_000);
    expect(expirations()).toBe(1);
    expect(timer.warning).toBe(false);
    advance(60 * 60_000);
    expect(expirations()).toBe(1);
  });

  it('any input during the warning closes it and starts the delay again', () => {
    const { timer, advance, expirations } = setup();
    timer.start();
    advance(15 * 60_000 + 50_000);
    expect(timer.warning).toBe(true);
    timer.poke();
    expect(timer.warning).toBe(false);
    advance(14 * 60_000);
    expect(timer.warning).toBe(false);
    advance(61_000);
    expect(timer.warning).toBe(true);
    expect(expirations()).toBe(0);
  });

  it('input before the delay postpones the warning', () => {
    const { timer, advance } = setup(10_000, 5_000);
    timer.start();
    advance(9_000);
    timer.poke();
    advance(9_000);
    expect(timer.warning).toBe(false);
    advance(1_000);
    expect(timer.warning).toBe(true);
  });

  it('a short delay for tests (3 s + 2 s) behaves the same', () => {
    const { timer, advance, expirations } = setup(3_000, 2_000);
    timer.start();
    advance(3_000);
    expect(timer.warning).toBe(true);
    expect(timer.remainingSeconds).toBe(2);
    advance(2_000);
    expect(expirations()).toBe(1);
  });

  it('a tablet that slept through the whole delay expires at the first check after waking', () => {
    const { timer, advance, expirations } = setup();
    timer.start();
    advance(3 * 60 * 60_000);
    expect(expirations()).toBe(1);
  });

  it('stop() hides the warning', () => {
    const { timer, advance } = setup(1_000, 1_000);
    timer.start();
    advance(1_500);
    expect(timer.warning).toBe(true);
    timer.stop();
    expect(timer.warning).toBe(false);
  });

  it('a stopped timer (the person left the journey) never expires', () => {
    const { timer, advance, expirations } = setup(1_000, 1_000);
    timer.start();
    timer.stop();
    advance(10_000);
    expect(expirations()).toBe(0);
    expect(timer.warning).toBe(false);
  });

  it('start() counts from the moment it is called', () => {
    const { timer, advance } = setup(10_000, 5_000);
    advance(9_000);
    timer.start();
    advance(9_000);
    expect(timer.warning).toBe(false);
  });

  it('really ticks on its own interval when not driven by hand', async () => {
    let expired = false;
    const timer = new InactivityTimer({ idleMs: 0, warningMs: 0, onExpire: () => void (expired = true), tickMs: 5 });
    timers.push(timer);
    timer.start();
    await expect.poll(() => expired).toBe(true);
  });
});
