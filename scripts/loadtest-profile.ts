/**
 * npx tsx scripts/loadtest-profile.ts <file.cpuprofile | folder> [--top N]
 *
 * Summarises a V8 CPU profile (from `npm run loadtest -- --profile DIR`, or `node --cpu-prof`):
 * where the time went, by function (self time) and by the project file or package it belongs to
 * (inclusive time, each sample counted once per file).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileSummary {
  totalMs: number;
  idleMs: number;
  bySelf: { name: string; ms: number }[];
  byFile: { file: string; ms: number }[];
}

function shortUrl(url: string): string {
  if (!url) return "(native)";
  const clean = url.replace(/^file:\/\//, "");
  const nm = clean.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = clean.slice(nm + "node_modules/".length).split("/");
    return rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const root = clean.indexOf("/main/");
  return root >= 0 ? clean.slice(root + "/main/".length) : clean;
}

export function summarise(profile: Profile, top = 25): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const files = new Map<string, number>();
  let total = 0;
  let idle = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    total += dt;
    const node = byId.get(id)!;
    const fn = node.callFrame.functionName || "(anonymous)";
    if (fn === "(idle)" || fn === "(program)") idle += fn === "(idle)" ? dt : 0;
    const name = `${fn} ${shortUrl(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const frame = byId.get(cur)!.callFrame;
      const file = frame.url ? shortUrl(frame.url) : frame.functionName.startsWith("(") ? frame.functionName : "(native)";
      if (!seen.has(file)) {
        seen.add(file);
        files.set(file, (files.get(file) ?? 0) + dt);
      }
    }
  });
  const sortDesc = <T extends { ms: number }>(list: T[]) => list.sort((a, b) => b.ms - a.ms).slice(0, top);
  return {
    totalMs: total,
    idleMs: idle,
    bySelf: sortDesc([...self].map(([name, ms]) => ({ name, ms }))),
    byFile: sortDesc([...files].map(([file, ms]) => ({ file, ms }))),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = process.argv[2];
  if (!target) throw new Error("usage: loadtest-profile.ts <file.cpuprofile | folder> [--top N]");
  const topIndex = process.argv.indexOf("--top");
  const top = topIndex > 0 ? Number(process.argv[topIndex + 1]) : 25;
  const paths = statSync(target).isDirectory() ? readdirSync(target).filter((f) => f.endsWith(".cpuprofile")).map((f) => join(target, f)) : [target];
  for (const path of paths) {
    const s = summarise(JSON.parse(readFileSync(path, "utf8")) as Profile, top);
    if (s.totalMs - s.idleMs < 50) continue; // a helper thread that did nothing
    console.log(`\n${path}: ${(s.totalMs / 1000).toFixed(1)} s sampled, ${((1 - s.idleMs / s.totalMs) * 100).toFixed(1)}% busy`);
    console.log("  self time by function:");
    for (const f of s.bySelf) console.log(`    ${f.ms.toFixed(0).padStart(7)} ms  ${f.name}`);
    console.log("  inclusive time by file or package:");
    for (const f of s.byFile) console.log(`    ${f.ms.toFixed(0).padStart(7)} ms  ${f.file}`);
  }
}
