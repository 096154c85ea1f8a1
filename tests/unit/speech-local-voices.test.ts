// « Écouter » reads with voices installed on the device only: a network voice would send the text
// (the bilan's advice included) to its provider.
import { afterEach, describe, expect, it, vi } from 'vitest';

const voice = (lang: string, localService: boolean) => ({ lang, localService, name: `${lang}-${localService}` }) as SpeechSynthesisVoice;

async function speechWith(voices: SpeechSynthesisVoice[]) {
  vi.stubGlobal('speechSynthesis', { getVoices: () => voices, addEventListener: () => {}, cancel: () => {}, speak: () => {} });
  vi.resetModules();
  return (await import('../../src/lib/speech/speech.svelte')).speech;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('speech voices', () => {
  it('ignores a network voice, even when it is the only one for the language', async () => {
    const speech = await speechWith([voice('fr-FR', false), voice('en-GB', true)]);
    expect(speech.canSpeak('fr-FR')).toBe(false);
    expect(speech.canSpeak('en')).toBe(true);
  });

  it('picks the local voice when both exist', async () => {
    const speech = await speechWith([voice('fr-FR', false), voice('fr_CA', true)]);
    expect(speech.voiceFor('fr-FR')?.name).toBe('fr_CA-true');
  });
});
