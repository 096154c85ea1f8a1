// Entry of the early-read script (vite.config.ts): it runs as soon as it arrives, before the app.
import { startEarlyRead } from './early-read';

// A bilan opened from a QR code (`#bilan=`, src/lib/diagnostic/share-fragment.ts) opens no
// database: on a phone that never ran the app, none must be left behind.
if (!location.hash.startsWith('#bilan=')) startEarlyRead();
