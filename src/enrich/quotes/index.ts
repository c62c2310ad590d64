export { extractQuotes, type FoundQuote, findQuotes, type ResolvedSpeaker } from './extract-quotes.ts';
