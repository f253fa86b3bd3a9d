/**
 * Injects and broadcasts. A card from the scenario's deck (the facilitator's cards first, then
 * the scheduled ones), or one written on the spot with chosen effects on tracks, influence,
 * zones or escalation; to everyone or to one power. A broadcast is a message to the whole class
 * or one team, shown to them at once and kept in the chat.
 */
import { at } from "../../../shared/at";
import { powerIds, factionIds } from "../../../shared/scenario/ids-of";
import { TRACKS } from "../../../shared/ids";
import type { FactionId, PowerId } from "../../../shared/ids";
import type { Effect, EventCard, Scenario } from "../../../shared/scenario/types";
import type { MatchStore } from "../model/match-store";
import { button, fill, h, numberInput, select } from "../ui/dom";
import { toast } from "../ui/toasts";
import type { ClassroomClient } from "./classroom-client";
import { LIMITS } from "../../../shared/limits";

export function describeEffect(effect: Effect, scenario: Scenario): string {
  const d = effect.delta > 0 ? `+${effect.delta}` : `${effect.delta}`;
  const zone = (id: string) => scenario.zones.find((z) => z.id === id)?.name ?? id;
  switch (effect.kind) {
    case "track":
      return `${at(scenario.powers, effect.power).name} ${effect.track} ${d}`;
    case "influence":
      return `${at(scenario.powers, effect.power).name} influence in ${scenario.countries.find((c) => c.id === effect.country)?.name ?? effect.country} ${d}`;
    case "strength":
      return `${at(scenario.factions, effect.faction).name} in ${zone(effect.zone)} ${d}`;
    case "civilians":
      return `civilians in ${zone(effect.zone)} ${d}k`;
    case "escalation":
      return `escalation ${d}`;
    case "stock":
      return `${scenario.assets.find((a) => a.id === effect.asset)?.name ?? effect.asset} stock ${d}`;
  }
}

type EffectKind = "track" | "influence" | "strength" | "civilians" | "escalation";

function targetOptions(scenario: Scenario): [string, string][] {
  return [["all", "Everyone"], ...powerIds(scenario).map((p) => [p, `${at(scenario.powers, p).name} only`] as [string, string])];
}

export class InjectPanel {
  readonly root = h("section", { class: "panel fac-inject", "data-testid": "inject" });
  private readonly custom: { headline: string; text: string; effects: Effect[]; to: string } = { headline: "", text: "", effects: [], to: "all" };
  private readonly effectsList = h("ul", { class: "list effects" });
  private readonly deck = h("ul", { class: "list cards deck", "data-testid": "deck" });

  constructor(
    private readonly store: MatchStore,
    private readonly classroom: ClassroomClient,
  ) {
    const s = store.scenario;
    const headline = h("input", { type: "text", maxlength: LIMITS.headlineLength, placeholder: "Headline", "aria-label": "Headline", "data-testid": "inject-headline" });
    headline.addEventListener("input", () => (this.custom.headline = headline.value));
    const text = h("textarea", { rows: 3, maxlength: LIMITS.cardTextLength, placeholder: "What happened (read to the class)", "aria-label": "Text", "data-testid": "inject-text" });
    text.addEventListener("input", () => (this.custom.text = text.value));
    const broadcastText = h("textarea", { rows: 2, maxlength: LIMITS.chatLength, placeholder: "Message to the class", "aria-label": "Broadcast", "data-testid": "broadcast-text" });
    let broadcastTo = "all";
    this.root.append(
      h("h2", {}, "Broadcast"),
      h("p", { class: "hint small" }, "Shown at once on every screen of those you address (and kept in their chat)."),
      broadcastText,
      h(
        "div",
        { class: "inline" },
        select({ "aria-label": "Broadcast to", "data-testid": "broadcast-to" }, targetOptions(s), broadcastTo, (v) => (broadcastTo = v)),
        button("Send", async () => {
          const t = broadcastText.value.trim();
          if (!t) return;
          const result = await this.classroom.broadcast(broadcastTo as "all" | PowerId, t);
          if (result.ok) {
            broadcastText.value = "";
            toast("Broadcast sent.", "ok", 2000);
          }
        }, { class: "primary", "data-testid": "broadcast-send" }),
      ),
      h("h2", {}, "Write an inject"),
      headline,
      text,
      h("h4", {}, "Effects"),
      this.effectsList,
      this.effectAdder(),
      h(
        "div",
        { class: "inline" },
        select({ "aria-label": "Inject to", "data-testid": "inject-to" }, targetOptions(s), this.custom.to, (v) => (this.custom.to = v)),
        button("Inject now", async () => {
          const c = this.custom;
          if (!c.headline.trim()) return toast("Give the inject a headline.", "error");
          const result = await this.classroom.inject({ headline: c.headline.trim(), text: c.text.trim(), effects: c.effects }, c.to === "all" ? null : (c.to as PowerId));
          if (result.ok) {
            toast(`Injected: ${c.headline.trim()}`, "ok", 2500);
            headline.value = text.value = "";
            c.headline = c.text = "";
            c.effects = [];
            this.renderEffects();
          }
        }, { class: "primary", "data-testid": "inject-send" }),
      ),
      h("h2", {}, "From the scenario's deck"),
      h("p", { class: "hint small" }, "The facilitator's cards come first; scheduled cards are played by the game in their turn, but you can play them early."),
      this.deck,
    );
    this.renderEffects();
    this.renderDeck();
    store.on("view", ({ events }) => {
      if (events.some((e) => e.kind === "card")) this.renderDeck();
    });
  }

  private played(): Set<string> {
    const ids = new Set<string>();
    for (const e of this.store.view.log) if (e.kind === "card" && e.cardId) ids.add(e.cardId);
    return ids;
  }

  private renderDeck(): void {
    const s = this.store.scenario;
    const played = this.played();
    const cards = [...s.events.filter((c) => c.turn === null), ...s.events.filter((c) => c.turn !== null)];
    fill(this.deck, ...cards.map((c) => this.cardItem(c, played.has(c.id))));
  }

  private cardItem(card: EventCard, played: boolean): HTMLElement {
    const s = this.store.scenario;
    let to = "all";
    return h(
      "li",
      { class: `card deck-card ${played ? "played" : ""}`, "data-card": card.id },
      h("div", { class: "row" }, h("b", { class: "grow" }, card.headline), h("span", { class: "badge" }, card.turn === null ? "facilitator" : `turn ${card.turn}`)),
      h("details", {}, h("summary", { class: "small" }, card.effects.map((e) => describeEffect(e, s)).join(" · ") || "no effect"), h("p", { class: "small" }, card.text)),
      h(
        "div",
        { class: "inline" },
        played ? h("span", { class: "small ok" }, "played ✓") : null,
        select({ "aria-label": `Play ${card.headline} to`, class: "small" }, targetOptions(s), to, (v) => (to = v)),
        button("Play", async () => {
          const result = await this.classroom.inject({ cardId: card.id }, to === "all" ? null : (to as PowerId));
          if (result.ok) toast(`Played: ${card.headline}`, "ok", 2500);
        }, { class: "small", "data-testid": `play-${card.id}` }),
      ),
    );
  }

  private renderEffects(): void {
    const s = this.store.scenario;
    fill(
      this.effectsList,
      this.custom.effects.length === 0 ? h("li", { class: "hint small" }, "None yet: news only.") : null,
      ...this.custom.effects.map((e, i) =>
        h("li", { class: "row small" }, h("span", { class: "grow" }, describeEffect(e, s)), button("✕", () => {
          this.custom.effects.splice(i, 1);
          this.renderEffects();
        }, { class: "icon", "aria-label": "Remove effect" })),
      ),
    );
  }

  /** A small form that builds one effect of the chosen kind. */
  private effectAdder(): HTMLElement {
    const s = this.store.scenario;
    const form = { kind: "track" as EffectKind, power: powerIds(s)[0]! as PowerId, track: "prestige" as (typeof TRACKS)[number], country: s.influenceCountries[0] ?? "760", zone: s.zones[0]?.id ?? "", faction: factionIds(s)[0]! as FactionId, delta: -3 };
    const fields = h("span", { class: "inline" });
    const render = () => {
      const parts: HTMLElement[] = [];
      if (form.kind === "track" || form.kind === "influence") {
        parts.push(select({ "aria-label": "Power", class: "small", "data-testid": "effect-power" }, powerIds(s).map((p) => [p, at(s.powers, p).name] as const), form.power, (v) => (form.power = v as PowerId)));
      }
      if (form.kind === "track") parts.push(select({ "aria-label": "Track", class: "small", "data-testid": "effect-track" }, TRACKS.map((t) => [t, t] as const), form.track, (v) => (form.track = v as typeof form.track)));
      if (form.kind === "influence") {
        parts.push(select({ "aria-label": "Country", class: "small" }, s.influenceCountries.map((c) => [c, s.countries.find((x) => x.id === c)?.name ?? c] as const), form.country, (v) => (form.country = v)));
      }
      if (form.kind === "strength" || form.kind === "civilians") {
        parts.push(select({ "aria-label": "Zone", class: "small" }, s.zones.map((z) => [z.id, z.name] as const), form.zone, (v) => (form.zone = v)));
      }
      if (form.kind === "strength") parts.push(select({ "aria-label": "Faction", class: "small" }, factionIds(s).map((f) => [f, at(s.factions, f).name] as const), form.faction, (v) => (form.faction = v as typeof form.faction)));
      parts.push(numberInput({ class: "num", "aria-label": "Change", "data-testid": "effect-delta" }, form.delta, form.kind === "escalation" ? -3 : form.kind === "civilians" ? -500 : -20, form.kind === "escalation" ? 3 : form.kind === "civilians" ? 500 : 20, (v) => (form.delta = v)));
      fill(fields, ...parts);
    };
    render();
    const kinds: [EffectKind, string][] = [["track", "Track"], ["influence", "Influence"], ["strength", "Faction strength"], ["civilians", "Civilians"], ["escalation", "Escalation"]];
    return h(
      "div",
      { class: "inline effect-adder" },
      select({ "aria-label": "Effect", class: "small", "data-testid": "effect-kind" }, kinds, form.kind, (v) => {
        form.kind = v as EffectKind;
        if (form.kind === "escalation") form.delta = Math.max(-3, Math.min(3, form.delta));
        render();
      }),
      fields,
      button("Add effect", () => {
        if (form.delta === 0) return;
        const effect: Effect =
          form.kind === "track"
            ? { kind: "track", power: form.power, track: form.track, delta: form.delta }
            : form.kind === "influence"
              ? { kind: "influence", power: form.power, country: form.country, delta: form.delta }
              : form.kind === "strength"
                ? { kind: "strength", zone: form.zone, faction: form.faction, delta: form.delta }
                : form.kind === "civilians"
                  ? { kind: "civilians", zone: form.zone, delta: form.delta }
                  : { kind: "escalation", delta: form.delta };
        if (this.custom.effects.length >= LIMITS.effects) return toast(`At most ${LIMITS.effects} effects.`, "error");
        this.custom.effects.push(effect);
        this.renderEffects();
      }, { class: "small", "data-testid": "effect-add" }),
    );
  }
}
