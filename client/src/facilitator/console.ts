/**
 * The facilitator's console beside the map: the class (join code, QR, roster), injects and
 * broadcasts, all chat, all negotiations, the orders once locked, and the event log.
 */
import type { MatchStore } from "../model/match-store";
import type { Connection } from "../net/connection";
import { mirror } from "../observe";
import { ChatPanel } from "../ui/chat-panel";
import { button, byId, fill, h } from "../ui/dom";
import type { ClassroomClient } from "./classroom-client";
import { InjectPanel } from "./inject-panel";
import { DealsPanel, LogPanel, OrdersPanel } from "./oversight-panel";
import { RosterPanel } from "./roster-panel";
import { GoalsPanel } from "./goals-panel";
import { ui } from "../lang/ui";

export type ConsoleTab = "class" | "inject" | "chat" | "deals" | "orders" | "log" | "goals";

const TABS: readonly ConsoleTab[] = ["class", "inject", "chat", "deals", "orders", "log", "goals"];

export class FacilitatorConsole {
  private readonly side = byId("side");
  private readonly tabBar = h("nav", { class: "tabs", role: "tablist", "aria-label": ui().common.facilitator });
  private readonly body = h("div", { class: "side-body", tabindex: 0, role: "region", "aria-label": ui().classroom.console.label });
  private readonly panels: Record<ConsoleTab, HTMLElement>;
  private tab: ConsoleTab = "class";

  constructor(
    private readonly store: MatchStore,
    conn: Connection,
    classroom: ClassroomClient,
  ) {
    this.panels = {
      class: new RosterPanel(store, conn, classroom).root,
      inject: new InjectPanel(store, classroom).root,
      chat: new ChatPanel(store, conn).root,
      deals: new DealsPanel(store).root,
      orders: new OrdersPanel(store).root,
      log: new LogPanel(store).root,
      goals: new GoalsPanel(store).root,
    };
    fill(this.side, this.tabBar, this.body);
    for (const el of Object.values(this.panels)) this.body.append(el);
    this.side.hidden = false;
    document.getElementById("app")?.setAttribute("data-mode", "facilitator");
    store.on("chat", () => this.renderTabs());
    this.setTab("class");
  }

  setTab(tab: ConsoleTab): void {
    this.tab = tab;
    // The chat model counts a message read only while the chat is on screen.
    this.store.setTab(tab === "chat" ? "chat" : "report");
    this.renderTabs();
  }

  destroy(): void {
    fill(this.side);
    this.side.hidden = true;
    document.getElementById("app")?.removeAttribute("data-mode");
  }

  private renderTabs(): void {
    const unread = this.store.chat.totalUnread();
    fill(
      this.tabBar,
      ...TABS.map((tab) =>
        button([ui().classroom.console.tabs[tab], tab === "chat" && unread > 0 ? h("span", { class: "unread" }, String(unread)) : null], () => this.setTab(tab), {
          role: "tab",
          "aria-selected": String(this.tab === tab),
          class: this.tab === tab ? "on" : "",
          "data-fac-tab": tab,
        }),
      ),
    );
    for (const [tab, el] of Object.entries(this.panels)) el.hidden = tab !== this.tab;
    mirror("fac-tab", this.tab);
  }
}
