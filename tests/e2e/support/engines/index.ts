// The engines a cross-engine file runs in: all three, or those named in BILAN_ENGINES
// (`BILAN_ENGINES=webkit npx vitest run --project e2e tests/e2e/engines`).
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium';
import type { Engine, EngineName } from './driver';
import { launchFirefox } from './firefox';
import { launchWebKit } from './webkit';

export * from './driver';

const LAUNCH: Record<EngineName, () => Promise<Engine>> = { chromium: launchChromium, firefox: launchFirefox, webkit: launchWebKit };

export const ENGINES: EngineName[] = (process.env.BILAN_ENGINES ?? 'chromium,firefox,webkit')
  .split(',')
  .map((name) => name.trim())
  .filter((name): name is EngineName => {
    if (name in LAUNCH) return true;
    throw new Error(`BILAN_ENGINES: unknown engine « ${name} » (chromium, firefox, webkit)`);
  });

/** One browser of this engine for the enclosing describe block, launched before it and closed after. */
export function useEngine(name: EngineName): { readonly engine: Engine } {
  const holder = {} as { engine: Engine };
  beforeAll(async () => {
    holder.engine = await LAUNCH[name]();
  });
  afterAll(async () => {
    await holder.engine?.close();
  });
  return holder;
}
