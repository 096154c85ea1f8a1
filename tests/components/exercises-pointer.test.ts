// The pointer exercise driven as a person would: with a mouse, a finger, or the keyboard alone.
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import PointerExercise from '../../src/ui/exercises/PointerExercise.svelte';
import { POINTER_THRESHOLDS } from '../../src/lib/diagnostic/exercises';
import { i18n } from '../../src/lib/i18n/i18n.svelte';

beforeAll(async () => {
  await i18n.init('fr');
});

function setup() {
  const clock = { ms: 0 };
  const onscore = vi.fn();
  const { container } = render(PointerExercise, { onscore, now: () => clock.ms });
  const $ = (selector: string) => {
    const found = container.querySelector<HTMLElement>(selector);
    if (!found) throw new Error(`nothing matches ${selector}`);
    return found;
  };
  const instruction = () => container.querySelector('[data-instruction]')?.textContent ?? '';
  return { clock, onscore, container, $, instruction };
}

/** Puts the box where a drop at (300, 100) lands: jsdom lays nothing out. */
function placeBox(box: HTMLElement): void {
  box.getBoundingClientRect = () => ({ left: 250, right: 450, top: 0, bottom: 200, width: 200, height: 200, x: 250, y: 0, toJSON: () => ({}) });
}

describe('exercise.pointer', () => {
  it('with a finger: says « Touchez », counts a tap beside a target, and a drag into the box → 2', async () => {
    const user = userEvent.setup();
    const { $, instruction, onscore, container } = setup();
    await user.click(screen.getByRole('button', { name: 'Commencer l’exercice' }));

    await user.pointer({ keys: '[TouchA]', target: $('.play') }); // beside the target: a miss
    expect(instruction()).toBe('Touchez le rond.');
    for (let i = 0; i < 4; i++) await user.pointer({ keys: '[TouchA]', target: $('[data-target]') });

    expect(instruction()).toContain('Posez le doigt sur la lettre');
    placeBox($('[data-box]'));
    await user.pointer([
      { keys: '[TouchA>]', target: $('[data-card]'), coords: { clientX: 40, clientY: 100 } },
      { pointerName: 'TouchA', coords: { clientX: 200, clientY: 100 } },
      { pointerName: 'TouchA', coords: { clientX: 300, clientY: 100 } },
      { keys: '[/TouchA]' },
    ]);

    expect(instruction()).toContain('touchez-le');
    expect(container.querySelector('.words')).not.toBeNull();
    await user.pointer({ keys: '[TouchA]', target: $('[data-word="target"]') });
    expect(onscore).toHaveBeenCalledExactlyOnceWith(2);
  });

  it('with a mouse: says « Cliquez »; a drop outside the box is a retry → 1', async () => {
    const user = userEvent.setup();
    const { $, instruction, onscore } = setup();
    await user.click(screen.getByRole('button', { name: 'Commencer l’exercice' }));
    await user.click($('[data-target]'));
    expect(instruction()).toBe('Cliquez sur le rond.');
    for (let i = 0; i < 3; i++) await user.click($('[data-target]'));

    placeBox($('[data-box]'));
    // Dropped short of the box: the letter comes back, the person tries again.
    await user.pointer([
      { keys: '[MouseLeft>]', target: $('[data-card]'), coords: { clientX: 40, clientY: 100 } },
      { coords: { clientX: 120, clientY: 100 } },
      { keys: '[/MouseLeft]' },
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('La lettre n’est pas dans la boîte');
    await user.pointer([
      { keys: '[MouseLeft>]', target: $('[data-card]'), coords: { clientX: 40, clientY: 100 } },
      { coords: { clientX: 320, clientY: 90 } },
      { keys: '[/MouseLeft]' },
    ]);
    await user.click($('[data-word="target"]'));
    expect(onscore).toHaveBeenCalledExactlyOnceWith(1);
  });

  it('with the keyboard alone: each target takes the focus, the letter is taken and put with Enter → 2', async () => {
    const user = userEvent.setup();
    const { $, instruction, onscore, container } = setup();
    // The title has the focus at first; Tab reaches « Commencer ».
    await waitFor(() => expect(document.activeElement?.tagName).toBe('H1'));
    await user.tab();
    expect(document.activeElement).toBe($('[data-action="begin"]'));
    await user.keyboard('{Enter}');
    for (let i = 0; i < 4; i++) {
      await waitFor(() => expect(document.activeElement).toBe($('[data-target]')));
      await user.keyboard('{Enter}');
    }
    await waitFor(() => expect(document.activeElement).toBe($('[data-card]')));
    expect(instruction()).toContain('Appuyez sur Entrée sur la lettre');
    await user.keyboard('{Enter}');
    expect($('[data-card]')).toHaveAttribute('aria-pressed', 'true');
    await user.tab();
    expect(document.activeElement).toBe($('[data-box]'));
    await user.keyboard('{Enter}');

    expect(instruction()).toContain('Avec la touche Tab');
    const words = [...container.querySelectorAll<HTMLElement>('[data-word]')];
    words[0].focus();
    while (document.activeElement?.getAttribute('data-word') !== 'target') await user.tab();
    await user.keyboard('{Enter}');
    expect(onscore).toHaveBeenCalledExactlyOnceWith(2);
  });

  it('tapping the letter then the box, instead of dragging, is accepted as hesitation → 1', async () => {
    const user = userEvent.setup();
    const { $, onscore } = setup();
    await user.click(screen.getByRole('button', { name: 'Commencer l’exercice' }));
    for (let i = 0; i < 4; i++) await user.pointer({ keys: '[TouchA]', target: $('[data-target]') });
    await user.pointer({ keys: '[TouchA]', target: $('[data-card]') });
    await user.pointer({ keys: '[TouchA]', target: $('[data-box]') });
    await user.pointer({ keys: '[TouchA]', target: $('[data-word="target"]') });
    expect(onscore).toHaveBeenCalledExactlyOnceWith(1);
  });

  it('slow but clean is hesitation; giving up two steps of three is « pas réussi »', async () => {
    const user = userEvent.setup();
    const slow = setup();
    await user.click(screen.getAllByRole('button', { name: 'Commencer l’exercice' })[0]);
    for (let i = 0; i < 4; i++) await user.click(slow.$('[data-target]'));
    // The letter moved with the keyboard (no detour), the word found: only the time is over.
    slow.$('[data-card]').focus();
    await user.keyboard('{Enter}');
    slow.$('[data-box]').focus();
    await user.keyboard('{Enter}');
    slow.clock.ms = POINTER_THRESHOLDS.fluentMs + 1;
    await user.click(slow.$('[data-word="target"]'));
    expect(slow.onscore).toHaveBeenCalledExactlyOnceWith(1);
    slow.container.remove();

    const quitter = setup();
    await user.click(screen.getByRole('button', { name: 'Commencer l’exercice' }));
    for (let i = 0; i < 4; i++) await user.click(quitter.$('[data-target]'));
    await user.click(screen.getByRole('button', { name: 'Je ne trouve pas' }));
    await tick();
    await user.click(screen.getByRole('button', { name: 'Je ne trouve pas' }));
    expect(quitter.onscore).toHaveBeenCalledExactlyOnceWith(0);
  });
});
