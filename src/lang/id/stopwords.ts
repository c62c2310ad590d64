/**
 * Indonesian function words: pronouns, prepositions, conjunctions, particles, auxiliaries,
 * demonstratives, quantifiers and the most common adverbs of news prose. Written by hand.
 */
const STOPWORDS = `
aku saya kami kita engkau kamu anda dia ia beliau mereka kalian ku mu nya
ini itu tersebut sini situ sana begini begitu demikian
di ke dari pada kepada daripada oleh untuk bagi buat dengan tanpa tentang mengenai terhadap akan
antara dalam luar atas bawah depan belakang samping sekitar hingga sampai sejak semenjak menuju
melalui lewat per seperti sebagai bagaikan layaknya ala menurut sesuai selama sepanjang
dan atau serta tetapi tapi namun melainkan sedangkan padahal sementara bahkan apalagi lagipula
karena sebab akibat sehingga maka agar supaya jika kalau apabila bila jikalau asalkan meski meskipun
walau walaupun biarpun kendati sekalipun seandainya andaikan ketika saat tatkala sewaktu setelah
sesudah sebelum sambil seraya selagi begitu lalu kemudian lantas yakni yaitu ialah adalah merupakan
bahwa bahwasanya yang para sang si sri kaum
apa siapa mana kapan mengapa kenapa bagaimana berapa manakah apakah siapakah bukankah
tidak tak bukan belum jangan enggak nggak gak tiada
sudah telah sedang tengah masih baru pernah akan hendak mau ingin bisa dapat boleh harus mesti
perlu wajib mungkin barangkali tentu pasti memang justru hanya cuma saja juga pun lah kah tah pula
lagi sangat amat paling lebih kurang agak cukup terlalu makin semakin sekali banget
semua seluruh segala setiap tiap masing beberapa banyak sedikit sebagian para berbagai sejumlah
ada adanya ialah jadi menjadi yaitu yakni
satu dua tiga empat lima enam tujuh delapan sembilan sepuluh puluh ratus ribu juta miliar triliun
pertama kedua ketiga
dulu dahulu kini sekarang nanti kelak tadi
sendiri bersama secara hal cara pihak orang
kata ujar ucap tutur
oh ya wah nah kok sih deh dong kan toh lho ayo mari
`;

const STOPWORD_SET = new Set(STOPWORDS.split(/\s+/).filter((word) => word.length > 0));

/** True for Indonesian function words (case-insensitive). */
export function isStopword(word: string): boolean {
  return STOPWORD_SET.has(word.toLowerCase());
}

/** The list itself, lower-cased, for callers that index or filter in bulk. */
export function indonesianStopwords(): ReadonlySet<string> {
  return STOPWORD_SET;
}
