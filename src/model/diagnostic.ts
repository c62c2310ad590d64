/** An oddity found while processing a document: kept with the document, never thrown. */
export interface Diagnostic {
  /** The pipeline stage that raised it, e.g. `extract`, `times`. */
  stage: string;
  /** A stable rule id, e.g. `published/weekday-mismatch`. */
  rule: string;
  message: string;
  severity: 'info' | 'warning' | 'error';
  /** Where in the clean text, when the oddity has a place. */
  start?: number;
  end?: number;
}
