import type { EntityType } from '../../model/entity.ts';
import { foldToken, matchKey, nameKeyTokens } from './name-key.ts';

/**
 * The registry's lookup tables, so that resolving a document costs the same with ten entities
 * or a million: by folded name (every form of every entity), and for people by folded family
 * name (last word) and first word of their multi-word names.
 */

function add(map: Map<string, Set<string>>, key: string, id: string): void {
  const set = map.get(key);
  if (set) set.add(id);
  else map.set(key, new Set([id]));
}

export class RegistryIndex {
  readonly #byName = new Map<string, Set<string>>();
  readonly #byLast = new Map<string, Set<string>>();
  readonly #byFirst = new Map<string, Set<string>>();

  addForm(id: string, type: EntityType, form: string): void {
    add(this.#byName, `${type}|${matchKey(form)}`, id);
    if (type !== 'PER') return;
    const tokens = nameKeyTokens(form);
    if (tokens.length < 2) return;
    add(this.#byLast, foldToken(tokens.at(-1)!), id);
    add(this.#byFirst, foldToken(tokens[0]!), id);
  }

  byName(type: EntityType, form: string): ReadonlySet<string> {
    return this.#byName.get(`${type}|${matchKey(form)}`) ?? EMPTY;
  }

  /** People with a multi-word name ending in this word. */
  byFamilyName(token: string): ReadonlySet<string> {
    return this.#byLast.get(foldToken(token)) ?? EMPTY;
  }

  /** People with a multi-word name starting with this word. */
  byFirstName(token: string): ReadonlySet<string> {
    return this.#byFirst.get(foldToken(token)) ?? EMPTY;
  }
}

const EMPTY: ReadonlySet<string> = new Set();
