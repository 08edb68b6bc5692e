/** A sentence in both of the site's languages. */
export interface Bilingual {
  readonly en: string;
  readonly zh: string;
}

/** An exercise whose answer is a number the page computes and checks. */
export interface NumberExercise {
  readonly kind: 'number';
  /** Stable id, unique within its chapter (progress is stored under it). */
  readonly id: string;
  readonly question: Bilingual;
  /** The expected answer, computed, never typed in. */
  readonly answer: () => number;
  /** Largest accepted |typed − expected|. */
  readonly tolerance: number;
  /** How to get the answer; `{answer}` stands for the computed value. */
  readonly working: Bilingual;
}

/** One option of a multiple-choice exercise, with why it is right or wrong. */
export interface ChoiceOption {
  readonly text: Bilingual;
  readonly correct: boolean;
  readonly why: Bilingual;
}

/** A multiple-choice exercise with exactly one correct option. */
export interface ChoiceExercise {
  readonly kind: 'choice';
  readonly id: string;
  readonly question: Bilingual;
  readonly options: readonly ChoiceOption[];
}

/** Any exercise of a chapter. */
export type Exercise = NumberExercise | ChoiceExercise;
