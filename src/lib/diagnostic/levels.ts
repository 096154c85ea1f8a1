import type { AssessedLevel, Level } from './types';
import type { CanDoValue } from './instrument';

/** Points of a self-rated answer (section 3). */
export const CAN_DO_POINTS: Readonly<Record<CanDoValue, number>> = { alone: 2, 'with-help': 1, 'not-yet': 0 };

/** Below this mean, an area is still to discover: most answers are « pas encore ». */
export const LEARNING_THRESHOLD = 0.75;
/** From this mean on, an area is autonomous: most answers are « seul·e ». */
export const AUTONOMOUS_THRESHOLD = 1.5;

const ORDER: readonly AssessedLevel[] = ['to-discover', 'learning', 'autonomous'];

/** The level of a mean of 0–2 points; `not-assessed` when nothing was counted. */
export function levelOfPoints(points: readonly number[]): Level {
  if (points.length === 0) return 'not-assessed';
  const mean = points.reduce((sum, p) => sum + p, 0) / points.length;
  if (mean < LEARNING_THRESHOLD) return 'to-discover';
  if (mean < AUTONOMOUS_THRESHOLD) return 'learning';
  return 'autonomous';
}

/** The lower of two levels; `not-assessed` gives way to any evidence. */
export function lowerLevel(a: Level, b: Level): Level {
  if (a === 'not-assessed') return b;
  if (b === 'not-assessed') return a;
  return ORDER.indexOf(a) <= ORDER.indexOf(b) ? a : b;
}

/** 0 for the weakest level, up to 3 for not assessed: sorts the weakest areas first. */
export function levelRank(level: Level): number {
  return level === 'not-assessed' ? 3 : ORDER.indexOf(level);
}

export const isBelowAutonomous = (level: Level): boolean => level === 'to-discover' || level === 'learning';
