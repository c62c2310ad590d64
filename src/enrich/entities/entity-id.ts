import { createHash } from 'node:crypto';
import type { EntityType } from '../../model/entity.ts';
import { matchKey } from './name-key.ts';

/**
 * A global entity id, deterministic from the type and the folded canonical name: `ent_` + 12 hex
 * digits of SHA-256. "Sergei Lavrov" and "Sergey Lavrov" fold alike, so whichever document comes
 * first, the id is the same; an id never changes once given, even when the name later improves.
 */
export function entityId(type: EntityType, canonicalName: string): string {
  const key = `${type}|${matchKey(canonicalName)}`;
  let id = ids.get(key);
  if (id === undefined) {
    id = `ent_${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
    // The same names come back in every document: each is hashed once (up to a bound).
    if (ids.size >= ID_CACHE_LIMIT) ids.clear();
    ids.set(key, id);
  }
  return id;
}

const ID_CACHE_LIMIT = 50_000;
const ids = new Map<string, string>();
