/**
 * Frequent English function words that are not words of Indonesian or Malay, for telling English
 * text apart from them. Written by hand; matched against lower-case tokens only.
 */
const ENGLISH_FUNCTION_WORDS_TEXT = `
the a an of to in on at by for from with about into over under after before during between against
through since until without within upon
and or but nor so if because while although though whether than then
is are was were be been being am has have had having do does did done will would shall should can
could may might must
it its he him his she her hers they them their theirs we us our you your i me my mine who whom whose
which what where when why how this that these those there here
not no also only just very more most much many such other another some any each every all both
said says told according
`;

export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  ENGLISH_FUNCTION_WORDS_TEXT.split(/\s+/).filter(Boolean),
);
