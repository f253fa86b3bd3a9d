/**
 * Discussion questions for the debrief and the handout, drawn from what happened in this match:
 * false claims exposed, pledges broken, routes flown without rights, treaties revoked, and the
 * scores. A few general questions follow when the match gave little to talk about.
 */
import { at } from "../../../shared/at";
import type { PowerId } from "../../../shared/ids";
import type { Scenario } from "../../../shared/scenario/types";
import type { DebriefArchive } from "../model/debrief-model";
import { h } from "../ui/dom";
import { ui } from "../lang/ui";

const MAX_QUESTIONS = 7;

export function discussionQuestions(archive: DebriefArchive, scenario: Scenario): string[] {
  const power = (p: string) => scenario.powers[p as PowerId]?.name ?? p;
  const zone = (z: string) => scenario.zones.find((x) => x.id === z)?.name ?? z;
  const country = (c: string) => scenario.countries.find((x) => x.id === c)?.name ?? c;
  const faction = (f: string) => scenario.factions[f as keyof typeof scenario.factions]?.name ?? f;
  const q = ui().debrief.questions;
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (key: string, q: string) => {
    if (seen.has(key) || out.length >= MAX_QUESTIONS) return;
    seen.add(key);
    out.push(q);
  };
  for (const e of archive.final.log) {
    if (e.kind === "impact" && e.falseClaim && e.mostHit) {
      add(`claim-${e.power}`, q.claim(e.turn, power(e.power), faction(e.claim), zone(e.zone), faction(e.mostHit)));
    }
    if (e.kind === "pledgeBroken") {
      add(`pledge-${e.power}`, q.pledge(power(e.power), e.treatyId, e.turn));
    }
    if (e.kind === "strikeFlown" && e.violated.length > 0) {
      add(`route-${e.power}`, q.route(power(e.power), e.turn, e.violated.map(country)));
    }
    if (e.kind === "strikeFlown" && e.granted.length > 0) {
      add(`granted-${e.granted.join()}`, q.granted(e.granted.map(country), power(e.power), e.turn));
    }
    if (e.kind === "treaty" && e.status === "revoked" && e.by) {
      add(`revoked-${e.by}`, q.revoked(power(e.by), e.treatyId, e.turn));
    }
  }
  const totals = archive.scoring?.totals;
  if (totals) {
    const best = (Object.keys(totals) as PowerId[]).sort((a, b) => at(totals, b) - at(totals, a))[0];
    if (best) add("winner", q.winner(power(best), scenario.date));
  }
  add("secret", q.secret);
  add("real", q.real);
  return out;
}

export function discussionSection(archive: DebriefArchive, scenario: Scenario): HTMLElement {
  return h(
    "section",
    { class: "debrief-section", "data-section": "discussion" },
    h("h2", {}, ui().debrief.discussionTitle),
    h("ol", { class: "list discussion" }, ...discussionQuestions(archive, scenario).map((q) => h("li", {}, q))),
  );
}
