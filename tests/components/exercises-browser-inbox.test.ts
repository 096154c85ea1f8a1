// The simulated browser and inbox, driven with the mouse and the keyboard alone.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import BrowserExercise from '../../src/ui/exercises/BrowserExercise.svelte';
import InboxExercise from '../../src/ui/exercises/InboxExercise.svelte';
import { BROWSER_THRESHOLDS } from '../../src/lib/diagnostic/exercises';
import { i18n } from '../../src/lib/i18n/i18n.svelte';

beforeAll(async () => {
  await i18n.init('fr');
});

async function started(component: typeof BrowserExercise | typeof InboxExercise) {
  const user = userEvent.setup();
  const clock = { ms: 0 };
  const onscore = vi.fn();
  const { container } = render(component, { onscore, now: () => clock.ms });
  await user.click(screen.getByRole('button', { name: 'Commencer l’exercice' }));
  const $ = (selector: string) => {
    const found = container.querySelector<HTMLElement>(selector);
    if (!found) throw new Error(`nothing matches ${selector}`);
    return found;
  };
  const instruction = () => container.querySelector('[data-instruction]')?.textContent ?? '';
  return { user, clock, onscore, $, instruction, container };
}

describe('exercise.browser', () => {
  it('looks like a browser: two tabs, a back button, an address bar apart from the search box', async () => {
    const { $ } = await started(BrowserExercise);
    expect(screen.getAllByRole('tab')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Page précédente' })).toBeDisabled();
    expect(screen.getByLabelText('Barre d’adresse')).toHaveValue('www.recherche-exemple.fr');
    expect(screen.getByLabelText('Rechercher sur le web')).not.toBe(screen.getByLabelText('Barre d’adresse'));
    expect($('.window').closest('form')).toBeNull();
  });

  it('keyboard only: the address typed in the address bar, then back with the button → 2', async () => {
    const { user, onscore, instruction } = await started(BrowserExercise);
    expect(instruction()).toBe('Allez sur le site service-public.gouv.fr.');
    // Tab from the instruction: the tabs, the back button (disabled, skipped), the address bar.
    await user.tab();
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('Barre d’adresse'));
    await user.keyboard('service-public.gouv.fr{Enter}');
    expect(screen.getByLabelText('Barre d’adresse')).toHaveValue('www.service-public.gouv.fr');
    expect(instruction()).toBe('Revenez à la page précédente.');
    const back = screen.getByRole('button', { name: 'Page précédente' });
    back.focus();
    await user.keyboard('{Enter}');
    expect(onscore).toHaveBeenCalledExactlyOnceWith(2);
  });

  it('the address typed into the search box, then the official result clicked: a detour → 1', async () => {
    const { user, onscore, $ } = await started(BrowserExercise);
    await user.type(screen.getByLabelText('Rechercher sur le web'), 'service-public.gouv.fr{Enter}');
    expect(screen.getByText('Résultats pour « service-public.gouv.fr »')).toBeInTheDocument();
    await user.click($('[data-result="official"]'));
    await user.click(screen.getByRole('button', { name: 'Page précédente' }));
    expect(onscore).toHaveBeenCalledExactlyOnceWith(1);
  });

  it('an advertised result clicked, then the address bar: one wrong click is a look around → 2', async () => {
    const { user, onscore, $ } = await started(BrowserExercise);
    await user.type(screen.getByLabelText('Rechercher sur le web'), 'impots{Enter}');
    await user.click($('[data-result="ad"]'));
    expect(screen.getByText(/C’est une publicité/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Barre d’adresse'), 'https://www.service-public.fr/{Enter}');
    await user.click(screen.getByRole('button', { name: 'Page précédente' }));
    expect(onscore).toHaveBeenCalledExactlyOnceWith(2);
  });

  it('a wrong address first, even in time: hesitation → 1', async () => {
    const { user, onscore, clock } = await started(BrowserExercise);
    await user.type(screen.getByLabelText('Barre d’adresse'), 'servicepublic.fr{Enter}');
    expect(screen.getByText('Ce site est introuvable. Vérifiez l’adresse.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Barre d’adresse'), 'service-public.fr{Enter}');
    clock.ms = BROWSER_THRESHOLDS.fluentMs;
    await user.click(screen.getByRole('button', { name: 'Page précédente' }));
    expect(onscore).toHaveBeenCalledExactlyOnceWith(1);
  });

  it('giving up both tasks → 0; the second tab works on its own', async () => {
    const { user, onscore } = await started(BrowserExercise);
    await user.click(screen.getByRole('tab', { name: 'Nouvel onglet' }));
    expect(screen.getByText('Cet onglet est vide.')).toBeInTheDocument();
    expect(screen.getByLabelText('Barre d’adresse')).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Je ne trouve pas' }));
    await user.click(screen.getByRole('button', { name: 'Je ne trouve pas' }));
    expect(onscore).toHaveBeenCalledExactlyOnceWith(0);
  });
});

describe('exercise.inbox', () => {
  it('shows four made-up messages, one with an attachment', async () => {
    const { container } = await started(InboxExercise);
    expect(container.querySelectorAll('[data-message]')).toHaveLength(4);
    expect(within(screen.getByRole('button', { name: /Caisse d’allocations/ })).getByText('Avec une pièce jointe')).toBeInTheDocument();
  });

  it('with the mouse: the named message, its attachment, the scam reported → 2', async () => {
    const { user, onscore, $, instruction } = await started(InboxExercise);
    expect(instruction()).toBe('Ouvrez le message de la Caisse d’allocations.');
    await user.click($('[data-message="caf"]'));
    expect(screen.getByText('<contact@caisse-allocations.exemple.fr>')).toBeInTheDocument();
    await user.click($('[data-attachment]'));
    expect(screen.getByRole('status')).toHaveTextContent('rien n’est ouvert');
    await user.click(screen.getByRole('button', { name: 'Retour à la liste' }));
    await user.click($('[data-message="parcel"]'));
    expect(screen.getByText('<suivi-colis@livr4ison-xz.biz>')).toBeInTheDocument();
    await user.click($('[data-mail="report"]'));
    expect(onscore).toHaveBeenCalledExactlyOnceWith(2);
  });

  it('with the keyboard alone → 2', async () => {
    const { user, onscore, $ } = await started(InboxExercise);
    $('[data-message="caf"]').focus();
    await user.keyboard('{Enter}');
    $('[data-attachment]').focus();
    await user.keyboard('{Enter}');
    $('[data-mail="back"]').focus();
    await user.keyboard('{Enter}');
    $('[data-message="parcel"]').focus();
    await user.keyboard('{Enter}');
    $('[data-mail="report"]').focus();
    await user.keyboard(' ');
    expect(onscore).toHaveBeenCalledExactlyOnceWith(2);
  });

  it('a wrong message opened and a wrong report: hesitation → 1', async () => {
    const { user, onscore, $ } = await started(InboxExercise);
    await user.click($('[data-message="library"]'));
    await user.click($('[data-mail="back"]'));
    await user.click($('[data-message="caf"]'));
    await user.click($('[data-attachment]'));
    await user.click($('[data-mail="report"]')); // the real message reported as a scam
    expect(screen.getByText(/Ce n’est pas celui-là/)).toBeInTheDocument();
    await user.click($('[data-mail="back"]'));
    await user.click($('[data-message="parcel"]'));
    await user.click($('[data-mail="report"]'));
    expect(onscore).toHaveBeenCalledExactlyOnceWith(1);
  });

  it('giving up the first two steps is « pas réussi » → 0', async () => {
    const { user, onscore, $ } = await started(InboxExercise);
    await user.click(screen.getByRole('button', { name: 'Je ne trouve pas' }));
    // The named message is opened for the person, so the next step can be tried.
    expect($('[data-open]')).toHaveAttribute('data-open', 'caf');
    await user.click(screen.getByRole('button', { name: 'Je ne trouve pas' }));
    await user.click($('[data-mail="back"]'));
    await user.click($('[data-message="parcel"]'));
    await user.click($('[data-mail="report"]'));
    expect(onscore).toHaveBeenCalledExactlyOnceWith(0);
  });
});
