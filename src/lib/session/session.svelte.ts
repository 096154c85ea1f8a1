// The session: the journey's state (phase, mode, step, answers, language) joining the diagnostic
// engine and storage. Every change is saved at once, so a reload or a crash loses nothing.
import type { AnswerValue, AreaId, Mode } from '../diagnostic';
import { i18n, prefetchLocale } from '../i18n/i18n.svelte';
import { isLanguageCode, matchPreferred, SOURCE_LANGUAGE, type LanguageCode } from '../i18n/languages';
import {
  createMemoryStore,
  DEFAULT_SETTINGS,
  openStore,
  Repository,
  SESSION_RECORD_VERSION,
  sessionLifetimeMs,
  wipeSession,
  type Clock,
  type PlaceSettings,
  type SessionRecord,
} from '../storage';
import { display } from './display.svelte';
import { InactivityTimer } from './inactivity.svelte';
import {
  bilanAnswers,
  buildSteps,
  findStep,
  QUICK_BILAN_KEY,
  nextStepKey,
  previousStepKey,
  progressOf,
  skippedAreaAnswers,
  stepAfterArea,
  type Progress,
  type Step,
} from './journey';

export type Phase = 'loading' | 'welcome' | 'resume' | 'journey' | 'settings' | 'error';

/** Plain-words messages shown once on the welcome screen (keys under `notices.`). */
export type Notice = 'corrupt' | 'expired' | 'inactivity' | 'erased' | 'settings-dropped';

export interface BootOptions {
  indexedDB?: IDBFactory;
  now?: Clock;
  preferredLanguages?: readonly string[];
}

class Session {
  #phase = $state<Phase>('loading');
  #mode = $state<Mode>('self');
  #answers = $state<Record<string, AnswerValue>>({});
  #stepKey = $state('');
  #notice = $state<Notice | null>(null);
  #persistent = $state(true);
  #settings = $state<PlaceSettings>(structuredClone(DEFAULT_SETTINGS));
  #pending: SessionRecord | null = null;
  #startedAt = 0;
  #now: Clock = Date.now;
  #repository = new Repository(createMemoryStore());
  // $state.raw: the inactivity dialog follows the timer of the current journey.
  #timer = $state.raw<InactivityTimer | null>(null);
  #resumeExpiry: ReturnType<typeof setTimeout> | undefined;

  readonly steps: Step[] = $derived(buildSteps(this.#mode, this.#answers));
  readonly step: Step = $derived(findStep(this.steps, this.#stepKey));
  readonly progress: Progress = $derived(progressOf(this.#mode, this.steps, this.#stepKey));

  get phase(): Phase {
    return this.#phase;
  }
  get mode(): Mode {
    return this.#mode;
  }
  get answers(): Readonly<Record<string, AnswerValue>> {
    return this.#answers;
  }
  /** The answers the bilan scores: without the areas' after « Voir mon bilan maintenant ». */
  get bilanAnswers(): Readonly<Record<string, AnswerValue>> {
    return bilanAnswers(this.step, this.#answers);
  }
  get notice(): Notice | null {
    return this.#notice;
  }
  /** False when answers live in memory only (IndexedDB unavailable): a reload would lose them. */
  get persistent(): boolean {
    return this.#persistent;
  }
  get settings(): PlaceSettings {
    return this.#settings;
  }
  get inactivity(): InactivityTimer | null {
    return this.#timer;
  }
  get startedAt(): number {
    return this.#startedAt;
  }

  /** Opens storage, erases a stale session before anything is shown, and picks the language. */
  async boot(options: BootOptions = {}): Promise<void> {
    this.#now = options.now ?? Date.now;
    const preferred = options.preferredLanguages ?? (typeof navigator !== 'undefined' ? navigator.languages : []);
    // The texts download while IndexedDB opens: French (always needed, the fallback) and the
    // browser's language, the most likely. A failure surfaces in init() below.
    prefetchLocale(SOURCE_LANGUAGE);
    prefetchLocale(matchPreferred(preferred) ?? SOURCE_LANGUAGE);
    const store = await openStore(options.indexedDB);
    this.#repository = new Repository(store, this.#now);
    this.#persistent = store.persistent;
    const settingsLoad = this.#repository.loadSettings();
    const sessionLoad = this.#repository.loadSession(settingsLoad.then((load) => load.settings));
    const { settings, dropped } = await settingsLoad;
    this.#settings = settings;
    if (dropped) this.#notice = 'settings-dropped';

    const loaded = await sessionLoad;
    const language =
      loaded.status === 'found' ? loaded.record.language : (settings.defaultLanguage ?? matchPreferred(preferred) ?? SOURCE_LANGUAGE);
    await i18n.init(language);

    if (loaded.status === 'found') {
      this.#pending = loaded.record;
      this.#phase = 'resume';
      // The prompt expires too: a session nobody resumes is erased when its lifetime ends.
      const remaining = sessionLifetimeMs(settings) - (this.#now() - loaded.record.lastActivityAt);
      this.#resumeExpiry = setTimeout(() => {
        if (this.#phase === 'resume') void this.#wipe('expired');
      }, Math.max(0, remaining));
      return;
    }
    if (loaded.status === 'corrupt') this.#notice = 'corrupt';
    if (loaded.status === 'expired') this.#notice = 'expired';
    this.#phase = 'welcome';
  }

  start(mode: Mode): void {
    this.#mode = mode;
    this.#answers = {};
    this.#startedAt = this.#now();
    this.#stepKey = this.steps[0].key;
    this.#notice = null;
    this.#enterJourney();
  }

  /** « Reprendre »: the saved session, exactly where it was. */
  async resume(): Promise<void> {
    const record = this.#pending;
    if (!record) return;
    clearTimeout(this.#resumeExpiry);
    this.#pending = null;
    this.#mode = record.mode;
    this.#answers = { ...record.answers };
    this.#startedAt = record.startedAt;
    this.#stepKey = findStep(this.steps, record.step).key;
    if (record.language !== i18n.lang) await i18n.setLanguage(record.language);
    this.#enterJourney();
  }

  /** « Recommencer »: the saved session is erased, and the welcome screen shows. */
  async restart(): Promise<void> {
    await this.#wipe(null);
  }

  /** Records an answer; a single choice moves on at once. */
  answer(itemId: string, value: AnswerValue, options: { advance?: boolean } = {}): void {
    this.#answers[itemId] = value;
    if (options.advance ?? true) this.#stepKey = nextStepKey(this.steps, this.#stepKey);
    this.#touch();
  }

  next(): void {
    this.#stepKey = nextStepKey(this.steps, this.#stepKey);
    this.#touch();
  }

  /** « Voir mon bilan maintenant » at the checkpoint: a quick bilan, every area not assessed. */
  bilanNow(): void {
    this.#stepKey = QUICK_BILAN_KEY;
    this.#touch();
  }

  /** Back never loses an answer; from the first question it returns to the welcome screen. */
  back(): void {
    const previous = previousStepKey(this.steps, this.#stepKey);
    if (previous === null) {
      this.#phase = 'welcome';
      this.#timer?.stop();
      return;
    }
    this.#stepKey = previous;
    this.#touch();
  }

  /** « Passer ce domaine »: the whole area is not assessed, never guessed. */
  skipArea(area: AreaId): void {
    Object.assign(this.#answers, skippedAreaAnswers(area));
    this.#stepKey = stepAfterArea(this.steps, area);
    this.#touch();
  }

  /** Returns to the journey after Back from the first question, answers intact. */
  continueJourney(): void {
    if (this.#startedAt) this.#enterJourney();
  }

  get hasAnswers(): boolean {
    return this.#startedAt !== 0;
  }

  async changeLanguage(code: LanguageCode): Promise<void> {
    if (!isLanguageCode(code)) return;
    await i18n.setLanguage(code);
    if (this.#phase === 'journey') this.#touch();
  }

  /** « Terminer et effacer ». */
  async finish(): Promise<void> {
    await this.#wipe('erased');
  }

  openSettings(): void {
    if (this.#phase === 'welcome') this.#phase = 'settings';
  }

  closeSettings(): void {
    if (this.#phase === 'settings') this.#phase = 'welcome';
  }

  async saveSettings(settings: PlaceSettings): Promise<void> {
    this.#settings = settings;
    await this.#repository.saveSettings(settings);
  }

  dismissNotice(): void {
    this.#notice = null;
  }

  /** Any input: restarts the inactivity countdown. */
  activity(): void {
    this.#timer?.poke();
  }

  #enterJourney(): void {
    this.#phase = 'journey';
    this.#timer?.stop();
    this.#timer = new InactivityTimer({
      idleMs: this.#settings.inactivitySeconds * 1000,
      warningMs: this.#settings.warningSeconds * 1000,
      now: this.#now,
      onExpire: () => void this.#wipe('inactivity'),
    });
    this.#timer.start();
    this.#touch();
  }

  #touch(): void {
    this.#timer?.poke();
    void this.#save();
  }

  async #save(): Promise<void> {
    const record: SessionRecord = {
      version: SESSION_RECORD_VERSION,
      mode: this.#mode,
      language: i18n.lang,
      step: this.#stepKey,
      answers: $state.snapshot(this.#answers) as Record<string, AnswerValue>,
      startedAt: this.#startedAt,
      lastActivityAt: this.#now(),
    };
    try {
      await this.#repository.saveSession(record);
    } catch {
      // IndexedDB failed under us (quota, eviction): keep going from memory and say so.
      this.#repository = new Repository(createMemoryStore(), this.#now);
      this.#persistent = false;
      await this.#repository.saveSession(record);
    }
  }

  /** Forgets the person's session in memory: timers, answers, mode, step. */
  #forget(phase: Phase, notice: Notice | null): void {
    clearTimeout(this.#resumeExpiry);
    this.#timer?.stop();
    this.#timer = null;
    this.#pending = null;
    this.#answers = {};
    this.#stepKey = '';
    this.#startedAt = 0;
    this.#mode = 'self';
    this.#phase = phase;
    this.#notice = notice;
    display.reset();
  }

  async #wipe(notice: Notice | null): Promise<void> {
    this.#forget('welcome', notice);
    await wipeSession(this.#repository);
    // The place's default language comes back for the next person.
    const language = this.#settings.defaultLanguage;
    if (language && language !== i18n.lang) await i18n.setLanguage(language);
  }

  /** An unexpected error: the app shows « Recommencer » instead of a blank page. */
  fail(): void {
    this.#timer?.stop();
    this.#phase = 'error';
  }

  /** « Recommencer » after an error: erase what may be broken, then start again from the welcome screen. */
  async recover(): Promise<void> {
    try {
      if (!i18n.ready) await i18n.init(SOURCE_LANGUAGE);
      await this.#wipe(null);
    } catch {
      this.#phase = 'welcome';
    }
  }

  /** For tests: back to a blank state. */
  reset(): void {
    this.#forget('loading', null);
    this.#settings = structuredClone(DEFAULT_SETTINGS);
  }
}

export const session = new Session();
