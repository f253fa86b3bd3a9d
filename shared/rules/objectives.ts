/**
 * Whether an objective's test is met for its power, from the final state and the match log
 * (docs/rules.md, "Objectives"). Every kind of ObjectiveTest is decided here.
 */
import { at } from "../at";
import type { FactionId, PowerId, ZoneId } from "../ids";
import { getScenario } from "../scenario";
import type { ObjectiveTest } from "../scenario/types";
import type { MatchState } from "../state";
import type { Treaty } from "../terms";
import { termParties } from "../terms";
import type { EventOf } from "./log-index";
import { eventsOfKind } from "./log-index";
import { round1 } from "./record";

/** What the tests read: a match state, or a seat's view of one (a bot judging how others stand). */
export type ScoredState = Pick<MatchState, "scenarioId" | "zones" | "treaties" | "log"> & {
  powers: Record<PowerId, Pick<MatchState["powers"][PowerId], "tracks" | "influence">>;
};

export function objectiveMet(state: ScoredState, power: PowerId, test: ObjectiveTest): boolean {
  switch (test.kind) {
    case "controls": {
      const held = test.zones.filter((z) => state.zones[z]?.control === test.faction);
      return test.need === "all" ? held.length === test.zones.length : held.length > 0;
    }
    case "notControls":
      return test.zones.every((z) => state.zones[z]?.control !== test.faction);
    case "factionStrengthAtMost":
      return strengthNow(state, test.faction) <= round1(test.shareOfStart * startStrength(state, test.faction));
    case "factionStrengthAtLeast":
      return strengthNow(state, test.faction) >= round1(test.shareOfStart * startStrength(state, test.faction));
    case "factionStrengthIn": {
      const held = strengthNow(state, test.faction, test.zones);
      return (test.atMost === undefined || held <= test.atMost) && (test.atLeast === undefined || held >= test.atLeast);
    }
    case "track": {
      const value = at(state.powers, power).tracks[test.track];
      return (test.atMost === undefined || value <= test.atMost) && (test.atLeast === undefined || value >= test.atLeast);
    }
    case "influence":
      return test.countries.every((c) => (at(state.powers, power).influence[c] ?? 0) >= test.atLeast);
    case "overflightAtEnd": {
      // Basing lets the guest fly through the host's airspace too: it counts as overflight rights.
      const standing = state.treaties.some(
        (t) =>
          (t.status === "active" || t.status === "agreed") &&
          ((t.term.kind === "overflight" && t.term.grantor === test.grantor && t.term.grantee === test.grantee) ||
            (t.term.kind === "basing" && t.term.host === test.grantor && t.term.guest === test.grantee)),
      );
      return standing === test.inForce;
    }
    case "trackFromStart": {
      const start = at(getScenario(state.scenarioId).powers, power).tracks[test.track];
      return round1(at(state.powers, power).tracks[test.track] - start) >= test.atLeastChange;
    }
    case "treatyWith": {
      const withPartner = (partner: PowerId) =>
        state.treaties.some(
          (t) => madeAndKept(t) && t.parties.includes(power) && termParties(t.term).includes(partner) && !brokePledge(state, partner, t.id) && (test.term === undefined || t.term.kind === test.term),
        );
      return test.need === "all" ? test.partners.every(withPartner) : test.partners.some(withPartner);
    }
    case "intelCell":
      return state.treaties.some((t) => madeAndKept(t) && t.term.kind === "intel" && t.term.members.includes(power) && t.term.members.includes(test.with));
    case "nfz": {
      // A token zone does not count: in force over at least minZones of the objective's zones.
      const needed = test.zones.length === 0 ? test.minZones : Math.min(test.minZones, test.zones.length);
      const covers = (zones: readonly ZoneId[]) => zones.filter((z) => test.zones.length === 0 || test.zones.includes(z)).length >= needed;
      const ever = eventsOfKind(state.log, "nfzStatus").some((e) => e.inForce && covers(e.zones));
      return ever === test.ever;
    }
    case "noClash": {
      const clash = (e: EventOf<"shootDown" | "interception">) => e.units > 0 && ((e.power === power && e.by.includes(test.with)) || (e.power === test.with && e.by.includes(power)));
      return !eventsOfKind(state.log, "shootDown").some(clash) && !eventsOfKind(state.log, "interception").some(clash);
    }
    case "airspaceRespected":
      return airspaceRespected(state, power, test.allowShootDowns);
    case "noDetectedViolationOwn":
      return !eventsOfKind(state.log, "violation").some((e) => e.power === power && e.detected) && !eventsOfKind(state.log, "pledgeBroken").some((e) => e.power === power);
    case "strikesOverWithConsent":
      return eventsOfKind(state.log, "strikeFlown").filter((e) => e.power === test.flyer && e.granted.includes(test.over)).length >= test.atLeast;
    case "supportReceived": {
      let points = 0;
      for (const e of eventsOfKind(state.log, "supportLanded")) if (test.from.includes(e.power) && test.factions.includes(e.faction)) points += e.points;
      return points >= test.atLeast;
    }
    case "strikesLanded": {
      let hit = 0;
      for (const e of eventsOfKind(state.log, "impact")) if (e.power === power) for (const f of test.factions) hit += e.hit[f] ?? 0;
      return round1(hit) >= test.atLeast;
    }
    case "all":
      return test.tests.every((t) => objectiveMet(state, power, t));
  }
}

export { testParts } from "../scenario/objective-parts";

/** Agreed during the match (not a starting treaty), and not revoked or broken by the end. */
function madeAndKept(treaty: Treaty): boolean {
  return treaty.proposalId !== null && (treaty.status === "agreed" || treaty.status === "active" || treaty.status === "expired");
}

/**
 * No flight crossed the power's own airspace without its consent, detected or not. With
 * allowShootDowns a violating strike that the power itself intercepted counts as enforced.
 */
function airspaceRespected(state: ScoredState, power: PowerId, allowShootDowns: boolean): boolean {
  // A strike is named by its power, turn and id: ids are the powers' own and repeat from turn to turn.
  const enforced = new Set<string>();
  if (allowShootDowns) {
    for (const e of [...eventsOfKind(state.log, "interception"), ...eventsOfKind(state.log, "shootDown")]) {
      if (e.strikeId && e.units > 0 && e.by.includes(power)) enforced.add(`${e.power}|${e.turn}|${e.strikeId}`);
    }
  }
  return !eventsOfKind(state.log, "violation").some((e) => e.owner === power && e.power !== power && !enforced.has(`${e.power}|${e.turn}|${e.strikeId}`));
}

/** Whether `power` broke a pledge of this treaty (a no-fly-zone patrol pledge, or a support pledge). */
function brokePledge(state: ScoredState, power: PowerId, treatyId: string): boolean {
  return eventsOfKind(state.log, "pledgeBroken").some((e) => e.power === power && e.treatyId === treatyId);
}

function strengthNow(state: ScoredState, faction: FactionId, zones?: readonly ZoneId[]): number {
  let sum = 0;
  for (const [id, zone] of Object.entries(state.zones)) if (!zones || zones.includes(id)) sum += at(zone.strength, faction);
  return round1(sum);
}

/** A faction's total strength over all zones when the match began. */
function startStrength(state: ScoredState, faction: FactionId): number {
  return round1(getScenario(state.scenarioId).zones.reduce((sum, z) => sum + (z.strength[faction] ?? 0), 0));
}
