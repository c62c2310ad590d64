/** Third-person pronouns of Indonesian that may stand for a speaker, and the words around them. */

export type PronounNumber = 'singular' | 'plural';

const THIRD_PERSON: Record<string, PronounNumber> = {
  ia: 'singular',
  dia: 'singular',
  beliau: 'singular',
  mereka: 'plural',
  pihaknya: 'singular',
};

/** `singular` for ia, dia, beliau; `plural` for mereka; null for any other word. */
export function thirdPersonPronoun(word: string): PronounNumber | null {
  return THIRD_PERSON[word.toLowerCase()] ?? null;
}

/** The clitic `-nya` as in `katanya`, `menurutnya`: it stands for a singular third person. */
export const THIRD_PERSON_CLITIC = 'nya';
