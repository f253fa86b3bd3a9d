/**
 * The arrows allowed between the parts (docs/architecture.md), checked on every import of every
 * .ts file under shared/, server/, client/src/ and scripts/. The rules' own boundary (the rules,
 * view.ts and apply.ts never reach shared/catalog) is tests/catalog/boundary.test.ts.
 */
import { relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";
import type { ImportRef } from "./support/imports";
import { importsIn, importsOf, isNodeBuiltin, pathTo, ROOT, tsFiles } from "./support/imports";

const FOLDERS = ["shared", "server", "client/src", "scripts"] as const;
const files = Object.fromEntries(FOLDERS.map((f) => [f, tsFiles(f)])) as Record<(typeof FOLDERS)[number], string[]>;
const imports = Object.fromEntries(FOLDERS.map((f) => [f, files[f].flatMap(importsOf)])) as Record<(typeof FOLDERS)[number], ImportRef[]>;

/** The npm packages shared/ may load: geometry, the command schemas and the wire state's schema, all pure. */
const SHARED_PACKAGES = ["d3-geo", "zod", "@colyseus/schema"];
/** The one folder of shared/ that may load @colyseus/schema: the synchronised state's types. */
const WIRE_STATE = "shared/protocol/state";

const rel = (p: string) => relative(ROOT, p).split(sep).join("/");
const under = (p: string, folder: string) => rel(p).startsWith(`${folder}/`);
const show = (r: ImportRef) => `${rel(r.file)} → ${r.specifier}`;
const into = (refs: ImportRef[], ...folders: string[]) => refs.filter((r) => r.target && folders.some((f) => under(r.target!, f))).map(show);

describe("the import reader", () => {
  it("reads every form of import, and which are type-only", () => {
    const file = resolve(ROOT, "shared/x.ts");
    const source = [
      'import type { A } from "./ids";',
      'import { b,\n  type C } from "zod";',
      'import "./catalog/en";',
      'export * from "../server/app";',
      'export type * from "node:fs";',
      "const m = await import(\"./view\");",
      'const n = require("pg");',
      '/** a comment saying import x from "y" mid-line is not an import */',
    ].join("\n");
    const found = importsIn(file, source).map((r) => [r.specifier, r.typeOnly, r.dynamic, r.target && rel(r.target), r.packageName]);
    expect(found).toEqual([
      ["./ids", true, false, "shared/ids.ts", null],
      ["zod", false, false, null, "zod"],
      ["./catalog/en", false, false, "shared/catalog/en.ts", null],
      ["../server/app", false, false, "server/app.ts", null],
      ["node:fs", true, false, null, "node:fs"],
      ["./view", false, true, "shared/view.ts", null],
      ["pg", false, true, null, "pg"],
    ]);
  });

  it("finds the imports of every part, and each relative one names a file", () => {
    for (const folder of FOLDERS) expect(imports[folder].length, folder).toBeGreaterThan(10);
    const unresolved = FOLDERS.flatMap((f) => imports[f]).filter((r) => r.packageName === null && r.target === null);
    expect(unresolved.map(show)).toEqual([]);
  });
});

describe("shared/ is pure", () => {
  it("imports nothing from server/, client/, scripts/ or tests/", () => {
    expect(into(imports.shared, "server", "client", "scripts", "tests")).toEqual([]);
  });

  it("reaches outside itself only for the baked map data (JSON under assets/)", () => {
    const outside = imports.shared.filter((r) => r.target && !under(r.target, "shared") && !(under(r.target, "assets") && r.target.endsWith(".json")));
    expect(outside.map(show)).toEqual([]);
  });

  it("loads no Node built-in and no package but " + SHARED_PACKAGES.join(" and "), () => {
    const packages = imports.shared.filter((r) => r.packageName !== null);
    expect(packages.filter((r) => isNodeBuiltin(r.packageName!)).map(show)).toEqual([]);
    expect(packages.filter((r) => !SHARED_PACKAGES.includes(r.packageName!)).map(show)).toEqual([]);
    // Exactly those: a package shared/ stops using leaves this list.
    expect(new Set(packages.map((r) => r.packageName))).toEqual(new Set(SHARED_PACKAGES));
  });

  it(`loads @colyseus/schema only in ${WIRE_STATE}, and the rest of shared/ never imports that folder`, () => {
    const schemaUsers = imports.shared.filter((r) => r.packageName === "@colyseus/schema" && !under(r.file, WIRE_STATE));
    expect(schemaUsers.map(show)).toEqual([]);
    const intoState = imports.shared.filter((r) => !under(r.file, WIRE_STATE) && r.target && under(r.target, WIRE_STATE));
    expect(intoState.map(show)).toEqual([]);
  });
});

describe("server/ and client/ never import each other", () => {
  it("server/ imports nothing from client/", () => {
    expect(into(imports.server, "client", "scripts", "tests")).toEqual([]);
  });

  it("client/src/ imports nothing from server/ or scripts/, and no Node built-in", () => {
    expect(into(imports["client/src"], "server", "scripts", "tests")).toEqual([]);
    expect(imports["client/src"].filter((r) => r.packageName && isNodeBuiltin(r.packageName)).map(show)).toEqual([]);
  });

  it("server/match (the match without Colyseus) imports no Colyseus package, room or HTTP route", () => {
    const match = imports.server.filter((r) => under(r.file, "server/match"));
    expect(match.filter((r) => r.packageName?.startsWith("@colyseus/")).map(show)).toEqual([]);
    expect(into(match, "server/rooms", "server/http")).toEqual([]);
  });

  it("client/src/model (what the screens show, no Phaser) imports no Phaser", () => {
    const model = imports["client/src"].filter((r) => under(r.file, "client/src/model"));
    expect(model.filter((r) => r.packageName?.startsWith("phaser")).map(show)).toEqual([]);
  });
});

describe("the browser client", () => {
  const loadsZod = (file: string) => importsOf(file).some((r) => r.packageName === "zod" && !r.typeOnly);
  const valueImports = (r: ImportRef) => !r.typeOnly;

  it("would find zod behind a value import (the check can fail)", () => {
    const chain = pathTo(resolve(ROOT, "server/validate.ts"), loadsZod, valueImports);
    expect(chain?.map(rel).at(-1)).toMatch(/\.ts$/);
    expect(loadsZod(resolve(ROOT, "shared/protocol/validators.ts"))).toBe(true);
    expect(loadsZod(resolve(ROOT, "shared/protocol/messages.ts"))).toBe(false);
  });

  it.each(files["client/src"].map((f) => [rel(f), f]))("%s loads no zod through its value imports (import type only)", (_name, file) => {
    expect(pathTo(file, loadsZod, valueImports)?.map(rel) ?? null).toBeNull();
  });

  it("loads client/src/testing.ts only from main.ts, as its own chunk behind the tests' flag", () => {
    const testing = resolve(ROOT, "client/src/testing.ts");
    const refs = imports["client/src"].filter((r) => r.target === testing);
    expect(refs.map((r) => [rel(r.file), r.dynamic])).toEqual([["client/src/main.ts", true]]);
  });
});
