import { allowedEdits, editDistance } from './fuzzy.ts';
import type { QueryNode } from './syntax.ts';
import { nameExpr, orExpr, positiveLeaves, type TextExpr, wordExpr } from './text-expr.ts';
import { searchWords } from './words.ts';

/**
 * From the query tree to what the stores run: words and phrases become full-text expressions,
 * names of entities expand to every name of the entity and to the documents linked to it, typos of
 * a name are corrected (and said), filters become conditions. The stores compile the plan to SQL
 * (src/store/search-sets.ts); nothing here knows a backend.
 */

export type FieldFilter =
  | { field: 'outlet'; outlets: string[] }
  | { field: 'language'; language: string }
  /** Published on or after this (partial) date. */
  | { field: 'from'; date: string }
  /** Published on or before this (partial) date: "2025-03" takes in all of March. */
  | { field: 'to'; date: string };

export type PlanNode =
  | { kind: 'text'; expr: TextExpr }
  /** Documents the entity timeline links to any of these entities. */
  | { kind: 'entity'; ids: string[] }
  | { kind: 'field'; filter: FieldFilter }
  | { kind: 'and'; all: PlanNode[]; none: PlanNode[] }
  | { kind: 'or'; any: PlanNode[] }
  | { kind: 'nothing' };

/** An entity as search needs it: the folded names and aliases it expands to. */
export interface SearchEntity {
  id: string;
  name: string;
  documentCount: number;
  names: string[];
}

export interface SimilarKey {
  key: string;
  whole: boolean;
  display: string;
  entity: SearchEntity;
}

/** What planning asks a store. */
export interface SearchLookups {
  /** Entities having one of these folded names or aliases, by key. */
  entitiesNamed(keys: string[]): Promise<Map<string, SearchEntity[]>>;
  entityById(id: string): Promise<SearchEntity | null>;
  /** Keys sharing trigrams with `key` whose length is within `maxEdits` of it: candidates for a typo. */
  similarKeys(key: string, maxEdits: number): Promise<SimilarKey[]>;
  /** Whether any document matches (a word nobody wrote may be a typo). */
  matchesAny(expr: TextExpr): Promise<boolean>;
  /** The stored outlet names equal to `name`, case aside. */
  outletsNamed(name: string): Promise<string[]>;
}

export interface Correction {
  /** The query's text that was taken for a typo, and where it stands. */
  text: string;
  start: number;
  end: number;
  suggestion: string;
  entity: { id: string; name: string };
}

export interface DidYouMean {
  /** The query with every correction made. */
  query: string;
  corrections: Correction[];
}

export interface SearchPlan {
  root: PlanNode;
  /** What relevance ranks by and snippets mark: the words, prefixes and phrases searched for. */
  marks: TextExpr[];
  didYouMean: DidYouMean | null;
}

export interface PlanOptions {
  /** Stem query words in this language only (a `lang:` filter or the request's language). */
  language?: string;
  /** Conditions the request adds beside the query (the API's outlet, language, from, to, entity parameters). */
  filters?: FieldFilter[];
  entityIds?: string[];
}

/** A name runs over at most this many words ("Kim Jong Un", "Dewan Keamanan PBB"). */
const MAX_NAME_WORDS = 4;
const MAX_ENTITIES_PER_NAME = 3;
const MAX_NAMES_PER_ENTITY = 10;
/** Typo lookups per query: each costs two queries, and a query of typos is not worth more. */
const MAX_TYPO_LOOKUPS = 4;

type WordNode = Extract<QueryNode, { type: 'word' }>;

const isPlainWord = (node: QueryNode): node is WordNode => node.type === 'word' && !node.prefix;

/** The runs of adjacent plain words in a group: the places a name of several words can stand. */
function runsOf(children: QueryNode[]): WordNode[][] {
  const runs: WordNode[][] = [];
  let current: WordNode[] = [];
  for (const child of children) {
    if (isPlainWord(child)) current.push(child);
    else if (current.length) {
      runs.push(current);
      current = [];
    }
  }
  if (current.length) runs.push(current);
  return runs;
}

const groupOf = (node: QueryNode): QueryNode[] => (node.type === 'and' ? node.children : [node]);

/** Every folded text of the query that could be a name: runs of words and their parts, phrases, entity filters. */
function nameCandidates(node: QueryNode, out: Set<string>): Set<string> {
  const children = groupOf(node);
  for (const run of runsOf(children)) {
    const words = run.map((w) => w.word);
    for (let i = 0; i < words.length; i++) {
      for (let n = 1; n <= MAX_NAME_WORDS && i + n <= words.length; n++) out.add(words.slice(i, i + n).join(' '));
    }
  }
  for (const child of children) {
    if (child.type === 'phrase') out.add(child.words.join(' '));
    else if (child.type === 'filter' && child.field === 'entity') out.add(searchWords(child.value).join(' '));
    else if (child.type === 'not') nameCandidates(child.child, out);
    else if (child.type === 'or' || child.type === 'and') for (const c of child.children) nameCandidates(c, out);
  }
  return out;
}

function topLanguage(node: QueryNode): string | undefined {
  const filter = groupOf(node).find((c) => c.type === 'filter' && c.field === 'lang');
  return filter?.type === 'filter' ? filter.value : undefined;
}

function andNode(all: PlanNode[], none: PlanNode[]): PlanNode {
  const positive = all.flatMap((n) => (n.kind === 'and' ? n.all : [n]));
  const negative = [...none, ...all.flatMap((n) => (n.kind === 'and' ? n.none : []))].filter(
    (n) => n.kind !== 'nothing',
  );
  if (positive.some((n) => n.kind === 'nothing')) return { kind: 'nothing' };
  const texts = positive.flatMap((n) => (n.kind === 'text' ? [n.expr] : []));
  const negativeTexts = negative.flatMap((n) => (n.kind === 'text' ? [n.expr] : []));
  let rest: PlanNode[] = positive.filter((n) => n.kind !== 'text');
  let excluded = negative;
  if (texts.length) {
    // Exclusions of words go into the full-text expression itself whenever it has words to look for.
    const expr: TextExpr =
      texts.length === 1 && negativeTexts.length === 0 ? texts[0]! : { op: 'and', all: texts, none: negativeTexts };
    rest = [{ kind: 'text', expr }, ...rest];
    excluded = negative.filter((n) => n.kind !== 'text');
  }
  if (rest.length === 1 && excluded.length === 0) return rest[0]!;
  return { kind: 'and', all: rest, none: excluded };
}

function orNode(any: PlanNode[]): PlanNode {
  const flat = any.flatMap((n) => (n.kind === 'or' ? n.any : [n])).filter((n) => n.kind !== 'nothing');
  const texts = flat.flatMap((n) => (n.kind === 'text' ? [n.expr] : []));
  const rest = flat.filter((n) => n.kind !== 'text');
  const merged: PlanNode[] = texts.length ? [{ kind: 'text', expr: orExpr(texts) }, ...rest] : rest;
  if (merged.length === 0) return { kind: 'nothing' };
  return merged.length === 1 ? merged[0]! : { kind: 'or', any: merged };
}

/** The text expressions a plan looks for, outside its exclusions. */
function marksOf(node: PlanNode): TextExpr[] {
  switch (node.kind) {
    case 'text':
      return positiveLeaves(node.expr);
    case 'and':
      return node.all.flatMap(marksOf);
    case 'or':
      return node.any.flatMap(marksOf);
    default:
      return [];
  }
}

class Planner {
  readonly #corrections: Correction[] = [];
  #typoLookups = MAX_TYPO_LOOKUPS;

  constructor(
    readonly query: string,
    readonly lookups: SearchLookups,
    readonly names: Map<string, SearchEntity[]>,
    readonly language: string | undefined,
  ) {}

  get corrections(): Correction[] {
    return this.#corrections;
  }

  async node(node: QueryNode): Promise<PlanNode> {
    const all: PlanNode[] = [];
    const none: PlanNode[] = [];
    let run: WordNode[] = [];
    const flush = async (): Promise<void> => {
      if (run.length) all.push(...(await this.#run(run)));
      run = [];
    };
    for (const child of groupOf(node)) {
      if (isPlainWord(child)) {
        run.push(child);
        continue;
      }
      await flush();
      if (child.type === 'not') none.push(await this.node(child.child));
      else all.push(await this.#single(child));
    }
    await flush();
    return andNode(all, none);
  }

  async #single(node: QueryNode): Promise<PlanNode> {
    switch (node.type) {
      case 'or': {
        const any: PlanNode[] = [];
        for (const child of node.children) any.push(await this.node(child));
        return orNode(any);
      }
      case 'and':
      case 'not':
        return this.node(node);
      case 'word':
        return { kind: 'text', expr: { op: 'prefix', prefix: node.word } };
      case 'phrase':
        return this.#phrase(node);
      case 'filter':
        return this.#filter(node);
    }
  }

  /** Adjacent words: a whole name first ("Korea Utara"), its typo next, then the longest names within, then words. */
  async #run(run: WordNode[]): Promise<PlanNode[]> {
    const words = run.map((w) => w.word);
    const allWords = (from: number, to: number): TextExpr => {
      const exprs = words.slice(from, to).map((w) => wordExpr(w, this.language));
      return exprs.length === 1 ? exprs[0]! : { op: 'and', all: exprs, none: [] };
    };
    if (run.length > 1 && run.length <= MAX_NAME_WORDS) {
      const whole = this.names.get(words.join(' '));
      if (whole) return [this.#expansion(whole, allWords(0, words.length))];
      if (await this.#unmatched(allWords(0, words.length))) {
        const corrected = await this.#typo(words.join(' '), run[0]!.start, run.at(-1)!.end);
        if (corrected) return [corrected];
      }
    }
    const out: PlanNode[] = [];
    for (let i = 0; i < words.length; ) {
      let taken = 0;
      for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1 && !taken; n--) {
        const entities = this.names.get(words.slice(i, i + n).join(' '));
        if (entities) {
          out.push(this.#expansion(entities, allWords(i, i + n)));
          taken = n;
        }
      }
      if (!taken) {
        out.push(await this.#word(run[i]!));
        taken = 1;
      }
      i += taken;
    }
    return out;
  }

  async #word(node: WordNode): Promise<PlanNode> {
    const expr = wordExpr(node.word, this.language);
    if (allowedEdits(node.word) > 0 && (await this.#unmatched(expr))) {
      const corrected = await this.#typo(node.word, node.start, node.end);
      if (corrected) return corrected;
    }
    return { kind: 'text', expr };
  }

  async #phrase(node: Extract<QueryNode, { type: 'phrase' }>): Promise<PlanNode> {
    const key = node.words.join(' ');
    const expr: TextExpr = { op: 'phrase', words: node.words };
    const entities = this.names.get(key);
    if (entities) return this.#expansion(entities, expr);
    if (await this.#unmatched(expr)) {
      const corrected = await this.#typo(key, node.start, node.end);
      if (corrected) return corrected;
    }
    return { kind: 'text', expr };
  }

  async #filter(node: Extract<QueryNode, { type: 'filter' }>): Promise<PlanNode> {
    switch (node.field) {
      case 'outlet': {
        const outlets = await this.lookups.outletsNamed(node.value);
        return outlets.length ? { kind: 'field', filter: { field: 'outlet', outlets } } : { kind: 'nothing' };
      }
      case 'lang':
        return { kind: 'field', filter: { field: 'language', language: node.value } };
      case 'from':
        return { kind: 'field', filter: { field: 'from', date: node.value } };
      case 'to':
        return { kind: 'field', filter: { field: 'to', date: node.value } };
      case 'entity': {
        const byId = await this.lookups.entityById(node.value);
        if (byId) return { kind: 'entity', ids: [byId.id] };
        const key = searchWords(node.value).join(' ');
        const named = this.names.get(key);
        if (named) return { kind: 'entity', ids: named.slice(0, MAX_ENTITIES_PER_NAME).map((e) => e.id) };
        const corrected = await this.#closest(key, node.start + node.field.length + 1, node.end);
        return corrected ? { kind: 'entity', ids: [corrected.entity.id] } : { kind: 'nothing' };
      }
    }
  }

  /** True when nothing matches `expr` and a typo lookup is still in the budget. */
  async #unmatched(expr: TextExpr): Promise<boolean> {
    return this.#typoLookups > 0 && !(await this.lookups.matchesAny(expr));
  }

  /** The closest name taken for what was meant; a word of a longer name is searched as a word too ("Lemba" → lembah). */
  async #typo(key: string, start: number, end: number): Promise<PlanNode | null> {
    const found = await this.#closest(key, start, end);
    if (!found) return null;
    return this.#expansion([found.entity], found.whole ? null : nameExpr(found.key.split(' '), this.language));
  }

  /** The entity whose name or name word is fewest edits from `key` (then: whole names, more documents), recorded as a correction. */
  async #closest(key: string, start: number, end: number): Promise<SimilarKey | null> {
    const max = allowedEdits(key);
    if (max === 0 || this.#typoLookups <= 0) return null;
    this.#typoLookups--;
    const scored = (await this.lookups.similarKeys(key, max))
      .map((candidate) => ({ candidate, edits: editDistance(key, candidate.key, max) }))
      .filter((s) => s.edits <= max)
      .sort(
        (a, b) =>
          a.edits - b.edits ||
          Number(b.candidate.whole) - Number(a.candidate.whole) ||
          b.candidate.entity.documentCount - a.candidate.entity.documentCount ||
          (a.candidate.key < b.candidate.key ? -1 : a.candidate.key > b.candidate.key ? 1 : 0),
      );
    const best = scored[0]?.candidate;
    if (!best) return null;
    this.#corrections.push({
      text: this.query.slice(start, end),
      start,
      end,
      suggestion: best.display,
      entity: { id: best.entity.id, name: best.entity.name },
    });
    return best;
  }

  /** A name: what was written (when it was no typo), any name of the entities, or a document linked to them. */
  #expansion(entities: SearchEntity[], written: TextExpr | null): PlanNode {
    const chosen = [...entities]
      .sort((a, b) => b.documentCount - a.documentCount || (a.id < b.id ? -1 : 1))
      .slice(0, MAX_ENTITIES_PER_NAME);
    const names = [...new Set(chosen.flatMap((e) => e.names.slice(0, MAX_NAMES_PER_ENTITY)))];
    const texts = names.map((name) => nameExpr(name.split(' '), this.language));
    return orNode([
      { kind: 'text', expr: orExpr(written ? [written, ...texts] : texts) },
      { kind: 'entity', ids: chosen.map((e) => e.id) },
    ]);
  }
}

function corrected(query: string, corrections: Correction[]): string {
  let text = query;
  for (const c of [...corrections].sort((a, b) => b.start - a.start)) {
    text = `${text.slice(0, c.start)}${c.suggestion}${text.slice(c.end)}`;
  }
  return text;
}

/** Plans a parsed query against a store's names and words. */
export async function planSearch(
  query: string,
  ast: QueryNode,
  lookups: SearchLookups,
  options: PlanOptions = {},
): Promise<SearchPlan> {
  const candidates = [...nameCandidates(ast, new Set())].filter((key) => key.length > 0);
  const names = candidates.length ? await lookups.entitiesNamed(candidates) : new Map<string, SearchEntity[]>();
  const planner = new Planner(query, lookups, names, options.language ?? topLanguage(ast));
  const planned = await planner.node(ast);
  const extra: PlanNode[] = [
    ...(options.filters ?? []).map((filter): PlanNode => ({ kind: 'field', filter })),
    ...(options.entityIds?.length ? [{ kind: 'entity', ids: options.entityIds } as PlanNode] : []),
  ];
  const root = extra.length ? andNode([planned, ...extra], []) : planned;
  const { corrections } = planner;
  return {
    root,
    marks: marksOf(root),
    didYouMean: corrections.length ? { query: corrected(query, corrections), corrections } : null,
  };
}
