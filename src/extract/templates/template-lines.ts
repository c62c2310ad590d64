/** Deciding, from an outlet's learned counts, whether one line of a new document is its template. */
import type { OutletTemplatePort } from '../types.ts';
import { TEMPLATE_DEFAULTS, type TemplateOptions } from './template-learner.ts';

export function isTemplateLine(
  templates: OutletTemplatePort,
  outlet: string,
  line: string,
  options: TemplateOptions = TEMPLATE_DEFAULTS,
): boolean {
  const words = line.trim().split(/\s+/u).length;
  const sentence = /[.!?…]["'”’)\]]*$/u.test(line.trim());
  if (words > options.maxWords || (sentence && words > options.maxSentenceWords)) return false;
  const { documents, outletDocuments } = templates.lineFrequency(outlet, line);
  return (
    outletDocuments > 0 &&
    documents >= options.minDocuments &&
    documents / outletDocuments >= options.minShare
  );
}
