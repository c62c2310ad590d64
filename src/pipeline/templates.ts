import {
  normaliseTemplateLine,
  OutletTemplateLearner,
  TEMPLATE_DEFAULTS,
} from '../extract/templates/template-learner.ts';
import { splitLines } from '../extract/text/shape.ts';
import type { OutletTemplatePort } from '../extract/types.ts';
import type { RawDocument } from '../model/document.ts';
import type { OutletLineCounts } from '../store/store.ts';

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

/**
 * Line counts of this batch added to what earlier batches taught the store: the stored counts are
 * read once per batch, for the outlets it holds, before the second extraction pass (a read-only
 * port: no store call in the middle of a document).
 */
export class BatchTemplates implements OutletTemplatePort {
  readonly learner = new OutletTemplateLearner();

  constructor(private readonly stored: ReadonlyMap<string, OutletLineCounts> = new Map()) {}

  observe(outlet: string, lines: string[]): void {
    this.learner.observe(outlet, lines);
  }

  lineFrequency(outlet: string, line: string): { documents: number; outletDocuments: number } {
    const batch = this.learner.lineFrequency(outlet, line);
    const stored = this.stored.get(outlet);
    if (!stored) return batch;
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
