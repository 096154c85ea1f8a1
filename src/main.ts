import { mount } from 'svelte';
import './ui/styles/fonts.css';
import './ui/styles/tokens.css';
import './ui/styles/base.css';
import App from './App.svelte';
import { payloadOfFragment } from './lib/diagnostic/share-fragment';
import { i18n } from './lib/i18n/i18n.svelte';
import { matchPreferred, SOURCE_LANGUAGE } from './lib/i18n/languages';
import { pwa } from './lib/pwa/pwa.svelte';
import { session } from './lib/session/session.svelte';

function bootSession(): void {
  void session
    .boot()
    .catch((error: unknown) => {
      console.error(error);
      session.fail();
    })
    // After the first screen: the service worker's install is not on its critical path.
    .finally(() => pwa.register());
}

/**
 * A bilan opened from a QR code (`#bilan=…`): its answers leave the address bar and the history
 * at once, before anything else runs. It is shown without the session, so nothing opens or
 * writes any storage (no IndexedDB, and no service worker install filling Cache Storage) until
 * the reader closes it.
 */
function takeSharedPayload(): string | null {
  const payload = payloadOfFragment(location.hash);
  if (payload !== null) history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  return payload;
}

const target = document.getElementById('app');
if (target) {
  const sharedPayload = takeSharedPayload();
  mount(App, { target, props: { sharedPayload, onsharedclose: bootSession } });
  if (sharedPayload === null) bootSession();
  else
    void i18n.init(matchPreferred(navigator.languages) ?? SOURCE_LANGUAGE).catch((error: unknown) => {
      console.error(error);
      session.fail();
    });
}
