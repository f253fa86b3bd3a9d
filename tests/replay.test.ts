import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseReplayFile, replayMatch } from "../scripts/replay-core";

const root = join(import.meta.dirname, "..");
const example = join(root, "docs", "examples", "caspian-salvo.json");

function replayInNewProcess(): { hash: string; refused: unknown[]; reports: Record<string, string[]> } {
  const out = execFileSync(process.execPath, ["--import", "tsx", "scripts/replay.ts", example, "--json"], { cwd: root, encoding: "utf8" });
  return JSON.parse(out);
}

describe("npm run replay", () => {
  it("replays the checked-in example to the recorded hash, in separate processes", () => {
    const first = replayInNewProcess();
    const second = replayInNewProcess();
    expect(first.refused).toEqual([]);
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(second.hash).toBe(first.hash);
    const recorded = readFileSync(join(root, "docs", "examples", "caspian-salvo.hash"), "utf8").trim();
    expect(first.hash).toBe(recorded);
  });

  it("reports the 2015 salvo flown over Iran and Iraq with consent, and hides Turkey's covert support from Russia", () => {
    const parsed = parseReplayFile(readFileSync(example, "utf8"));
    if (!parsed.ok) throw new Error(parsed.error);
    const result = replayMatch(parsed.value);
    const russia = result.reports.russia!.join("\n");
    expect(russia).toMatch(/Caspian Flotilla.*to Idlib, [\d,]+ km over Iran, Iraq and Syria with consent/);
    expect(russia).toMatch(/claimed Islamic State, hit Syrian rebels/);
    expect(russia).not.toMatch(/Turkey covertly supported Syrian rebels in Idlib/);
    expect(result.reports.turkey!.join("\n")).toMatch(/Turkey covertly supported Syrian rebels in Idlib/);
  });

  it("explains a file that is not a replay", () => {
    expect(parseReplayFile("{").ok).toBe(false);
    const wrong = parseReplayFile(JSON.stringify({ scenario: "nowhere", seed: "x", seats: {}, commands: [] }));
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.error).toContain("unknown scenario");
  });
});
