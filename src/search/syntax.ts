import { searchWords } from './words.ts';

/**
 * The search language: a query string becomes a tree of words, phrases, filters and the
 * operators between them, or a `QuerySyntaxError` that says what is wrong and where. Nothing of the
 * user's text ever reaches a database as syntax: the planners build their expressions from this tree.
 *
 *   banjir Jakarta          both words (AND is implicit; `AND` may be written)
 *   banjir OR longsor       either (OR binds looser than AND)
 *   banjir -Jakarta         the first without the second (`NOT` works too)
 *   "Korea Utara"           the exact words in that order; a quoted single word is exact, unstemmed
 *   kirim*                  words starting with "kirim" (only an explicit star makes a prefix)
 *   (banjir OR longsor) Bogor
 *   outlet:"Kabar Lembah"   entity:Korut   lang:id   from:2025-03   to:2025-03-31
 */

export type FilterField = 'outlet' | 'entity' | 'lang' | 'from' | 'to';

export type QueryNode =
  /** One folded word; matched on its stems too, unless it is a prefix. */
  | { type: 'word'; word: string; prefix: boolean; start: number; end: number }
  /** Words in this order, as written: a quoted text, or a bare token that folds to several words ("covid-19"). */
  | { type: 'phrase'; words: string[]; start: number; end: number }
  | { type: 'filter'; field: FilterField; value: string; start: number; end: number }
  | { type: 'and'; children: QueryNode[] }
  | { type: 'or'; children: QueryNode[] }
  | { type: 'not'; child: QueryNode; start: number };

/** A query that cannot be read; `position` is the 0-based offset in the query where the problem is. */
export class QuerySyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(`${message} (at position ${position})`);
    this.name = 'QuerySyntaxError';
  }
}

/** Words, phrases and filters in one query: each costs an index lookup, so a query has a budget. */
export const MAX_TERMS = 16;
export const MAX_PHRASE_WORDS = 10;
/** A shorter prefix expands to a large share of the vocabulary: the query that stalls a server. */
export const MIN_PREFIX_LENGTH = 3;
const MAX_DEPTH = 8;
const FIELDS = new Set<string>(['outlet', 'entity', 'lang', 'from', 'to']);
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

type Token =
  | { kind: 'open' | 'close' | 'minus'; start: number; end: number }
  | { kind: 'or' | 'and' | 'not'; start: number; end: number }
  | { kind: 'quoted'; text: string; start: number; end: number }
  | { kind: 'bare'; text: string; start: number; end: number }
  | { kind: 'field'; field: FilterField; value: string; valueStart: number; start: number; end: number };

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/u.test(c);
const ends = (c: string | undefined): boolean => c === undefined || isSpace(c) || c === '(' || c === ')' || c === '"';

function closingQuote(query: string, open: number): number {
  const close = query.indexOf('"', open + 1);
  if (close === -1) throw new QuerySyntaxError('unclosed quote', open);
  return close;
}

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const c = query[i]!;
    if (isSpace(c)) {
      i++;
    } else if (c === '(' || c === ')') {
      tokens.push({ kind: c === '(' ? 'open' : 'close', start: i, end: i + 1 });
      i++;
    } else if (c === '"') {
      const close = closingQuote(query, i);
      tokens.push({ kind: 'quoted', text: query.slice(i + 1, close), start: i, end: close + 1 });
      i = close + 1;
    } else if (c === '-') {
      // A dash that touches the next term excludes it; one standing alone ("Jakarta - Bandung") is punctuation.
      if (!ends(query[i + 1]) || query[i + 1] === '(' || query[i + 1] === '"') {
        tokens.push({ kind: 'minus', start: i, end: i + 1 });
      }
      i++;
    } else {
      let j = i;
      while (!ends(query[j])) j++;
      const text = query.slice(i, j);
      const field = /^([a-z]+):/i.exec(text);
      if (text === 'OR' || text === 'AND' || text === 'NOT') {
        tokens.push({ kind: text === 'OR' ? 'or' : text === 'AND' ? 'and' : 'not', start: i, end: j });
      } else if (field && FIELDS.has(field[1]!.toLowerCase())) {
        const name = field[1]!.toLowerCase() as FilterField;
        let value = text.slice(field[0].length);
        let valueStart = i + field[0].length;
        if (value === '' && query[j] === '"') {
          const close = closingQuote(query, j);
          value = query.slice(j + 1, close);
          valueStart = j + 1;
          j = close + 1;
        }
        tokens.push({ kind: 'field', field: name, value, valueStart, start: i, end: j });
      } else {
        tokens.push({ kind: 'bare', text, start: i, end: j });
      }
      i = j;
    }
  }
  return tokens;
}

function validDate(value: string): boolean {
  const parts = DATE.exec(value);
  if (!parts) return false;
  const month = parts[2] === undefined ? 1 : Number(parts[2]);
  const day = parts[3] === undefined ? 1 : Number(parts[3]);
  const last = new Date(Date.UTC(Number(parts[1]), month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= last;
}

function filterNode(token: Extract<Token, { kind: 'field' }>): QueryNode {
  const value = token.value.trim();
  if (value === '') throw new QuerySyntaxError(`${token.field}: needs a value`, token.start);
  if (token.field === 'lang' && !/^[a-z]{2,3}$/i.test(value)) {
    throw new QuerySyntaxError('lang: wants a language code such as id or en', token.valueStart);
  }
  if ((token.field === 'from' || token.field === 'to') && !validDate(value)) {
    throw new QuerySyntaxError(`${token.field}: wants a date YYYY, YYYY-MM or YYYY-MM-DD`, token.valueStart);
  }
  const normalised = token.field === 'lang' ? value.toLowerCase() : value;
  return { type: 'filter', field: token.field, value: normalised, start: token.start, end: token.end };
}

/** A bare token: a word, a prefix, or (when it folds to several words, as "covid-19") a phrase; null when it holds no word. */
function bareNode(token: Extract<Token, { kind: 'bare' }>): QueryNode | null {
  const prefix = token.text.endsWith('*');
  const body = prefix ? token.text.slice(0, -1) : token.text;
  const star = body.indexOf('*');
  if (star !== -1) throw new QuerySyntaxError('a * may only end a word (prefix search)', token.start + star);
  const words = searchWords(body);
  if (prefix) {
    if (words.length !== 1) throw new QuerySyntaxError('a prefix* must be one word', token.start);
    if (words[0]!.length < MIN_PREFIX_LENGTH) {
      throw new QuerySyntaxError(`a prefix* needs at least ${MIN_PREFIX_LENGTH} letters`, token.start);
    }
  }
  if (words.length === 0) return null;
  if (words.length === 1) return { type: 'word', word: words[0]!, prefix, start: token.start, end: token.end };
  if (words.length > MAX_PHRASE_WORDS) {
    throw new QuerySyntaxError(`a phrase may have at most ${MAX_PHRASE_WORDS} words`, token.start);
  }
  return { type: 'phrase', words, start: token.start, end: token.end };
}

function quotedNode(token: Extract<Token, { kind: 'quoted' }>): QueryNode {
  const words = searchWords(token.text);
  if (words.length === 0) throw new QuerySyntaxError('an empty phrase', token.start);
  if (words.length > MAX_PHRASE_WORDS) {
    throw new QuerySyntaxError(`a phrase may have at most ${MAX_PHRASE_WORDS} words`, token.start);
  }
  return { type: 'phrase', words, start: token.start, end: token.end };
}

class Parser {
  #at = 0;
  #depth = 0;
  #terms = 0;

  constructor(readonly tokens: Token[]) {}

  parse(): QueryNode | null {
    const node = this.#or();
    const stray = this.tokens[this.#at];
    if (stray) throw new QuerySyntaxError('a ) without its (', stray.start);
    return node;
  }

  #peek(): Token | undefined {
    return this.tokens[this.#at];
  }

  #or(): QueryNode | null {
    const children: (QueryNode | null)[] = [this.#and()];
    while (this.#peek()?.kind === 'or') {
      const or = this.tokens[this.#at++]!;
      const next = this.#and();
      if (children.at(-1) === null || next === null) {
        throw new QuerySyntaxError('OR needs a term on each side', or.start);
      }
      children.push(next);
    }
    const present = children.filter((c): c is QueryNode => c !== null);
    if (present.length <= 1) return present[0] ?? null;
    return { type: 'or', children: present };
  }

  #and(): QueryNode | null {
    const children: QueryNode[] = [];
    for (let token = this.#peek(); token && token.kind !== 'or' && token.kind !== 'close'; token = this.#peek()) {
      if (token.kind === 'and') {
        this.#at++;
        const after = this.#peek();
        if (children.length === 0 || !after || after.kind === 'or' || after.kind === 'close' || after.kind === 'and') {
          throw new QuerySyntaxError('AND needs a term on each side', token.start);
        }
        continue;
      }
      const node = this.#unary();
      if (node) children.push(node);
    }
    if (children.length <= 1) return children[0] ?? null;
    return { type: 'and', children };
  }

  #unary(): QueryNode | null {
    const token = this.#peek()!;
    if (token.kind !== 'minus' && token.kind !== 'not') return this.#primary();
    this.#at++;
    const next = this.#peek();
    const child = next && next.kind !== 'or' && next.kind !== 'close' && next.kind !== 'and' ? this.#unary() : null;
    if (!child) throw new QuerySyntaxError(`nothing to exclude after ${token.kind === 'not' ? 'NOT' : '-'}`, token.start);
    return { type: 'not', child, start: token.start };
  }

  #primary(): QueryNode | null {
    const token = this.tokens[this.#at++]!;
    switch (token.kind) {
      case 'open': {
        if (++this.#depth > MAX_DEPTH) {
          throw new QuerySyntaxError(`parentheses nest at most ${MAX_DEPTH} deep`, token.start);
        }
        const inner = this.#or();
        const close = this.#peek();
        if (close?.kind !== 'close') throw new QuerySyntaxError('a ( without its )', token.start);
        this.#at++;
        this.#depth--;
        if (!inner) throw new QuerySyntaxError('empty parentheses', token.start);
        return inner;
      }
      case 'quoted':
        return this.#counted(quotedNode(token), token.start);
      case 'field':
        return this.#counted(filterNode(token), token.start);
      case 'bare': {
        const node = bareNode(token);
        return node && this.#counted(node, token.start);
      }
      default:
        // OR, AND, NOT, - and ) are handled by the callers; anything else here is misplaced.
        throw new QuerySyntaxError('unexpected operator', token.start);
    }
  }

  #counted(node: QueryNode, start: number): QueryNode {
    if (++this.#terms > MAX_TERMS) {
      throw new QuerySyntaxError(`a query may have at most ${MAX_TERMS} words, phrases and filters`, start);
    }
    return node;
  }
}

/** Every group needs something to look for: an exclusion alone would mean "everything but", a full scan. */
function requirePositive(node: QueryNode): void {
  switch (node.type) {
    case 'not':
      throw new QuerySyntaxError('an exclusion needs a term to search for beside it', node.start);
    case 'or':
      node.children.forEach(requirePositive);
      return;
    case 'and':
      if (node.children.every((child) => child.type === 'not')) requirePositive(node.children[0]!);
      for (const child of node.children) {
        if (child.type === 'not') requireAnything(child.child);
        else requirePositive(child);
      }
      return;
    default:
      return;
  }
}

/** Inside an exclusion any shape is fine, as long as its own groups have something positive. */
function requireAnything(node: QueryNode): void {
  if (node.type === 'not') requireAnything(node.child);
  else requirePositive(node);
}

/** Reads a query; throws `QuerySyntaxError` (with the position) for anything it cannot read. */
export function parseQuery(query: string): QueryNode {
  const node = new Parser(tokenize(query)).parse();
  if (!node) throw new QuerySyntaxError('the query has no words to search for', 0);
  requirePositive(node);
  return node;
}
