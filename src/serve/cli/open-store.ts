import { SqliteStore } from '../../store/sqlite/sqlite-store.ts';
import type { Store } from '../../store/store.ts';

/** Opens the embedded store; the one place the CLI chooses a backend. */
export function openStore(path: string): Store {
  return new SqliteStore({ path });
}
