/**
 * exceljs finds a package's parts by fixed names, not by following the relationships: the workbook at
 * xl/workbook.xml, sheets at xl/worksheets/sheetN.xml, comments at xl/commentsN.xml, their drawings at
 * xl/drawings/vmlDrawingN.vml, tables at xl/tables/tableN.xml; and it looks comments, drawings and tables
 * up by the relationship's Target text as Excel writes it ("../comments1.xml"). Other programs name the
 * same parts otherwise and write absolute targets (openpyxl: "/xl/comments/comment1.xml", which exceljs
 * fails on with "Cannot read properties of undefined (reading 'comments')", exceljs/exceljs#2797).
 *
 * This module follows the relationships from the package root and plans the renames and Target rewrites
 * that give exceljs the names it expects. Pure over the parts' names and the relationship parts' texts; a
 * package Excel wrote needs nothing.
 */

/** One relationship, and the element's text in its part (to rewrite its Target in place). */
export interface Relationship {
  type: string;
  target: string;
  external: boolean;
  element: string;
}

/** The names exceljs expects for a relationship type (the last segment of the Type URI). */
interface CanonicalName {
  folder: string;
  /** Either one fixed file name, or a prefix to number (prefix + N + extension). */
  fixed?: string;
  prefix?: string;
  extension?: string;
}

const CANONICAL: Record<string, CanonicalName> = {
  officeDocument: { folder: "xl", fixed: "workbook.xml" },
  worksheet: { folder: "xl/worksheets", prefix: "sheet", extension: ".xml" },
  sharedStrings: { folder: "xl", fixed: "sharedStrings.xml" },
  styles: { folder: "xl", fixed: "styles.xml" },
  comments: { folder: "xl", prefix: "comments", extension: ".xml" },
  vmlDrawing: { folder: "xl/drawings", prefix: "vmlDrawing", extension: ".vml" },
  table: { folder: "xl/tables", prefix: "table", extension: ".xml" },
};

function attribute(element: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(element);
  return m ? (m[1] ?? m[2]) : undefined;
}

const decodeXml = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
const encodeXml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

export function parseRelationships(xml: string): Relationship[] {
  const out: Relationship[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const element = m[0];
    out.push({
      type: (attribute(element, "Type") ?? "").split("/").pop() ?? "",
      target: decodeXml(attribute(element, "Target") ?? ""),
      external: attribute(element, "TargetMode") === "External",
      element,
    });
  }
  return out;
}

const folderOf = (part: string): string => part.slice(0, Math.max(0, part.lastIndexOf("/")));

/** The relationships part of a part: xl/worksheets/sheet1.xml -> xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPartOf(part: string): string {
  const folder = folderOf(part);
  const file = part.slice(part.lastIndexOf("/") + 1);
  return folder ? `${folder}/_rels/${file}.rels` : `_rels/${file}.rels`;
}

/** The part a Target names, seen from the part whose relationship it is ("" for the package root). */
export function resolveTarget(fromPart: string, target: string): string {
  const trimmed = target.trim();
  let decoded = trimmed;
  try {
    decoded = decodeURIComponent(trimmed);
  } catch {
    // A target with a stray % is taken as written.
  }
  const segments = decoded.startsWith("/") ? [] : folderOf(fromPart).split("/").filter(Boolean);
  for (const s of decoded.split("/")) {
    if (s === "" || s === ".") continue;
    if (s === "..") segments.pop();
    else segments.push(s);
  }
  return segments.join("/");
}

/** The relative Target from `fromPart` to `part`, as Excel writes it. */
export function relativeTarget(fromPart: string, part: string): string {
  const from = folderOf(fromPart).split("/").filter(Boolean);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array<string>(from.length - common).fill(".."), ...to.slice(common)].join("/");
}

function isCanonical(part: string, c: CanonicalName): boolean {
  if (c.fixed) return part === `${c.folder}/${c.fixed}`;
  const start = `${c.folder}/${c.prefix}`;
  const number = part.slice(start.length, part.length - (c.extension ?? "").length);
  return part.startsWith(start) && part.endsWith(c.extension ?? "") && /^\d+$/.test(number);
}

/** What the pass changes: parts to move (old name -> new name), then relationship parts' new texts by their new names. */
export interface PartNamePlan {
  renames: Map<string, string>;
  rels: Map<string, string>;
}

/**
 * Plans the renames. `parts` are the package's part names (leading "/" removed); `readRels` gives a
 * relationships part's text, or undefined when it is absent.
 */
export function planPartNames(
  parts: readonly string[],
  readRels: (relsPart: string) => string | undefined,
): PartNamePlan {
  const present = new Set(parts);
  const taken = new Set(parts);
  const renames = new Map<string, string>();
  const rels = new Map<string, string>();

  const newName = (c: CanonicalName): string => {
    if (c.fixed) return `${c.folder}/${c.fixed}`;
    for (let n = 1; ; n++) {
      const name = `${c.folder}/${c.prefix}${n}${c.extension}`;
      if (!taken.has(name)) {
        taken.add(name);
        return name;
      }
    }
  };

  /** Walks the relationships of `part` (now at `moved`): each child is renamed as needed, then walked. */
  const walk = (part: string, moved: string, depth: number): void => {
    const relsPart = part === "" ? "_rels/.rels" : relsPartOf(part);
    const text = readRels(relsPart);
    if (text === undefined) return;
    let rewritten = text;
    const children: [string, string][] = [];
    for (const r of parseRelationships(text)) {
      if (r.external || r.target === "") continue;
      const resolved = resolveTarget(part, r.target);
      if (!present.has(resolved)) continue;
      const c = CANONICAL[r.type];
      let final = renames.get(resolved) ?? resolved;
      if (
        c &&
        !renames.has(resolved) &&
        !isCanonical(resolved, c) &&
        !(c.fixed && present.has(`${c.folder}/${c.fixed}`))
      ) {
        final = newName(c);
        renames.set(resolved, final);
      }
      const target = relativeTarget(moved, final);
      if (target !== r.target)
        rewritten = rewritten.replace(
          r.element,
          r.element.replace(/(\sTarget\s*=\s*)(["'])[^"']*\2/, `$1"${encodeXml(target)}"`),
        );
      if (c) children.push([resolved, final]);
    }
    if (part !== moved) renames.set(relsPart, relsPartOf(moved));
    if (rewritten !== text) rels.set(part === moved ? relsPart : relsPartOf(moved), rewritten);
    if (depth < 2) for (const [child, final] of children) walk(child, final, depth + 1);
  };
  walk("", "", 0);
  return { renames, rels };
}
