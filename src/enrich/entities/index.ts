export {
  type AliasFilter,
  type AliasInput,
  type AliasRelation,
  type AliasRule,
  AliasTable,
  addAlias,
  createAliasTable,
  curatedRules,
  listAliases,
  removeAlias,
  type TableMatch,
} from './alias-table.ts';
export {
  AliasTableError,
  formatAliasTsv,
  loadAliasTable,
  parseAliasTsv,
  saveAliasTable,
} from './alias-table-file.ts';
export { type EnrichEntitiesOptions, enrichEntities } from './enrich-entities.ts';
export { entityId } from './entity-id.ts';
export { KnownNames } from './known-names.ts';
export { type EntityLexicon, indonesianEntityLexicon } from './lexicon.ts';
export { listRecognizer } from './list-recognizer.ts';
export {
  type AssignedEntity,
  EntityRegistry,
  type RegistryEntity,
  type RegistryOptions,
} from './registry.ts';
export { type ResolveOptions, resolveDocument } from './resolve-document.ts';
export type { DocumentEntity, MentionOrigin, NameMention, RecognizedSpan, Recognizer } from './types.ts';
