export type FigureQualifier =
  | 'exact'
  | 'about'
  | 'more-than'
  | 'less-than'
  | 'at-least'
  | 'at-most'
  | 'order-of-magnitude'
  | 'range';

export type FigureKind = 'count' | 'money' | 'percent' | 'duration' | 'measure';

export interface Figure {
  text: string;
  value: number;
  /** Upper bound for ranges ("antara 10 dan 20"). */
  valueMax?: number;
  qualifier: FigureQualifier;
  /** What is counted (tentara, orang), the currency (IDR, USD), or null. */
  unit: string | null;
  kind?: FigureKind;
  start: number;
  end: number;
}
