// « Écouter »: reads a text aloud with the browser's own speech synthesis, in the current
// language's voice. Nothing is sent anywhere; without a voice for the language, no button shows.
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
    return this.#voices.find((v) => v.lang.toLowerCase().replace('_', '-').split('-')[0] === base);
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
