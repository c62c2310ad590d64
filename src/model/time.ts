export type TimeGranularity = 'year' | 'month' | 'week' | 'day' | 'minute';

export interface TimeExpression {
  text: string;
  /** ISO 8601 at the expression's own granularity (`2024-06`, `2025-07-12`, `2025-08-15T13:12+07:00`); durations as `P16M`. */
  value: string;
  start: number;
  end: number;
  granularity?: TimeGranularity;
  /** True for durations ("selama 16 bulan"). */
  duration?: boolean;
  /** True when resolved relative to the publication date. */
  relative?: boolean;
}
