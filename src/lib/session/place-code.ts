// The place code that guards the settings screen: 4 to 8 digits, never kept in clear. What is
// stored is PBKDF2-SHA-256 of the digits with a random salt (Web Crypto), so the settings record
// and an exported settings file do not show the code. A forgotten code is not bypassed: the
// settings go back to their defaults (PlaceSettingsState.resetToDefaults).
import type { PlaceCodeHash } from '../storage';

export const PLACE_CODE_PATTERN = /^[0-9]{4,8}$/;
const ITERATIONS = 310_000;

export const isPlaceCode = (code: string): boolean => PLACE_CODE_PATTERN.test(code);

const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function derive(code: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(code), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, 256);
  return new Uint8Array(bits);
}

export async function hashPlaceCode(code: string): Promise<PlaceCodeHash> {
  if (!isPlaceCode(code)) throw new Error('A place code is 4 to 8 digits');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { algorithm: 'PBKDF2-SHA-256', iterations: ITERATIONS, salt: toBase64(salt), hash: toBase64(await derive(code, salt, ITERATIONS)) };
}

export async function verifyPlaceCode(code: string, stored: PlaceCodeHash): Promise<boolean> {
  if (!isPlaceCode(code)) return false;
  const derived = await derive(code, fromBase64(stored.salt), stored.iterations);
  const expected = fromBase64(stored.hash);
  // Compared in full whatever the first difference: the time taken says nothing of the code.
  let difference = derived.length ^ expected.length;
  for (let i = 0; i < expected.length; i++) difference |= derived[i] ^ expected[i];
  return difference === 0;
}
