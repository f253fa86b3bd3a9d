/**
 * Discussion questions for the debrief and the handout, drawn from what happened in this match:
 * false claims exposed, pledges broken, routes flown without rights, treaties revoked, and the
 * scores. A few general questions follow when the match gave little to talk about.
 */
import type { PowerId } from "../../../shared/ids";
import type { Scenario } from "../../../shared/scenario/types";
import type { DebriefArchive } from "../model/debrief-model";
import { h } from "../ui/dom";

const MAX_QUESTIONS = 7;

export function discussionQuestions(archive: DebriefArchive, scenario: Scenario): string[] {
  const power = (p: string) => scenario.powers[p as PowerId]?.name ?? p;
  const zone = (z: string) => scenario.zones.find((x) => x.id === z)?.name ?? z;
  const country = (c: string) => scenario.countries.find((x) => x.id === c)?.name ?? c;
  const faction = (f: string) => scenario.factions[f as keyof typeof scenario.factions]?.name ?? f;
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (key: string, q: string) => {
    if (seen.has(key) || out.length >= MAX_QUESTIONS) return;
    seen.add(key);
    out.push(q);
  };
  for (const e of archive.final.log) {
    if (e.kind === "impact" && e.falseClaim && e.mostHit) {
      add(`claim-${e.power}`, `In turn ${e.turn}, ${power(e.power)} said it struck ${faction(e.claim)} in ${zone(e.zone)}, but mostly hit ${faction(e.mostHit)}. Why would a government claim one target and hit another, and who noticed?`);
    }
    if (e.kind === "pledgeBroken") {
      add(`pledge-${e.power}`, `${power(e.power)} broke a pledge it had made (treaty ${e.treatyId}) in turn ${e.turn}. What did it gain, what did it lose in credibility, and would you trust it again?`);
    }
    if (e.kind === "strikeFlown" && e.violated.length > 0) {
      add(`route-${e.power}`, `${power(e.power)}'s strike in turn ${e.turn} crossed ${e.violated.map(country).join(" and ")} without permission. Should a country shoot down aircraft crossing its airspace, or look away? What did ${e.violated.map(country).join(" and ")} do?`);
    }
    if (e.kind === "strikeFlown" && e.granted.length > 0) {
      add(`granted-${e.granted.join()}`, `${e.granted.map(country).join(" and ")} let ${power(e.power)}'s strike through its airspace in turn ${e.turn}. What did it get in return, and does letting a strike through make it responsible for where it lands?`);
    }
    if (e.kind === "treaty" && e.status === "revoked" && e.by) {
      add(`revoked-${e.by}`, `${power(e.by)} revoked treaty ${e.treatyId} in turn ${e.turn}. When is walking away from an agreement the right call?`);
    }
  }
  const totals = archive.scoring?.totals;
  if (totals) {
    const best = (Object.keys(totals) as PowerId[]).sort((a, b) => totals[b] - totals[a])[0];
    if (best) add("winner", `${power(best)} scored most. Did it win by cooperating, by bluffing, or by force, and would that work in the real crisis of ${scenario.date}?`);
  }
  add("secret", "Each team had a secret objective. Which team's secret could you guess from what it did, and how?");
  add("real", "Compare with what really happened in 2015: where did the class do better or worse than the real governments?");
  return out;
}

export function discussionSection(archive: DebriefArchive, scenario: Scenario): HTMLElement {
  return h(
    "section",
    { class: "debrief-section", "data-section": "discussion" },
    h("h2", {}, "Questions for discussion"),
    h("ol", { class: "list discussion" }, ...discussionQuestions(archive, scenario).map((q) => h("li", {}, q))),
  );
}
