/** Small hand-written feeds for tests. */

export const RSS_FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>Contoh Berita</title>
    <link>https://berita.example/</link>
    <language>id</language>
    <item>
      <title>Harga beras naik di pasar tradisional</title>
      <link>https://berita.example/ekonomi/harga-beras</link>
      <pubDate>Tue, 13 Jan 2026 08:30:00 +0700</pubDate>
      <dc:creator>Siti Rahma</dc:creator>
      <category>Ekonomi</category>
      <description>Ringkasan singkat.</description>
      <content:encoded><![CDATA[<p>Harga beras medium naik menjadi Rp14.000 per kilogram, kata pedagang.</p>]]></content:encoded>
    </item>
    <item>
      <title>Banjir rendam permukiman warga</title>
      <link>/daerah/banjir</link>
      <description>&lt;p&gt;Ratusan rumah terendam setelah hujan deras semalaman.&lt;/p&gt;</description>
    </item>
  </channel>
</rss>
`;

export const ATOM_FEED = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>Example News</title>
  <link href="https://news.example/"/>
  <updated>2026-01-13T10:00:00Z</updated>
  <id>urn:example:feed</id>
  <entry>
    <title>Port reopens after storm</title>
    <link href="https://news.example/world/port-reopens"/>
    <id>urn:example:1</id>
    <published>2026-01-12T22:15:00Z</published>
    <author><name>Jane Doe</name></author>
    <category term="world" label="World"/>
    <content type="html">&lt;p&gt;The port reopened on Monday, officials said.&lt;/p&gt;</content>
  </entry>
</feed>
`;
