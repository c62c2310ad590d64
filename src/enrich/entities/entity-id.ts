import { createHash } from 'node:crypto';
import type { EntityType } from '../../model/entity.ts';
import { matchKey } from './name-key.ts';

/**
 * A global entity id, deterministic from the type and the folded canonical name: `ent_` + 12 hex
 * digits of SHA-256. "Sergei Lavrov" and "Sergey Lavrov" fold alike, so whichever document comes
 * first, the id is the same; an id never changes once given, even when the name later improves.
 */
export function entityId(type: EntityType, canonicalName: string): string {
  const digest = createHash('sha256')
    .update(`${type}|${matchKey(canonicalName)}`)
    .digest('hex');
  return `ent_${digest.slice(0, 12)}`;
}
