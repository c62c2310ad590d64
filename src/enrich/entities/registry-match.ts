import type { Alias, EntityType, GlobalEntity } from '../../model/entity.ts';
import type { AliasTable } from './alias-table.ts';
import { entityId } from './entity-id.ts';
import type { EntityLexicon } from './lexicon.ts';
import { foldKey, isAcronym, nameKey, nameKeyTokens } from './name-key.ts';
import { personNameRelation } from './name-match.ts';
import type { RegistryIndex } from './registry-index.ts';
import type { DocumentEntity } from './types.ts';

/**
 * Finds the global entity a document's entity belongs to, in order of confidence:
 *  1. the alias table placed it (curated or user canonical name);
 *  2. one of its full names is already a name of one entity (folded: Sergei = Sergey);
 *  3. a person's multi-word name fits exactly one known person with the same family name
 *     ("Sergei Viktorovich Lavrov" / "Sergey Lavrov", "Valdimir Putin" / "Vladimir Putin");
 *  4. a lone word fits exactly one known person's family name ("Putin"), or the first name of
 *     a person seen in several documents ("Kim");
 *  5. an acronym is a known short form of one entity without a conflicting full name (KCNA);
 *  6. the same name is an established entity of another type (the recogniser's type was wrong).
 * Ambiguity never joins: the entity stays (or becomes) an entity of its own.
 */

export interface RegistryView {
  index: RegistryIndex;
  table: AliasTable;
  entity(id: string): GlobalEntity | undefined;
  forms(id: string): readonly string[];
  documentCount(id: string): number;
}

export interface GlobalMatch {
  id: string;
  /** Why the document's entity joins this one (absent for an exact name match). */
  join: Omit<Alias, 'alias'> | null;
}

/** Candidate sets larger than this are common first names: treated as ambiguous outright. */
const MAX_CANDIDATES = 64;

function isDistinct(view: RegistryView, local: DocumentEntity, id: string): boolean {
  if (!view.table.hasDistinctRules) return false;
  const theirs = view.forms(id);
  return [...local.forms.keys(), local.name].some((a) => theirs.some((b) => view.table.areDistinct(a, b)));
}

function usable(view: RegistryView, local: DocumentEntity, id: string, type: EntityType): boolean {
  const entity = view.entity(id);
  return entity !== undefined && entity.type === type && !isDistinct(view, local, id);
}

/** The document's forms that name the entity fully: multi-word for people, not acronyms for the rest. */
export function fullForms(local: DocumentEntity): string[] {
  const forms = [local.name, ...[...local.forms.keys()].filter((form) => form !== local.name)];
  const full = forms.filter((form) =>
    local.type === 'PER' ? nameKeyTokens(form).length >= 2 : !isAcronym(form),
  );
  return full.length > 0 ? full : local.type === 'PER' ? [] : forms;
}

function byTable(view: RegistryView, local: DocumentEntity): GlobalMatch | null {
  if (!local.table) return null;
  const canonicalKey = nameKey(local.table.canonical);
  for (const id of view.index.byName(local.type, local.table.canonical)) {
    if (nameKey(view.entity(id)?.name ?? '') === canonicalKey) return { id, join: null };
  }
  return { id: entityId(local.type, local.table.canonical), join: null };
}

function byFullName(
  view: RegistryView,
  local: DocumentEntity,
  taken: ReadonlySet<string>,
): GlobalMatch | null {
  for (const form of fullForms(local)) {
    const ids = [...view.index.byName(local.type, form)].filter((id) => usable(view, local, id, local.type));
    if (ids.length === 0) continue;
    const id = ids.find((candidate) => !taken.has(candidate)) ?? ids[0]!;
    const entity = view.entity(id)!;
    const same = foldKey(entity.name) === foldKey(form);
    const evidence = same
      ? `same name as "${entity.name}" after folding spelling variants`
      : `"${form}" is a known name of "${entity.name}"`;
    return { id, join: nameKey(entity.name) === nameKey(local.name) ? null : { source: 'rule', evidence } };
  }
  return null;
}

function multiWordForms(view: RegistryView, id: string): Array<readonly string[]> {
  return view
    .forms(id)
    .map(nameKeyTokens)
    .filter((tokens) => tokens.length >= 2);
}

function byPersonName(
  view: RegistryView,
  local: DocumentEntity,
  taken: ReadonlySet<string>,
): GlobalMatch | null {
  const mine = fullForms(local).map(nameKeyTokens);
  if (local.type !== 'PER' || mine.length === 0) return null;
  const found = new Map<string, string>();
  for (const tokens of mine) {
    const candidates = view.index.byFamilyName(tokens.at(-1)!);
    if (candidates.size > MAX_CANDIDATES) continue;
    for (const id of candidates) {
      if (found.has(id) || taken.has(id) || !usable(view, local, id, 'PER')) continue;
      for (const theirs of multiWordForms(view, id)) {
        const relation = personNameRelation(tokens, theirs);
        if (relation) {
          found.set(id, `${relation.relation}: ${relation.detail || 'same name'}`);
          break;
        }
      }
    }
  }
  if (found.size !== 1) return null;
  const [id, detail] = [...found][0]!;
  return { id, join: { source: 'rule', evidence: `cross-document person name, ${detail}` } };
}

/** First names are shared by many people: a lone first name joins only a person seen this often. */
const MIN_DOCUMENTS_FOR_FIRST_NAME = 3;

/**
 * A lone word: the one person whose full name ends with it (a family name: "Putin", "Lavrov"), or
 * starts with it when that person is well established ("Kim", "Prabowo"); otherwise its own entity.
 */
function byLoneWord(view: RegistryView, local: DocumentEntity, lexicon: EntityLexicon): GlobalMatch | null {
  const tokens = nameKeyTokens(local.name);
  if (local.type !== 'PER' || tokens.length !== 1 || lexicon.roles.has(tokens[0]!)) return null;
  const word = tokens[0]!;
  const last = view.index.byFamilyName(word);
  const first = view.index.byFirstName(word);
  if (last.size + first.size > MAX_CANDIDATES) return null;
  const people = new Set([...last, ...first].filter((id) => usable(view, local, id, 'PER')));
  if (people.size !== 1) return null;
  const id = [...people][0]!;
  const family = last.has(id);
  if (!family && view.documentCount(id) < MIN_DOCUMENTS_FOR_FIRST_NAME) return null;
  const position = family ? 'family' : 'first';
  return {
    id,
    join: {
      source: 'rule',
      evidence: `cross-document short form: the only known person with ${position} name "${local.name}"`,
    },
  };
}

/** A full name reaching a lone family name known from an earlier document ("Lavrov" before "Sergei Lavrov"), when no other person has that name. */
function upgradesLoneWord(
  view: RegistryView,
  local: DocumentEntity,
  taken: ReadonlySet<string>,
): GlobalMatch | null {
  const mine = fullForms(local).map(nameKeyTokens);
  if (local.type !== 'PER' || mine.length === 0) return null;
  for (const tokens of mine) {
    const word = tokens.at(-1)!;
    if (view.index.byFamilyName(word).size + view.index.byFirstName(word).size > 0) continue;
    const lone = [...view.index.byName('PER', word)].filter(
      (id) => !taken.has(id) && usable(view, local, id, 'PER') && multiWordForms(view, id).length === 0,
    );
    if (lone.length === 1) {
      return {
        id: lone[0]!,
        join: { source: 'rule', evidence: `"${word}" was known alone; the full name is new` },
      };
    }
  }
  return null;
}

function byShortForm(view: RegistryView, local: DocumentEntity): GlobalMatch | null {
  if (local.type === 'PER') return null;
  const expansions = new Set(
    fullForms(local)
      .filter((form) => !isAcronym(form))
      .map(nameKey),
  );
  for (const form of local.forms.keys()) {
    if (!isAcronym(form)) continue;
    const ids = [...view.index.byName(local.type, form)].filter((id) => {
      if (!usable(view, local, id, local.type)) return false;
      const theirs = view
        .forms(id)
        .filter((f) => !isAcronym(f))
        .map(nameKey);
      return expansions.size === 0 || theirs.length === 0 || theirs.some((f) => expansions.has(f));
    });
    if (ids.length === 1) {
      return { id: ids[0]!, join: { source: 'rule', evidence: `shares the short form "${form}"` } };
    }
  }
  return null;
}

const TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'EVT', 'PRD', 'MISC'];

/**
 * The recogniser's type is noisy ("Pyongyang" as a person once in a while): a name that matches
 * nothing of its own type joins the one entity of another type with exactly that name, once that
 * entity is established in two documents or more.
 */
function byOtherType(view: RegistryView, local: DocumentEntity): GlobalMatch | null {
  const found = new Set<string>();
  for (const type of TYPES) {
    if (type === local.type) continue;
    for (const id of view.index.byName(type, local.name)) {
      if (view.documentCount(id) >= 2 && !isDistinct(view, local, id)) found.add(id);
    }
  }
  if (found.size !== 1) return null;
  const id = [...found][0]!;
  const entity = view.entity(id)!;
  const evidence = `same name; the recogniser said ${local.type}, ${view.documentCount(id)} documents say ${entity.type}`;
  return { id, join: { source: 'rule', evidence } };
}

export function findGlobalMatch(
  view: RegistryView,
  local: DocumentEntity,
  taken: ReadonlySet<string>,
  lexicon: EntityLexicon,
): GlobalMatch | null {
  return (
    byTable(view, local) ??
    byFullName(view, local, taken) ??
    byPersonName(view, local, taken) ??
    byLoneWord(view, local, lexicon) ??
    upgradesLoneWord(view, local, taken) ??
    byShortForm(view, local) ??
    byOtherType(view, local)
  );
}
