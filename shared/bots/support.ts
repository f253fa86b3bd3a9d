/**
 * Proxy support: points handed to the factions the power favours where they are pressed,
 * honouring its "support" pledges first and its "stop" pledges unless breaking one pays.
 */
import { at } from "../at";
import type { FactionId, ZoneId } from "../ids";
import { powersOf } from "../scenario/ids-of";
import type { SupportOrder } from "../orders";
import type { BotContext } from "./context";
import { keepsCleanRecord, roll, turnsLeft, wordAtStake } from "./context";
import { termsInForce } from "./knowledge";
import { supportTargets } from "./targets";

interface Pledges {
  give: { faction: FactionId; zone: ZoneId }[];
  stop: { faction: FactionId; zones: ZoneId[] }[];
}

function pledgesOf(ctx: BotContext): Pledges {
  const out: Pledges = { give: [], stop: [] };
  for (const { term } of termsInForce(ctx.view, "support")) {
    if (term.pledger !== ctx.me) continue;
    if (term.stance === "support") out.give.push({ faction: term.faction, zone: term.zones[0]! });
    else out.stop.push({ faction: term.faction, zones: term.zones });
  }
  return out;
}

/**
 * Whether the bot quietly breaks a "stop" pledge this turn. Easy bots toss a coin. Normal and hard
 * ones weigh it: what the barred support is worth beyond the best it may still give, against the
 * chance the covert support is seen (now or in a later turn) times what that costs: the
 * objectives a broken pledge loses (its word, a clean record) while they still stand.
 */
function breaksStopPledge(ctx: BotContext, stop: Pledges["stop"]): boolean {
  if (ctx.level === "easy") return !keepsCleanRecord(ctx) && roll(ctx) < 0.4;
  const targets = supportTargets(ctx);
  const isBarred = (t: { faction: FactionId; zone: ZoneId }) => stop.some((s) => s.faction === t.faction && s.zones.includes(t.zone));
  const barred = targets.find(isBarred)?.value ?? 0;
  const free = targets.find((t) => !isBarred(t))?.value ?? 0;
  const gain = (barred - free) * (at(ctx.scenario.powers, ctx.me).supportPoints / 4);
  if (gain <= 0) return false;
  const { covertDetection, covertLaterDetection } = ctx.scenario.combat;
  const others = powersOf(ctx.view).length - 1;
  const unseen = Math.pow(1 - covertDetection, others) * Math.pow(1 - covertLaterDetection, others * (turnsLeft(ctx) - 1));
  // Goodwill lost with the partner whatever the objectives, then the objectives a detected breach loses.
  let stake = 0.5 + wordAtStake(ctx);
  for (const o of ctx.objectives) if (o.test.kind === "noDetectedViolationOwn") stake += o.points;
  const margin = ctx.level === "hard" ? 1.5 : 1;
  return gain > (1 - unseen) * stake * margin;
}

export function planSupport(ctx: BotContext): SupportOrder[] {
  const budget = at(ctx.scenario.powers, ctx.me).supportPoints;
  if (budget <= 0) return [];
  const pledges = pledgesOf(ctx);
  const breaking = pledges.stop.length > 0 && breaksStopPledge(ctx, pledges.stop);
  // Support reaches a faction only where it stands, or in the supporter's own country (the rules refuse the rest).
  const home = at(ctx.scenario.powers, ctx.me).homeCountry;
  const reachable = (faction: FactionId, zone: ZoneId) => (ctx.view.zones[zone]?.strength[faction] ?? 0) > 0 || ctx.scenario.zones.find((z) => z.id === zone)?.country === home;
  const barred = (faction: FactionId, zone: ZoneId) => !reachable(faction, zone) || (!breaking && pledges.stop.some((s) => s.faction === faction && s.zones.includes(zone)));
  const orders: SupportOrder[] = [];
  let left = budget;
  const add = (faction: FactionId, zone: ZoneId, points: number, covert: boolean) => {
    const existing = orders.find((o) => o.faction === faction && o.zone === zone);
    if (existing) existing.points += points;
    else orders.push({ faction, zone, points, covert });
    left -= points;
  };
  for (const pledge of pledges.give) {
    if (left <= 0) break;
    if (!barred(pledge.faction, pledge.zone)) add(pledge.faction, pledge.zone, 1, false);
  }
  if (ctx.level === "easy" && roll(ctx) < 0.3) return orders;

  const targets = supportTargets(ctx).filter((t) => !barred(t.faction, t.zone));
  const pool = ctx.level === "easy" ? targets.slice(0, 6) : targets.slice(0, ctx.level === "hard" ? 3 : 2);
  if (pool.length === 0) return orders;
  for (let i = 0; left > 0; i++) {
    const target = ctx.level === "easy" ? pool[Math.floor(roll(ctx) * pool.length)]! : pool[i % pool.length]!;
    const points = Math.min(left, ctx.level === "easy" ? 1 : Math.max(1, Math.ceil(left / (pool.length - (i % pool.length)))));
    // Support that breaks a pledge goes covertly; otherwise the persona's habit decides.
    const covert = pledges.stop.some((s) => s.faction === target.faction && s.zones.includes(target.zone)) || ctx.persona.covert;
    add(target.faction, target.zone, points, covert);
  }
  return orders.filter((o) => o.points >= 1);
}
