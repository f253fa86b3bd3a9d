/**
 * The first-match guide: what to do in each phase, shown the first time a player meets that
 * phase, until they say they have it or skip the guide; remembered in this browser.
 */
export const GUIDED_PHASES = ["briefing", "diplomacy", "orders", "report"] as const;
export type GuidedPhase = (typeof GUIDED_PHASES)[number];

export const GUIDE_TEXT: Readonly<Record<GuidedPhase, { title: string; steps: readonly string[] }>> = {
  briefing: {
    title: "Briefing: read the week",
    steps: [
      "The week's news is at the top of the panel; it may have changed your tracks (shown in the top bar).",
      "Goals lists your objectives, the secret one too: they score when the match ends. How to play has the rules.",
      "Press Ready when you have read it.",
    ],
  },
  diplomacy: {
    title: "Diplomacy: make deals",
    steps: [
      "In the Diplomacy tab, tick who to send to, add terms (overflight rights, a no-fly zone, a support pledge, basing, an intelligence cell) and send.",
      "A proposal binds when every party accepts. Bots answer within seconds; a bot's offer may bundle a pledge from you.",
      "What you agree to appears in Orders under Your commitments.",
    ],
  },
  orders: {
    title: "Orders: plan your strikes",
    steps: [
      "Click one of your platforms on the map (or Plan strike in Orders), click waypoints, then click the target zone and Add strike.",
      "The route shows each airspace crossed and whether you hold rights there; Before you send warns of unkept pledges and violations.",
      "Send & ready sends your orders; you can change and send them again until the timer ends.",
    ],
  },
  report: {
    title: "Report: what happened",
    steps: [
      "The turn's flights replay on the map. The report opens with what changed for you; the rest is folded below.",
      "Earlier turns can be chosen again in the report, with their news and flights.",
      "Ready starts the next turn.",
    ],
  },
};

export interface GuideMemory {
  seen: GuidedPhase[];
  skipped: boolean;
}

export function readGuide(text: string | null): GuideMemory {
  try {
    const data = JSON.parse(text ?? "") as Partial<GuideMemory>;
    return { seen: (data.seen ?? []).filter((p): p is GuidedPhase => (GUIDED_PHASES as readonly string[]).includes(p)), skipped: data.skipped === true };
  } catch {
    return { seen: [], skipped: false };
  }
}

/** The phase to explain now, or null. */
export function guideFor(memory: GuideMemory, phase: string): GuidedPhase | null {
  if (memory.skipped) return null;
  const p = GUIDED_PHASES.find((g) => g === phase);
  return p && !memory.seen.includes(p) ? p : null;
}
