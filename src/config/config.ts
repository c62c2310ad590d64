import { join } from 'node:path';

/** Every setting Warta reads, in one place. Only this module looks at the environment. */
export interface Config {
  /** SQLite database file. */
  dbPath: string;
  /** User alias table (editable with `warta aliases`). */
  aliasesPath: string;
  /** Dates without a year are resolved against this; defaults to now. */
  referenceDate: Date;
  /** Documents saved per store transaction. */
  batchSize: number;
  ingest: {
    maxBytes: number;
    timeoutMs: number;
    maxRedirects: number;
    userAgent: string;
  };
  http: {
    host: string;
    port: number;
    /** Token required on writes; writes are refused when it is unset. */
    writeToken: string | null;
  };
}

export const DEFAULTS: Config = {
  dbPath: join(process.cwd(), '.warta', 'warta.db'),
  aliasesPath: join(process.cwd(), '.warta', 'aliases.tsv'),
  referenceDate: new Date(),
  batchSize: 200,
  ingest: {
    maxBytes: 20 * 1024 * 1024,
    timeoutMs: 15_000,
    maxRedirects: 5,
    userAgent: 'Warta/0.1 (news analysis; +https://github.com/warta-news/warta)',
  },
  http: { host: '127.0.0.1', port: 8787, writeToken: null },
};

/** Thrown at start-up for bad settings, naming the setting, the expected and the actual value. */
export class ConfigError extends Error {}

function parseDate(name: string, value: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new ConfigError(`${name}: expected an ISO date, got ${JSON.stringify(value)}`);
  return date;
}

function parsePort(name: string, value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`${name}: expected a port number 0-65535, got ${JSON.stringify(value)}`);
  }
  return port;
}

function parseBatchSize(value: string): number {
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1 || size > 10_000) {
    throw new ConfigError(`WARTA_BATCH_SIZE: expected a whole number 1-10000, got ${JSON.stringify(value)}`);
  }
  return size;
}

/** The configuration from defaults, the environment (WARTA_*) and explicit overrides, in that order. */
export function loadConfig(
  overrides: Partial<{ dbPath: string; port: string; host: string; referenceDate: string }> = {},
  env = process.env,
): Config {
  const config: Config = structuredClone(DEFAULTS);
  config.referenceDate = new Date();
  const dbPath = overrides.dbPath ?? env.WARTA_DB;
  if (dbPath) config.dbPath = dbPath;
  if (env.WARTA_ALIASES) config.aliasesPath = env.WARTA_ALIASES;
  const reference = overrides.referenceDate ?? env.WARTA_REFERENCE_DATE;
  if (reference) config.referenceDate = parseDate('reference date', reference);
  const port = overrides.port ?? env.WARTA_PORT;
  if (port !== undefined) config.http.port = parsePort('port', port);
  const host = overrides.host ?? env.WARTA_HOST;
  if (host) config.http.host = host;
  if (env.WARTA_TOKEN) config.http.writeToken = env.WARTA_TOKEN;
  if (env.WARTA_BATCH_SIZE !== undefined) config.batchSize = parseBatchSize(env.WARTA_BATCH_SIZE);
  return config;
}
