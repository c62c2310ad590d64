import type { ReactNode } from 'react';
import type { EntityType } from '../api/types.ts';

export type Tone = 'neutral' | 'accent' | 'warn' | 'danger' | 'ok';

export function Badge({
  tone = 'neutral',
  title,
  children,
}: {
  tone?: Tone;
  title?: string;
  children: ReactNode;
}) {
  return (
    <span className={`badge badge-${tone}`} {...(title ? { title } : {})}>
      {children}
    </span>
  );
}

export const ENTITY_TYPE_LABELS: Record<EntityType, string> = {
  PER: 'Orang',
  ORG: 'Organisasi',
  LOC: 'Tempat',
  EVT: 'Kejadian',
  PRD: 'Produk',
  MISC: 'Lain-lain',
};

export function entityTypeLabel(type: string): string {
  return ENTITY_TYPE_LABELS[type as EntityType] ?? type;
}

export function EntityTypeBadge({ type }: { type: string }) {
  return (
    <span className={`badge type type-${type.toLowerCase()}`} title={type}>
      {entityTypeLabel(type)}
    </span>
  );
}
