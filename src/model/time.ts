export type TimeGranularity = 'year' | 'month' | 'week' | 'day' | 'minute';

export interface TimeExpression {
  text: string;
  /** ISO 8601 at the expression's own granularity (`2024-06`, `2025-07-12`, `2025-08-15T13:12+07:00`); durations as `P16M`. */
  value: string;
  start: number;
  end: number;
  granularity?: TimeGranularity;
  /** Last day of a range ("14-17 Desember" → value 2017-12-14, until 2017-12-17). */
  until?: string;
  /** True for durations ("selama 16 bulan"). */
  duration?: boolean;
  /** True when resolved relative to the publication date. */
  relative?: boolean;
}
