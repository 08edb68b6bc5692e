import { isPunctuation, tokenize } from '../../../src/text/tokenize';
import type { TranslationWidgetKey } from '../../../src/i18n/translation-widgets';

/** An example sentence offered as a one-click chip, and the construction it shows. */
export interface ExampleSentence {
  readonly text: string;
  /** The string naming its construction in the page's language. */
  readonly label: TranslationWidgetKey;
}

/** One sentence per kind of construction the corpus teaches, as a reader would type it. */
export const EXAMPLE_SENTENCES: readonly ExampleSentence[] = [
  { text: 'she is eating a green apple', label: 'exampleProgressive' },
  { text: 'my sister is a doctor', label: 'exampleCopula' },
  { text: 'the weather is very cold', label: 'exampleAdjective' },
  { text: 'the book is on the table', label: 'exampleLocation' },
  { text: 'there is a cat in the garden', label: 'exampleExistence' },
  { text: 'i want to eat noodles', label: 'exampleModal' },
  { text: 'we watched a movie last night', label: 'examplePast' },
  { text: 'have you ever eaten dumplings?', label: 'exampleExperience' },
  { text: 'she is taller than her brother', label: 'exampleComparison' },
  { text: 'where is my phone?', label: 'exampleQuestion' },
  { text: 'please open the window', label: 'exampleImperative' },
  { text: 'the man who is reading a newspaper is my father', label: 'exampleRelative' },
  { text: 'she gave me a book', label: 'exampleDoubleObject' },
  { text: 'there are twenty students in the classroom', label: 'exampleNumber' },
];

/**
 * The examples whose every word the model knows (punctuation it lacks is dropped, as the input
 * check does), so that a chip never leads to the unknown-word message.
 */
export function knownExamples(
  examples: readonly ExampleSentence[],
  words: readonly string[],
): ExampleSentence[] {
  const known = new Set(words);
  return examples.filter(({ text }) =>
    tokenize(text).every((token) => known.has(token) || isPunctuation(token)),
  );
}
