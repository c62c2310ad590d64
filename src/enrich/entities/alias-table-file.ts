import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AliasSource, EntityType } from '../../model/entity.ts';
import { type AliasRelation, type AliasRule, type AliasTable, createAliasTable } from './alias-table.ts';

/**
 * The alias table on disk, for people to read and edit. TSV (default) or JSON (a `.json` path).
 *
 *   # comment
 *   relation	alias	canonical	type	source	evidence
 *   alias	Jokowi	Joko Widodo	PER	user	nickname used by the press
 *   distinct	Kim Yo Jong	Kim Jong Un	PER	user	sister and brother
 *
 * `type` may be `-` (any type); `source` defaults to `user`; `evidence` is free text. A sixth
 * column `anycase` (`yes`) lets an alias match lower-case text. Curated rules are never written:
 * they come from the language pack.
 */

export class AliasTableError extends Error {
  override name = 'AliasTableError';
}

const HEADER = ['relation', 'alias', 'canonical', 'type', 'source', 'evidence', 'anycase'];
const RELATIONS: readonly AliasRelation[] = ['alias', 'distinct'];
const TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'EVT', 'PRD', 'MISC'];
const SOURCES: readonly AliasSource[] = ['rule', 'text', 'curated', 'user'];

function oneOf<T extends string>(value: string, allowed: readonly T[], what: string, where: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new AliasTableError(`${where}: ${what} must be one of ${allowed.join(', ')}, got "${value}"`);
}

function parseRule(fields: string[], where: string): AliasRule {
  const [
    relation = '',
    alias = '',
    canonical = '',
    type = '-',
    source = 'user',
    evidence = '',
    anyCase = '',
  ] = fields.map((field) => field.trim());
  if (!alias || !canonical) {
    throw new AliasTableError(
      `${where}: expected "relation<TAB>alias<TAB>canonical[<TAB>type…]", got "${fields.join('\t')}"`,
    );
  }
  const rule: AliasRule = {
    relation: oneOf(relation, RELATIONS, 'relation', where),
    alias,
    canonical,
    type: type === '-' || type === '' ? null : oneOf(type.toUpperCase(), TYPES, 'type', where),
    source: oneOf(source || 'user', SOURCES, 'source', where),
  };
  if (evidence) rule.evidence = evidence;
  if (/^(yes|true|1)$/i.test(anyCase)) rule.anyCase = true;
  return rule;
}

export function parseAliasTsv(content: string, path = 'alias table'): AliasRule[] {
  const rules: AliasRule[] = [];
  content.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const fields = line.split('\t');
    if (fields[0]?.trim().toLowerCase() === 'relation') return;
    rules.push(parseRule(fields, `${path}:${index + 1}`));
  });
  return rules;
}

function parseAliasJson(content: string, path: string): AliasRule[] {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    throw new AliasTableError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(data)) throw new AliasTableError(`${path}: expected a JSON array of rules`);
  return data.map((item, index) => {
    const r = (item ?? {}) as Record<string, unknown>;
    const fields = [
      r.relation ?? 'alias',
      r.alias,
      r.canonical,
      r.type ?? '-',
      r.source ?? 'user',
      r.evidence ?? '',
    ];
    fields.push(r.anyCase === true ? 'yes' : '');
    return parseRule(
      fields.map((field) => String(field ?? '')),
      `${path}[${index}]`,
    );
  });
}

function clean(field: string): string {
  return field.replace(/[\t\r\n]+/g, ' ');
}

export function formatAliasTsv(rules: readonly AliasRule[]): string {
  const lines = [
    '# Warta alias table: one rule per line, tab-separated. Edit freely; lines starting with # are ignored.',
    '# relation: alias (alias is another name of canonical) | distinct (never join the two names)',
    '# type: PER ORG LOC EVT PRD MISC or - (any); source: user | text | rule | curated; anycase: yes to match lower case',
    HEADER.join('\t'),
  ];
  for (const rule of rules) {
    const fields = [
      rule.relation,
      rule.alias,
      rule.canonical,
      rule.type ?? '-',
      rule.source,
      rule.evidence ?? '',
      rule.anyCase ? 'yes' : '',
    ];
    lines.push(fields.map(clean).join('\t').replace(/\t+$/, ''));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Loads a user alias table on top of the curated one. A missing file is an empty user table (the
 * first `warta aliases add` creates it); a malformed line throws `AliasTableError` with its place.
 */
export function loadAliasTable(path: string, options: { curated?: boolean } = {}): AliasTable {
  const table = createAliasTable(options);
  if (!existsSync(path)) return table;
  const content = readFileSync(path, 'utf8');
  const rules = path.endsWith('.json') ? parseAliasJson(content, path) : parseAliasTsv(content, path);
  for (const rule of rules) table.add(rule);
  return table;
}

/** Writes every non-curated rule, atomically (temporary file, then rename). */
export function saveAliasTable(table: AliasTable, path: string): void {
  const rules = table.rules().filter((rule) => rule.source !== 'curated');
  const content = path.endsWith('.json') ? `${JSON.stringify(rules, null, 2)}\n` : formatAliasTsv(rules);
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content, 'utf8');
  renameSync(temporary, path);
}
