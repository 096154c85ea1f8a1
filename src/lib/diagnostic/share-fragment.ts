// Where the payload of the bilan that travels on paper goes in a URL: `#bilan=<payload>`. A
// fragment is never sent to a server. Apart from share-code.ts, so that start-up (src/main.ts)
// can spot a shared bilan without loading the codec.

/** The key of the URL fragment. */
export const SHARE_FRAGMENT_KEY = 'bilan';
const PREFIX = `#${SHARE_FRAGMENT_KEY}=`;

/** The URL the QR code holds: the app's address, then the payload in the fragment. */
export function shareUrl(appAddress: string, payload: string): string {
  return `${appAddress.split('#')[0]}${PREFIX}${payload}`;
}

/** The payload of a `#bilan=…` fragment, or null when the fragment is something else. */
export function payloadOfFragment(hash: string): string | null {
  return hash.startsWith(PREFIX) ? hash.slice(PREFIX.length) : null;
}
