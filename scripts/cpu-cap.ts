/**
 * Holds a process to a share of one core with a Linux cgroup (v2 `cpu.max`, or v1
 * `cpu.cfs_quota_us`), so that a load test can show what one server process does with a fixed
 * share of CPU, and what two such processes do. Needs root (or a delegated cgroup).
 */
import { existsSync, mkdirSync, rmdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const PERIOD_US = 100_000;

function cgroupDir(name: string): { dir: string; limit: (quotaUs: number) => void } {
  if (existsSync("/sys/fs/cgroup/cgroup.controllers")) {
    try {
      writeFileSync("/sys/fs/cgroup/cgroup.subtree_control", "+cpu");
    } catch {
      // Already enabled, or not ours to enable: writing cpu.max below says which.
    }
    const dir = join("/sys/fs/cgroup", name);
    return { dir, limit: (q) => writeFileSync(join(dir, "cpu.max"), `${q} ${PERIOD_US}`) };
  }
  const dir = join("/sys/fs/cgroup/cpu", name);
  return {
    dir,
    limit: (q) => {
      writeFileSync(join(dir, "cpu.cfs_period_us"), String(PERIOD_US));
      writeFileSync(join(dir, "cpu.cfs_quota_us"), String(q));
    },
  };
}

/** Caps `pid` at `fraction` of a core (0.3: 30 ms of CPU every 100 ms); returns what removes the group once the process is gone. */
export function capCpu(pid: number, fraction: number, name: string): () => void {
  const { dir, limit } = cgroupDir(name);
  try {
    mkdirSync(dir, { recursive: true });
    limit(Math.max(1000, Math.round(fraction * PERIOD_US)));
    writeFileSync(join(dir, "cgroup.procs"), String(pid));
  } catch (error) {
    throw new Error(`could not cap process ${pid} at ${fraction} of a core (${dir}): ${(error as Error).message}; --server-cpu needs root and Linux cgroups`);
  }
  return () => {
    try {
      rmdirSync(dir);
    } catch {
      // Still has a process in it (it will be gone with the machine's next boot).
    }
  };
}
