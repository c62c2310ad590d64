import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityMention } from '../../model/entity.ts';
import type { Quote } from '../../model/quote.ts';
import { extractQuotes } from './extract-quotes.ts';

function quoteWith(quotes: Quote[], words: string): Quote {
  const found = quotes.find((quote) => quote.text.includes(words));
  assert.ok(found, `no quote with "${words}" in ${JSON.stringify(quotes.map((q) => q.text))}`);
  return found;
}

function speakerOf(text: string, words: string): string | undefined {
  return quoteWith(extractQuotes(text, []), words).speaker?.name;
}

function assertSpans(text: string, quotes: Quote[]): void {
  for (const quote of quotes) assert.equal(text.slice(quote.start, quote.end), quote.text);
}

describe('extractQuotes: quotation styles', () => {
  const styles = [
    '“Kami siap,”',
    '"Kami siap,"',
    '‘Kami siap,’',
    '«Kami siap»,',
    '„Kami siap“,',
    '”Kami siap,”',
  ];
  for (const style of styles) {
    it(`reads ${style} kata Ani`, () => {
      const text = `${style} kata Ani.`;
      const quotes = extractQuotes(text, []);
      assert.equal(quotes.length, 1);
      assert.equal(quotes[0]?.text, 'Kami siap');
      assert.equal(quotes[0]?.direct, true);
      assert.deepEqual(quotes[0]?.speaker, { entity: null, name: 'Ani', evidence: 'verb:kata' });
      assert.equal(quotes[0]?.cue, 'kata');
      assertSpans(text, quotes);
    });
  }

  it('gives an unclosed multi-paragraph quote the speaker of the paragraph that closes it', () => {
    const text =
      '"Kami sudah bekerja keras sejak awal tahun.\n\n"Hasilnya akan terlihat bulan depan," kata Menteri Pertanian Andi Amran.';
    const quotes = extractQuotes(text, []);
    assert.equal(quotes.length, 2);
    assert.deepEqual(quotes[0]?.speaker, { entity: null, name: 'Andi Amran', evidence: 'continuation' });
    assert.equal(quotes[0]?.text, 'Kami sudah bekerja keras sejak awal tahun.');
    assertSpans(text, quotes);
  });
});

describe('extractQuotes: cues after the quote', () => {
  const cues = [
    'kata',
    'ujar',
    'ucap',
    'tutur',
    'ungkap',
    'jelas',
    'tegas',
    'sebut',
    'tulis',
    'tambah',
    'imbuh',
    'lanjut',
    'terang',
    'papar',
  ];
  for (const cue of cues) {
    it(`"…," ${cue} Budi Santoso`, () => {
      const quote = quoteWith(
        extractQuotes(`"Anggaran sudah cair," ${cue} Budi Santoso kepada wartawan.`, []),
        'Anggaran',
      );
      assert.deepEqual(quote.speaker, { entity: null, name: 'Budi Santoso', evidence: `verb:${cue}` });
      assert.equal(quote.cue, cue);
    });
  }

  for (const cue of ['katanya', 'tambahnya', 'imbuhnya', 'lanjutnya', 'ujarnya']) {
    it(`"…," ${cue} goes to the last speaker`, () => {
      const text = `"Kami siap," kata Budi Santoso. "Semua sudah dicek," ${cue}.`;
      const quote = quoteWith(extractQuotes(text, []), 'dicek');
      assert.deepEqual(quote.speaker, { entity: null, name: 'Budi Santoso', evidence: 'pronoun' });
      assert.equal(quote.cue, cue);
    });
  }

  it('"…," menurut X, for persons and institutions', () => {
    assert.equal(
      speakerOf('"Harga beras naik," menurut Kepala BPS Amalia Adininggar.', 'Harga'),
      'Amalia Adininggar',
    );
    const quote = quoteWith(extractQuotes('"Stok aman sampai Lebaran", menurut laporan Bulog.', []), 'Stok');
    assert.deepEqual(quote.speaker, { entity: null, name: 'Bulog', evidence: 'menurut' });
  });

  it('"…," X menambahkan', () => {
    assert.equal(
      speakerOf('"Kami tidak akan mundur," Retno Marsudi menambahkan.', 'mundur'),
      'Retno Marsudi',
    );
  });

  it('demikian kutipan dari laporan X', () => {
    const quote = quoteWith(
      extractQuotes('"Latihan berjalan lancar," demikian kutipan dari laporan KCNA.', []),
      'Latihan',
    );
    assert.deepEqual(quote.speaker, { entity: null, name: 'KCNA', evidence: 'frame' });
    assert.equal(quote.cue, 'demikian');
  });

  it('source attribution: seperti dikutip dari, melansir', () => {
    assert.equal(speakerOf('"Kami akan membalas," seperti dikutip dari Reuters.', 'membalas'), 'Reuters');
    assert.equal(speakerOf('"Kami akan membalas," melansir Al Jazeera.', 'membalas'), 'Al Jazeera');
  });

  it('strips roles and keeps the name', () => {
    const text =
      '"Rusia akan menerima senjata," kata juru bicara Dewan Keamanan Nasional Gedung Putih John Kirby ketika itu.';
    assert.equal(speakerOf(text, 'Rusia'), 'John Kirby');
    assert.equal(
      speakerOf('"Ini mendesak," tegas Ketua DPR Puan Maharani, Senin (3/4).', 'mendesak'),
      'Puan Maharani',
    );
    const admin =
      '"Belum tahu," kata Kepala Dusun Nglahar, Kelurahan Sumbersari, Kecamatan Moyudan, Wahyu Wibowo, Jumat (10/4).';
    assert.equal(speakerOf(admin, 'Belum'), 'Wahyu Wibowo');
  });

  it('resolves a bare role to the person introduced with it', () => {
    const text = 'Presiden Joko Widodo meninjau pasar di Solo. "Harga cabai turun," kata Presiden.';
    assert.equal(speakerOf(text, 'cabai'), 'Joko Widodo');
  });
});

describe('extractQuotes: frames before the quote', () => {
  it('X mengatakan, "…" and X berkata: "…"', () => {
    assert.equal(
      speakerOf('Budi Santoso mengatakan, "Kami siap menghadapi pemilu."', 'pemilu'),
      'Budi Santoso',
    );
    assert.equal(speakerOf('Budi berkata: "Ayo berangkat!"', 'Ayo'), 'Budi');
  });

  it('Menurut X, "…"', () => {
    const quote = quoteWith(extractQuotes('Menurut Ani, "situasi sudah terkendali".', []), 'situasi');
    assert.deepEqual(quote.speaker, { entity: null, name: 'Ani', evidence: 'menurut' });
  });

  it('a paragraph ending in "X mengatakan:" introduces the next one', () => {
    assert.equal(speakerOf('Kepala BNPB Suharyanto mengatakan:\n\n"Kami sudah siap."', 'siap'), 'Suharyanto');
  });

  it('a partial quote inside reported speech goes to the subject of the verb', () => {
    const text =
      'Presiden Rusia Vladimir Putin memuji pasukan itu. Dalam suratnya ke pemimpin Korea Utara Kim Jong Un, ia menyebut tentara Pyongyang sebagai "heroik".';
    const quote = quoteWith(extractQuotes(text, []), 'heroik');
    assert.equal(quote.text, 'heroik');
    assert.deepEqual(quote.speaker, { entity: null, name: 'Vladimir Putin', evidence: 'pronoun' });
    assert.equal(quote.cue, 'menyebut');
  });

  it('a quoted phrase in a sentence with no frame right after reported speech continues it', () => {
    const text =
      'Menteri Luar Negeri Retno Marsudi menegaskan bahwa Indonesia menolak rencana itu. Apalagi rencana itu "melanggar hukum internasional".';
    const quote = quoteWith(extractQuotes(text, []), 'melanggar');
    assert.deepEqual(quote.speaker, { entity: null, name: 'Retno Marsudi', evidence: 'continuation' });
  });
});

describe('extractQuotes: pronouns and continuation', () => {
  for (const pronoun of ['ia', 'dia', 'beliau']) {
    it(`kata ${pronoun} → the last person named`, () => {
      const text = `Gubernur Jawa Tengah Ahmad Luthfi meninjau banjir di Demak. "Warga harus mengungsi," kata ${pronoun}.`;
      assert.deepEqual(quoteWith(extractQuotes(text, []), 'mengungsi').speaker, {
        entity: null,
        name: 'Ahmad Luthfi',
        evidence: 'pronoun',
      });
    });
  }

  it('Ia mengatakan … "…" after a new person comes on stage', () => {
    const text =
      '"Kami siap," kata Budi Santoso. Direktur Utama PT KAI Didiek Hartantyo meninjau stasiun. Ia mengatakan kereta akan "berangkat tepat waktu".';
    assert.equal(speakerOf(text, 'tepat waktu'), 'Didiek Hartantyo');
  });

  it('kata mereka → the last group or institution', () => {
    const text =
      'Para petani menggelar unjuk rasa. Serikat Petani Indonesia menyatakan bahwa harga gabah anjlok. "Kami rugi besar," kata mereka.';
    assert.equal(speakerOf(text, 'rugi'), 'Serikat Petani Indonesia');
  });

  it('a paragraph that is entirely a quote continues the previous speaker', () => {
    const text = '"Kami siap," kata Budi Santoso.\n\n"Semua sudah disiapkan sejak pekan lalu."';
    const quote = quoteWith(extractQuotes(text, []), 'disiapkan');
    assert.deepEqual(quote.speaker, { entity: null, name: 'Budi Santoso', evidence: 'continuation' });
    assert.equal(quote.cue, undefined);
  });

  it('a quoted sentence right after an attributed one continues it', () => {
    assert.equal(
      speakerOf('"Kami siap," kata Budi Santoso. "Semua sudah disiapkan."', 'disiapkan'),
      'Budi Santoso',
    );
  });

  it('keeps a whole-sentence quote with no speaker to be found, speaker null', () => {
    const quotes = extractQuotes('Pasar ramai sejak pagi.\n\n"Harga naik terus."', []);
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0]?.speaker, null);
  });
});

describe('extractQuotes: scare quotes', () => {
  it('leaves out a quoted label with no reporting frame', () => {
    assert.deepEqual(
      extractQuotes('Rusia berpaling ke negara-negara "nakal" lainnya untuk membeli senjata.', []),
      [],
    );
    assert.deepEqual(extractQuotes('Korea Utara mengakui dua "republik rakyat" di Ukraina timur.', []), []);
    assert.deepEqual(extractQuotes("Rusia & Korut 'Bersatu', Putin Puja-puji Pasukan Kim", []), []);
  });

  it('keeps a short quoted phrase when the sentence has a reporting frame', () => {
    assert.equal(speakerOf('Budi Santoso menyebut kebijakan itu "ngawur".', 'ngawur'), 'Budi Santoso');
  });
});

describe('extractQuotes: reported speech', () => {
  it('X mengatakan bahwa … gives the clause, without final punctuation', () => {
    const text = 'Menteri Luar Negeri Retno Marsudi mengatakan bahwa Indonesia mendukung perdamaian.';
    const [quote] = extractQuotes(text, []);
    assert.equal(quote?.text, 'Indonesia mendukung perdamaian');
    assert.equal(quote?.direct, false);
    assert.deepEqual(quote?.speaker, { entity: null, name: 'Retno Marsudi', evidence: 'verb:mengatakan' });
    assert.equal(quote?.cue, 'mengatakan');
  });

  for (const verb of [
    'menyatakan',
    'menegaskan',
    'menyebutkan',
    'mengungkapkan',
    'menjelaskan',
    'menambahkan',
  ]) {
    it(`X ${verb} (bahwa) …`, () => {
      for (const text of [
        `Retno ${verb} bahwa Indonesia tidak akan mundur.`,
        `Retno ${verb}, Indonesia tidak akan mundur.`,
      ]) {
        const [quote] = extractQuotes(text, []);
        assert.equal(quote?.text, 'Indonesia tidak akan mundur');
        assert.equal(quote?.speaker?.name, 'Retno');
      }
    });
  }

  it('Menurut X, … and …, menurut X.', () => {
    for (const text of [
      'Menurut Retno, Indonesia mendukung perdamaian di kawasan.',
      'Indonesia mendukung perdamaian di kawasan, menurut Retno.',
    ]) {
      const [quote] = extractQuotes(text, []);
      assert.equal(quote?.text, 'Indonesia mendukung perdamaian di kawasan');
      assert.deepEqual(quote?.speaker, { entity: null, name: 'Retno', evidence: 'menurut' });
    }
  });

  it('is not found in a negated or non-speech use', () => {
    assert.deepEqual(extractQuotes('Retno tidak mengatakan bahwa Indonesia akan mundur.', []), []);
    assert.deepEqual(extractQuotes('Retno menyatakan dukungannya kepada Palestina.', []), []);
    assert.deepEqual(extractQuotes('Menurut rencana, kapal berangkat pukul 10.00.', []), []);
  });
});

describe('extractQuotes: entities', () => {
  const text =
    'Presiden Rusia Vladimir Putin tiba di Pyongyang. "Persahabatan kita kokoh," kata Putin kepada Kim.';
  const mention = (word: string, from = 0): { start: number; end: number; text: string } => {
    const start = text.indexOf(word, from);
    return { start, end: start + word.length, text: word };
  };
  const entities: EntityMention[] = [
    {
      entity: 'per:vladimir-putin',
      name: 'Vladimir Putin',
      type: 'PER',
      mentions: [mention('Vladimir Putin'), mention('Putin', text.indexOf('kata'))],
    },
    { entity: 'per:kim-jong-un', name: 'Kim Jong Un', type: 'PER', mentions: [mention('Kim')] },
  ];

  it('links the speaker to the entity whose mention it overlaps, with the canonical name', () => {
    const quote = quoteWith(extractQuotes(text, entities), 'Persahabatan');
    assert.deepEqual(quote.speaker, {
      entity: 'per:vladimir-putin',
      name: 'Vladimir Putin',
      evidence: 'verb:kata',
    });
  });

  it('links by name when no mention overlaps', () => {
    const onlyName: EntityMention[] = [
      {
        entity: 'per:vladimir-putin',
        name: 'Vladimir Putin',
        type: 'PER',
        mentions: [mention('Vladimir Putin')],
      },
    ];
    assert.equal(
      quoteWith(extractQuotes(text, onlyName), 'Persahabatan').speaker?.entity,
      'per:vladimir-putin',
    );
  });

  it('resolves a pronoun to an entity named in subject position, not to one after a preposition', () => {
    const story = 'Putin menulis surat kepada Kim. "Kami bersatu," katanya.';
    const at = (word: string): { start: number; end: number; text: string } => ({
      start: story.indexOf(word),
      end: story.indexOf(word) + word.length,
      text: word,
    });
    const people: EntityMention[] = [
      { entity: 'per:putin', name: 'Vladimir Putin', type: 'PER', mentions: [at('Putin')] },
      { entity: 'per:kim', name: 'Kim Jong Un', type: 'PER', mentions: [at('Kim')] },
    ];
    assert.deepEqual(quoteWith(extractQuotes(story, people), 'bersatu').speaker, {
      entity: 'per:putin',
      name: 'Vladimir Putin',
      evidence: 'pronoun',
    });
  });
});
