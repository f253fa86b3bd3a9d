/** The store the configuration asks for: PostgreSQL with DATABASE_URL, else the SQLite file in DATA_DIR. */
import type { ServerConfig } from "../config";
import { startCheckpointer } from "./checkpointer";
import { openDb } from "./db";
import { PgMatchStore } from "./pg-store";
import { SqliteMatchStore } from "./sqlite-store";
import type { MatchStore } from "./store";

export interface OpenedStore {
  store: MatchStore;
  /** Where matches are kept, for the startup message (no password). */
  where: string;
  close(): Promise<void>;
}

export async function openStore(config: ServerConfig): Promise<OpenedStore> {
  if (config.databaseUrl) {
    const store = await PgMatchStore.open(config.databaseUrl);
    const url = new URL(config.databaseUrl);
    return { store, where: `PostgreSQL at ${url.host}${url.pathname}`, close: () => store.close() };
  }
  const db = openDb(config.dataDir, config.dbSync);
  const checkpointer = startCheckpointer(db, 2000, config.verbose ? (m) => console.warn(`[overflight] ${m}`) : undefined);
  return {
    store: new SqliteMatchStore(db),
    where: `${config.dataDir}`,
    async close() {
      await checkpointer.stop();
      db.close();
    },
  };
}
