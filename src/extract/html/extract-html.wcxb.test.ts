import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { sharedPath } from '../../../test/support/shared.ts';
import { extractFromHtml } from './extract-html.ts';

// Real pages of the WCXB dev split, read from ../shared; the expectations come from its ground
// truth (`with` snippets must be in the body, `without` snippets must not), not from this file.

interface GroundTruth {
  url: string;
  ground_truth: {
    title: string;
    author: string;
    publish_date: string;
    with: string[];
    without: string[];
  };
}

const WCXB_DEV = sharedPath('data', 'extraction', 'wcxb', 'dev');
const available = existsSync(WCXB_DEV);

function readPage(id: string): { html: string; truth: GroundTruth } {
  const html = gunzipSync(readFileSync(`${WCXB_DEV}/html/${id}.html.gz`)).toString('utf8');
  const truth = JSON.parse(readFileSync(`${WCXB_DEV}/ground-truth/${id}.json`, 'utf8')) as GroundTruth;
  return { html, truth };
}

function normal(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
}

function checkPage(id: string): void {
  const { html, truth } = readPage(id);
  const gold = truth.ground_truth;
  const result = extractFromHtml(html, { hints: {}, url: truth.url, referenceDate: new Date('2026-01-01') });
  assert.equal(normal(result.title ?? ''), normal(gold.title));
  assert.equal(result.byline, gold.author);
  assert.equal(result.published?.value.slice(0, 10), gold.publish_date);
  assert.equal(result.published?.inferred, false);
  const body = normal(result.text);
  for (const snippet of gold.with) assert.ok(body.includes(normal(snippet)), `missing: ${snippet}`);
  const paragraphs = new Set(result.text.split('\n\n').map(normal));
  for (const snippet of gold.without) {
    // Short labels ("Home", "Jobs") may occur inside sentences; they must not stand as a paragraph.
    const present =
      snippet.split(' ').length >= 4 ? body.includes(normal(snippet)) : paragraphs.has(normal(snippet));
    assert.ok(!present, `boilerplate kept: ${snippet}`);
  }
}

describe('extractFromHtml on real WCXB pages', { skip: !available && 'no ../shared WCXB data' }, () => {
  it('magazine article with JSON-LD, captions, related aside and ad labels (0004)', () => checkPage('0004'));
  it('restaurant list with a visible "By" byline in the header (0140)', () => checkPage('0140'));
  it('clinic blog post whose footer carries long testimonials (4175)', () => checkPage('4175'));
  it('blog post with code whose comment spans are not furniture (0437)', () => checkPage('0437'));
  it('meal-delivery blog post with newsletter form and author box (0001)', () => checkPage('0001'));
});
