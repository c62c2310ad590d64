import { statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';
import { StoreBusyError, StoreFaultError } from '../errors.ts';

/** Free space under which an I/O error is taken for a full disk. */
const LOW_SPACE_BYTES = 64 * 1024;

/** What SQLite's result codes mean to a person whose command failed. */
const FAULTS: [RegExp, string][] = [
  [/^SQLITE_FULL/, 'the disk is full'],
  [/^SQLITE_READONLY/, 'the database file is read-only'],
  [/^SQLITE_(BUSY|LOCKED)/, 'the database is locked by another process'],
  [/^SQLITE_(CORRUPT|NOTADB)/, 'the database file is damaged (not a SQLite database, or corrupt)'],
  [/^SQLITE_(IOERR|CANTOPEN)/, 'the database file cannot be read or written'],
  [/^SQLITE_PERM/, 'access to the database file is denied'],
];

/**
 * A storage fault as one line naming the database, with the driver's own words after it; any other
 * error as it is. The transaction it happened in was rolled back: nothing of it is written.
 */
export function storageFault(error: unknown, path: string): unknown {
  if (error instanceof StoreFaultError) return error;
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  const fault = FAULTS.find(([pattern]) => pattern.test(code));
  if (!fault) return error;
  // SQLite reports a full disk met while opening (its WAL index) as an I/O error.
  const meaning = /^SQLITE_(IOERR|CANTOPEN)/.test(code) && diskIsFull(path) ? 'the disk is full' : fault[1];
  const Fault = /^SQLITE_(BUSY|LOCKED)/.test(code) ? StoreBusyError : StoreFaultError;
  return new Fault(`database ${path}: ${meaning} (${(error as Error).message})`, { cause: error });
}

function diskIsFull(path: string): boolean {
  try {
    const disk = statfsSync(dirname(path));
    return disk.bavail * disk.bsize < LOW_SPACE_BYTES;
  } catch {
    return false;
  }
}

const RUNS = new Set(['run', 'get', 'all', 'iterate']);
const MODES = new Set(['pluck', 'raw', 'expand', 'safeIntegers']);

/** A statement whose runs turn storage faults into `StoreFaultError`s naming the database. */
export function guardStatement(statement: Database.Statement, path: string): Database.Statement {
  const guarded: Database.Statement = new Proxy(statement, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      if (RUNS.has(property)) {
        return (...args: unknown[]) => {
          try {
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          } catch (error) {
            throw storageFault(error, path);
          }
        };
      }
      // Mode setters return the statement: keep the guard on.
      if (MODES.has(property)) {
        return (...args: unknown[]) => {
          (value as (...a: unknown[]) => unknown).apply(target, args);
          return guarded;
        };
      }
      return (value as (...a: unknown[]) => unknown).bind(target);
    },
  });
  return guarded;
}
