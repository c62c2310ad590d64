import pg from 'pg';
import { redactUrl } from '../db-setting.ts';
import { StoreOpenError } from '../errors.ts';

// Where they always were, for the modules that already use pg.
export { isPostgresUrl, redactUrl } from '../db-setting.ts';

/** Connections one store object opens at most. */
const POOL_SIZE = 10;
/** A statement running longer than this is cancelled: nothing the store asks should take that long. */
export const STATEMENT_TIMEOUT_MS = 30_000;
/** A connection idle inside a transaction this long is cut, releasing the writer lock a stuck process holds. */
const IDLE_IN_TRANSACTION_MS = 10 * 60_000;
const CONNECT_TIMEOUT_MS = 10_000;

export function createPool(url: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: POOL_SIZE,
    application_name: 'warta',
    statement_timeout: STATEMENT_TIMEOUT_MS,
    idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_MS,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  // An idle connection the server closed (a restart, an administrator) is dropped by the pool and
  // replaced on the next query; without a listener the event would crash the process.
  pool.on('error', () => undefined);
  return pool;
}

interface DriverError {
  code?: string;
  message?: string;
  errors?: DriverError[];
}

/** Why a connection failed, in a few words: the driver's and the server's messages are long or empty. */
function reason(error: unknown): string {
  const e = (error ?? {}) as DriverError;
  const code = e.code ?? e.errors?.[0]?.code;
  switch (code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'unknown host';
    case 'ETIMEDOUT':
      return 'connection timed out';
    case 'ECONNRESET':
      return 'the server closed the connection';
    default:
      break;
  }
  const message = e.message || e.errors?.[0]?.message || String(error);
  if (/timeout expired/i.test(message)) return 'connection timed out';
  if (/client password must be a string/i.test(message)) return 'the server asks for a password and none was given';
  return message;
}

/** The one-line error for a database that cannot be opened (reached, logged into, migrated). */
export function openError(url: string, error: unknown): StoreOpenError {
  return new StoreOpenError(`cannot open database ${redactUrl(url)}: ${reason(error)}`);
}
