// The texts are downloaded at start-up (src/lib/i18n). When the French file, every language's
// fallback, cannot be had, the person sees « Recommencer », not a blank page; and « Recommencer »
// tries the download again instead of keeping the failure.
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, expect, it } from 'vitest';
import App from '../../src/App.svelte';
import { session } from '../../src/lib/session/session.svelte';

const serve = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = serve;
});

it('shows the error screen when the French texts fail, and « Recommencer » downloads them again', async () => {
  let reachable = false;
  const asked: string[] = [];
  globalThis.fetch = async (input, init) => {
    const url = String(input);
    if (url.endsWith('/locales/fr.json')) {
      asked.push(reachable ? 'after' : 'before');
      if (!reachable) throw new TypeError('Failed to fetch');
    }
    return serve(input, init);
  };
  // What src/main.ts does with a failed boot.
  await session.boot({ indexedDB: new IDBFactory(), preferredLanguages: ['fr'] }).catch(() => session.fail());
  expect(session.phase).toBe('error');

  render(App);
  reachable = true;
  await fireEvent.click(screen.getByRole('button', { name: 'Recommencer' }));
  await waitFor(() => expect(session.phase).toBe('welcome'));
  expect(await screen.findByRole('button', { name: /Commencer/ })).toBeInTheDocument();
  expect(asked).toContain('before');
  expect(asked).toContain('after');
});
