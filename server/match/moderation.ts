/**
 * Who may join a facilitated lesson, and under which name: the facilitator can lock joining, let
 * only themselves assign powers, and keep a removed student out (their browser's device id,
 * hashed, is remembered until the facilitator lets them back); names that pass for the teacher
 * are refused.
 */
import type { Result } from "../../shared";
import { fail, ok } from "../../shared";
import type { MatchSettings } from "./types";

/** Words a student's name may not contain: they would pass for the one running the lesson. */
const RESERVED = ["facilitator", "teacher", "moderator", "admin", "overflight", "system"];

function plain(name: string): string {
  return name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}

/** Whose name a student may not take (the one running the lesson, or a teacher), or null. `teachers`: the names facilitators joined under. */
export function nameProblem(name: string, teachers: readonly string[]): "facilitator" | "teacher" | null {
  const p = plain(name);
  const words = p.split(" ");
  if (RESERVED.some((r) => words.includes(r) || p.replace(/ /g, "").includes(r))) return "facilitator";
  for (const t of teachers.map(plain).filter((t) => t.length >= 2 && t !== "facilitator")) {
    if (p === t || p.replace(/ /g, "") === t.replace(/ /g, "")) return "teacher";
  }
  return null;
}

/** Whether a new student (a claim, or waiting to be assigned) may come in now. */
export function mayEnter(settings: MatchSettings, deviceHash: string | null): Result<true> {
  if (!settings.facilitator) return ok(true);
  if (deviceHash !== null && settings.banned?.includes(deviceHash)) return fail("join/removed");
  if (settings.locked) return fail("join/locked");
  return ok(true);
}
