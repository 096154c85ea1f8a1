// The typing exercise driven with the keyboard, and with a tablet's keyboard (values changing
// without usable key names).
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import TypingExercise from '../../src/ui/exercises/TypingExercise.svelte';
import { TYPING_MAX_ATTEMPTS, TYPING_THRESHOLDS } from '../../src/lib/diagnostic/exercises';
import { i18n } from '../../src/lib/i18n/i18n.svelte';

const MODEL = 'Jean.Martin@exemple.fr';

beforeAll(async () => {
  await i18n.init('fr');
});

async function started() {
  const user = userEvent.setup();
  const clock = { ms: 0 };
  const onscore = vi.fn();
  render(TypingExercise, { onscore, now: () => clock.ms });
  await user.click(screen.getByRole('button', { name: 'Commencer l’exercice' }));
  const field = screen.getByLabelText('Votre copie') as HTMLInputElement;
  return { user, clock, onscore, field };
}

describe('exercise.typing', () => {
  it('shows the address to copy, and a field that no browser corrects', async () => {
    const { field } = await started();
    expect(screen.getByText(MODEL)).toBeInTheDocument();
    expect(field).toHaveAttribute('autocomplete', 'off');
    expect(field).toHaveAttribute('autocorrect', 'off');
    expect(field).toHaveAttribute('spellcheck', 'false');
    expect(field).toHaveAttribute('autocapitalize', 'off');
  });

  it('a clean copy validated with Enter → 2', async () => {
    const { user, onscore, field } = await started();
    await user.click(field);
    await user.keyboard(MODEL);
    await user.keyboard('{Enter}');
    expect(onscore).toHaveBeenCalledExactlyOnceWith(2);
  });

  it('three slips, each corrected with Backspace → 1', async () => {
    const { user, onscore, field } = await started();
    await user.click(field);
    await user.keyboard('Jz{Backspace}ean.Mx{Backspace}artin@ez{Backspace}xemple.fr');
    await user.click(screen.getByRole('button', { name: 'Valider' }));
    expect(onscore).toHaveBeenCalledExactlyOnceWith(1);
  });

  it('two slips corrected are within the ordinary → 2', async () => {
    const { user, onscore, field } = await started();
    await user.click(field);
    await user.keyboard('Jz{Backspace}ean.Mx{Backspace}artin@exemple.fr{Enter}');
    expect(onscore).toHaveBeenCalledExactlyOnceWith(2);
  });

  it('without capitals: says so, and a wrong copy validated then fixed → 1', async () => {
    const { user, onscore, field } = await started();
    await user.click(field);
    await user.keyboard('jean.martin@exemple.fr{Enter}');
    expect(onscore).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('Regardez bien les majuscules');
    await user.clear(field);
    await user.keyboard(`${MODEL}{Enter}`);
    expect(onscore).toHaveBeenCalledExactlyOnceWith(1);
  });

  it('the @ hint shows where the key is, and counts as help → 1', async () => {
    const { user, onscore, field } = await started();
    await user.click(screen.getByRole('button', { name: /^Où est le @\s\?$/ }));
    expect(screen.getByText(/Alt Gr/)).toBeInTheDocument();
    await user.click(field);
    await user.keyboard(`${MODEL}{Enter}`);
    expect(onscore).toHaveBeenCalledExactlyOnceWith(1);
  });

  it('on a tablet, values change without key names: counted the same, and slow is hesitation → 1', async () => {
    const { clock, onscore, field } = await started();
    for (const value of ['J', 'Je', 'Jea', 'Jean', MODEL]) await fireEvent.input(field, { target: { value } });
    clock.ms = TYPING_THRESHOLDS.fluentMs + 1;
    await fireEvent.click(screen.getByRole('button', { name: 'Valider' }));
    expect(onscore).toHaveBeenCalledExactlyOnceWith(1);
  });

  it(`after ${TYPING_MAX_ATTEMPTS} wrong copies, or « Je n’y arrive pas », the exercise ends → 0`, async () => {
    const { user, onscore, field } = await started();
    await user.click(field);
    for (let i = 0; i < TYPING_MAX_ATTEMPTS; i++) await user.keyboard('x{Enter}');
    expect(onscore).toHaveBeenCalledExactlyOnceWith(0);

    document.body.innerHTML = '';
    const again = await started();
    await again.user.click(screen.getByRole('button', { name: 'Je n’y arrive pas' }));
    await waitFor(() => expect(again.onscore).toHaveBeenCalledExactlyOnceWith(0));
  });
});
