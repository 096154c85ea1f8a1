// A small static server for the built app, with the same headers as the nginx configuration of
// docs/deploy.md: the end-to-end tests run under the real Content Security Policy.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { SECURITY_HEADERS } from '../../../src/lib/security/headers';

/** The build under test: `dist/`, or another folder named by BILAN_DIST. */
export const DIST = resolve(process.env.BILAN_DIST ?? resolve(import.meta.dirname, '../../../dist'));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

export interface RunningServer {
  url: string;
  /** Content Security Policy violations the browser reported (with `reportCsp`), as « directive blocked-uri ». */
  cspReports: string[];
  close(): Promise<void>;
}

/** Where the browser posts a violation report: any engine does, no script in the page needed. */
const CSP_REPORT_PATH = '/__csp-report';

async function fileFor(pathname: string): Promise<string> {
  const path = normalize(join(DIST, decodeURIComponent(pathname)));
  if (!path.startsWith(DIST)) return join(DIST, 'index.html');
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
  } catch {
    // not a file: the app's shell answers every navigation
  }
  return join(DIST, 'index.html');
}

export async function startServer(options: { headers?: boolean; reportCsp?: boolean } = {}): Promise<RunningServer> {
  const withHeaders = options.headers ?? true;
  const cspReports: string[] = [];
  // The production policy plus a report-uri: the test server is the only one that collects reports.
  const security = options.reportCsp
    ? { ...SECURITY_HEADERS, 'Content-Security-Policy': `${SECURITY_HEADERS['Content-Security-Policy']}; report-uri ${CSP_REPORT_PATH}` }
    : SECURITY_HEADERS;
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'POST' && url.pathname === CSP_REPORT_PATH) {
      cspReports.push(await violation(request));
      response.writeHead(204).end();
      return;
    }
    const path = await fileFor(url.pathname);
    const body = await readFile(path);
    const headers: Record<string, string> = {
      'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      'Cache-Control': path.endsWith('sw.js') || path.endsWith('.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
      ...(withHeaders ? security : {}),
    };
    response.writeHead(200, headers);
    response.end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    cspReports,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        // A browser keeps connections open: without this, « stopped » would still answer them.
        server.closeAllConnections();
      }),
  };
}

async function violation(request: AsyncIterable<Buffer>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    const report = (JSON.parse(text) as { 'csp-report'?: Record<string, string> })['csp-report'] ?? {};
    return `${report['violated-directive'] ?? report['effective-directive'] ?? '?'} ${report['blocked-uri'] ?? '?'}`;
  } catch {
    return text;
  }
}
