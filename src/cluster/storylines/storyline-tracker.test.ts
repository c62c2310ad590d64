import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EventProfile } from '../events/event-summary.ts';
import { StorylineTracker } from './storyline-tracker.ts';

function profile(id: string, day: number, terms: Record<string, number>, core: string[]): EventProfile {
  return {
    id,
    title: id,
    date: { first: day, last: day },
    documents: 1,
    terms: new Map(Object.entries(terms)),
    coreEntities: core.map((name, rank) => ({ id: name.toLowerCase(), name, weight: 6 - rank })),
  };
}

const TRIAL_OPENS = profile('trial-opens', 100, { trial: 3, court: 2, corruption: 2, minister: 1 }, [
  'Setya Novanto',
  'KPK',
  'Indonesia',
]);
const VERDICT = profile('verdict', 400, { verdict: 3, court: 2, corruption: 2, sentence: 2 }, [
  'Setya Novanto',
  'KPK',
  'Jakarta',
]);
const CRASH = profile('crash', 120, { crash: 3, plane: 3, passengers: 2, court: 0.1 }, [
  'Lion Air',
  'Indonesia',
]);

describe('StorylineTracker', () => {
  it('chains a verdict to the trial of the same people months later', () => {
    const tracker = new StorylineTracker();
    tracker.add(TRIAL_OPENS);
    const link = tracker.add(VERDICT);
    assert.equal(link.linkedTo, 'trial-opens');
    assert.deepEqual(link.sharedEntities, ['Setya Novanto', 'KPK']);
    assert.equal(tracker.summaries().length, 1);
  });

  it('does not join an unrelated crash that shares only a country name', () => {
    const tracker = new StorylineTracker();
    tracker.add(TRIAL_OPENS);
    const link = tracker.add(CRASH);
    assert.equal(link.linkedTo, null);
    assert.equal(tracker.summaries().length, 2);
    assert.notEqual(tracker.storylineOf('crash'), tracker.storylineOf('trial-opens'));
  });

  it('does not chain beyond the window', () => {
    const tracker = new StorylineTracker({ windowDays: 200 });
    tracker.add(TRIAL_OPENS);
    assert.equal(tracker.add(VERDICT).linkedTo, null);
  });
});
