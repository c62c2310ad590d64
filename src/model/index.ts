export type * from './cluster.ts';
export type * from './diagnostic.ts';
export type * from './document.ts';
export type * from './entity.ts';
export type * from './figure.ts';
export type * from './quote.ts';
export type * from './span.ts';
export type * from './time.ts';
