/**
 * The model's feature rows regrouped by template, so the tagger can find a feature's row from the
 * token values alone instead of building the feature string (`l-1|l=di|jakarta`) and hashing it:
 * that string building was most of the tagging time. Built once per model from `model.features`.
 */

/** Row of a one-value feature, by template then value. */
export type SingleTable = Map<string, number>;
/** Row of a two-value feature (`a|b`), by first then second value. */
export type PairTable = Map<string, Map<string, number>>;
/** Row of a three-value feature (`a|b|c`). */
export type TripleTable = Map<string, PairTable>;

export interface FeatureTables {
  single: Map<string, SingleTable>;
  pairs: Map<string, PairTable>;
  triples: Map<string, TripleTable>;
  /** Rows of the features without a value (`b`, `last`). */
  bare: Map<string, number>;
}

function nested<V>(map: Map<string, V>, key: string, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}

function barPositions(value: string): number[] {
  const positions: number[] = [];
  for (let at = value.indexOf('|'); at >= 0; at = value.indexOf('|', at + 1)) positions.push(at);
  return positions;
}

/**
 * A value joined with `|` may itself contain `|` (the token `|`), so every way of splitting it is
 * entered: the string lookup it replaces matched exactly those (a, b) with `${a}|${b}` === value.
 */
function addPair(table: PairTable, value: string, row: number): void {
  for (const bar of barPositions(value)) {
    nested(table, value.slice(0, bar), () => new Map<string, number>()).set(value.slice(bar + 1), row);
  }
}

function addTriple(table: TripleTable, value: string, row: number): void {
  const bars = barPositions(value);
  for (let first = 0; first < bars.length; first++) {
    for (let second = first + 1; second < bars.length; second++) {
      const a = value.slice(0, bars[first]);
      const b = value.slice(bars[first]! + 1, bars[second]);
      const c = value.slice(bars[second]! + 1);
      nested(nested(table, a, () => new Map()), b, () => new Map<string, number>()).set(c, row);
    }
  }
}

/**
 * Indexes the features of the templates named in `joined` (template → how many `|`-joined values
 * it carries, 2 or 3) by their values; every other template with a value is indexed as one value.
 */
export function buildFeatureTables(
  features: ReadonlyMap<string, number>,
  joined: ReadonlyMap<string, 2 | 3>,
): FeatureTables {
  const tables: FeatureTables = { single: new Map(), pairs: new Map(), triples: new Map(), bare: new Map() };
  for (const [feature, row] of features) {
    const equals = feature.indexOf('=');
    if (equals < 0) {
      tables.bare.set(feature, row);
      continue;
    }
    const template = feature.slice(0, equals);
    const value = feature.slice(equals + 1);
    const values = joined.get(template);
    if (values === 2) addPair(nested(tables.pairs, template, () => new Map()), value, row);
    else if (values === 3) addTriple(nested(tables.triples, template, () => new Map()), value, row);
    else nested(tables.single, template, () => new Map<string, number>()).set(value, row);
  }
  return tables;
}
