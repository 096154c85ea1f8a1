// The form exercise driven by pointer and by keyboard alone: each score, the site's error
// messages (required field, date format), giving up, and that nothing typed is kept anywhere.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import FormExercise from '../../src/ui/exercises/FormExercise.svelte';
import { EXERCISES } from '../../src/ui/exercises/registry';
import { FORM_EXPECTED_DATE, FORM_THRESHOLDS } from '../../src/lib/diagnostic/exercises';
import { i18n } from '../../src/lib/i18n/i18n.svelte';
import type { Mode } from '../../src/lib/diagnostic';

// jsdom has <dialog> but not its modal methods; the picker only needs open/close.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.open = false;
};

/** A town nobody would write by chance: if it shows up anywhere, it was kept. */
const TYPED_TOWN = 'Zanzibar-sur-Test';

beforeAll(async () => {
  await i18n.init('fr');
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function started(mode?: Mode) {
  const user = userEvent.setup();
  const clock = { ms: 0 };
  const onscore = vi.fn();
  const view = render(FormExercise, { onscore, now: () => clock.ms, mode });
  await user.click(screen.getByRole('button', { name: 'Commencer l’exercice' }));
  const instruction = () => view.container.querySelector('[data-instruction]')?.textContent ?? '';
  const dateField = () => screen.getByLabelText('Date du déménagement') as HTMLInputElement;
  const townField = () => screen.getByLabelText('Nouvelle commune') as HTMLInputElement;
  return { user, clock, onscore, view, instruction, dateField, townField };
}
type Started = Awaited<ReturnType<typeof started>>;

async function fill({ user, dateField, townField }: Started, date: string, town: string) {
  await user.clear(dateField());
  if (date) await user.type(dateField(), date);
  await user.clear(townField());
  if (town) await user.type(townField(), town);
  await user.click(screen.getByRole('button', { name: 'Continuer' }));
}
async function attach({ user }: Started, file: string) {
  await user.click(screen.getByRole('button', { name: /Choisir un fichier|Changer de fichier/ }));
  await user.click(within(screen.getByRole('dialog', { hidden: true })).getByRole('button', { name: file, hidden: true }));
}
const line = (id: string) => document.querySelector<HTMLElement>(`[data-line="${id}"]`)!;

/** Presses Tab until `target` has the focus (at most `max` times), as a keyboard user would. */
async function tabTo(user: Started['user'], target: () => HTMLElement, max = 8) {
  for (let i = 0; i < max && document.activeElement !== target(); i++) await user.tab();
  expect(document.activeElement).toBe(target());
}

// Each test types and clicks through up to three pages of the site: more than the default 5 s on a loaded machine.
describe('exercise.form', { timeout: 20_000 }, () => {
  it('is in the registry, and looks like a made-up public-service site', async () => {
    expect(EXERCISES['exercise.form']).toBe(FormExercise);
    const { instruction } = await started();
    expect(screen.getByText('www.demarches.exemple.fr')).toBeInTheDocument();
    expect(screen.getByText('Démarches Exemple')).toBeInTheDocument();
    expect(screen.getByText('Partie 1 sur 3')).toBeInTheDocument();
    expect(instruction()).toContain('Remplissez le formulaire');
    expect(screen.getByText('Date du déménagement : 14 mars 2026')).toBeInTheDocument();
    expect(screen.getByText('Format : JJ/MM/AAAA. Exemple : 25/12/2025')).toBeInTheDocument();
  });

  it('by pointer, without a slip: form, justificatif, numéro de dossier → 2', async () => {
    const s = await started();
    await fill(s, FORM_EXPECTED_DATE, 'Lyon');
    expect(s.instruction()).toBe('Ajoutez le justificatif de domicile, puis envoyez la demande.');
    expect(screen.getByText('Partie 2 sur 3')).toBeInTheDocument();
    await s.user.click(screen.getByRole('button', { name: 'Choisir un fichier' }));
    // A sheet of made-up files, never the device's own picker.
    const sheet = screen.getByRole('dialog', { hidden: true });
    expect(document.querySelector('input[type="file"]')).toBeNull();
    expect(within(sheet).getAllByRole('button', { hidden: true }).map((b) => b.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'JPG photo-anniversaire.jpg',
      'PDF justificatif-domicile.pdf',
      'TXT liste-de-courses.txt',
      'Annuler',
    ]);
    await s.user.click(within(sheet).getByRole('button', { name: 'justificatif-domicile.pdf', hidden: true }));
    expect(screen.queryByRole('dialog', { hidden: true })).toBeNull();
    expect(screen.getByText('justificatif-domicile.pdf')).toBeInTheDocument();
    await s.user.click(screen.getByRole('button', { name: 'Envoyer la demande' }));
    expect(screen.getByText('Récapitulatif de votre demande')).toBeInTheDocument();
    s.clock.ms = FORM_THRESHOLDS.fluentMs;
    await s.user.click(line('number'));
    expect(s.onscore).toHaveBeenCalledExactlyOnceWith(2);
  });

  it('by keyboard alone → 2, the focus always where the next thing to do is', async () => {
    const s = await started();
    const { user } = s;
    await tabTo(user, s.dateField);
    await user.keyboard(FORM_EXPECTED_DATE);
    await user.tab();
    expect(document.activeElement).toBe(s.townField());
    await user.keyboard('Lyon{Enter}');
    expect(document.activeElement).toHaveTextContent('Pièce justificative');
    const choose = () => screen.getByRole('button', { name: /Choisir un fichier/ });
    await tabTo(user, choose);
    await user.keyboard('{Enter}');
    expect(document.activeElement).toHaveAttribute('data-file', 'photo');
    await user.tab();
    expect(document.activeElement).toHaveAttribute('data-file', 'justificatif');
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Changer de fichier/ }));
    await user.tab();
    expect(document.activeElement).toHaveTextContent('Envoyer la demande');
    await user.keyboard('{Enter}');
    expect(document.activeElement).toHaveTextContent('Récapitulatif de votre demande');
    await tabTo(user, () => line('number'));
    await user.keyboard('{Enter}');
    expect(s.onscore).toHaveBeenCalledExactlyOnceWith(2);
  });

  it('with a mediator, the person may say the number instead: « La personne m’a dit… » counts as finding it → 2', async () => {
    const s = await started('mediator');
    await fill(s, FORM_EXPECTED_DATE, 'Lyon');
    await attach(s, 'justificatif-domicile.pdf');
    await s.user.click(screen.getByRole('button', { name: 'Envoyer la demande' }));
    const said = screen.getByRole('button', { name: 'La personne m’a dit le numéro de dossier' });
    expect(said).toHaveAttribute('data-action', 'said-number');
    // The instruction offers both ways to the person.
    expect(document.querySelector('[data-instruction]')).toHaveTextContent('touchez-le, ou dites-le à voix haute');
    // Under the lines of the récapitulatif.
    expect(line('phone').compareDocumentPosition(said) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(s.onscore).not.toHaveBeenCalled();
    await s.user.click(said);
    expect(s.onscore).toHaveBeenCalledExactlyOnceWith(2);
  });

  it.each([['self' as const], [undefined]])('alone (mode %s), nobody hears: no « said » button, the number line is the way', async (mode) => {
    const s = await started(mode);
    await fill(s, FORM_EXPECTED_DATE, 'Lyon');
    await attach(s, 'justificatif-domicile.pdf');
    await s.user.click(screen.getByRole('button', { name: 'Envoyer la demande' }));
    expect(screen.getByText('Récapitulatif de votre demande')).toBeInTheDocument();
    expect(document.querySelector('[data-action="said-number"]')).toBeNull();
    expect(screen.queryByRole('button', { name: /La personne m’a dit/ })).toBeNull();
    expect(document.querySelector('[data-instruction]')).toHaveTextContent('sur le récapitulatif et touchez-le.');
    await s.user.click(line('number'));
    expect(s.onscore).toHaveBeenCalledExactlyOnceWith(2);
  });

  it('a required field left empty: its error in plain words under it, the focus on it, nothing sent', async () => {
    const s = await started();
    await fill(s, FORM_EXPECTED_DATE, '');
    const town = s.townField();
    expect(town).toHaveAttribute('aria-invalid', 'true');
    expect(town).toHaveAccessibleDescription('Ce champ est obligatoire. Écrivez le nom de la nouvelle commune.');
    expect(document.activeElement).toBe(town);
    expect(s.dateField()).toHaveAttribute('aria-invalid', 'false');
    expect(s.instruction()).toContain('Remplissez le formulaire');
    expect(s.onscore).not.toHaveBeenCalled();
  });

  it('a date not in the format JJ/MM/AAAA, then a day that does not exist: each said plainly', async () => {
    const s = await started();
    await fill(s, '14-03-2026', 'Lyon');
    expect(s.dateField()).toHaveAttribute('aria-invalid', 'true');
    expect(s.dateField()).toHaveAccessibleDescription(/Format : JJ\/MM\/AAAA.*La date n’est pas écrite comme demandé/);
    expect(document.activeElement).toBe(s.dateField());
    await fill(s, '31/02/2026', 'Lyon');
    expect(screen.getByText('Cette date n’existe pas. Vérifiez le jour et le mois.')).toBeInTheDocument();
    await fill(s, '', '');
    expect(screen.getByText('Ce champ est obligatoire. Écrivez la date du déménagement.')).toBeInTheDocument();
    expect(document.activeElement).toBe(s.dateField());
    await fill(s, FORM_EXPECTED_DATE, 'Lyon');
    expect(s.instruction()).toContain('justificatif');
    await attach(s, 'justificatif-domicile.pdf');
    await s.user.click(screen.getByRole('button', { name: 'Envoyer la demande' }));
    await s.user.click(line('number'));
    // Sent back three times: more than one correction is hesitation.
    expect(s.onscore).toHaveBeenCalledExactlyOnceWith(1);
  });

  it('the wrong file sent, then a wrong line touched: hesitation → 1', async () => {
    const s = await started();
    await fill(s, FORM_EXPECTED_DATE, 'Lyon');
    await s.user.click(screen.getByRole('button', { name: 'Envoyer la demande' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Ajoutez le justificatif de domicile avant d’envoyer la demande.');
    await attach(s, 'photo-anniversaire.jpg');
    await s.user.click(screen.getByRole('button', { name: 'Envoyer la demande' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Ce fichier n’est pas un justificatif de domicile.');
    await attach(s, 'justificatif-domicile.pdf');
    await s.user.click(screen.getByRole('button', { name: 'Envoyer la demande' }));
    await s.user.click(line('phone'));
    expect(screen.getByText('Ce n’est pas le numéro de dossier. Regardez les autres lignes.')).toBeInTheDocument();
    await s.user.click(line('number'));
    expect(s.onscore).toHaveBeenCalledExactlyOnceWith(1);
  });

  it('all done without a slip but slowly → 1', async () => {
    const s = await started();
    await fill(s, FORM_EXPECTED_DATE, 'Lyon');
    await attach(s, 'justificatif-domicile.pdf');
    await s.user.click(screen.getByRole('button', { name: 'Envoyer la demande' }));
    s.clock.ms = FORM_THRESHOLDS.fluentMs + 1;
    await s.user.click(line('number'));
    expect(s.onscore).toHaveBeenCalledExactlyOnceWith(1);
  });

  it('giving up the form and the file: the site goes on, only the number found → 0', async () => {
    const s = await started();
    await s.user.click(screen.getByRole('button', { name: 'Je n’y arrive pas' }));
    expect(screen.getByText('Partie 2 sur 3')).toBeInTheDocument();
    await s.user.click(screen.getByRole('button', { name: 'Je n’y arrive pas' }));
    expect(screen.getByText('Partie 3 sur 3')).toBeInTheDocument();
    await s.user.click(line('number'));
    expect(s.onscore).toHaveBeenCalledExactlyOnceWith(0);
  });

  it('giving up at each part by keyboard → 0; two wrong lines end the last part', async () => {
    const first = await started();
    const giveUp = () => screen.getByRole('button', { name: /Je n’y arrive pas|Je ne trouve pas/ });
    for (let part = 0; part < 3; part++) {
      giveUp().focus();
      await first.user.keyboard('{Enter}');
    }
    expect(first.onscore).toHaveBeenCalledExactlyOnceWith(0);
    first.view.unmount();

    const second = await started();
    await fill(second, FORM_EXPECTED_DATE, 'Lyon');
    await attach(second, 'justificatif-domicile.pdf');
    await second.user.click(screen.getByRole('button', { name: 'Envoyer la demande' }));
    await second.user.click(line('sentOn'));
    expect(second.onscore).not.toHaveBeenCalled();
    await second.user.click(line('phone'));
    expect(second.onscore).toHaveBeenCalledExactlyOnceWith(1);
  });

  it('keeps nothing typed: not in the fields, the page, the score, nor any storage', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const openDb = vi.spyOn(indexedDB, 'open');
    const s = await started();
    const date = s.dateField();
    const town = s.townField();
    await fill(s, '31/12/2025', TYPED_TOWN);
    // Sent: the fields are gone and emptied, the page does not repeat what was typed.
    expect(date.value).toBe('');
    expect(town.value).toBe('');
    expect(document.documentElement.outerHTML).not.toContain(TYPED_TOWN);
    expect(document.documentElement.outerHTML).not.toContain('31/12/2025');
    await attach(s, 'justificatif-domicile.pdf');
    await s.user.click(screen.getByRole('button', { name: 'Envoyer la demande' }));
    await s.user.click(line('number'));
    // A date other than the card's is a slip: the score says so, and nothing more.
    expect(s.onscore).toHaveBeenCalledExactlyOnceWith(2);
    expect(JSON.stringify(s.onscore.mock.calls)).not.toContain('Zanzibar');
    expect(setItem).not.toHaveBeenCalled();
    expect(openDb).not.toHaveBeenCalled();
    expect(localStorage.length + sessionStorage.length).toBe(0);
  });

  it('empties the fields when the person gives up or leaves while typing', async () => {
    const first = await started();
    const town = first.townField();
    await first.user.type(town, TYPED_TOWN);
    await first.user.click(screen.getByRole('button', { name: 'Je n’y arrive pas' }));
    expect(town.value).toBe('');
    first.view.unmount();

    const second = await started();
    const date = second.dateField();
    await second.user.type(date, '01/01/2000');
    second.view.unmount();
    expect(date.value).toBe('');
    expect(document.documentElement.outerHTML).not.toContain('01/01/2000');
  });
});
