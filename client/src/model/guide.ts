/**
 * The first-match guide: what to do in each phase, shown the first time a player meets that
 * phase, until they say they have it or skip the guide; remembered in this browser. Its words
 * are the UI catalog's (guide.*).
 */
export const GUIDED_PHASES = ["briefing", "diplomacy", "orders", "report"] as const;
export type GuidedPhase = (typeof GUIDED_PHASES)[number];

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
