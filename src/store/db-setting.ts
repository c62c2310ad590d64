// What a database setting names, and how it may be printed. Kept apart from the store modules so
// that reading a setting loads neither pg nor better-sqlite3.

/** Whether a database setting names a PostgreSQL server rather than an SQLite file. */
export function isPostgresUrl(setting: string): boolean {
  return /^postgres(ql)?:\/\//i.test(setting);
}

/** The URL without its password (nor a `password` parameter), for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '';
    parsed.searchParams.delete('password');
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^/@:]*):[^/@]*@/, '//$1@');
  }
}

/** The db setting as it may be printed: a PostgreSQL URL without its password. */
export function describeDb(db: string): string {
  return isPostgresUrl(db) ? redactUrl(db) : db;
}
