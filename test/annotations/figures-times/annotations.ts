/** The hand annotations of IndoSum sentences (indosum.jsonl) and where their texts sit in the sentence. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FigureQualifier } from '../../../src/model/figure.ts';

export interface GoldFigure {
  text: string;
  value: number;
  valueMax?: number;
  qualifier: FigureQualifier;
  unit: string | null;
  /** Which occurrence of `text` in the sentence, when it occurs more than once (0-based). */
  occurrence?: number;
}

export interface GoldTime {
  text: string;
  value: string;
  occurrence?: number;
}

export interface AnnotatedSentence {
  id: string;
  paragraph: number;
  sentence: number;
  source: string;
  category: string;
  published: string;
  /** `dev`: looked at while the rules were written; `test`: annotated afterwards, held out. */
  split: 'dev' | 'test';
  figures: GoldFigure[];
  times: GoldTime[];
}

export const ANNOTATIONS_FILE = join(dirname(fileURLToPath(import.meta.url)), 'indosum.jsonl');

export function readAnnotations(path = ANNOTATIONS_FILE): AnnotatedSentence[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as AnnotatedSentence);
}

/** The span of an annotated text in its sentence, or null when the text is not there. */
export function locate(
  sentence: string,
  item: { text: string; occurrence?: number },
): { start: number; end: number } | null {
  let start = -1;
  for (let n = 0; n <= (item.occurrence ?? 0); n++) {
    start = sentence.indexOf(item.text, start + 1);
    if (start < 0) return null;
  }
  return { start, end: start + item.text.length };
}
