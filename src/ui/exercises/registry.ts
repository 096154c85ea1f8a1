// Each hands-on exercise is a component that reports one score (0, 1 or 2) through `onscore`.
import type { Component } from 'svelte';
import type { ExerciseId, ExerciseScore } from '../../lib/diagnostic';

export interface ExerciseProps {
  onscore: (score: ExerciseScore) => void;
}

export const EXERCISES: Partial<Record<ExerciseId, Component<ExerciseProps>>> = {};
