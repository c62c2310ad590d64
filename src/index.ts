// The package entry (`import … from 'warta'`): analyse articles in memory, open a store, and the
// types of what they return. The CLI (`warta …`) is built on the same modules.

export {
  type AnalyzeDocumentsOptions,
  analyzeDocuments,
  type DocumentInput,
  type StoreDocumentsOptions,
  storeDocuments,
} from './api/analyze-documents.ts';
export type { AnalysisResult, Rejection } from './pipeline/analyze.ts';
export {
  type AnalysisExport,
  EXPORT_FORMAT,
  type ExportedDocument,
  type ExportedEntity,
  toAnalysisExport,
} from './pipeline/export.ts';
export type { IngestSummary } from './pipeline/ingest-into-store.ts';

export { type OpenStoreOptions, openStore } from './store/open-store.ts';
export type { SearchRequest, SearchResult, Store } from './store/store.ts';
export { StoreBusyError, StoreFaultError, StoreOpenError } from './store/errors.ts';
export { QuerySyntaxError } from './search/syntax.ts';

export { addAlias, type AliasInput, type AliasTable, createAliasTable } from './enrich/entities/alias-table.ts';
export { AliasTableError, loadAliasTable } from './enrich/entities/alias-table-file.ts';

export type * from './model/index.ts';
