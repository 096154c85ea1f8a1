// The session's lifecycle at a glance: which screen (phase) the app is on, and how it moves.
// Pure data; Session (session.svelte.ts) follows it. The erasure rule does not depend on the phase:
// from the moment a journey starts (or a saved one is found) until it is erased, a person's answers
// exist, the inactivity countdown runs, and every way out goes through one `erase`.

export type Phase = 'loading' | 'welcome' | 'resume' | 'journey' | 'settings' | 'error';

export type LifecycleEvent =
  /** storage read at start: nothing to resume */
  | 'booted'
  /** storage read at start: a recent session to offer back */
  | 'found-session'
  | 'start'
  | 'resume'
  /** « Continuer » on the welcome screen after Back */
  | 'continue'
  /** Back from the first question */
  | 'back-to-welcome'
  | 'open-settings'
  | 'close-settings'
  | 'fail'
  | 'erase';

/** Every way a person's answers end; each one is the same erasure, only the message differs. */
export type ErasureCause = 'finish' | 'inactivity' | 'stale' | 'corrupt' | 'restart' | 'recover';

/** Plain-words messages shown once on the welcome screen (keys under `notices.`). */
export type Notice = 'corrupt' | 'expired' | 'inactivity' | 'erased' | 'settings-dropped';

export const NOTICE_OF: Readonly<Record<ErasureCause, Notice | null>> = {
  finish: 'erased',
  inactivity: 'inactivity',
  stale: 'expired',
  corrupt: 'corrupt',
  restart: null,
  recover: null,
};

export const TRANSITIONS: Readonly<Record<Phase, Partial<Record<LifecycleEvent, Phase>>>> = {
  loading: { booted: 'welcome', 'found-session': 'resume', erase: 'welcome', fail: 'error' },
  welcome: { start: 'journey', continue: 'journey', 'open-settings': 'settings', erase: 'welcome', fail: 'error' },
  resume: { resume: 'journey', erase: 'welcome', fail: 'error' },
  journey: { 'back-to-welcome': 'welcome', erase: 'welcome', fail: 'error' },
  settings: { 'close-settings': 'welcome', erase: 'welcome', fail: 'error' },
  error: { erase: 'welcome', fail: 'error' },
};

/** The phase after `event`, or null when the event means nothing there (it is then ignored). */
export function transition(phase: Phase, event: LifecycleEvent): Phase | null {
  return TRANSITIONS[phase][event] ?? null;
}
