/**
 * The DOM around the map during a match: the side panel with its tabs (orders, diplomacy, chat
 * with unread count, report), the zoom buttons and the legend over the map.
 */
import { at } from "../../../shared/at";
import { factionIds } from "../../../shared/scenario/ids-of";
import type { Connection } from "../net/connection";
import type { MatchStore, Tab } from "../model/match-store";
import { RIGHTS_STYLE } from "../model/palette";
import { mirror } from "../observe";
import { ChatPanel } from "./chat-panel";
import { DiplomacyPanel } from "./diplomacy-panel";
import { button, byId, fill, h, swatch } from "./dom";
import { GuidePanel } from "./guide-panel";
import { NewsPanel } from "./news-panel";
import { ReadyHint } from "./ready-hint";
import { ObjectivesPanel } from "./objectives-panel";
import { OrdersPanel } from "./orders-panel";
import { ReportPanel } from "./report-panel";
import { ui } from "../lang/ui";

const TABS: readonly Tab[] = ["goals", "orders", "diplomacy", "chat", "report"];

export interface MapButtons {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
}

export class MatchUi {
  readonly report: ReportPanel;
  private readonly side = byId("side");
  private readonly tabBar = h("nav", { class: "tabs", role: "tablist", "aria-label": ui().match.panels });
  private readonly body = h("div", { class: "side-body", tabindex: 0, role: "region", "aria-label": ui().match.panel });
  private readonly sheetBar = h("div", { class: "sheet-bar" });
  private readonly panels: Record<Tab, HTMLElement>;
  private readonly controls: HTMLElement;

  constructor(
    private readonly store: MatchStore,
    conn: Connection,
    map: MapButtons,
    onSkipPlayback: () => void,
  ) {
    this.report = new ReportPanel(store, onSkipPlayback);
    const news = new NewsPanel(store, conn.matchId ?? "match");
    this.panels = {
      goals: new ObjectivesPanel(store, () => news.openHistory()).root,
      orders: new OrdersPanel(store, conn).root,
      diplomacy: new DiplomacyPanel(store, conn).root,
      chat: new ChatPanel(store, conn).root,
      report: this.report.root,
    };
    fill(this.side, this.sheetBar, new ReadyHint(store).root, new GuidePanel(store).root, news.root, this.body);
    for (const p of Object.values(this.panels)) this.body.append(p);
    this.side.hidden = false;
    store.on("tab", () => (this.folded ? this.setFolded(false) : this.renderTabs()));
    store.on("chat", () => this.renderTabs());
    this.renderTabs();

    const w = ui().match;
    const legend = h(
      "details",
      { class: "legend" },
      h("summary", {}, w.legend),
      h("h4", {}, w.routeRights),
      ...(Object.keys(RIGHTS_STYLE) as (keyof typeof RIGHTS_STYLE)[]).map((k) => {
        const line = h("span", { class: `line ${RIGHTS_STYLE[k].dashed ? "dashed" : ""}` });
        line.style.borderColor = RIGHTS_STYLE[k].css;
        return h("div", { class: "small" }, line, w.rights[k]);
      }),
      h("h4", {}, w.zoneHeldBy),
      ...factionIds(store.scenario).map((f) => h("div", { class: "small" }, swatch(at(store.scenario.factions, f).color), at(store.scenario.factions, f).name)),
      h("div", { class: "small" }, swatch("#8a939c"), w.contested),
      h("h4", {}, w.map),
      h("div", { class: "small" }, w.mapSymbols),
      h("div", { class: "small" }, w.influenceBars),
      h("div", { class: "small" }, swatch("#f0e442"), w.nfzInForce),
    );
    this.controls = h(
      "div",
      { class: "map-controls" },
      button("+", map.zoomIn, { "aria-label": w.zoomIn, "data-testid": "zoom-in" }),
      button("−", map.zoomOut, { "aria-label": w.zoomOut, "data-testid": "zoom-out" }),
      button("⤢", map.fit, { "aria-label": w.fit, "data-testid": "zoom-fit" }),
      legend,
    );
    byId("stage").append(this.controls);
  }

  /** How much of the map the panel covers from below: on a phone or tablet it is a sheet over the map. */
  coveredBottom(): number {
    if (this.side.hidden || getComputedStyle(this.side).position !== "absolute") return 0;
    return this.side.getBoundingClientRect().height;
  }

    destroy(): void {
    this.controls.remove();
    fill(this.side);
    this.side.classList.remove("folded");
    this.side.hidden = true;
  }

  /** On a phone or tablet the panel is a sheet over the map, folded down to its tabs or open. */
  private folded = false;

  private setFolded(folded: boolean): void {
    this.folded = folded;
    this.side.classList.toggle("folded", folded);
    this.renderTabs();
  }

  private renderTabs(): void {
    const unread = this.store.chat.totalUnread();
    const w = ui().match;
    const fold = button(this.folded ? "▴" : "▾", () => this.setFolded(!this.folded), {
      class: "sheet-toggle",
      "aria-label": this.folded ? w.showPanel : w.foldPanel,
      "aria-expanded": String(!this.folded),
      "data-testid": "sheet-toggle",
    });
    fill(
      this.tabBar,
      ...TABS.map((tab) =>
        button([w.tabs[tab], tab === "chat" && unread > 0 ? h("span", { class: "unread", "aria-label": w.unread(unread) }, String(unread)) : null], () => {
          if (this.folded) this.setFolded(false);
          this.store.setTab(tab);
        }, {
          role: "tab",
          "aria-selected": String(this.store.tab === tab),
          class: this.store.tab === tab ? "on" : "",
          "data-tab": tab,
        }),
      ),
    );
    this.sheetBar.replaceChildren(this.tabBar, fold);
    for (const [tab, el] of Object.entries(this.panels)) el.hidden = tab !== this.store.tab;
    mirror("tab", this.store.tab);
    mirror("unread", unread);
  }
}
