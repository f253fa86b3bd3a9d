/**
 * A team's shared draft: each change applied on the server's copy (ids given by the draft, each
 * change credited), the draft a player sees rebuilt from the team's with the changes the server
 * has not confirmed yet (never sent twice), and the ready rules.
 */
import { describe, expect, it } from "vitest";
import { getScenario } from "../../shared";
import { applyDraftEdit, emptyOrders, newDraft, teamReady } from "../../shared/team-draft";
import type { DraftEdit, TeamDraft } from "../../shared/team-draft";
import { OrdersDraft } from "../../client/src/model/orders-draft";

const scenario = getScenario("caspian-salvo");
const ann = { id: "m_a", name: "Ann" };
const ben = { id: "m_b", name: "Ben" };
const strike = (zone: string) => ({ asset: "hmeimim", zone, faction: "rebels" as const, units: 2, waypoints: [] as [number, number][], claim: "isis" as const });

function edit(draft: TeamDraft, e: DraftEdit, by = ann): TeamDraft {
  const next = applyDraftEdit(draft, e, by, 1000);
  if (!next) throw new Error(`${e.op} did not apply`);
  return next;
}

describe("a team's draft", () => {
  it("gives new strikes the next id, credits each change and refuses one on a strike gone", () => {
    let d = newDraft(1, emptyOrders("watch"));
    d = edit(d, { op: "strike", strike: strike("idlib") });
    d = edit(d, { op: "strike", strike: strike("aleppo") }, ben);
    expect(d.orders.strikes.map((s) => s.id)).toEqual(["s1", "s2"]);
    expect(d.strikeBy).toEqual({ s1: "Ann", s2: "Ben" });
    expect(d.version).toBe(2);
    d = edit(d, { op: "unstrike", id: "s1" }, ben);
    expect(applyDraftEdit(d, { op: "strike", id: "s1", strike: strike("hama") }, ann, 1)).toBeNull();
    d = edit(d, { op: "strike", strike: strike("homs") });
    expect(d.orders.strikes.map((s) => s.id)).toEqual(["s2", "s3"]);
    expect(d.parts).toEqual({ m_a: { name: "Ann", edits: 2 }, m_b: { name: "Ben", edits: 2 } });
    expect(d.changes.map((c) => `${c.by} ${c.what}`)).toEqual(["Ann strikeAdded s1", "Ben strikeAdded s2", "Ben strikeRemoved s1", "Ann strikeAdded s3"]);
  });

  it("is rebuilt for a player from the team's with the changes not confirmed yet, sending none twice", () => {
    const local = OrdersDraft.fromTeam(scenario, "russia", newDraft(1, emptyOrders("watch")), [], []);
    local.addStrike(strike("idlib"));
    local.setPosture("engage");
    const inFlight = local.takePending();
    expect(inFlight.map((e) => e.op)).toEqual(["strike", "posture"]);
    local.toggleRevoke("t1", true);
    // Meanwhile Ben's strike reached the server first; Ann's changes are on their way.
    const team = edit(newDraft(1, emptyOrders("watch")), { op: "strike", strike: strike("aleppo") }, ben);
    const rebuilt = OrdersDraft.fromTeam(scenario, "russia", team, inFlight, local.pending);
    expect(rebuilt.strikes.map((s) => `${s.id}:${s.zone}`)).toEqual(["s1:aleppo", "s2:idlib"]);
    expect(rebuilt.posture).toBe("engage");
    expect(rebuilt.revoke).toEqual(["t1"]);
    expect(rebuilt.pending).toEqual([{ op: "revoke", treaty: "t1", on: true }]);
    expect(rebuilt.dirty).toBe(true);
    // Once sent, the team's draft is not "changed since sent".
    const sent = OrdersDraft.fromTeam(scenario, "russia", { ...team, sent: { version: team.version, by: "Ben", at: 1 } }, [], []);
    expect(sent.dirty).toBe(false);
  });

  it("is ready by its rule: any one, more than half of those connected, or the captain", () => {
    const connected = ["a", "b", "c"];
    expect(teamReady("any", new Set(["a"]), connected, null)).toBe(true);
    expect(teamReady("any", new Set(["gone"]), connected, null)).toBe(false);
    expect(teamReady("majority", new Set(["a"]), connected, null)).toBe(false);
    expect(teamReady("majority", new Set(["a", "b"]), connected, null)).toBe(true);
    expect(teamReady("captain", new Set(["a", "b"]), connected, "c")).toBe(false);
    expect(teamReady("captain", new Set(["c"]), connected, "c")).toBe(true);
    // A captain who is not here: the majority decides.
    expect(teamReady("captain", new Set(["a", "b"]), connected, "d")).toBe(true);
    expect(teamReady("majority", new Set(), [], null)).toBe(false);
  });
});
