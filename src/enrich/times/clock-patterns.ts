/** Clock times: "13.00 WIB", "pukul 10:00 WITA", "20.30 WIT", "pukul 8 malam", "13:12". */
import { CLOCK_CUE_WORDS, CLOCK_ZONES, DAY_PART_WORDS } from '../../lang/id/time-words.ts';
import { AnchoredPattern } from './anchored.ts';
import type { TimeCandidate } from './candidate.ts';
import { alternation, compile, E } from './patterns.ts';

const ZONES = alternation(Object.keys(CLOCK_ZONES));
const CUES = alternation(CLOCK_CUE_WORDS);
const DAY_PARTS = alternation(Object.keys(DAY_PART_WORDS));
const CLOCK = new AnchoredPattern(
  compile(
    `(?<![\\p{L}\\d.,:])(?:(${CUES})\\.?\\s+)?(\\d{1,2})(?:([.:])(\\d{2}))?(?![.,:]?\\d)(?:\\s*(${ZONES}))?(?:\\s+(${DAY_PARTS}))?${E}`,
  ),
  { words: CLOCK_CUE_WORDS, digits: true },
);
const RANGE_GAP = /^\s*(?:[-–]|hingga|sampai|s\.d\.?|s\/d)\s*(?:pukul\s+)?$/i;

export function findClockTimes(text: string): TimeCandidate[] {
  const found: TimeCandidate[] = [];
  for (const match of CLOCK.matchAll(text)) {
    const [, cue, hourText, separator, minuteText, zoneText, partText] = match;
    const hasMinutes = minuteText !== undefined;
    const strongCue = cue !== undefined && !/^jam$/i.test(cue);
    const accepted =
      separator === ':' ||
      (hasMinutes && (cue !== undefined || zoneText !== undefined || partText !== undefined)) ||
      (!hasMinutes && (strongCue || (cue !== undefined && (zoneText ?? partText) !== undefined)));
    if (!accepted) continue;
    const hour = toDayHour(Number(hourText), partText);
    const minute = hasMinutes ? Number(minuteText) : 0;
    if (hour > 24 || minute > 59) continue;
    const zone = zoneText ? (CLOCK_ZONES[zoneText.toLowerCase()] ?? null) : null;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      rule: 'clock',
      spec: { kind: 'clock', hour: hour % 24, minute, zone },
    });
  }
  return shareZonesInRanges(text, found);
}

/** "pukul 8 malam" is 20:00; "pukul 1 siang" 13:00; "jam 11 siang" stays 11:00. */
function toDayHour(hour: number, part: string | undefined): number {
  const rule = part ? DAY_PART_WORDS[part.toLowerCase().replace(/\s+/g, ' ')] : undefined;
  if (!rule || hour < rule.afternoonFrom || hour > rule.afternoonTo) return hour;
  return hour + 12;
}

/** "pukul 09.00-12.00 WIB": the zone written once covers both ends. */
function shareZonesInRanges(text: string, clocks: TimeCandidate[]): TimeCandidate[] {
  for (let i = clocks.length - 2; i >= 0; i--) {
    const current = clocks[i];
    const next = clocks[i + 1];
    if (!current || !next || current.spec.kind !== 'clock' || next.spec.kind !== 'clock') continue;
    if (current.spec.zone !== null || next.spec.zone === null) continue;
    if (!RANGE_GAP.test(text.slice(current.end, next.start))) continue;
    current.spec = { ...current.spec, zone: next.spec.zone };
  }
  return clocks;
}
