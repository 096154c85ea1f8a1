import { mount } from 'svelte';
import './ui/styles/fonts.css';
import './ui/styles/tokens.css';
import './ui/styles/base.css';
import App from './App.svelte';
import { pwa } from './lib/pwa/pwa.svelte';
import { session } from './lib/session/session.svelte';

const target = document.getElementById('app');
if (target) {
  mount(App, { target });
  void session
    .boot()
    .catch((error: unknown) => {
      console.error(error);
      session.fail();
    })
    // After the first screen: the service worker's install is not on its critical path.
    .finally(() => pwa.register());
}
