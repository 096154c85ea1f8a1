// « Écouter »: reads a text aloud with the browser's own speech synthesis, in the current
// language's voice, installed on the device. Nothing is sent anywhere; without such a voice for the
// language, no button shows.
import { onErase } from '../session/erase-hooks';

class Speech {
  #voices = $state<SpeechSynthesisVoice[]>([]);
  #speaking = $state(false);

  constructor() {
    if (typeof speechSynthesis === 'undefined') return;
    const load = () => (this.#voices = speechSynthesis.getVoices());
    load();
    speechSynthesis.addEventListener?.('voiceschanged', load);
  }

  get speaking(): boolean {
    return this.#speaking;
  }

  voiceFor(lang: string): SpeechSynthesisVoice | undefined {
    const base = lang.toLowerCase().split('-')[0];
    // Local voices only: a network voice (Chrome's « Google » voices) would send the text read,
    // the bilan's advice included, to the voice's provider.
    return this.#voices.find((v) => v.localService !== false && v.lang.toLowerCase().replace('_', '-').split('-')[0] === base);
  }

  canSpeak(lang: string): boolean {
    return this.voiceFor(lang) !== undefined;
  }

  speak(text: string, lang: string): void {
    const voice = this.voiceFor(lang);
    if (!voice) return;
    speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = 0.9;
    utterance.onend = utterance.onerror = () => (this.#speaking = false);
    this.#speaking = true;
    speechSynthesis.speak(utterance);
  }

  stop(): void {
    if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
    this.#speaking = false;
  }
}

export const speech = new Speech();
// A voice still reading the previous person's bilan stops with the erasure.
onErase(() => speech.stop());
