// The session: joins the journey (journey-state), the erasure policy and its countdown
// (erasure-policy), the one autosave writer (autosave) and the place's settings (place-settings),
// following the lifecycle's table of phases (lifecycle.ts). One teardown: `#erase`, whatever the
// way out (finish, inactivity, stale at start, « Recommencer » after a reload or an error).
import type { AnswerValue, AreaId, Mode } from '../diagnostic';
import { i18n, prefetchLocale } from '../i18n/i18n.svelte';
import { isLanguageCode, matchPreferred, SOURCE_LANGUAGE, type LanguageCode } from '../i18n/languages';
import { createMemoryStore, openStore, Repository, SESSION_RECORD_VERSION, wipeBrowserTraces, type Clock, type PlaceSettings, type SessionRecord } from '../storage';
import { AutosaveWriter } from './autosave.svelte';
import { display } from './display.svelte';
import { runEraseHooks } from './erase-hooks';
import { ErasurePolicy } from './erasure-policy.svelte';
import type { InactivityTimer } from './inactivity.svelte';
import type { JourneyState } from './journey-state.svelte';
import { NOTICE_OF, transition, type ErasureCause, type LifecycleEvent, type Notice, type Phase } from './lifecycle';
import { PlaceSettingsState } from './place-settings.svelte';
import { retryable } from '../retryable';

export type { Notice, Phase } from './lifecycle';

export interface BootOptions {
  indexedDB?: IDBFactory;
  now?: Clock;
  preferredLanguages?: readonly string[];
}

const NO_ANSWERS: Readonly<Record<string, AnswerValue>> = Object.freeze({});

class Session {
  #phase = $state<Phase>('loading');
  #notice = $state<Notice | null>(null);
  #now: Clock = Date.now;
  #preferred: readonly string[] = [];
  #pending: SessionRecord | null = null;
  #writer = $state.raw(new AutosaveWriter(new Repository(createMemoryStore())));
  // Loaded with the questionnaire when a journey starts or resumes: the welcome does without both.
  #journey = $state.raw<JourneyState | null>(null);
  // The journey's module, once: a failed download is tried again at the next call.
  readonly #loadJourney = retryable(() => import('./journey-state.svelte').then(({ JourneyState }) => (this.#journey ??= new JourneyState())));
  readonly place = new PlaceSettingsState();
  readonly #policy = new ErasurePolicy(() => void this.#erase('inactivity'), () => this.#now());

  get phase(): Phase {
    return this.#phase;
  }
  get mode(): Mode {
    return this.#journey?.mode ?? 'self';
  }
  get answers(): Readonly<Record<string, AnswerValue>> {
    return this.#journey?.answers ?? NO_ANSWERS;
  }
  /** The persona card's id in a training session, else null. */
  get training(): string | null {
    return this.#journey?.training ?? null;
  }
  /** The journey's state, from the moment a journey starts or resumes (the phase `journey` and after). */
  get journey(): JourneyState {
    if (!this.#journey) throw new Error('No journey was started');
    return this.#journey;
  }
  get steps() {
    return this.journey.steps;
  }
  get step() {
    return this.journey.step;
  }
  get progress() {
    return this.journey.progress;
  }
  /** The answers the bilan scores: without the areas' after « Voir mon bilan maintenant ». */
  get bilanAnswers(): Readonly<Record<string, AnswerValue>> {
    return this.#journey?.bilanAnswers ?? NO_ANSWERS;
  }
  get notice(): Notice | null {
    return this.#notice;
  }
  get persistent(): boolean {
    return this.#writer.persistent;
  }
  get settings(): PlaceSettings {
    return this.place.value;
  }
  /** The countdown while a person's answers exist, whatever the screen; null otherwise. */
  get inactivity(): InactivityTimer | null {
    return this.#policy.timer;
  }
  /** A journey left with Back from its first question: « Continuer » is offered until erasure. */
  get hasAnswers(): boolean {
    return this.#journey?.started ?? false;
  }

  /** Opens storage, erases a stale session before anything is shown, and picks the language. */
  async boot(options: BootOptions = {}): Promise<void> {
    this.#now = options.now ?? Date.now;
    this.#preferred = options.preferredLanguages ?? (typeof navigator !== 'undefined' ? navigator.languages : []);
    // The texts download while IndexedDB opens: French (every language's fallback) and the
    // browser's language, the most likely. A failure surfaces in init() below.
    prefetchLocale(SOURCE_LANGUAGE);
    prefetchLocale(this.#placeLanguage());
    const repository = new Repository(await openStore(options.indexedDB), this.#now);
    this.#writer = new AutosaveWriter(repository, this.#now);
    const settingsLoad = this.place.load(repository);
    const loaded = await repository.loadSession(settingsLoad.then(() => this.place.value));
    const { dropped } = await settingsLoad;
    await i18n.init(loaded.status === 'found' ? loaded.record.language : this.#placeLanguage());

    if (loaded.status === 'found') {
      this.#pending = loaded.record;
      // A saved session is a person's answers: the countdown runs from its last activity.
      this.#policy.arm(this.place.value, loaded.record.lastActivityAt);
      this.#go('found-session');
    } else if (loaded.status === 'none') {
      this.#go('booted');
    } else {
      await this.#erase(loaded.status === 'expired' ? 'stale' : 'corrupt');
    }
    if (dropped && !this.#notice) this.#notice = 'settings-dropped';
  }

  /** A training session runs the mediator journey with a persona card (framework, section 10). */
  async start(mode: Mode, training: string | null = null): Promise<void> {
    const journey = await this.#loadJourney();
    journey.begin(training ? 'mediator' : mode, this.#now(), training);
    this.#notice = null;
    this.#enterJourney('start');
  }

  /** Fetches the journey's module ahead of « Commencer » (prefetchScreens); start() awaits it anyway. */
  async prepareJourney(): Promise<void> {
    await this.#loadJourney();
  }

  /** « Reprendre »: the saved session, exactly where it was. */
  async resume(): Promise<void> {
    const record = this.#pending;
    if (!record || this.#phase !== 'resume') return;
    this.#pending = null;
    (await this.#loadJourney()).restore(record);
    if (record.language !== i18n.lang) await i18n.setLanguage(record.language);
    this.#enterJourney('resume');
  }

  /** « Recommencer » on the resume prompt: the saved session is erased. */
  restart(): Promise<void> {
    return this.#erase('restart');
  }

  /** Records an answer (an empty set clears it); a single choice moves on at once. */
  answer(itemId: string, value: AnswerValue, options: { advance?: boolean } = {}): void {
    this.journey.answer(itemId, value, options.advance ?? true);
    this.#touch();
  }

  next(): void {
    this.journey.next();
    this.#touch();
  }

  /** « Voir mon bilan maintenant » at the checkpoint: a quick bilan, every area not assessed. */
  bilanNow(): void {
    this.journey.bilanNow();
    this.#touch();
  }

  /** Back never loses an answer; from the first question it returns to the welcome screen. */
  back(): void {
    if (!this.journey.back()) this.#go('back-to-welcome');
    this.#touch();
  }

  /** « Passer ce domaine ». */
  skipArea(area: AreaId): void {
    this.journey.skipArea(area);
    this.#touch();
  }

  /** « Continuer » on the welcome screen after Back, answers intact. */
  continueJourney(): void {
    if (this.hasAnswers) this.#enterJourney('continue');
  }

  async changeLanguage(code: LanguageCode): Promise<void> {
    if (!isLanguageCode(code)) return;
    await i18n.setLanguage(code);
    if (this.hasAnswers) this.#touch();
  }

  /** « Terminer et effacer ». */
  finish(): Promise<void> {
    return this.#erase('finish');
  }

  openSettings(): void {
    this.#go('open-settings');
  }

  closeSettings(): void {
    this.place.lock();
    this.#go('close-settings');
  }

  saveSettings(settings: PlaceSettings): Promise<void> {
    return this.place.save(settings);
  }

  dismissNotice(): void {
    this.#notice = null;
  }

  /** Any input: restarts the inactivity countdown. */
  activity(): void {
    this.#policy.poke();
  }

  /** An unexpected error: « Recommencer » instead of a blank page. The countdown keeps running. */
  fail(): void {
    this.#go('fail');
  }

  /** « Recommencer » after an error: erase what may be broken, then the welcome screen. */
  async recover(): Promise<void> {
    if (!i18n.ready) await i18n.init(SOURCE_LANGUAGE).catch((error: unknown) => console.error(error));
    await this.#erase('recover');
  }

  #go(event: LifecycleEvent): void {
    this.#phase = transition(this.#phase, event) ?? this.#phase;
  }

  #enterJourney(event: 'start' | 'resume' | 'continue'): void {
    this.#go(event);
    this.#policy.arm(this.place.value);
    this.#touch();
  }

  #touch(): void {
    this.#policy.poke();
    if (!this.hasAnswers) return;
    const { mode, answers, step, training, startedAt } = this.journey.snapshot();
    const record: SessionRecord = { version: SESSION_RECORD_VERSION, mode, language: i18n.lang, step, answers, training, startedAt, lastActivityAt: this.#now() };
    void this.#writer.save(record).catch((error: unknown) => console.error(error));
  }

  /** The language for the next person: the place's default, else the browser's, else French. */
  #placeLanguage(): LanguageCode {
    return this.place.value.defaultLanguage ?? matchPreferred(this.#preferred) ?? SOURCE_LANGUAGE;
  }

  /** The one erasure: memory, every store written to, the browser's traces, and what the session started. */
  async #erase(cause: ErasureCause): Promise<void> {
    this.#policy.disarm();
    this.#pending = null;
    this.#journey?.clear();
    display.reset();
    runEraseHooks();
    this.#go('erase');
    this.#notice = NOTICE_OF[cause];
    try {
      await this.#writer.erase();
      await wipeBrowserTraces();
    } finally {
      const language = this.#placeLanguage();
      if (i18n.ready && language !== i18n.lang) await i18n.setLanguage(language);
    }
  }

  /** For tests: back to a blank state. */
  reset(): void {
    this.#policy.disarm();
    this.#pending = null;
    this.#journey?.clear();
    this.place.reset();
    this.#phase = 'loading';
    this.#notice = null;
  }
}

export const session = new Session();
