/**
 * What one change to a team's draft did, as a code and its parameters: written by the draft
 * (shared/team-draft.ts) as one string, worded by the screens in their language. Zod-free, so the
 * client can read it.
 */
/** What one change did: a code and its parameters. */
export type DraftChangeWhat =
  | { code: "strikeAdded" | "strikeChanged" | "strikeRemoved"; strike: string }
  | { code: "support"; points: number; faction: string; zone: string }
  | { code: "supportRemoved" }
  | { code: "posture"; posture: string }
  | { code: "patrol"; treaty: string; units: number }
  | { code: "revoke" | "keep"; treaty: string }
  | { code: "replaced" };

/** The change as DraftChange.what carries it. Ids hold no spaces (ID_PATTERN, LIMITS.idLength). */
export function encodeChange(w: DraftChangeWhat): string {
  switch (w.code) {
    case "strikeAdded":
    case "strikeChanged":
    case "strikeRemoved":
      return `${w.code} ${w.strike}`;
    case "support":
      return `support ${w.points} ${w.faction} ${w.zone}`;
    case "posture":
      return `posture ${w.posture}`;
    case "patrol":
      return `patrol ${w.treaty} ${w.units}`;
    case "revoke":
    case "keep":
      return `${w.code} ${w.treaty}`;
    case "supportRemoved":
    case "replaced":
      return w.code;
  }
}

/** A DraftChange.what read back; null for anything else (a record written in words before codes). */
export function decodeChange(what: string): DraftChangeWhat | null {
  const [code, a, b, c, extra] = what.split(" ");
  if (extra !== undefined) return null;
  const count = (v: string | undefined) => (v !== undefined && /^\d+$/.test(v) ? Number(v) : null);
  switch (code) {
    case "strikeAdded":
    case "strikeChanged":
    case "strikeRemoved":
      return a && b === undefined ? { code, strike: a } : null;
    case "support": {
      const points = count(a);
      return points !== null && b && c ? { code, points, faction: b, zone: c } : null;
    }
    case "posture":
      return a && b === undefined ? { code, posture: a } : null;
    case "patrol": {
      const units = count(b);
      return a && units !== null && c === undefined ? { code, treaty: a, units } : null;
    }
    case "revoke":
    case "keep":
      return a && b === undefined ? { code, treaty: a } : null;
    case "supportRemoved":
    case "replaced":
      return a === undefined ? { code } : null;
    default:
      return null;
  }
}
