/**
 * The little Markdown the rules are written in (docs/rules.md): headings, paragraphs, bullet
 * lists, tables, **bold**, *italic*, `code` and [links](url). Parsed into plain data, so the
 * page can be built from text nodes (no HTML string is ever parsed) and tests can read it.
 */
export type Inline = { kind: "text" | "strong" | "em" | "code"; text: string } | { kind: "link"; text: string; href: string };

export type Block =
  | { kind: "heading"; level: number; id: string; inline: Inline[] }
  | { kind: "paragraph"; inline: Inline[] }
  | { kind: "list"; items: Inline[][] }
  | { kind: "table"; head: Inline[][]; rows: Inline[][][] };

const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|`([^`]+)`|\[([^\]]+)\]\(([^)]+)\)/g;

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) out.push({ kind: "text", text: text.slice(last, m.index) });
    if (m[1] !== undefined) out.push({ kind: "strong", text: m[1] });
    else if (m[2] !== undefined) out.push({ kind: "em", text: m[2] });
    else if (m[3] !== undefined) out.push({ kind: "code", text: m[3] });
    else out.push({ kind: "link", text: m[4]!, href: m[5]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ kind: "text", text: text.slice(last) });
  return out;
}

export function slug(text: string): string {
  return text
    // Accented letters keep their base letter ("Résolution" → "resolution"), as in other languages' headings.
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, "")
    .split("|")
    .map((c) => c.trim());
}

export function parseMarkdown(source: string): Block[] {
  const lines = source.split(/\r?\n/);
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === "") {
      i++;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const text = heading[2]!.trim();
      blocks.push({ kind: "heading", level: heading[1]!.length, id: slug(text), inline: parseInline(text) });
      i++;
      continue;
    }
    if (line.trim().startsWith("|")) {
      const table: string[] = [];
      while (i < lines.length && lines[i]!.trim().startsWith("|")) table.push(lines[i++]!);
      const [head = "", , ...rows] = table;
      blocks.push({ kind: "table", head: cells(head).map(parseInline), rows: rows.map((r) => cells(r).map(parseInline)) });
      continue;
    }
    if (/^\s*[-*]\s+/.test(line)) {
      const items: string[] = [];
      while (i < lines.length && lines[i]!.trim() !== "" && !/^#/.test(lines[i]!)) {
        const l = lines[i++]!;
        if (/^\s*[-*]\s+/.test(l)) items.push(l.replace(/^\s*[-*]\s+/, ""));
        else items[items.length - 1] += ` ${l.trim()}`;
      }
      blocks.push({ kind: "list", items: items.map(parseInline) });
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && lines[i]!.trim() !== "" && !/^(#|\||\s*[-*]\s)/.test(lines[i]!)) para.push(lines[i++]!.trim());
    blocks.push({ kind: "paragraph", inline: parseInline(para.join(" ")) });
  }
  return blocks;
}
