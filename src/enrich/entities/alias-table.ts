import { CURATED_ENTITIES, type CuratedEntity } from '../../lang/id/aliases.ts';
import type { AliasSource, EntityType } from '../../model/entity.ts';
import { nameKey } from './name-key.ts';

/**
 * The alias table: names that are declared to be one entity (`alias`) or declared never to be
 * joined (`distinct`). It holds the curated table of the language pack (source `curated`) and the
 * rules a user adds (source `user`, or any source written in the user's file). User rules win:
 * they are looked up first, and a name a user maps elsewhere no longer follows the curated rule.
 */

export type AliasRelation = 'alias' | 'distinct';

export interface AliasRule {
  relation: AliasRelation;
  /** For `alias`: the other name. For `distinct`: one of the two names. */
  alias: string;
  /** For `alias`: the canonical name. For `distinct`: the other name. */
  canonical: string;
  /** Entity type, or null when the rule holds whatever the recogniser says. */
  type: EntityType | null;
  source: AliasSource;
  evidence?: string;
  /** Match the alias in lower-case text too (coined short forms such as "korut"). */
  anyCase?: boolean;
}

/** What the table says about one name. */
export interface TableMatch {
  canonical: string;
  type: EntityType | null;
  source: AliasSource;
  evidence: string;
}

const CURATED_EVIDENCE = 'curated alias table of the language pack';
const MAX_CHAIN = 4;

function pairKey(a: string, b: string): string {
  const [x, y] = [nameKey(a), nameKey(b)].sort();
  return `${x}\u0000${y}`;
}

export class AliasTable {
  #rules: AliasRule[] = [];
  #user = new Map<string, TableMatch>();
  #curated = new Map<string, TableMatch>();
  #distinct = new Set<string>();
  #version = 0;

  constructor(rules: readonly AliasRule[] = []) {
    for (const rule of rules) this.add(rule);
  }

  /** Grows by one on every change, so that caches built from the table know when to rebuild. */
  get version(): number {
    return this.#version;
  }

  rules(): readonly AliasRule[] {
    return this.#rules;
  }

  add(rule: AliasRule): void {
    this.#rules.push(rule);
    this.#index(rule);
    this.#version++;
  }

  /** Removes the rules for `alias` (and `canonical`, when given); returns how many went. */
  remove(alias: string, canonical?: string): number {
    const key = nameKey(alias);
    const canonicalKey = canonical === undefined ? null : nameKey(canonical);
    const kept = this.#rules.filter((rule) => {
      const names = [nameKey(rule.alias), nameKey(rule.canonical)];
      const hit =
        rule.relation === 'alias'
          ? names[0] === key && (canonicalKey === null || names[1] === canonicalKey)
          : names.includes(key) && (canonicalKey === null || names.includes(canonicalKey));
      return !hit;
    });
    const removed = this.#rules.length - kept.length;
    if (removed > 0) {
      this.#rules = [];
      this.#user.clear();
      this.#curated.clear();
      this.#distinct.clear();
      for (const rule of kept) {
        this.#rules.push(rule);
        this.#index(rule);
      }
      this.#version++;
    }
    return removed;
  }

  /** The canonical name a name resolves to, following user rules first, then curated ones. */
  lookup(name: string): TableMatch | null {
    let match: TableMatch | null = null;
    let key = nameKey(name);
    for (let step = 0; step < MAX_CHAIN; step++) {
      const next = this.#user.get(key) ?? this.#curated.get(key);
      if (!next || (match && nameKey(next.canonical) === nameKey(match.canonical))) break;
      match = match ? { ...next, evidence: `${match.evidence}; ${next.evidence}` } : next;
      const nextKey = nameKey(next.canonical);
      if (nextKey === key) break;
      key = nextKey;
    }
    return match;
  }

  /** True when a rule says the two names must never be one entity. */
  areDistinct(a: string, b: string): boolean {
    return this.#distinct.size > 0 && this.#distinct.has(pairKey(a, b));
  }

  get hasDistinctRules(): boolean {
    return this.#distinct.size > 0;
  }

  #index(rule: AliasRule): void {
    if (rule.relation === 'distinct') {
      this.#distinct.add(pairKey(rule.alias, rule.canonical));
      return;
    }
    const target = rule.source === 'curated' ? this.#curated : this.#user;
    const evidence = rule.evidence ?? `${rule.source} alias: ${rule.alias} = ${rule.canonical}`;
    const match: TableMatch = { canonical: rule.canonical, type: rule.type, source: rule.source, evidence };
    target.set(nameKey(rule.alias), match);
    const canonicalKey = nameKey(rule.canonical);
    if (!target.has(canonicalKey)) {
      target.set(canonicalKey, { ...match, evidence: `${rule.source} canonical name` });
    }
  }
}

export function curatedRules(entities: readonly CuratedEntity[] = CURATED_ENTITIES): AliasRule[] {
  const rules: AliasRule[] = [];
  for (const entity of entities) {
    const anyCase = new Set(entity.anyCase ?? []);
    const forms = [entity.name, ...entity.aliases];
    for (const form of forms) {
      const rule: AliasRule = {
        relation: 'alias',
        alias: form,
        canonical: entity.name,
        type: entity.type,
        source: 'curated',
        evidence: CURATED_EVIDENCE,
      };
      if (anyCase.has(form)) rule.anyCase = true;
      rules.push(rule);
    }
  }
  return rules;
}

/** A table with the curated rules of the Indonesian pack (unless `curated: false`). */
export function createAliasTable(
  options: { curated?: boolean; rules?: readonly AliasRule[] } = {},
): AliasTable {
  const table = new AliasTable(options.curated === false ? [] : curatedRules());
  for (const rule of options.rules ?? []) table.add(rule);
  return table;
}

export interface AliasFilter {
  source?: AliasSource;
  /** Only rules where this name is the alias or the canonical name. */
  name?: string;
}

export function listAliases(table: AliasTable, filter: AliasFilter = {}): AliasRule[] {
  const key = filter.name === undefined ? null : nameKey(filter.name);
  return table.rules().filter((rule) => {
    if (filter.source && rule.source !== filter.source) return false;
    return key === null || nameKey(rule.alias) === key || nameKey(rule.canonical) === key;
  });
}

export interface AliasInput {
  alias: string;
  canonical: string;
  type?: EntityType | null;
  relation?: AliasRelation;
  source?: AliasSource;
  evidence?: string;
  anyCase?: boolean;
}

/** Adds a rule (a user rule unless said otherwise) and returns it as stored. */
export function addAlias(table: AliasTable, input: AliasInput): AliasRule {
  if (nameKey(input.alias) === '' || nameKey(input.canonical) === '') {
    throw new Error(`an alias rule needs two names, got "${input.alias}" and "${input.canonical}"`);
  }
  const rule: AliasRule = {
    relation: input.relation ?? 'alias',
    alias: input.alias.trim(),
    canonical: input.canonical.trim(),
    type: input.type ?? null,
    source: input.source ?? 'user',
  };
  if (input.evidence) rule.evidence = input.evidence;
  if (input.anyCase) rule.anyCase = true;
  table.add(rule);
  return rule;
}

export function removeAlias(table: AliasTable, alias: string, canonical?: string): number {
  return table.remove(alias, canonical);
}
