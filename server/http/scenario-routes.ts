/**
 * A teacher's own scenario over HTTP: check a file before creating a lesson with it (the browser
 * does not bundle the schema), and fetch a match's file so a browser can rebuild its scenario.
 * Also the list of shipped scenarios for the pickers.
 */
import express from "express";
import type { Application, Request } from "express";
import { checkScenarioFile, SCENARIO_FILE_MAX_BYTES } from "../../shared/scenario/schema";
import { SCENARIOS } from "../../shared/scenario";
import { summaryOf } from "../../shared/scenario/summary";
import { error, errorBody } from "./reply";
import type { Services } from "../services";

export function mountScenarioRoutes(app: Application, services: Services): void {
  // The shipped scenarios, for the lobby's and the teacher's picker, in the registry's order.
  app.get("/api/scenarios", (_req, res) => {
    res.json({ scenarios: Object.values(SCENARIOS).map(summaryOf) });
  });

  app.post("/api/scenarios/check", express.json({ limit: SCENARIO_FILE_MAX_BYTES + 1024 }), (req, res) => {
    const checked = checkScenarioFile(req.body);
    if (!checked.ok) {
      res.status(400).json({ ...errorBody("create/bad_scenario", { count: checked.errors.length, errors: checked.errors.join("\n") }), errors: checked.errors });
      return;
    }
    const s = checked.scenario;
    res.json({ id: s.id, name: s.name, date: s.date, summary: s.summary, defaultTurns: s.defaultTurns, lessonTurns: s.lessonTurns });
  });

  // The file a match was created from (a match of a shipped scenario has none).
  app.get("/api/matches/:id/scenario", async (req: Request<{ id: string }>, res) => {
    const stored = await services.store.get(req.params.id.slice(0, 80)).catch(() => null);
    if (!stored) return error(res, 404, "match/not_found");
    res.json({ scenarioId: stored.record.settings.scenarioId, file: stored.record.settings.scenarioFile ?? null });
  });
}
