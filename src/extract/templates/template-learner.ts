/**
 * Each outlet repeats its own furniture (a tagline, a footer, a newsletter plea) in every article.
 * The learner counts, per outlet, in how many documents each normalised line occurs; a line seen
 * in enough of them is template, not news.
 */
import type { OutletTemplatePort } from '../types.ts';

/** When a recurring line counts as the outlet's template. */
export interface TemplateOptions {
  /** Documents of the outlet that must contain the line. */
  minDocuments: number;
  /** Share of the outlet's documents that must contain it. */
  minShare: number;
  /** A finished sentence longer than this is body, even when repeated (background reused across a story). */
  maxSentenceWords: number;
  /** No line longer than this is template. */
  maxWords: number;
}

export const TEMPLATE_DEFAULTS: Readonly<TemplateOptions> = {
  minDocuments: 4,
  minShare: 0.5,
  maxSentenceWords: 15,
  maxWords: 40,
};

const MAX_KEY_CHARS = 300;

/** Lower case, digits as 0, punctuation and spacing folded: "© 2025 Mureks." and "© 2024 MUREKS" agree. */
export function normaliseTemplateLine(line: string): string {
  return line
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\p{N}/gu, '0')
    .replace(/[^\p{L}0]+/gu, ' ')
    .trim()
    .slice(0, MAX_KEY_CHARS);
}

function outletKey(outlet: string): string {
  return outlet.trim().toLowerCase();
}

interface OutletCounts {
  documents: number;
  lines: Map<string, number>;
}

/** In-memory learner; a store may persist the same counts behind `OutletTemplatePort`. */
export class OutletTemplateLearner implements OutletTemplatePort {
  private readonly outlets = new Map<string, OutletCounts>();

  /** Records the distinct lines of one document of `outlet`. */
  observe(outlet: string, lines: readonly string[]): void {
    const key = outletKey(outlet);
    const counts = this.outlets.get(key) ?? { documents: 0, lines: new Map<string, number>() };
    counts.documents += 1;
    const distinct = new Set(lines.map(normaliseTemplateLine).filter((line) => line.length > 0));
    for (const line of distinct) counts.lines.set(line, (counts.lines.get(line) ?? 0) + 1);
    this.outlets.set(key, counts);
  }

  lineFrequency(outlet: string, line: string): { documents: number; outletDocuments: number } {
    const counts = this.outlets.get(outletKey(outlet));
    if (!counts) return { documents: 0, outletDocuments: 0 };
    return {
      documents: counts.lines.get(normaliseTemplateLine(line)) ?? 0,
      outletDocuments: counts.documents,
    };
  }
}
