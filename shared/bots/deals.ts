/**
 * The deals each power's bot puts on the table, from the design brief: Russia seeks the crescent
 * (overflight from Iran and Iraq) and Syrian skies; Iran grants Russia missile overflight for
 * influence and wants Iraqi skies; Iraq sells rights to both camps; Turkey proposes a no-fly zone
 * over northern Syria to the US; Syria wants Russian and Iranian support; the US wants Iraq to
 * deny Russia. Each is offered only while it would still change something.
 */
import type { PowerId } from "../ids";
import type { Term } from "../terms";
import type { BotContext } from "./context";
import { turnsLeft, wants } from "./context";
import { denyTag } from "./conditions";
import { passageHeldUntil, termsInForce } from "./knowledge";

export interface Deal {
  parties: PowerId[];
  terms: Term[];
  note: string;
}

function grant(grantor: PowerId, grantee: PowerId, scope: "missiles" | "aircraft" | "both", turns: number): Term {
  return { kind: "overflight", grantor, grantee, scope, turns };
}

function pledge(pledger: PowerId, faction: Extract<Term, { kind: "support" }>["faction"], zones: string[], turns: number): Term {
  return { kind: "support", pledger, faction, zones, stance: "support", turns };
}

/** True when the grantee may already fly there (by a grant or by basing) to the end of the match. */
function heldToEnd(ctx: BotContext, grantor: PowerId, grantee: PowerId, scope: "missiles" | "aircraft" | "both"): boolean {
  const kinds = scope === "both" ? (["missile", "aircraft"] as const) : scope === "missiles" ? (["missile"] as const) : (["aircraft"] as const);
  return kinds.every((k) => passageHeldUntil(ctx.view, grantor, grantee, k) >= ctx.view.turns);
}

function intelHeld(ctx: BotContext, members: PowerId[]): boolean {
  return termsInForce(ctx.view, "intel").some(({ term, treaty }) => members.every((m) => term.members.includes(m)) && treaty.untilTurn >= ctx.view.turns);
}

/** A no-fly zone is already agreed, or escalation is too high to start one. */
function nfzHeld(ctx: BotContext): boolean {
  return termsInForce(ctx.view, "nfz").length > 0 || ctx.view.escalation > (ctx.level === "hard" ? 3 : 4);
}

/** The zones of the no-fly zone Turkey's objective asks for (its public "nfz" objective), so the bots offer what scores. */
function northZones(ctx: BotContext): string[] {
  for (const o of ctx.scenario.objectives) if (o.power === "turkey" && o.test.kind === "nfz" && o.test.ever && o.test.zones.length > 0) return [...o.test.zones];
  return ctx.scenario.zones.filter((z) => z.north).map((z) => z.id);
}

export function dealsFor(ctx: BotContext): Deal[] {
  const n = turnsLeft(ctx);
  const hard = ctx.level === "hard";
  const deals: Deal[] = [];
  const add = (deal: Deal | false) => {
    if (deal) deals.push(deal);
  };
  switch (ctx.me) {
    case "russia":
      // Bent on breaking the rebels, Moscow asks for more than passage: a base at Hamadan for its
      // bombers, as it had in August 2016 (basing counts as overflight rights).
      add(!heldToEnd(ctx, "iran", "russia", "missiles") && (wants(ctx, "rus-rebels-broken")
        ? {
          parties: ["russia", "iran"],
          terms: [{ kind: "basing", host: "iran", guest: "russia", turns: n }, pledge("russia", "regime", ["damascus", "homs"], n)],
          note: "Let our bombers use Hamadan on their way to the terrorists; Russia stands with Damascus beside you.",
        }
        : {
          parties: ["russia", "iran"],
          terms: [grant("iran", "russia", "both", n), pledge("russia", "regime", ["damascus", "homs"], n)],
          note: "Let our missiles and bombers cross Iran on their way to the terrorists; Russia stands with Damascus beside you.",
        }));
      add(!heldToEnd(ctx, "iraq", "russia", "missiles") && {
        parties: ["russia", "iraq"],
        terms: [grant("iraq", "russia", "missiles", n), ...(hard || wants(ctx, "rus-intel-cell") ? [{ kind: "intel", members: ["russia", "iraq"], turns: n } as Term] : [])],
        note: "Open your skies to our cruise missiles and share what the Baghdad cell learns; we hit the same enemy.",
      });
      add(!heldToEnd(ctx, "syria", "russia", "both") && {
        parties: ["russia", "syria"],
        terms: [grant("syria", "russia", "both", n), pledge("russia", "regime", ["latakia", "hama", "homs"], n)],
        note: "Our aircraft fly for your government; give them your skies.",
      });
      break;
    case "usa":
      // The US wants Iraq to deny Russia: coalition intelligence, or once Baghdad has it, a halt to
      // arming the Kurds in the disputed north, in exchange.
      add({
        parties: ["usa", "iraq"],
        terms: intelHeld(ctx, ["usa", "iraq"])
          ? [{ kind: "support", pledger: "usa", faction: "kurds", zones: ["mosul", "kirkuk"], stance: "stop", turns: n }]
          : [{ kind: "intel", members: ["usa", "iraq"], turns: n }],
        note: `Coalition help for Baghdad, on condition that Iraq denies Russia overflight rights ${denyTag({ grantor: "iraq", denied: "russia" })}`,
      });
      add((wants(ctx, "usa-nfz") || hard) && !nfzHeld(ctx) && {
        parties: ["usa", "turkey"],
        terms: [{ kind: "nfz", zones: northZones(ctx), pledges: { usa: 2, turkey: 2 }, exempt: ["usa", "turkey", "russia"], turns: n }],
        note: "A no-fly zone over northern Syria, Russia exempt so that nobody shoots at a Russian jet.",
      });
      break;
    case "iran": {
      add(!heldToEnd(ctx, "iran", "russia", "missiles") && {
        parties: ["iran", "russia"],
        terms: [grant("iran", "russia", "missiles", n), pledge("russia", "regime", ["damascus"], n)],
        note: "Iran opens its skies to Russia's missiles; in return Russia keeps Damascus standing.",
      });
      const denyUs = wants(ctx, "irn-us-out-of-iraq") && ctx.level !== "easy";
      add(!heldToEnd(ctx, "iraq", "iran", "aircraft") && {
        parties: ["iran", "iraq"],
        terms: [grant("iraq", "iran", "both", n), pledge("iran", "hezbollah", ["anbar", "mosul"], n)],
        note: denyUs
          ? `Our militias fight for Anbar with you; let our aircraft through, and let the Americans go home ${denyTag({ grantor: "iraq", denied: "usa" })}`
          : "Our militias fight for Anbar with you; let our aircraft through.",
      });
      add(!heldToEnd(ctx, "syria", "iran", "both") && {
        parties: ["iran", "syria"],
        terms: [grant("syria", "iran", "both", n), pledge("iran", "regime", ["damascus", "homs"], n)],
        note: "The Revolutionary Guards stand with Damascus.",
      });
      break;
    }
    case "iraq":
      add(!heldToEnd(ctx, "iraq", "russia", "missiles") && {
        parties: ["iraq", "russia"],
        terms: [grant("iraq", "russia", "missiles", n), pledge("russia", "hezbollah", ["anbar"], n)],
        note: "Baghdad will let your missiles pass if you help the Popular Mobilisation retake Anbar.",
      });
      add(!heldToEnd(ctx, "iraq", "iran", "aircraft") && {
        parties: ["iraq", "iran"],
        terms: [grant("iraq", "iran", "aircraft", n), pledge("iran", "hezbollah", ["anbar", "mosul"], n)],
        note: "Iranian aircraft may cross Iraq to strike the Islamic State; keep the militias supplied.",
      });
      add(!intelHeld(ctx, ["iraq", "usa"]) && {
        parties: ["iraq", "usa"],
        terms: [{ kind: "intel", members: ["iraq", "usa"], turns: n }],
        note: "Share the coalition's targeting intelligence with Baghdad.",
      });
      add((wants(ctx, "irq-intel-cell") || hard) && !intelHeld(ctx, ["iraq", "russia"]) && {
        parties: ["iraq", "russia"],
        terms: [{ kind: "intel", members: ["iraq", "russia"], turns: n }],
        note: "Make the Baghdad intelligence cell real.",
      });
      break;
    case "turkey":
      add(!heldToEnd(ctx, "iraq", "turkey", "aircraft") && {
        parties: ["turkey", "iraq"],
        terms: [grant("iraq", "turkey", "aircraft", n)],
        note: "Let Turkish aircraft cross northern Iraq against the PKK and the Islamic State, with your consent rather than without it.",
      });
      add(!nfzHeld(ctx) && {
        parties: ["turkey", "usa"],
        terms: [
          { kind: "nfz", zones: northZones(ctx), pledges: { turkey: 3, usa: 1 }, exempt: ["turkey", "usa"], turns: n },
          ...(hard ? [{ kind: "support", pledger: "usa", faction: "kurds", zones: ["aleppo", "raqqa"], stance: "stop", turns: n } as Term] : []),
        ],
        note: "A no-fly zone and safe zones over northern Syria, as Ankara has long asked: ground Assad's barrel bombers.",
      });
      break;
    case "syria":
      add({
        parties: ["syria", "russia"],
        terms: [pledge("russia", "regime", ["aleppo", "hama", "idlib"], n), ...(heldToEnd(ctx, "syria", "russia", "both") ? [] : [grant("syria", "russia", "both", n)])],
        note: "The Syrian Arab Army needs Russian air power over Aleppo, Hama and Idlib; our skies are yours.",
      });
      add({
        parties: ["syria", "iran"],
        terms: [pledge("iran", "hezbollah", ["damascus", "homs"], n), ...(heldToEnd(ctx, "syria", "iran", "both") ? [] : [grant("syria", "iran", "both", n)])],
        note: "Send Hezbollah and the volunteers to Damascus and Homs; our skies are open to you.",
      });
      break;
  }
  return deals;
}
