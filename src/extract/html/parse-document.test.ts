import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from './parse-document.ts';

describe('parseDocument', () => {
  it('always gives a body, even for empty input and bare fragments', () => {
    assert.equal(parseDocument('').body.innerHTML, '');
    assert.equal(parseDocument('<p>halo</p>').body.innerHTML, '<p>halo</p>');
  });

  it('keeps content that sits between </head> and <body> or after </html>', () => {
    const document = parseDocument(
      '<html><head><title>T</title></head><script>1</script><body><p>isi</p></body></html><p>ekor</p>',
    );
    assert.equal(document.querySelector('title')?.textContent, 'T');
    assert.deepEqual(
      Array.from(document.body.querySelectorAll('p')).map((p) => p.textContent),
      ['isi', 'ekor'],
    );
  });
});
