/** The scenario picker's model: the server's list read defensively, the bundled fallback, the choice. */
import { describe, expect, it } from "vitest";
import { at } from "../../shared/at";
import { caspianSalvo } from "../../shared/scenario/caspian-salvo";
import { powerIds } from "../../shared/scenario/ids-of";
import { pickScenario, powerIn, readScenarioList, summaryOf } from "../../client/src/model/scenario-choice";
import type { ScenarioSummary } from "../../client/src/model/scenario-choice";
import { UI_CATALOGS } from "../support/ui-catalogs";

const other: ScenarioSummary = {
  id: "other",
  name: "Other",
  date: "2030",
  summary: "Somewhere else.",
  defaultTurns: 6,
  lessonTurns: 4,
  powers: [{ id: "north", name: "North", short: "N", color: "#112233" }, { id: "south", name: "South", short: "S", color: "#445566" }],
};

describe("scenario choice", () => {
  it("describes a bundled scenario as the server lists it, powers in seat order", () => {
    const s = summaryOf(caspianSalvo);
    expect(s).toMatchObject({ id: "caspian-salvo", name: caspianSalvo.name, date: caspianSalvo.date, summary: caspianSalvo.summary, defaultTurns: caspianSalvo.defaultTurns, lessonTurns: caspianSalvo.lessonTurns });
    expect(s.powers.map((p) => p.id)).toEqual([...powerIds(caspianSalvo)]);
    expect(s.powers[0]).toEqual({ id: "russia", name: at(caspianSalvo.powers, "russia").name, short: at(caspianSalvo.powers, "russia").short, color: at(caspianSalvo.powers, "russia").color });
  });

  it("keeps the well-formed scenarios of the reply, in order, each once", () => {
    const reply = { scenarios: [summaryOf(caspianSalvo), { id: "broken", name: "No powers", defaultTurns: 6, lessonTurns: 4, powers: [] }, other, { ...other, name: "Again" }, "junk", { ...other, id: "" }] };
    expect(readScenarioList(JSON.parse(JSON.stringify(reply))).map((s) => s.id)).toEqual(["caspian-salvo", "other"]);
    expect(readScenarioList({ scenarios: [{ ...other, date: 7, summary: undefined }] })[0]).toMatchObject({ date: "", summary: "" });
    for (const body of [null, {}, { scenarios: "x" }, [other], "text"]) expect(readScenarioList(body)).toEqual([]);
  });

  it("picks the scenario asked for, else the first listed; finds a stored seat's power in any listed scenario", () => {
    const list = [summaryOf(caspianSalvo), other];
    expect(pickScenario(list, "other")?.id).toBe("other");
    expect(pickScenario(list, "gone")?.id).toBe("caspian-salvo");
    expect(pickScenario([], "x")).toBeUndefined();
    expect(powerIn(list, other, "iran")?.name).toBe(at(caspianSalvo.powers, "iran").name);
    expect(powerIn(list, other, "south")?.color).toBe("#445566");
    expect(powerIn(list, other, "atlantis")).toBeUndefined();
  });

  it("words the picker in every language", () => {
    for (const w of Object.values(UI_CATALOGS)) {
      expect(w.scenarioPicker.about("Caspian Salvo", "2015", "A crisis.")).toBe("Caspian Salvo, 2015. A crisis.");
      expect(w.scenarioPicker.failed("The server cannot be reached.", "Caspian Salvo")).toContain("Caspian Salvo");
    }
    expect(UI_CATALOGS.fr.scenarioPicker.label).not.toBe(UI_CATALOGS.en.scenarioPicker.label);
  });
});
