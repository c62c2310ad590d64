const LEAD_CHARS = 90;

/** What names an event whose central article has no title: the title, or the opening words of the text. */
export function documentLead(title: string | null, text: string): string {
  const source = title?.trim() ? title : text;
  const firstSentence = source.split(/(?<=[.!?])\s/)[0] ?? source;
  return firstSentence.length > LEAD_CHARS
    ? `${firstSentence.slice(0, LEAD_CHARS).replace(/\s\S*$/, '')}…`
    : firstSentence;
}
