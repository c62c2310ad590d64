/**
 * Words of Indonesian and English news pages that mark page furniture rather than the story:
 * byline labels, "read also" leads, share labels, and the class/id words web developers use for
 * them. (Language knowledge; it belongs in the `id`/`en` packs once they expose page phrases.)
 */

/** Label in front of a writer's name: "By", "Oleh", "Penulis:", "Reporter:". */
export const BYLINE_LABEL =
  /^(?:written by|posted by|published by|story by|words by|reported by|by|oleh|ditulis oleh|penulis|reporter|wartawan|kontributor|laporan wartawan|author|authors)\b\s*:?\s*/i;

/** Label in front of an editor's name, which is not the author. */
export const EDITOR_LABEL = /^(?:editor|editing by|edited by|penyunting|redaktur|penyelaras)\b\s*:?/i;

/** A line that only introduces links to other stories ("Baca juga: ..."). */
export const RELATED_LEAD =
  /^(?:baca juga|baca pula|lihat juga|simak juga|simak video|baca selengkapnya|berita terkait|artikel terkait|read also|also read|read more|related|see also|more from|recommended|you may also like|you might also like)\b\s*:?/i;

/** Whole lines that are controls or labels, not prose. */
export const FURNITURE_LINE = new RegExp(
  `^(?:${[
    'advertisement',
    'advertisements',
    'iklan',
    'sponsored',
    'scroll to continue with content',
    'scroll untuk melanjutkan',
    'share',
    'share this',
    'share this article',
    'share this story',
    'share this post',
    'bagikan',
    'bagikan artikel ini',
    'copy link',
    'salin tautan',
    'tweet',
    'print',
    'email',
    'comments?',
    'komentar',
    'tags?',
    'topik',
    'loading\\.*',
    'memuat\\.*',
    'click here',
    'klik di sini',
    'follow us',
    'ikuti kami',
    'subscribe',
    'berlangganan',
    'sign up',
    'skip to (?:main )?content',
    'back to top',
    'kembali ke atas',
    'continue reading',
    'lanjutkan membaca',
    'listen to this article',
    'dengarkan artikel ini',
  ].join('|')})\\s*[:.!]?$`,
  'i',
);

/**
 * A class/id token naming `words` at its start, at its end, or whole (`nav`, `nav-menu`,
 * `site-footer`), but not in the middle of a compound like `elementor-widget-container`.
 */
function edgeWords(words: string): RegExp {
  return new RegExp(`^(?:${words})(?:[-_].*)?$|[-_](?:${words})$`, 'i');
}

/** Class/id tokens of containers that hold page furniture, by the kind of thing they hold. */
export const FURNITURE_CLASS_WORDS: ReadonlyArray<
  readonly [RegExp, 'navigation' | 'share' | 'related' | 'promo']
> = [
  [/share|sharing|social|sosmed|bagikan|addthis|a2a_/i, 'share'],
  [
    /related|terkait|baca-?juga|read-?also|also-?read|recommend|rekomendasi|more-?stories|popular|populer|trending|most-?read|outbrain|taboola|you-?may/i,
    'related',
  ],
  [
    /newsletter|subscri|berlangganan|signup|sign-up|promo|sponsor|advert|adsbygoogle|ad-?slot|paywall|donate|iklan/i,
    'promo',
  ],
  [edgeWords('ads?|dfp|banner|cta'), 'promo'],
  // Page builders call every block `*-widget`; only a bare `widget` token is a sidebar box.
  [/^(?:widget|widgets|widget-area|widget_\w+)$/i, 'navigation'],
  [
    edgeWords(
      'nav|navbar|navigation|menu|breadcrumbs?|pagination|pager|sidebar|footer|masthead|toolbar|skip-link|cookie|consent|gdpr|modal|popup|overlay|comments?|komentar|disqus|tags?|tag-list|topik|author-bio|about-author|author-box',
    ),
    'navigation',
  ],
];

/** Class/id words of containers that usually hold the story itself. */
export const CONTENT_CLASS_WORDS =
  /article-?body|articlebody|article-?content|article__body|article-?text|story-?body|story-?content|entry-?content|post-?content|post-?body|post-?entry|content-?body|body-?text|detail-?text|detail__body|read__content|itp_bodycontent|news-?content|text-?content|rich-?text|prose|main-?content/i;
