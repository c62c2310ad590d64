/** Thrown when the database cannot be opened or written: names the database (never a password). */
export class StoreOpenError extends Error {}

/**
 * Thrown when storage fails under a running command (disk full, read-only file, locked, corrupt):
 * one line naming the database; the transaction it hit is rolled back.
 */
export class StoreFaultError extends StoreOpenError {}

/** The fault that passes: another writer held the database longer than this one would wait. Try again later. */
export class StoreBusyError extends StoreFaultError {}
