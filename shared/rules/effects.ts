/** Applies the effects of an event card or a facilitator's inject. */
import { at } from "../at";
import type { Cause } from "../events";
import type { Effect } from "../scenario/types";
import type { MatchState } from "../state";
import { getScenario } from "../scenario";
import { controllerOf } from "./ground";
import { own } from "./known";
import { changeEscalation, changeInfluence, changeTrack, clamp, round1 } from "./record";

export function applyEffect(state: MatchState, effect: Effect, cause: Cause): void {
  switch (effect.kind) {
    case "track":
      changeTrack(state, effect.power, effect.track, effect.delta, cause);
      return;
    case "influence":
      changeInfluence(state, effect.power, effect.country, effect.delta, cause);
      return;
    case "escalation":
      changeEscalation(state, effect.delta, cause);
      return;
    case "strength": {
      const zone = own(state.zones, effect.zone);
      if (!zone) return;
      zone.strength[effect.faction] = round1(clamp(at(zone.strength, effect.faction) + effect.delta, 0, 100));
      // Control follows the strengths at once (the ground-fighting rule), not at the next fighting.
      zone.control = controllerOf(zone, getScenario(state.scenarioId).combat.controlShare);
      return;
    }
    case "civilians": {
      const zone = own(state.zones, effect.zone);
      if (zone) zone.civilians = round1(Math.max(0, zone.civilians + effect.delta));
      return;
    }
    case "stock": {
      const asset = own(state.assets, effect.asset);
      if (!asset) return;
      // Never below nothing, never above the platform's full load (its starting stock).
      const full = getScenario(state.scenarioId).assets.find((a) => a.id === effect.asset)?.stock ?? 0;
      asset.stock = clamp(asset.stock + effect.delta, 0, Math.max(asset.stock, full));
      return;
    }
  }
}
