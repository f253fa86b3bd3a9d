/**
 * The debrief's sections as DOM, shared by the debrief screen and the printable report: the
 * summary (ending, seats, agreements in numbers), scores with every objective, agreements and
 * what became of them, claims against what the strikes really hit, the timeline, and chat.
 */
import { at } from "../../../shared/at";
import { powerIds } from "../../../shared/scenario/ids-of";
import type { PowerId } from "../../../shared/ids";
import type { Scenario } from "../../../shared/scenario/types";
import type { DebriefArchive } from "../model/debrief-model";
import { agreementCounts, agreements, claimChecks, endingText, scoreRows, timeline } from "../model/debrief-model";
import { phaseName } from "../model/format";
import { h, swatch } from "../ui/dom";
import { locale } from "../lang/language";
import { ui } from "../lang/ui";

function power(scenario: Scenario, p: PowerId | string): HTMLElement {
  const setup = scenario.powers[p as PowerId];
  return h("span", { class: "power-name" }, swatch(setup?.color ?? "#888"), setup?.name ?? String(p));
}

function powers(scenario: Scenario, list: readonly PowerId[]): HTMLElement {
  const el = h("span", { class: "powers" });
  list.forEach((p, i) => {
    if (i > 0) el.append(", ");
    el.append(power(scenario, p));
  });
  return el;
}

function zoneName(scenario: Scenario, id: string): string {
  return scenario.zones.find((z) => z.id === id)?.name ?? id;
}

export function summarySection(archive: DebriefArchive, scenario: Scenario): HTMLElement {
  const counts = agreementCounts(agreements(archive, scenario));
  const played = archive.ending?.turn ?? archive.final.turn;
  const date = new Date(archive.createdAt).toLocaleString(locale(), { dateStyle: "medium", timeStyle: "short" });
  const t = ui().debrief;
  return h(
    "section",
    { class: "debrief-section", "data-section": "summary" },
    h("h2", {}, t.howItEnded),
    h("p", { class: "ending" }, endingText(archive)),
    h("p", { class: "small dim" }, t.summaryLine(scenario.name, scenario.date, played, archive.setup.turns, round1(archive.final.escalation), scenario.escalation.max, date)),
    h(
      "ul",
      { class: "list seats-played" },
      ...archive.seats.map((s) =>
        h("li", { class: "row" }, power(scenario, s.power), h("span", { class: "grow small" }, s.players.length > 0 ? s.players.join(", ") : s.bot ? t.botNamed(s.bot) : t.bot)),
      ),
    ),
    h(
      "p",
      { class: "counts" },
      h("b", {}, t.agreementsMade(counts.made)),
      t.agreementsFate(counts.kept, counts["in force"], counts.revoked, counts.broken),
    ),
  );
}

export function scoresSection(archive: DebriefArchive, scenario: Scenario): HTMLElement {
  const rows = scoreRows(archive, scenario);
  const openWar = archive.ending?.reason === "openWar";
  const t = ui().debrief;
  return h(
    "section",
    { class: "debrief-section", "data-section": "scores" },
    h("h2", {}, t.scoresTitle),
    openWar ? h("p", { class: "warn" }, t.openWarNote) : null,
    h(
      "ol",
      { class: "list scores", "data-testid": "scores" },
      ...rows.map((r) =>
        h(
          "li",
          { "data-power": r.power },
          h("div", { class: "row" }, h("span", { class: "grow" }, power(scenario, r.power)), h("b", { class: "score" }, t.points(r.total))),
          h(
            "div",
            { class: "objectives" },
            ...r.objectives.map((o) =>
              h(
                "div",
                { class: `objective ${o.met ? "met" : "missed"}`, "data-objective": o.id },
                h("span", { class: "mark", "aria-label": o.met ? t.met : t.notMet }, o.met ? "✓" : "✗"),
                ` ${o.text}`,
                h("span", { class: "small dim" }, t.objectivePoints(o.points, o.secret)),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

export function agreementsSection(archive: DebriefArchive, scenario: Scenario): HTMLElement {
  const list = agreements(archive, scenario);
  const t = ui().debrief;
  return h(
    "section",
    { class: "debrief-section", "data-section": "agreements" },
    h("h2", {}, t.agreementsTitle),
    list.length === 0
      ? h("p", { class: "hint" }, t.noAgreement)
      : h(
          "table",
          { class: "debrief-table", "data-testid": "agreements" },
          h("thead", {}, h("tr", {}, h("th", {}, t.colTurn), h("th", {}, t.colParties), h("th", {}, t.colTerms), h("th", {}, t.colFate))),
          h(
            "tbody",
            {},
            ...list.map((a) =>
              h(
                "tr",
                { "data-outcome": a.outcome },
                h("td", {}, a.agreedTurn === 0 ? t.start : String(a.agreedTurn)),
                h("td", {}, powers(scenario, a.parties)),
                h("td", { class: "text" }, a.text),
                h(
                  "td",
                  {},
                  h("span", { class: `outcome outcome-${a.outcome.replace(" ", "-")}` }, t.outcomes[a.outcome]),
                  a.by.length > 0 ? h("span", { class: "small" }, t.by, powers(scenario, a.by)) : null,
                  a.endedTurn !== null && a.outcome !== "kept" ? h("span", { class: "small" }, t.inTurn(a.endedTurn)) : null,
                ),
              ),
            ),
          ),
        ),
  );
}

export function claimsSection(archive: DebriefArchive, scenario: Scenario): HTMLElement {
  const checks = claimChecks(archive);
  const t = ui().debrief;
  const faction = (f: string | null) => (f ? (scenario.factions[f as keyof typeof scenario.factions]?.name ?? f) : t.nothing);
  return h(
    "section",
    { class: "debrief-section", "data-section": "claims" },
    h("h2", {}, t.claimsTitle),
    checks.length === 0
      ? h("p", { class: "hint" }, t.noStrike)
      : h(
          "table",
          { class: "debrief-table", "data-testid": "claims" },
          h("thead", {}, h("tr", {}, h("th", {}, t.colTurn), h("th", {}, t.colPower), h("th", {}, t.colTarget), h("th", {}, t.colClaimed), h("th", {}, t.colHitMost), h("th", {}, t.colLanded), h("th", {}, t.colCivilians), h("th", {}, t.colVerdict))),
          h(
            "tbody",
            {},
            ...checks.map((c) =>
              h(
                "tr",
                { class: c.falseClaim ? "false-claim" : "" },
                h("td", {}, String(c.turn)),
                h("td", {}, power(scenario, c.power)),
                h("td", {}, zoneName(scenario, c.zone)),
                h("td", {}, faction(c.claim)),
                h("td", {}, faction(c.mostHit)),
                h("td", {}, `${c.landed}/${c.launched}`),
                h("td", {}, c.civilians > 0 ? t.civilians(c.civilians) : "–"),
                h("td", {}, c.landed === 0 ? t.nothingLanded : c.falseClaim ? h("b", { class: "warn" }, t.falseClaim) : t.asClaimed),
              ),
            ),
          ),
        ),
  );
}

export function timelineSection(archive: DebriefArchive, scenario: Scenario): HTMLElement {
  const byTurn = timeline(archive, scenario);
  const turns = [...byTurn.keys()].sort((a, b) => a - b);
  return h(
    "section",
    { class: "debrief-section", "data-section": "timeline" },
    h("h2", {}, ui().debrief.timelineTitle),
    ...turns.map((t) =>
      h(
        "div",
        { class: "timeline-turn", "data-turn": t },
        h("h3", {}, ui().debrief.turn(t)),
        h("ul", { class: "list timeline" }, ...byTurn.get(t)!.map((e) => h("li", { class: `tone-${e.tone}` }, e.text))),
      ),
    ),
  );
}

export function chatSection(archive: DebriefArchive, scenario: Scenario): HTMLElement {
  const name = (p: string) => scenario.powers[p as PowerId]?.short ?? p;
  const t = ui().debrief;
  return h(
    "section",
    { class: "debrief-section", "data-section": "chat" },
    h("h2", {}, t.chatTitle),
    archive.chat.length === 0
      ? h("p", { class: "hint" }, t.noMessage)
      : h(
          "ul",
          { class: "list chat-log" },
          ...archive.chat.map((m) =>
            h(
              "li",
              { class: m.to ? "private" : "" },
              h("span", { class: "small dim" }, t.chatWhen(m.turn, phaseName(m.phase))),
              h("b", {}, m.from === "facilitator" ? t.facilitatorName(m.name) : `${name(m.from)} ${m.name}`),
              m.to ? h("span", { class: "small dim" }, ` → ${m.to.map(name).join(", ")}`) : null,
              `: ${m.text}`,
            ),
          ),
        ),
  );
}

export function teamsLine(archive: DebriefArchive, scenario: Scenario): string {
  return powerIds(scenario).map((p) => `${at(scenario.powers, p).short}: ${archive.seats.find((s) => s.power === p)?.players.join(", ") || ui().debrief.bot}`).join(" · ");
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
