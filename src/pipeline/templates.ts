import {
  normaliseTemplateLine,
  OutletTemplateLearner,
  TEMPLATE_DEFAULTS,
} from '../extract/templates/template-learner.ts';
import { splitLines } from '../extract/text/shape.ts';
import type { OutletTemplatePort } from '../extract/types.ts';
import type { RawDocument } from '../model/document.ts';
import type { Store } from '../store/store.ts';

/** The distinct normalised lines of a scraped text, as outlet templates count them (HTML has its own DOM rules). */
export function templateLines(raw: RawDocument): string[] {
  if (raw.format !== 'text') return [];
  return [
    ...new Set(
      splitLines(raw.content)
        .map(normaliseTemplateLine)
        .filter((line) => line.length > 0),
    ),
  ];
}

/** Line counts of this batch added to what earlier batches taught the store. */
export class BatchTemplates implements OutletTemplatePort {
  readonly learner = new OutletTemplateLearner();
  readonly #stored = new Map<string, ReturnType<Store['outletLineCounts']>>();

  constructor(private readonly store: Store | null) {}

  observe(outlet: string, lines: string[]): void {
    this.learner.observe(outlet, lines);
  }

  lineFrequency(outlet: string, line: string): { documents: number; outletDocuments: number } {
    const batch = this.learner.lineFrequency(outlet, line);
    if (!this.store) return batch;
    let stored = this.#stored.get(outlet);
    if (!stored) {
      stored = this.store.outletLineCounts(outlet);
      this.#stored.set(outlet, stored);
    }
    return {
      documents: batch.documents + (stored.lines.get(normaliseTemplateLine(line)) ?? 0),
      outletDocuments: batch.outletDocuments + stored.documents,
    };
  }

  /** Whether enough documents of the outlet were seen for a template to be learned at all. */
  canLearn(outlet: string): boolean {
    return this.lineFrequency(outlet, '').outletDocuments >= TEMPLATE_DEFAULTS.minDocuments;
  }
}
