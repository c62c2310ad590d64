/** A half-open range `[start, end)` of UTF-16 code units into a document's clean `text`. */
export interface Span {
  start: number;
  end: number;
  /** Always equal to `text.slice(start, end)` of the document the span points into. */
  text: string;
}
