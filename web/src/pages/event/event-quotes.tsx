import type { EventSource, Quote } from '../../api/types.ts';
import { Badge } from '../../components/badge.tsx';
import { DocumentLink, EntityLink } from '../../components/links.tsx';
import { Section } from '../../components/section.tsx';
import { Empty } from '../../components/status.tsx';
import { sourceNamer } from './source-labels.ts';

interface SpeakerGroup {
  key: string;
  entity: string | null;
  name: string;
  quotes: { quote: Quote; source: EventSource }[];
}

function groupBySpeaker(sources: EventSource[]): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  for (const source of sources)
    for (const quote of source.quotes) {
      const speaker = quote.speaker;
      const key = speaker ? (speaker.entity ?? `name:${speaker.name.toLowerCase()}`) : 'none';
      const group = groups.get(key) ?? {
        key,
        entity: speaker?.entity ?? null,
        name: speaker?.name ?? 'Tanpa pembicara',
        quotes: [],
      };
      group.quotes.push({ quote, source });
      groups.set(key, group);
    }
  return [...groups.values()].sort(
    (a, b) => Number(a.key === 'none') - Number(b.key === 'none') || b.quotes.length - a.quotes.length,
  );
}

/** Who said what, across every source of the event. */
export function EventQuotes({ sources }: { sources: EventSource[] }) {
  const groups = groupBySpeaker(sources);
  const nameOf = sourceNamer(sources);
  return (
    <Section title="Siapa berkata apa" count={groups.length}>
      {groups.length === 0 ? (
        <Empty>Tidak ada kutipan di sumber-sumber ini.</Empty>
      ) : (
        <div className="speaker-groups">
          {groups.map((group) => (
            <div key={group.key} className="speaker">
              <h3>
                <EntityLink id={group.entity} name={group.name} />{' '}
                <span className="muted small">
                  {group.quotes.length} kutipan · {new Set(group.quotes.map((q) => q.source.id)).size} sumber
                </span>
              </h3>
              <ul>
                {group.quotes.map(({ quote, source }) => (
                  <li key={`${source.id}:${quote.start}`} className="quote">
                    <blockquote className={quote.direct ? 'direct' : 'indirect'}>
                      {quote.direct ? <q>{quote.text}</q> : quote.text}
                    </blockquote>
                    <div className="muted small">
                      <DocumentLink id={source.id}>{nameOf(source.id)}</DocumentLink>
                      {' · '}
                      <Badge>{quote.direct ? 'langsung' : 'tidak langsung'}</Badge>
                      {quote.cue && <> · “{quote.cue}”</>}
                    </div>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </Section>
  );
}
