import type { Alias, EntityType, GlobalEntity, StoredEntity } from '../../model/entity.ts';
import { type AliasTable, createAliasTable } from './alias-table.ts';
import { chooseName } from './document-entities.ts';
import { entityId } from './entity-id.ts';
import { KnownNames } from './known-names.ts';
import { entityLookupTokens } from './lookup-tokens.ts';
import { type EntityLexicon, indonesianEntityLexicon } from './lexicon.ts';
import { foldKey, nameKey } from './name-key.ts';
import { RegistryIndex } from './registry-index.ts';
import { findGlobalMatch, type GlobalMatch, type RegistryView } from './registry-match.ts';
import type { DocumentEntity } from './types.ts';

/**
 * One identity per real-world entity across documents. Each document's entities are matched
 * through an index (never by scanning all entities), joined with their provenance, or created
 * with an id derived from their name (`entityId`). The snapshot is plain JSON for the store.
 */

/** A global entity as the registry keeps it: `GlobalEntity` plus what it needs to go on learning. */
export interface RegistryEntity extends GlobalEntity {
  /** Surface form → number of documents it was seen in; decides the canonical name. */
  forms?: Record<string, number>;
  /** The name comes from the alias table and stays. */
  pinned?: boolean;
  /** Documents counted in a store but not listed in `documents` (a store keeps them apart). */
  documentCount?: number;
}

export interface RegistryOptions {
  aliases?: AliasTable;
  lexicon?: EntityLexicon;
}

/** The global identity given to one document entity. */
export interface AssignedEntity {
  id: string;
  name: string;
  type: EntityType;
}

const SAME_NAME = 'same name ignoring case, hyphens, periods and accents';

interface Entry {
  entity: GlobalEntity;
  forms: Map<string, number>;
  aliases: Map<string, Alias>;
  documents: Set<string>;
  /** Documents known to mention it but not listed (read back from a store without its document list). */
  unlisted: number;
  pinned: boolean;
}

export class EntityRegistry {
  readonly #entries = new Map<string, Entry>();
  readonly #byDocument = new Map<string, Set<string>>();
  readonly #index = new RegistryIndex();
  readonly #known = new KnownNames();
  readonly #table: AliasTable;
  readonly #lexicon: EntityLexicon;
  readonly #view: RegistryView;

  constructor(options: RegistryOptions = {}) {
    this.#table = options.aliases ?? createAliasTable();
    this.#lexicon = options.lexicon ?? indonesianEntityLexicon();
    this.#view = {
      index: this.#index,
      table: this.#table,
      entity: (id) => this.#entries.get(id)?.entity,
      forms: (id) => {
        const entry = this.#entries.get(id);
        return entry ? [entry.entity.name, ...entry.forms.keys()] : [];
      },
      documentCount: (id) => this.#documentCount(id),
    };
  }

  /** Rebuilds a registry from `toJSON()` output (plain `GlobalEntity[]` works too). */
  static fromSnapshot(entities: readonly RegistryEntity[], options: RegistryOptions = {}): EntityRegistry {
    const registry = new EntityRegistry(options);
    for (const entity of entities) registry.#restore(entity);
    return registry;
  }

  get aliases(): AliasTable {
    return this.#table;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** Names learned well enough to be looked for in new documents (see `KnownNames`). */
  get knownNames(): KnownNames {
    return this.#known;
  }

  /** Gives every entity of one document its global identity, in the same order. */
  assign(documentId: string, entities: readonly DocumentEntity[]): AssignedEntity[] {
    const taken = new Set<string>();
    return entities.map((local) => {
      const { entry, join } = this.#resolve(local, taken);
      this.#record(entry, local, documentId, join);
      taken.add(entry.entity.id);
      return { id: entry.entity.id, name: entry.entity.name, type: entry.entity.type };
    });
  }

  /** The canonical name, without building the snapshot that `get` returns. */
  nameOf(id: string): string | undefined {
    return this.#entries.get(id)?.entity.name;
  }

  get(id: string): GlobalEntity | undefined {
    const entry = this.#entries.get(id);
    return entry ? this.#snapshotOf(entry) : undefined;
  }

  /** Entities whose name or one of whose aliases is `name` (folded), optionally of one type. */
  findByName(name: string, type?: EntityType): GlobalEntity[] {
    const types: EntityType[] = type ? [type] : ['PER', 'ORG', 'LOC', 'EVT', 'PRD', 'MISC'];
    const ids = types.flatMap((t) => [...this.#index.byName(t, name)]);
    return ids.map((id) => this.get(id)!).filter(Boolean);
  }

  #documentCount(id: string): number {
    const entry = this.#entries.get(id);
    return entry ? entry.unlisted + entry.documents.size : 0;
  }

  /** Rebuilds a registry from a store's entities, which carry their document count but not the list. */
  static fromStored(entities: readonly StoredEntity[], options: RegistryOptions = {}): EntityRegistry {
    return EntityRegistry.fromSnapshot(
      entities.map((entity) => ({ ...entity, documents: [] })),
      options,
    );
  }

  /** Takes in entities read from a store that are not held yet (a batch reads those it can meet). */
  absorb(entities: readonly StoredEntity[]): void {
    for (const entity of entities) if (!this.#entries.has(entity.id)) this.#restore({ ...entity, documents: [] });
  }

  /**
   * A stored document about to be analysed again was already counted for these entities (in
   * their stored document count): it is listed, so mentioning them again does not count twice.
   */
  acknowledge(documentId: string, entityIds: Iterable<string>): void {
    for (const id of entityIds) {
      const entry = this.#entries.get(id);
      if (!entry || entry.documents.has(documentId)) continue;
      entry.documents.add(documentId);
      entry.unlisted = Math.max(0, entry.unlisted - 1);
      this.#linkDocument(documentId, id);
    }
  }

  /** Every name the entity goes by: its name, the forms seen, its aliases. */
  formsOf(id: string): string[] {
    const entry = this.#entries.get(id);
    return entry ? [entry.entity.name, ...entry.forms.keys(), ...entry.aliases.keys()] : [];
  }

  /** The entity as a store keeps it: the documents of this registry counted in, not listed. */
  stored(id: string): StoredEntity | undefined {
    const entry = this.#entries.get(id);
    if (!entry) return undefined;
    const { documents: _listed, documentCount: _count, ...rest } = this.#snapshotOf(entry);
    return {
      ...rest,
      documentCount: entry.unlisted + entry.documents.size,
      lookupTokens: entityLookupTokens(this.formsOf(id), entry.entity.type === 'PER'),
    };
  }

  documentsOf(id: string): string[] {
    return [...(this.#entries.get(id)?.documents ?? [])];
  }

  entitiesOf(documentId: string): string[] {
    return [...(this.#byDocument.get(documentId) ?? [])];
  }

  /** Forgets that a document mentioned its entities (before re-analysing it, or when it is deleted). */
  removeDocument(documentId: string): void {
    for (const id of this.#byDocument.get(documentId) ?? []) {
      const entry = this.#entries.get(id);
      if (!entry) continue;
      entry.documents.delete(documentId);
    }
    this.#byDocument.delete(documentId);
  }

  toJSON(): RegistryEntity[] {
    return [...this.#entries.values()].map((entry) => this.#snapshotOf(entry));
  }

  #snapshotOf(entry: Entry): RegistryEntity {
    const snapshot: RegistryEntity = {
      id: entry.entity.id,
      name: entry.entity.name,
      type: entry.entity.type,
      aliases: [...entry.aliases.values()].filter((alias) => alias.alias !== entry.entity.name),
      documents: [...entry.documents],
      forms: Object.fromEntries(entry.forms),
    };
    if (entry.pinned) snapshot.pinned = true;
    return snapshot;
  }

  #restore(entity: RegistryEntity): void {
    const listed = entity.documents ?? [];
    const unlisted = Math.max(0, (entity.documentCount ?? listed.length) - listed.length);
    const forms = new Map(Object.entries(entity.forms ?? {}));
    if (forms.size === 0) {
      forms.set(entity.name, Math.max(1, listed.length + unlisted));
      for (const alias of entity.aliases) forms.set(alias.alias, 1);
    }
    const entry: Entry = {
      entity: { id: entity.id, name: entity.name, type: entity.type, aliases: [], documents: [] },
      forms,
      aliases: new Map(entity.aliases.map((alias) => [alias.alias, alias])),
      documents: new Set(listed),
      unlisted,
      pinned: entity.pinned === true,
    };
    this.#entries.set(entity.id, entry);
    for (const form of [entity.name, ...forms.keys(), ...entry.aliases.keys()]) {
      this.#index.addForm(entity.id, entity.type, form);
    }
    for (const document of entry.documents) this.#linkDocument(document, entity.id);
    this.#learnNames(entry);
  }

  #resolve(local: DocumentEntity, taken: ReadonlySet<string>): { entry: Entry; join: GlobalMatch['join'] } {
    const match = findGlobalMatch(this.#view, local, taken, this.#lexicon);
    const existing = match ? this.#entries.get(match.id) : undefined;
    if (!match || !existing) return { entry: this.#create(local, match?.id), join: null };
    if (local.table && !existing.pinned) {
      existing.pinned = true;
      this.#rename(existing, local.table.canonical, {
        source: local.table.source,
        evidence: local.table.evidence,
      });
    }
    return { entry: existing, join: match.join };
  }

  #create(local: DocumentEntity, preferredId: string | undefined): Entry {
    const name = local.table?.canonical ?? local.name;
    let id = preferredId ?? entityId(local.type, name);
    for (let n = 2; this.#entries.has(id); n++) {
      const other = this.#entries.get(id)!;
      const sameName = other.entity.type === local.type && foldKey(other.entity.name) === foldKey(name);
      if (sameName && !this.#distinct(local, other)) return other;
      id = `${entityId(local.type, name)}_${n}`;
    }
    const entry: Entry = {
      entity: { id, name, type: local.type, aliases: [], documents: [] },
      forms: new Map(),
      aliases: new Map(),
      documents: new Set(),
      unlisted: 0,
      pinned: local.table !== null,
    };
    this.#entries.set(id, entry);
    this.#index.addForm(id, local.type, name);
    return entry;
  }

  #record(entry: Entry, local: DocumentEntity, documentId: string, join: GlobalMatch['join']): void {
    const firstTime = !entry.documents.has(documentId);
    for (const alias of local.aliases) {
      if (!entry.aliases.has(alias.alias)) entry.aliases.set(alias.alias, alias);
    }
    for (const form of local.forms.keys()) {
      if (!entry.forms.has(form)) this.#index.addForm(entry.entity.id, entry.entity.type, form);
      if (firstTime || !entry.forms.has(form)) entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
      if (form !== entry.entity.name && !entry.aliases.has(form)) {
        entry.aliases.set(form, { alias: form, ...this.#provenance(entry, form, local, join) });
      }
    }
    if (firstTime) {
      entry.documents.add(documentId);
      this.#linkDocument(documentId, entry.entity.id);
    }
    if (!entry.pinned) this.#rename(entry, this.#bestName(entry), null);
    this.#learnNames(entry);
  }

  #learnNames(entry: Entry): void {
    const { type, name } = entry.entity;
    const established = entry.unlisted + entry.documents.size >= 2;
    for (const form of [name, ...entry.forms.keys()]) {
      const source = entry.aliases.get(form)?.source;
      if (established || source === 'text' || source === 'curated' || source === 'user')
        this.#known.add(form, type);
    }
  }

  /** Why a form of a document's entity is a name of the global one. */
  #provenance(
    entry: Entry,
    form: string,
    local: DocumentEntity,
    join: GlobalMatch['join'],
  ): Omit<Alias, 'alias'> {
    if (nameKey(form) === nameKey(entry.entity.name)) return { source: 'rule', evidence: SAME_NAME };
    if (local.table) return { source: local.table.source, evidence: local.table.evidence };
    if (join) return join;
    return {
      source: 'rule',
      evidence: `same name as "${entry.entity.name}" after folding spelling variants`,
    };
  }

  #bestName(entry: Entry): string {
    const stats = [...entry.forms].map(([surface, count], order) => ({ surface, count, firstAt: order }));
    return stats.length > 0 ? chooseName(stats, entry.entity.type, this.#lexicon) : entry.entity.name;
  }

  /** Changes the canonical name; the old name becomes an alias with the provenance the new one had. */
  #rename(entry: Entry, name: string, provenance: Omit<Alias, 'alias'> | null): void {
    const old = entry.entity.name;
    if (name === old) return;
    const carried = entry.aliases.get(name) ?? (provenance ? { alias: name, ...provenance } : null);
    if (!entry.aliases.has(old)) {
      const source = carried?.source ?? 'rule';
      entry.aliases.set(old, {
        alias: old,
        source,
        evidence: carried?.evidence ?? `earlier name of ${name}`,
      });
    }
    entry.aliases.delete(name);
    entry.entity.name = name;
    this.#index.addForm(entry.entity.id, entry.entity.type, name);
  }

  #distinct(local: DocumentEntity, entry: Entry): boolean {
    if (!this.#table.hasDistinctRules) return false;
    const theirs = [entry.entity.name, ...entry.forms.keys()];
    return [local.name, ...local.forms.keys()].some((a) => theirs.some((b) => this.#table.areDistinct(a, b)));
  }

  #linkDocument(documentId: string, id: string): void {
    const set = this.#byDocument.get(documentId);
    if (set) set.add(id);
    else this.#byDocument.set(documentId, new Set([id]));
  }
}
