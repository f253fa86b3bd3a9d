/**
 * The facilitator's archive and the exports of a finished match:
 * - GET /api/archive?facilitatorKey=…: the matches created with these facilitator keys (one key
 *   per match; a browser keeps them all), running, finished or damaged, newest first; read from
 *   the matches' headers, rate limited per address.
 * - GET /api/matches/:id/export.json and /export.csv (?table=log|tracks|scores|students): the
 *   archive as files. The facilitator (header x-facilitator-key, or ?token= from
 *   POST /api/matches/:id/export-token, so that links never carry the key) gets private chat,
 *   who did what, and the per-student table.
 */
import type { Application, Request, Response } from "express";
import { readArchive } from "../match/archive";
import type { MatchArchive } from "../match/archive";
import { hashKey } from "../match/secrets";
import type { Services } from "../services";
import type { MatchHeader } from "../store/store";
import { EndedScores } from "./ended-scores";
import { archiveForReader, exportName, logCsv, tracksCsv } from "./export";
import { exportToken, validExportToken } from "./export-token";
import { replayArchive, scoresCsv, studentsCsv } from "./student-export";
import { AttemptLimiter, requestAddress } from "./guard";
import { error, noArchive } from "./reply";

/** Most keys one request may carry. */
const MAX_KEYS = 100;

/** The keys of a request: repeated or comma-separated `facilitatorKey`, or the header. */
export function keysOf(req: Request): string[] {
  const raw = req.query.facilitatorKey;
  const values = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === "string");
  const header = req.get("x-facilitator-key");
  if (header) values.push(header);
  const keys = values.flatMap((v) => v.split(",")).map((k) => k.trim()).filter((k) => k.length > 0 && k.length <= 100);
  return [...new Set(keys)].slice(0, MAX_KEYS);
}

export function mountArchiveRoutes(app: Application, services: Services): void {
  const { store, registry, health } = services;

  // Every request spends the address's budget (reads are cheap, but up to 100 keys a request).
  const reads = new AttemptLimiter(services.config.archiveBurst, services.config.archiveIntervalMs);
  const scores = new EndedScores(store);

  app.get("/api/archive", async (req, res) => {
    const keys = keysOf(req);
    if (keys.length === 0) return error(res, 400, "archive/no_key");
    const address = requestAddress(req, services.config.trustProxy);
    const now = Date.now();
    if (!reads.allowed(address, now)) {
      res.set("retry-after", String(Math.ceil(reads.retryAfterMs(address, now) / 1000)));
      return error(res, 429, "archive/rate_limited");
    }
    reads.failed(address, now);
    // Headers (no log); an ended match's scores are parsed from its archive once per process.
    const rows = (await Promise.all(keys.map((k) => store.byFacilitator(hashKey(k))))).flat();
    if (rows.length === 0) services.guesses.failed(address, now);
    const matches = await Promise.all(
      rows
        .sort((a, b) => b.createdAt - a.createdAt)
        .map(async (row) => {
          // A match that cannot be restored is listed as damaged, with why.
          const damage = row.unreadable ?? health.damageOf(row.id)?.reason ?? null;
          // Where a match stands: from its session if it runs here, else from its last saved clock.
          const live = registry.get(row.id);
          const status = damage ? "damaged" : live ? live.state.status : row.status;
          return {
            id: row.id,
            name: row.name,
            createdAt: row.createdAt,
            finishedAt: row.finishedAt,
            status,
            turns: row.turns,
            turn: status === "running" ? (live?.state.turn ?? row.clock?.turn ?? null) : null,
            phase: status === "running" ? (live?.state.phase ?? row.clock?.phase ?? null) : null,
            // In its practice turn (known where it runs here): the teacher's list says so rather than "turn 1".
            practice: status === "running" && live?.state.practice === true,
            // The join code matters only while the match runs.
            code: status === "running" ? row.code : null,
            scores: status === "ended" ? await scores.of(row.id).catch(() => null) : null,
            reason: damage,
          };
        }),
    );
    res.json({ matches });
  });

  /** The finished match's archive as its reader may see it, or an error answered. */
  const readable = async (req: Request<{ id: string }>, res: Response) => {
    const id = req.params.id;
    let archive: MatchArchive | null;
    let header: MatchHeader | null;
    try {
      [archive, header] = await Promise.all([readArchive(store, id), store.header(id)]);
    } catch (e) {
      const damage = health.markDamaged(id, "store/unreadable", e);
      error(res, 500, "match/damaged", { detail: damage.reason });
      return null;
    }
    if (!archive) {
      noArchive(res, header?.status ?? null);
      return null;
    }
    const key = req.get("x-facilitator-key");
    const token = typeof req.query.token === "string" ? req.query.token : undefined;
    const keyHash = header?.facilitatorKeyHash ?? null;
    const facilitator = (key !== undefined && keyHash === hashKey(key)) || (token !== undefined && validExportToken(token, id, keyHash, Date.now()));
    // A student's own seat key (header x-seat-key): their team's private talks too.
    const seatKey = facilitator ? undefined : req.get("x-seat-key");
    const power = seatKey ? ((await store.get(id).catch(() => null))?.members.find((m) => m.keyHash === hashKey(seatKey))?.power ?? null) : null;
    return { archive, facilitator, reader: archiveForReader(archive, facilitator, power) };
  };

  // A download link for the facilitator: asked for with the key in a header, it carries a token that expires.
  app.post("/api/matches/:id/export-token", async (req: Request<{ id: string }>, res) => {
    const key = req.get("x-facilitator-key");
    const address = requestAddress(req, services.config.trustProxy);
    const now = Date.now();
    if (!reads.allowed(address, now)) return error(res, 429, "archive/rate_limited");
    reads.failed(address, now);
    const header = await store.header(req.params.id).catch(() => null);
    if (!key || !header?.facilitatorKeyHash || header.facilitatorKeyHash !== hashKey(key)) {
      services.guesses.failed(address, now);
      return error(res, 403, "export/not_facilitator", { what: "link" });
    }
    res.json(exportToken(req.params.id, header.facilitatorKeyHash, now));
  });

  app.get("/api/matches/:id/archive", async (req: Request<{ id: string }>, res) => {
    const found = await readable(req, res);
    if (found) res.json(found.reader);
  });

  app.get("/api/matches/:id/export.json", async (req: Request<{ id: string }>, res) => {
    const found = await readable(req, res);
    if (!found) return;
    res.attachment(exportName(found.archive, ".json"));
    res.type("application/json").send(JSON.stringify(found.reader, null, 1));
  });

  app.get("/api/matches/:id/export.csv", async (req: Request<{ id: string }>, res) => {
    const found = await readable(req, res);
    if (!found) return;
    const table = typeof req.query.table === "string" && ["tracks", "scores", "students"].includes(req.query.table) ? req.query.table : "log";
    if (table === "students" && !found.facilitator) return error(res, 403, "export/not_facilitator", { what: "students" });
    const body =
      table === "tracks" ? tracksCsv(found.archive)
      : table === "scores" ? scoresCsv(found.archive)
      : table === "students" ? studentsCsv(found.archive, replayArchive(found.archive))
      : logCsv(found.reader, replayArchive(found.archive).eventAt);
    res.attachment(exportName(found.archive, table === "log" ? ".csv" : `-${table}.csv`));
    res.type("text/csv; charset=utf-8").send(body);
  });
}
