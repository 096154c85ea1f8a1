// The diagnostic engine's contract: the instrument as data, evaluate, the types. No DOM, no storage.
export * from './types';
export { evaluate } from './evaluate';
export {
  AREAS,
  ALL_ITEMS,
  PRIMO_ITEMS,
  OBSERVATION_ITEMS,
  TRIAGE_ITEMS,
  CAN_DO_VALUES,
  SKIP,
  itemById,
  exerciseArea,
  isValidAnswer,
  isExerciseScore,
  sanitizeAnswers,
  dropUnasked,
  reasonOf,
  withoutAreas,
  REASON_VALUES,
  type ReasonValue,
  type ItemDef,
  type ItemKind,
  type AreaDef,
  type Section,
  type CanDoValue,
} from './instrument';
export { readsFrenchWithDifficulty } from './french-reading';
export { MAX_NEXT_STEPS } from './next-steps';
export { LEARNING_THRESHOLD, AUTONOMOUS_THRESHOLD, levelOfPoints, lowerLevel } from './levels';
export { activityReport, type ActivityReport, type EquipmentId, type ThemeId } from './report';
export { evaluateWithRule, scoredAnswers } from './evaluate';
export { RULE_IDS, type RuleId, type PostureRuleId } from './rules';
