import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findXmlProblem } from './xml-structure.ts';

test('well-formed XML with CDATA, comments, doctype and quoted ">" passes', () => {
  const xml = `<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY nbsp "&#160;">]>
<!-- a comment with <tags> -->
<rss a="x > y"><channel><item><description><![CDATA[<p>unclosed <b> inside CDATA]]></description>
<link/></item></channel></rss>`;
  assert.equal(findXmlProblem(xml), null);
});

test('a stray "<" in text is tolerated, as the feed parser tolerates it', () => {
  assert.equal(findXmlProblem('<rss><title>a < b</title></rss>'), null);
});

test('truncation, mismatched and unclosed tags are found with their line', () => {
  assert.deepEqual(findXmlProblem('<rss>\n<channel>\n<item>'), {
    line: 3,
    message: 'truncated: <item> (line 3) is never closed',
  });
  assert.deepEqual(findXmlProblem('<rss>\n<item></channel></rss>'), {
    line: 2,
    message: '</channel> found where </item> (opened on line 2) was expected',
  });
  assert.equal(findXmlProblem('<rss><title x="1"')?.message, 'tag is never closed with ">"');
  assert.equal(findXmlProblem('<rss><![CDATA[ never ends')?.message, '<![CDATA[ is never closed');
  assert.equal(findXmlProblem('</rss>')?.message, '</rss> closes nothing');
  assert.equal(findXmlProblem('just words')?.message, 'no XML elements found');
});
