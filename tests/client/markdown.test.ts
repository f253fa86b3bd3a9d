/** The rules page's Markdown reader on docs/rules.md itself: every heading, table and list item. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseInline, parseMarkdown } from "../../client/src/model/markdown";

const rules = readFileSync(new URL("../../docs/rules.md", import.meta.url), "utf8");

describe("markdown", () => {
  it("reads every heading, table row and bullet of the rules", () => {
    const blocks = parseMarkdown(rules);
    const headings = blocks.filter((b) => b.kind === "heading");
    expect(headings.length).toBe(rules.split("\n").filter((l) => /^#{1,6} /.test(l)).length);
    const rows = blocks.flatMap((b) => (b.kind === "table" ? [b.head, ...b.rows] : []));
    expect(rows.length + blocks.filter((b) => b.kind === "table").length).toBe(rules.split("\n").filter((l) => l.trim().startsWith("|")).length);
    const items = blocks.flatMap((b) => (b.kind === "list" ? b.items : []));
    expect(items.length).toBe(rules.split("\n").filter((l) => /^\s*- /.test(l)).length);
  });

  it("reads bold, italic, code and links, and leaves the rest as text", () => {
    expect(parseInline("a **b** *c* `d` [e](f.md) g")).toEqual([
      { kind: "text", text: "a " },
      { kind: "strong", text: "b" },
      { kind: "text", text: " " },
      { kind: "em", text: "c" },
      { kind: "text", text: " " },
      { kind: "code", text: "d" },
      { kind: "text", text: " " },
      { kind: "link", text: "e", href: "f.md" },
      { kind: "text", text: " g" },
    ]);
  });
});
