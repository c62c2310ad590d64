/** Header lines that only carry a date: "15 August 2025 13:12", "Jumat, 15 Agu 2025 13:12 WIB", "2 jam lalu". */
import { DATE_LINE_LABEL } from '../../lang/id/boilerplate.ts';
import { findDateMentions } from '../published/date-mentions.ts';
import { wordCount } from './shape.ts';

const MAX_OTHER_WORDS = 4;
const RELATIVE_TIME =
  /^(?:\d+|se|a|an)\s*(?:detik|menit|jam|hari|minggu|pekan|bulan|seconds?|minutes?|hours?|days?|weeks?|months?)\s+(?:yang\s+)?(?:lalu|ago)$/i;

export function isDateLine(line: string): boolean {
  const unlabelled = line.replace(DATE_LINE_LABEL, '');
  if (RELATIVE_TIME.test(unlabelled.trim())) return true;
  const mentions = findDateMentions(unlabelled);
  if (mentions.length === 0) return false;
  let rest = unlabelled;
  for (const mention of mentions) rest = rest.replace(mention.text, ' ');
  const separated = /[|•·–—-]/.test(rest) || unlabelled !== line;
  const stamped = mentions.some((m) => m.hour !== null || m.weekday !== null);
  rest = rest.replace(/\b(?:WIB|WITA|WIT|GMT|UTC)\b|[|,•·–—-]/g, ' ');
  // "Jadwal Imsakiyah 12 Maret 2025" is a headline: other words are allowed only beside a label, separator or clock.
  const allowed = separated || stamped ? MAX_OTHER_WORDS : 0;
  return wordCount(rest) <= allowed && !/[.!?]\s*$/.test(rest.trim());
}
