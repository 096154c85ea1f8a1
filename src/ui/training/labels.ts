// The words of an answer for the training screens: the question as the mediator asks it and the
// answer as the mediator sees it, from the same locale keys as the journey's screens.
import { exerciseArea, itemById, type AnswerValue } from '../../lib/diagnostic';
import { t } from '../../lib/i18n/i18n.svelte';

export function questionText(id: string): string {
  if (exerciseArea(id)) return t(`exercises.${id.slice('exercise.'.length)}.title`);
  const item = itemById(id);
  return item?.kind === 'can-do' ? t(`items.${id}.label`) : t(`items.${id}.mediator`);
}

export function answerText(id: string, value: AnswerValue | undefined): string {
  if (value === undefined) return t('training.debrief.noAnswer');
  if (value === 'skip') return t('nav.skipItem');
  if (typeof value === 'number') return t(`training.debrief.score.${value}`);
  if (Array.isArray(value)) return value.map((v) => t(`items.${id}.values.${v}`)).join(', ');
  return itemById(id)?.kind === 'can-do' ? t(`canDo.valuesMediator.${value as string}`) : t(`items.${id}.values.${value as string}`);
}
