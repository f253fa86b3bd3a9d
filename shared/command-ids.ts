/**
 * The command schema checks only the shape of a power's or a faction's id; this checks that the
 * match's scenario has them, so that a command naming a power of another scenario is refused
 * with the field it is in, before any rule reads it.
 */
import type { Command } from "./commands";
import type { Term } from "./terms";
import type { Result } from "./result";
import { fail, ok } from "./result";
import type { OfScenario } from "./scenario/ids-of";
import { isFactionOf, isPowerOf } from "./scenario/ids-of";

type Found = { at: string; id: string; kind: "power" | "faction" };

function termIds(term: Term, at: string, out: Found[]): void {
  const power = (id: string, field: string) => out.push({ at: `${at}.${field}`, id, kind: "power" });
  switch (term.kind) {
    case "overflight":
      power(term.grantor, "grantor");
      power(term.grantee, "grantee");
      return;
    case "nfz":
      for (const p of Object.keys(term.pledges)) power(p, `pledges.${p}`);
      term.exempt.forEach((p, i) => power(p, `exempt.${i}`));
      return;
    case "support":
      power(term.pledger, "pledger");
      out.push({ at: `${at}.faction`, id: term.faction, kind: "faction" });
      return;
    case "basing":
      power(term.host, "host");
      power(term.guest, "guest");
      return;
    case "intel":
      term.members.forEach((p, i) => power(p, `members.${i}`));
      return;
  }
}

/** Every power and faction id a command names, with where. */
function idsIn(command: Command): Found[] {
  const out: Found[] = [];
  switch (command.type) {
    case "propose":
    case "counter":
      command.parties.forEach((p, i) => out.push({ at: `parties.${i}`, id: p, kind: "power" }));
      command.terms.forEach((t, i) => termIds(t as Term, `terms.${i}`, out));
      break;
    case "orders":
      command.orders.strikes.forEach((s, i) => {
        out.push({ at: `orders.strikes.${i}.faction`, id: s.faction, kind: "faction" });
        out.push({ at: `orders.strikes.${i}.claim`, id: s.claim, kind: "faction" });
      });
      command.orders.support.forEach((s, i) => out.push({ at: `orders.support.${i}.faction`, id: s.faction, kind: "faction" }));
      break;
    case "inject":
      if (command.to !== null) out.push({ at: "to", id: command.to, kind: "power" });
      if ("effects" in command.card) {
        command.card.effects.forEach((e, i) => {
          if ("power" in e) out.push({ at: `card.effects.${i}.power`, id: e.power, kind: "power" });
          if ("faction" in e) out.push({ at: `card.effects.${i}.faction`, id: e.faction, kind: "faction" });
        });
      }
      break;
    default:
      break;
  }
  return out;
}

/** Refuses a command that names a power or a faction the match's scenario does not have. */
export function checkCommandIds(match: OfScenario, command: Command): Result<true> {
  for (const found of idsIn(command)) {
    if (found.kind === "power" && !isPowerOf(match, found.id)) return fail("command/unknown_power", { at: found.at, power: found.id });
    if (found.kind === "faction" && !isFactionOf(match, found.id)) return fail("command/unknown_faction", { at: found.at, faction: found.id });
  }
  return ok(true);
}
