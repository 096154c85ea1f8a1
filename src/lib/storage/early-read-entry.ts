// Entry of the early-read script (vite.config.ts): it runs as soon as it arrives, before the app.
import { startEarlyRead } from './early-read';

startEarlyRead();
