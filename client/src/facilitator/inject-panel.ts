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
import { ui } from "../lang/ui";
import { cardWords } from "../lang/scenario-words";

export function describeEffect(effect: Effect, scenario: Scenario): string {
  const w = ui().classroom.inject;
  const d = effect.delta;
  const zone = (id: string) => scenario.zones.find((z) => z.id === id)?.name ?? id;
  switch (effect.kind) {
    case "track":
      return w.effects.track(at(scenario.powers, effect.power).name, w.tracks[effect.track], d);
    case "influence":
      return w.effects.influence(at(scenario.powers, effect.power).name, scenario.countries.find((c) => c.id === effect.country)?.name ?? effect.country, d);
    case "strength":
      return w.effects.strength(at(scenario.factions, effect.faction).name, zone(effect.zone), d);
    case "civilians":
      return w.effects.civilians(zone(effect.zone), d);
    case "escalation":
      return w.effects.escalation(d);
    case "stock":
      return w.effects.stock(scenario.assets.find((a) => a.id === effect.asset)?.name ?? effect.asset, d);
  }
}

type EffectKind = "track" | "influence" | "strength" | "civilians" | "escalation";

function targetOptions(scenario: Scenario): [string, string][] {
  const w = ui().classroom.inject;
  return [["all", w.everyone], ...powerIds(scenario).map((p) => [p, w.only(at(scenario.powers, p).name)] as [string, string])];
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
    const w = ui().classroom.inject;
    const headline = h("input", { type: "text", maxlength: LIMITS.headlineLength, placeholder: w.headline, "aria-label": w.headline, "data-testid": "inject-headline" });
    headline.addEventListener("input", () => (this.custom.headline = headline.value));
    const text = h("textarea", { rows: 3, maxlength: LIMITS.cardTextLength, placeholder: w.textPlaceholder, "aria-label": w.text, "data-testid": "inject-text" });
    text.addEventListener("input", () => (this.custom.text = text.value));
    const broadcastText = h("textarea", { rows: 2, maxlength: LIMITS.chatLength, placeholder: w.broadcastPlaceholder, "aria-label": w.broadcast, "data-testid": "broadcast-text" });
    let broadcastTo = "all";
    this.root.append(
      h("h2", {}, w.broadcast),
      h("p", { class: "hint small" }, w.broadcastHint),
      broadcastText,
      h(
        "div",
        { class: "inline" },
        select({ "aria-label": w.broadcastTo, "data-testid": "broadcast-to" }, targetOptions(s), broadcastTo, (v) => (broadcastTo = v)),
        button(w.send, async () => {
          const t = broadcastText.value.trim();
          if (!t) return;
          const result = await this.classroom.broadcast(broadcastTo as "all" | PowerId, t);
          if (result.ok) {
            broadcastText.value = "";
            toast(w.broadcastSent, "ok", 2000);
          }
        }, { class: "primary", "data-testid": "broadcast-send" }),
      ),
      h("h2", {}, w.write),
      headline,
      text,
      h("h4", {}, w.effectsTitle),
      this.effectsList,
      this.effectAdder(),
      h(
        "div",
        { class: "inline" },
        select({ "aria-label": w.injectTo, "data-testid": "inject-to" }, targetOptions(s), this.custom.to, (v) => (this.custom.to = v)),
        button(w.injectNow, async () => {
          const c = this.custom;
          if (!c.headline.trim()) return toast(w.needHeadline, "error");
          const result = await this.classroom.inject({ headline: c.headline.trim(), text: c.text.trim(), effects: c.effects }, c.to === "all" ? null : (c.to as PowerId));
          if (result.ok) {
            toast(w.injected(c.headline.trim()), "ok", 2500);
            headline.value = text.value = "";
            c.headline = c.text = "";
            c.effects = [];
            this.renderEffects();
          }
        }, { class: "primary", "data-testid": "inject-send" }),
      ),
      h("h2", {}, w.deck),
      h("p", { class: "hint small" }, w.deckHint),
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
    const w = ui().classroom.inject;
    const words = cardWords(s, card.id, card);
    let to = "all";
    return h(
      "li",
      { class: `card deck-card ${played ? "played" : ""}`, "data-card": card.id },
      h("div", { class: "row" }, h("b", { class: "grow" }, words.headline), h("span", { class: "badge" }, card.turn === null ? w.facilitatorCard : w.turnCard(card.turn))),
      h("details", {}, h("summary", { class: "small" }, card.effects.map((e) => describeEffect(e, s)).join(" · ") || w.noEffect), h("p", { class: "small" }, words.text)),
      h(
        "div",
        { class: "inline" },
        played ? h("span", { class: "small ok" }, w.played) : null,
        select({ "aria-label": w.playTo(words.headline), class: "small" }, targetOptions(s), to, (v) => (to = v)),
        button(w.play, async () => {
          const result = await this.classroom.inject({ cardId: card.id }, to === "all" ? null : (to as PowerId));
          if (result.ok) toast(w.playedToast(words.headline), "ok", 2500);
        }, { class: "small", "data-testid": `play-${card.id}` }),
      ),
    );
  }

  private renderEffects(): void {
    const s = this.store.scenario;
    const w = ui().classroom.inject;
    fill(
      this.effectsList,
      this.custom.effects.length === 0 ? h("li", { class: "hint small" }, w.noneYet) : null,
      ...this.custom.effects.map((e, i) =>
        h("li", { class: "row small" }, h("span", { class: "grow" }, describeEffect(e, s)), button("✕", () => {
          this.custom.effects.splice(i, 1);
          this.renderEffects();
        }, { class: "icon", "aria-label": w.removeEffect })),
      ),
    );
  }

  /** A small form that builds one effect of the chosen kind. */
  private effectAdder(): HTMLElement {
    const s = this.store.scenario;
    const w = ui().classroom.inject;
    const form = { kind: "track" as EffectKind, power: powerIds(s)[0]! as PowerId, track: "prestige" as (typeof TRACKS)[number], country: s.influenceCountries[0] ?? "760", zone: s.zones[0]?.id ?? "", faction: factionIds(s)[0]! as FactionId, delta: -3 };
    const fields = h("span", { class: "inline" });
    const render = () => {
      const parts: HTMLElement[] = [];
      if (form.kind === "track" || form.kind === "influence") {
        parts.push(select({ "aria-label": w.power, class: "small", "data-testid": "effect-power" }, powerIds(s).map((p) => [p, at(s.powers, p).name] as const), form.power, (v) => (form.power = v as PowerId)));
      }
      if (form.kind === "track") parts.push(select({ "aria-label": w.track, class: "small", "data-testid": "effect-track" }, TRACKS.map((t) => [t, w.tracks[t]] as const), form.track, (v) => (form.track = v as typeof form.track)));
      if (form.kind === "influence") {
        parts.push(select({ "aria-label": w.country, class: "small" }, s.influenceCountries.map((c) => [c, s.countries.find((x) => x.id === c)?.name ?? c] as const), form.country, (v) => (form.country = v)));
      }
      if (form.kind === "strength" || form.kind === "civilians") {
        parts.push(select({ "aria-label": w.zone, class: "small" }, s.zones.map((z) => [z.id, z.name] as const), form.zone, (v) => (form.zone = v)));
      }
      if (form.kind === "strength") parts.push(select({ "aria-label": w.faction, class: "small" }, factionIds(s).map((f) => [f, at(s.factions, f).name] as const), form.faction, (v) => (form.faction = v as typeof form.faction)));
      parts.push(numberInput({ class: "num", "aria-label": w.change, "data-testid": "effect-delta" }, form.delta, form.kind === "escalation" ? -3 : form.kind === "civilians" ? -500 : -20, form.kind === "escalation" ? 3 : form.kind === "civilians" ? 500 : 20, (v) => (form.delta = v)));
      fill(fields, ...parts);
    };
    render();
    const kinds: [EffectKind, string][] = (["track", "influence", "strength", "civilians", "escalation"] as const).map((k) => [k, w.kinds[k]]);
    return h(
      "div",
      { class: "inline effect-adder" },
      select({ "aria-label": w.effect, class: "small", "data-testid": "effect-kind" }, kinds, form.kind, (v) => {
        form.kind = v as EffectKind;
        if (form.kind === "escalation") form.delta = Math.max(-3, Math.min(3, form.delta));
        render();
      }),
      fields,
      button(w.addEffect, () => {
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
        if (this.custom.effects.length >= LIMITS.effects) return toast(w.tooManyEffects(LIMITS.effects), "error");
        this.custom.effects.push(effect);
        this.renderEffects();
      }, { class: "small", "data-testid": "effect-add" }),
    );
  }
}
