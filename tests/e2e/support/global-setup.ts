// The end-to-end tests run against the production build: `npm test` builds it first.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './server';

export default function setup(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` (npm test does it) before the end-to-end tests.');
  }
}
