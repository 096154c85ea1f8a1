// WebKit as Debian ships it (WebKitGTK's MiniBrowser), driven through WebKitWebDriver: W3C
// WebDriver classic over plain HTTP, with nothing but fetch. It has no headless mode, so it runs
// under Xvfb. What its driver cannot do, said once here:
// - no network emulation: « offline » stops the page's server (each page has its own);
// - no print command: `pdf()` throws, the one-page PDF is checked in Chromium and Firefox;
// - no network events: foreign requests are read from the page's Resource Timing entries (the
//   production CSP blocks any other origin anyway, and every violation is reported to the server).
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { startServer } from '../server';
import type { Engine, EnginePage } from './driver';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  await new Promise((ok) => server.close(ok));
  return typeof address === 'object' && address ? address.port : 0;
}

/** Xvfb on the first free display, told back through -displayfd. */
async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  const display = await new Promise<string>((ok, ko) => {
    xvfb.once('error', ko);
    xvfb.stdio[3]?.once('data', (data: Buffer) => ok(`:${data.toString().trim()}`));
  });
  return { display, process: xvfb };
}

type Json = Record<string, unknown>;

/** A W3C WebDriver session: every command is JSON over HTTP, and every POST needs a body. */
class Session {
  constructor(
    private readonly base: string,
    private readonly id: string,
  ) {}

  static async create(base: string): Promise<Session> {
    const capabilities = { alwaysMatch: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } } };
    const { sessionId } = (await command(base, 'POST', '/session', { capabilities })) as { sessionId: string };
    return new Session(base, sessionId);
  }

  send(method: 'GET' | 'POST' | 'DELETE', path: string, body: Json = {}): Promise<unknown> {
    return command(this.base, method, `/session/${this.id}${path}`, body);
  }
}

async function command(base: string, method: string, path: string, body: Json = {}): Promise<unknown> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: method === 'POST' ? JSON.stringify(body) : undefined,
    // A command that never answers fails the test instead of hanging it.
    signal: AbortSignal.timeout(90_000),
  });
  const { value } = (await response.json()) as { value: unknown };
  if (!response.ok) {
    const error = value as { error?: string; message?: string };
    throw new Error(`WebKitWebDriver ${method} ${path}: ${error.error} ${error.message}`);
  }
  return value;
}

async function waitForDriver(base: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if (((await command(base, 'GET', '/status')) as { ready?: boolean }).ready) return;
    } catch {
      // not listening yet
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`WebKitWebDriver did not start at ${base}`);
}

/** The function's source, run with one argument; `undefined` survives the trip as a flag. */
const ASYNC_WRAPPER = (source: string) => `
  const done = arguments[arguments.length - 1];
  const arg = arguments[0];
  Promise.resolve()
    .then(() => (${source})(arg))
    .then((v) => done({ undefined: v === undefined, value: v === undefined ? null : v }), (e) => done({ error: String((e && e.stack) || e) }));
`;

export async function launchWebKit(): Promise<Engine> {
  const xvfb = await startXvfb();
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: xvfb.display },
  });
  const base = `http://127.0.0.1:${port}`;
  await waitForDriver(base);
  const session = await Session.create(base);
  await session.send('POST', '/timeouts', { script: 60_000, pageLoad: 60_000 });
  // The first window stays open (closing the last one would end the session); each page is a
  // window of its own: in a background tab, pointer actions never return.
  const home = (await session.send('GET', '/window')) as string;
  let touch: boolean | undefined;

  return {
    name: 'webkit',
    async open(): Promise<EnginePage> {
      const server = await startServer({ reportCsp: true });
      const { handle } = (await session.send('POST', '/window/new', { type: 'window' })) as { handle: string };
      await session.send('POST', '/window', { handle });
      await session.send('POST', '/window/rect', { width: 1024, height: 768 });
      await session.send('POST', '/url', { url: server.url });

      const evaluate = async <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> => {
        const result = (await session.send('POST', '/execute/async', { script: ASYNC_WRAPPER(fn.toString()), args: [arg ?? null] })) as {
          undefined?: boolean;
          value?: R;
          error?: string;
        };
        if (result.error) throw new Error(`webkit: ${result.error}`);
        return (result.undefined ? undefined : result.value) as R;
      };

      /** One press: the element brought into view, then a finger (or a click where the build has no touch). */
      const pressOnce = async (selector: string): Promise<void> => {
        // One round trip (each costs): the element, brought into view as pointer actions do not scroll.
        const found = (await session.send('POST', '/execute/sync', {
          script: 'const e = document.querySelector(arguments[0]); e?.scrollIntoView({ block: "center" }); return e;',
          args: [selector],
        })) as Json | null;
        if (!found) throw new Error(`webkit: no ${selector} to press`);
        const id = found[ELEMENT] as string;
        if (touch !== false) {
          const finger = {
            type: 'pointer',
            id: 'finger',
            parameters: { pointerType: 'touch' },
            actions: [
              { type: 'pointerMove', duration: 0, origin: { [ELEMENT]: id }, x: 0, y: 0 },
              { type: 'pointerDown', button: 0 },
              { type: 'pointerUp', button: 0 },
            ],
          };
          try {
            await session.send('POST', '/actions', { actions: [finger] });
            touch = true;
            return;
          } catch (error) {
            // WebKitGTK's driver emulates touch only where the build has touch events.
            if (touch === true) throw error;
            touch = false;
          }
        }
        await session.send('POST', `/element/${id}/click`);
      };

      return {
        engine: 'webkit',
        url: server.url,
        server,
        evaluate,
        async press(selector) {
          // The page may still move between the scroll and the action (fonts arriving, a screen
          // settling): WebKitGTK then answers « move target out of bounds ». Scroll and try again.
          for (let attempt = 1; ; attempt++) {
            try {
              return await pressOnce(selector);
            } catch (error) {
              if (attempt >= 3 || !/move target out of bounds/.test((error as Error).message)) throw error;
            }
          }
        },
        goto: async (url) => void (await session.send('POST', '/url', { url })),
        reload: async () => void (await session.send('POST', '/refresh')),
        async setOffline(offline) {
          if (!offline) throw new Error('webkit: the server of a page, once stopped, stays stopped');
          await server.close();
        },
        pdf: () => Promise.reject(new Error('webkit: WebKitWebDriver has no print command')),
        foreignRequests: () =>
          evaluate(
            (origin: string) =>
              [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)].filter(
                (url) => !url.startsWith(origin) && !/^(data|blob):/.test(url),
              ),
            server.url,
          ),
        async close() {
          await session.send('DELETE', '/window');
          await session.send('POST', '/window', { handle: home });
          await server.close();
        },
      };
    },
    async close() {
      await session.send('DELETE', '').catch(() => undefined);
      driver.kill();
      xvfb.process.kill();
    },
  };
}
