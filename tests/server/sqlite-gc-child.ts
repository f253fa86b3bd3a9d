/**
 * Run by sqlite-gc.test.ts as `node --expose-gc --import tsx`: prepares tens of thousands of
 * statements through the store, collects them with forced GC while the checkpoint worker runs,
 * and exits with statements left for exit-time cleanup.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startCheckpointer } from "../../server/store/checkpointer";
import { openDb } from "../../server/store/db";
import { SqliteMatchStore } from "../../server/store/sqlite-store";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc");
const dir = mkdtempSync(join(tmpdir(), "overflight-gc-"));
const db = openDb(dir);
const checkpointer = startCheckpointer(db, 20);
let statements = 0;
for (let round = 0; round < 40; round++) {
  for (let i = 0; i < 50; i++) {
    const store = new SqliteMatchStore(db);
    statements += Object.keys((store as unknown as { stmts: object }).stmts).length;
    await store.idInUse(`m${round}-${i}`);
  }
  gc();
  await new Promise((r) => setImmediate(r));
}
await checkpointer.stop();
const leftOver = new SqliteMatchStore(db);
await leftOver.idInUse("last");
db.close();
rmSync(dir, { recursive: true, force: true });
console.log(`ok ${statements} statements on Node ${process.versions.node}`);
