import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ExtractContext } from '../types.ts';
import { extractFromHtml } from './extract-html.ts';

// Small pages written for these tests (no real article text).

const ctx = (url: string | null = null): ExtractContext => ({
  hints: {},
  url,
  referenceDate: new Date('2025-08-01'),
});

const INDONESIAN_PAGE = `<!DOCTYPE html><html lang="id"><head>
<title>Banjir Rendam Ribuan Rumah di Bekasi - Kabar Warta</title>
<meta property="og:title" content="Banjir Rendam Ribuan Rumah di Bekasi - Kabar Warta">
<meta property="og:site_name" content="Kabar Warta">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","@id":"#site","name":"Kabar Warta"},
 {"@type":"Person","@id":"#rina","name":"Rina Ayu"},
 {"@type":"NewsArticle","headline":"Banjir Rendam Ribuan Rumah di Bekasi","datePublished":"2025-07-13T14:30:00+07:00",
  "author":[{"@id":"#rina"},{"@type":"Person","name":"Budi Santoso"}],
  "publisher":{"@type":"Organization","name":"Kabar Warta"},"articleSection":"Megapolitan"}]}</script>
</head><body>
<header><nav><a href="/">Beranda</a> <a href="/nasional">Nasional</a> <a href="/megapolitan">Megapolitan</a></nav></header>
<main><article>
<h1>Banjir Rendam Ribuan Rumah di Bekasi</h1>
<div class="share-bar"><a href="#">Bagikan</a> <a href="#">Facebook</a> <a href="#">WhatsApp</a></div>
<figure><img src="a.jpg"><figcaption>Warga menunggu air surut di depan rumah mereka. (Foto: Dok. Kabar Warta)</figcaption></figure>
<div class="article-body">
<p>BEKASI, Kabar Warta — Hujan deras sejak Sabtu malam membuat sungai meluap dan merendam ribuan rumah di enam kecamatan.</p>
<p>Ketinggian air di beberapa perumahan mencapai satu setengah meter, kata petugas penanggulangan bencana setempat.</p>
<p><strong>Baca juga:</strong> <a href="/x">Jakarta Siaga Banjir Kiriman</a></p>
<h2>Pengungsi bertambah</h2>
<p>Hingga Minggu siang, lebih dari dua ribu warga mengungsi ke sekolah dan masjid, sementara dapur umum didirikan di kantor kelurahan.</p>
<ul><li>Kecamatan di timur kota paling parah terdampak.</li><li>Listrik dipadamkan di tiga kelurahan.</li></ul>
<p>ADVERTISEMENT</p>
<p>Pemerintah kota menyiapkan perahu karet dan meminta warga di bantaran sungai tetap waspada terhadap kiriman air dari hulu.</p>
</div>
<div class="related-posts"><h3>Berita Terkait</h3><ul><li><a href="/1">Tanggul Jebol di Hilir Sungai</a></li><li><a href="/2">Curah Hujan Tinggi Sepekan</a></li></ul></div>
</article></main>
<footer><p>© 2025 Kabar Warta. Hak cipta dilindungi.</p><a href="/tentang">Tentang Kami</a></footer>
</body></html>`;

const ENGLISH_PAGE = `<html lang="en-US"><head>
<title>Storm closes schools across the valley | Daily Ledger</title>
<meta property="og:title" content="Storm closes schools across the valley | Daily Ledger">
<meta property="og:site_name" content="Daily Ledger">
<meta property="article:section" content="Weather">
<meta name="author" content="https://www.facebook.com/dailyledger">
</head><body>
<div id="menu" class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></div>
<div class="post">
<h1>Storm closes schools across the valley</h1>
<p class="byline">By <a href="/staff/jane-miller">Jane Miller</a> · <time datetime="2025-03-04T07:15:00-05:00">March 4, 2025</time></p>
<div class="entry-content">
<p>Heavy snow and freezing rain forced every school district in the valley to close on Tuesday, officials said early in the morning.</p>
<p>Road crews worked through the night, but several highways remained blocked by fallen trees and stranded trucks.</p>
<div class="wp-caption"><img src="s.jpg"><p class="wp-caption-text">A plow clears Main Street before dawn.</p></div>
<blockquote>We have never seen ice build up this fast on the bridges, said the county road supervisor.</blockquote>
<p>Forecasters expect temperatures to rise above freezing by Thursday afternoon, when most schools plan to reopen.</p>
</div>
<div class="social-share"><span>Share this article</span> <a href="#">Email</a> <a href="#">Print</a></div>
<section class="newsletter-signup"><p>Sign up for our morning newsletter and never miss a story from the valley again.</p></section>
</div>
<div class="comments"><h3>Comments</h3><p>First! This storm is worse than the one we had last winter, and the buses never came.</p></div>
</body></html>`;

describe('extractFromHtml on an Indonesian news page', () => {
  const result = extractFromHtml(INDONESIAN_PAGE, ctx('https://www.kabarwarta.example/megapolitan/banjir'));

  it('reads title, outlet, authors, section and date from JSON-LD and Open Graph', () => {
    assert.equal(result.title, 'Banjir Rendam Ribuan Rumah di Bekasi');
    assert.deepEqual(result.outlet, { name: 'Kabar Warta', evidence: 'Kabar Warta' });
    assert.equal(result.byline, 'Rina Ayu, Budi Santoso');
    assert.equal(result.section, 'Megapolitan');
    assert.equal(result.published?.value, '2025-07-13T14:30+07:00');
    assert.equal(result.published?.evidence, '2025-07-13T14:30:00+07:00');
    assert.equal(result.published?.inferred, false);
  });

  it('keeps the story: paragraphs, sub-heading and list items, one blank line apart', () => {
    assert.ok(result.text.startsWith('BEKASI, Kabar Warta — Hujan deras'));
    assert.ok(result.text.includes('\n\nPengungsi bertambah\n\n'));
    assert.ok(result.text.includes('Listrik dipadamkan di tiga kelurahan.'));
    assert.ok(result.text.endsWith('kiriman air dari hulu.'));
    assert.ok(!/\n{3,}/.test(result.text));
    assert.equal(result.text, result.text.trim());
  });

  it('leaves out navigation, share bar, caption, "Baca juga", ad label, related list and footer', () => {
    for (const furniture of [
      'Beranda',
      'Bagikan',
      'Warga menunggu',
      'Baca juga',
      'ADVERTISEMENT',
      'Tanggul Jebol',
      'Hak cipta',
    ]) {
      assert.ok(!result.text.includes(furniture), furniture);
    }
  });

  it('lists what it removed, by kind', () => {
    const kinds = (kind: string) =>
      result.removed.filter((piece) => piece.kind === kind).map((piece) => piece.text);
    assert.ok(kinds('caption').some((text) => text.startsWith('Warga menunggu air surut')));
    assert.ok(kinds('share').some((text) => text.includes('Bagikan')));
    assert.ok(kinds('related').some((text) => text.includes('Tanggul Jebol')));
    assert.ok(kinds('navigation').some((text) => text.includes('Beranda')));
    assert.ok(kinds('promo').includes('ADVERTISEMENT'));
    assert.deepEqual(result.diagnostics, []);
  });
});

describe('extractFromHtml on an English page without JSON-LD', () => {
  const result = extractFromHtml(ENGLISH_PAGE, ctx());

  it('cuts the site name off the title and takes the visible byline over a URL in meta author', () => {
    assert.equal(result.title, 'Storm closes schools across the valley');
    assert.equal(result.outlet?.name, 'Daily Ledger');
    assert.equal(result.byline, 'Jane Miller');
    assert.equal(result.section, 'Weather');
  });

  it('reads the date from <time datetime>, keeping hours, minutes and the zone', () => {
    assert.deepEqual(
      { value: result.published?.value, evidence: result.published?.evidence },
      { value: '2025-03-04T07:15-05:00', evidence: '2025-03-04T07:15:00-05:00' },
    );
  });

  it('keeps quotes and paragraphs, drops caption, share labels, newsletter and comments', () => {
    assert.ok(result.text.includes('said the county road supervisor.'));
    assert.ok(result.text.includes('most schools plan to reopen.'));
    for (const furniture of ['Home', 'plow clears', 'Share this', 'newsletter', 'First! This storm']) {
      assert.ok(!result.text.includes(furniture), furniture);
    }
    assert.ok(result.removed.some((piece) => piece.kind === 'caption' && piece.text.includes('plow clears')));
  });
});

describe('extractFromHtml on odd input', () => {
  it('never throws on an empty page: empty text and an extract/empty-body diagnostic', () => {
    for (const html of ['', '   ', '<html><head></head><body></body></html>']) {
      const result = extractFromHtml(html, ctx());
      assert.equal(result.text, '');
      assert.ok(result.diagnostics.some((d) => d.rule === 'extract/empty-body'));
    }
  });

  it('extracts what there is from a truncated page', () => {
    const cut = INDONESIAN_PAGE.slice(0, INDONESIAN_PAGE.indexOf('lebih dari dua ribu') + 10);
    const result = extractFromHtml(cut, ctx());
    assert.equal(result.title, 'Banjir Rendam Ribuan Rumah di Bekasi');
    assert.ok(result.text.includes('Ketinggian air di beberapa perumahan'));
    for (let end = 0; end < INDONESIAN_PAGE.length; end += 97)
      extractFromHtml(INDONESIAN_PAGE.slice(0, end), ctx());
  });

  it('drops markup and scripts written inside <title>', () => {
    const html =
      '<html><head><title>Harga Cabai Naik Lagi<script>var x = "<b>";</script> | Warta</title></head>' +
      '<body><p>Harga cabai rawit di pasar tradisional kembali naik menjelang akhir pekan, kata para pedagang.</p></body></html>';
    const result = extractFromHtml(html, ctx());
    assert.equal(result.title, 'Harga Cabai Naik Lagi');
    assert.ok(result.text.startsWith('Harga cabai rawit'));
  });

  it('takes the outlet from the URL host when the page names none, and survives broken JSON-LD', () => {
    const html =
      '<html><head><script type="application/ld+json">{"@type": "NewsArticle", broken</script></head>' +
      '<body><p>Sebuah paragraf yang cukup panjang untuk dianggap sebagai isi berita utama halaman ini.</p></body></html>';
    const result = extractFromHtml(html, ctx('https://www.contoh.co.id/berita/1'));
    assert.deepEqual(result.outlet, { name: 'contoh.co.id', evidence: 'www.contoh.co.id' });
    assert.equal(result.published, null);
  });

  it('keeps a story rendered twice (desktop and mobile copies) only once', () => {
    const story = '<p>Paragraf pertama yang cukup panjang tentang rapat dewan kota pada hari Senin pagi.</p>';
    const html = `<body><div class="desktop">${story}</div><div class="mobile">${story}</div></body>`;
    assert.equal(extractFromHtml(html, ctx()).text.split('\n\n').length, 1);
  });

  it('reads an "Oleh" byline and a written Indonesian date near the story when nothing is stated', () => {
    const html = `<html lang="id"><body><article><h1>Pasar Murah Digelar di Alun-Alun</h1>
      <p>Oleh Siti Rahma</p><p>Senin, 14 Juli 2025 09:45 WIB</p>
      <p>Pemerintah kabupaten menggelar pasar murah untuk menekan harga bahan pokok menjelang hari raya.</p>
      <p>Ratusan warga sudah antre sejak pagi untuk membeli beras, minyak goreng, dan gula pasir.</p></article></body></html>`;
    const result = extractFromHtml(html, ctx());
    assert.equal(result.byline, 'Siti Rahma');
    assert.equal(result.published?.value, '2025-07-14T09:45');
    assert.ok(result.text.startsWith('Pemerintah kabupaten'));
    assert.ok(result.removed.some((piece) => piece.kind === 'byline' && piece.text === 'Oleh Siti Rahma'));
  });
});
