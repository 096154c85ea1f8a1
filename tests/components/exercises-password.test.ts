// The password exercise: the live checklist, the asked fifth criterion, the score, and that the
// text goes nowhere (not in the score, not in the DOM once the screen is left).
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import PasswordExercise from '../../src/ui/exercises/PasswordExercise.svelte';
import { i18n } from '../../src/lib/i18n/i18n.svelte';

const INVENTED = 'Tulipe#Verte42';

beforeAll(async () => {
  await i18n.init('fr');
});

async function started() {
  const user = userEvent.setup();
  const onscore = vi.fn();
  const view = render(PasswordExercise, { onscore, now: () => 0 });
  await user.click(screen.getByRole('button', { name: 'Commencer l’exercice' }));
  const field = screen.getByLabelText('Mot de passe inventé') as HTMLInputElement;
  return { user, onscore, field, view };
}
const met = (criterion: string) => document.querySelector(`[data-criterion="${criterion}"]`)?.getAttribute('data-met');

describe('exercise.password', () => {
  it('says never to type a real password, and hides the text until asked', async () => {
    const { user, field } = await started();
    expect(screen.getByRole('note')).toHaveTextContent('N’écrivez jamais un vrai mot de passe ici');
    expect(field).toHaveAttribute('type', 'password');
    expect(field).toHaveAttribute('autocomplete', 'off');
    await user.click(screen.getByRole('button', { name: 'Afficher' }));
    expect(field).toHaveAttribute('type', 'text');
    await user.click(screen.getByRole('button', { name: 'Masquer' }));
    expect(field).toHaveAttribute('type', 'password');
  });

  it('ticks each criterion as it is met, with words and not colour alone', async () => {
    const { user, field } = await started();
    await user.click(field);
    await user.keyboard('tulipe');
    expect(['length', 'cases', 'digitsAndLetters', 'special'].map(met)).toEqual(['false', 'false', 'false', 'false']);
    await user.keyboard('V42');
    expect(['length', 'cases', 'digitsAndLetters', 'special'].map(met)).toEqual(['true', 'true', 'true', 'false']);
    expect(document.querySelector('[data-criterion="length"]')).toHaveTextContent('C’est bon');
    expect(document.querySelector('[data-criterion="special"]')).toHaveTextContent('Pas encore');
    await user.keyboard('!');
    expect(met('special')).toBe('true');
    // The fifth is asked, not computed.
    expect(met('privateLife')).toBe('false');
    await user.click(screen.getByRole('button', { name: 'Non' }));
    expect(met('privateLife')).toBe('true');
  });

  it('a sure password, no link with private life, keyboard only → 2; the score carries no text', async () => {
    const { user, onscore, field } = await started();
    await user.click(field);
    await user.keyboard(INVENTED);
    await user.tab(); // « Afficher »
    await user.tab(); // « Oui »
    await user.tab(); // « Non »
    await user.keyboard('{Enter}');
    await user.tab();
    expect(document.activeElement).toHaveTextContent('J’ai fini');
    await user.keyboard('{Enter}');
    expect(onscore).toHaveBeenCalledExactlyOnceWith(2);
    expect(JSON.stringify(onscore.mock.calls)).not.toContain('Tulipe');
  });

  it('asks for the private life answer before finishing; « oui » is hesitation → 1', async () => {
    const { user, onscore, field } = await started();
    await user.click(field);
    await user.keyboard(INVENTED);
    await user.click(screen.getByRole('button', { name: 'J’ai fini' }));
    expect(onscore).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('Répondez d’abord');
    await user.click(screen.getByRole('button', { name: 'Oui' }));
    await user.click(screen.getByRole('button', { name: 'J’ai fini' }));
    expect(onscore).toHaveBeenCalledExactlyOnceWith(1);
  });

  it('one criterion only → 0; giving up → 0', async () => {
    const first = await started();
    await first.user.click(first.field);
    await first.user.keyboard('abc');
    await first.user.click(screen.getByRole('button', { name: 'Non' }));
    await first.user.click(screen.getByRole('button', { name: 'J’ai fini' }));
    expect(first.onscore).toHaveBeenCalledExactlyOnceWith(0);
    first.view.unmount();

    const second = await started();
    await second.user.click(screen.getByRole('button', { name: 'Je n’y arrive pas' }));
    expect(second.onscore).toHaveBeenCalledExactlyOnceWith(0);
  });

  it('keeps nothing of the text once the score is given: the field and the checklist read from it are empty', async () => {
    const { user, field } = await started();
    await user.click(field);
    await user.keyboard(INVENTED);
    await user.click(screen.getByRole('button', { name: 'Afficher' }));
    expect(field.value).toBe(INVENTED);
    expect(document.querySelector('[data-criterion="cases"]')?.getAttribute('data-met')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Non' }));
    await user.click(screen.getByRole('button', { name: 'J’ai fini' }));
    // The checklist is derived from the text the component holds: all unmet means it holds nothing.
    expect(field.value).toBe('');
    expect([...document.querySelectorAll('[data-criterion]:not([data-criterion="privateLife"])')].map((c) => c.getAttribute('data-met'))).not.toContain('true');
  });

  it('empties the field when the screen is left half-way', async () => {
    const { user, field, view } = await started();
    await user.click(field);
    await user.keyboard(INVENTED);
    view.unmount();
    expect(field.value).toBe('');
  });
});
