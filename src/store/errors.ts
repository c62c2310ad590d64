/** Thrown when the database cannot be opened or written: names the database (never a password). */
export class StoreOpenError extends Error {}
