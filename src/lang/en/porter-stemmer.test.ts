import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { porterStem } from './porter-stemmer.ts';

/** Words and stems from the examples in Porter's 1980 paper, one pair per step. */
const PAIRS = `caresses caress ponies poni ties ti caress caress cats cat feed feed agreed agre plastered plaster
bled bled motoring motor sing sing conflated conflat troubled troubl sized size hopping hop tanned tan
falling fall hissing hiss fizzed fizz failing fail filing file happy happi sky sky relational relat
conditional condit rational ration valenci valenc digitizer digit conformabli conform radicalli radic
differentli differ vileli vile analogousli analog vietnamization vietnam predication predic operator oper
feudalism feudal decisiveness decis hopefulness hope callousness callous formaliti formal sensitiviti sensit
sensibiliti sensibl triplicate triplic formative form formalize formal electriciti electr electrical electr
hopeful hope goodness good revival reviv allowance allow inference infer airliner airlin gyroscopic gyroscop
adjustable adjust defensible defens irritant irrit replacement replac adjustment adjust dependent depend
adoption adopt homologou homolog communism commun activate activ angulariti angular homologous homolog
effective effect bowdlerize bowdler probate probat rate rate cease ceas controll control roll roll`;

describe('porterStem', () => {
  it("reproduces the examples of Porter's paper", () => {
    const words = PAIRS.split(/\s+/u);
    for (let index = 0; index < words.length; index += 2) {
      assert.equal(porterStem(words[index]!), words[index + 1], words[index]);
    }
  });

  it('conflates the forms a news story uses', () => {
    const stems = ['attack', 'attacks', 'attacked', 'attacking'].map(porterStem);
    assert.deepEqual(new Set(stems), new Set(['attack']));
    assert.equal(porterStem('elections'), porterStem('election'));
    assert.equal(porterStem('is'), 'is');
    assert.equal(porterStem('u.s.'), 'u.s.');
  });
});
