/**
 * Run by sqlite-gc.test.ts as `node --import tsx`: prepares tens of thousands of statements
 * through the store and drops them, while enough garbage is made for V8 to collect them on its
 * own (its finalizers then run from the event loop, outside any JavaScript: where better-sqlite3
 * 12 aborted Node 24.19+), beside the checkpoint worker, and exits with statements still alive.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startCheckpointer } from "../../server/store/checkpointer";
import { openDb } from "../../server/store/db";
import { SqliteMatchStore } from "../../server/store/sqlite-store";

const dir = mkdtempSync(join(tmpdir(), "overflight-gc-"));
const db = openDb(dir);
const checkpointer = startCheckpointer(db, 20);
let statements = 0;
let garbage: unknown[] = [];
for (let round = 0; round < 120; round++) {
  for (let i = 0; i < 30; i++) {
    const store = new SqliteMatchStore(db);
    statements += Object.keys((store as unknown as { stmts: object }).stmts).length;
    await store.idInUse(`m${round}-${i}`);
  }
  for (let i = 0; i < 2000; i++) garbage.push({ round, i, text: `garbage ${round} ${i}`.repeat(20) });
  if (garbage.length > 20_000) garbage = [];
  await new Promise((r) => setTimeout(r, 1));
}
await checkpointer.stop();
const leftOver = new SqliteMatchStore(db);
await leftOver.idInUse("last");
db.close();
rmSync(dir, { recursive: true, force: true });
console.log(`ok ${statements} statements on Node ${process.versions.node}`);
