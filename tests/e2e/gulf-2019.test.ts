/**
 * The second scenario in real headless Chromium against the real server: chosen in the lobby's
 * picker, quick play seats the player at one of its powers among bots, on its own map (the turn's
 * news is its own card), and the match is played with its bots. Screenshot: tests/artifacts/gulf-01-match.png.
 */
import { describe, expect, it } from "vitest";
import { gulf2019 } from "../../shared/scenario/gulf-2019";
import { powerIds } from "../../shared/scenario/ids-of";
import { attr, openPage, screenshot, until, waitScene } from "./support";
import { browserSuite } from "./suite";

const suite = browserSuite("gulf-2019");

describe("Gulf 2019 from the lobby", () => {
  it("is picked in the lobby, quick play seats the player at one of its powers, on its own map", async () => {
    const tp = await openPage(suite.browser, suite.server.url);
    await waitScene(tp, "lobby");
    const select = tp.page.locator("[data-testid=scenario-select]").first();
    await until(tp, async () => (await select.locator("option[value=gulf-2019]").count()) > 0, "Gulf 2019 in the picker");
    await select.selectOption("gulf-2019");
    // The picker shows the chosen scenario's powers.
    await until(tp, async () => (await tp.page.textContent("body"))?.includes("Saudi Arabia"), "the scenario's powers");
    await tp.page.fill("[data-testid=player-name]", "Dana");
    await tp.page.click("[data-testid=quick-play]");
    await waitScene(tp, "match");
    const viewer = await attr(tp, "viewer");
    expect(powerIds(gulf2019)).toContain(viewer);
    const first = gulf2019.events.find((c) => c.turn === 1)!;
    await until(tp, async () => (await tp.page.textContent("[data-testid=news]"))?.includes(first.headline), "Gulf 2019's first news card");
    await screenshot(tp, "gulf-01-match.png");
  });
});
