import type { Diagnostic } from '../model/diagnostic.ts';

/** Runs one stage on one document; an unexpected exception becomes an error diagnostic and the batch goes on. */
export function runIsolated<T>(
  stage: string,
  documentId: string,
  fallback: T,
  diagnostics: Diagnostic[],
  work: () => T,
): T {
  try {
    return work();
  } catch (error) {
    diagnostics.push({
      stage,
      rule: `${stage}/exception`,
      severity: 'error',
      message: `${stage} failed on ${documentId}: ${(error as Error).message ?? String(error)}`,
    });
    return fallback;
  }
}
