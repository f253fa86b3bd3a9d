/**
 * Entry point: `node --import tsx server/main.ts`. Environment: PORT (2567), HOST (127.0.0.1),
 * DATA_DIR (./data), DIST_DIR (./dist), ABSENT_GRACE_SECONDS, RECONNECT_SECONDS, RESTORE_GRACE_SECONDS,
 * ABANDON_HOURS, TRUST_PROXY, DB_SYNC, ALLOWED_ORIGINS, MAX_CONNECTIONS_PER_ADDRESS, MAX_SPECTATORS_PER_MATCH;
 * for several processes (docs/deploy.md): DATABASE_URL, REDIS_URL, PUBLIC_ADDRESS, LEASE_SECONDS.
 */
import { createApp } from "./app";
import { configFromEnv } from "./config";

const config = configFromEnv(process.env);
const app = await createApp(config);
const { url } = await app.listen();
console.log(`Overflight is running at ${url} (Node ${process.versions.node})`);
console.log(`Matches are stored in ${app.storedIn}`);
if (config.redisUrl) console.log(`Sharing matches with other processes through Redis; clients reach this one at ${config.publicAddress}`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
