/**
 * Sheet names over Excel's 31 characters (written by programs that do not check): exceljs cuts such a name
 * and then refuses the cut name as a duplicate of itself, so the whole file would be refused. The workbook
 * part gets names cut to 31 characters, as Excel does when it repairs such a file, kept distinct from each
 * other; references to the sheet in defined names follow.
 */
export const MAX_SHEET_NAME = 31;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (whole, e: string) =>
    e.startsWith("#x")
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith("#")
        ? String.fromCodePoint(Number(e.slice(1)))
        : (ENTITIES[e] ?? whole),
  );
}

const encodeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A name of at most 31 characters (by code point) not yet taken. */
function shortName(name: string, taken: Set<string>): string {
  const chars = [...name];
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : `~${n}`;
    const candidate = chars.slice(0, MAX_SHEET_NAME - suffix.length).join("") + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** The workbook part with every sheet name within 31 characters, or null when all already are. */
export function fitSheetNames(workbookXml: string): string | null {
  const sheetTags = [...workbookXml.matchAll(/<sheet\b[^>]*?\sname\s*=\s*"([^"]*)"/g)];
  const names = sheetTags.map((m) => decodeXml(m[1]));
  if (names.every((n) => [...n].length <= MAX_SHEET_NAME)) return null;
  const taken = new Set(names.filter((n) => [...n].length <= MAX_SHEET_NAME).map((n) => n.toLowerCase()));
  const renames = new Map<string, string>();
  for (const name of names) {
    if ([...name].length <= MAX_SHEET_NAME || renames.has(name)) continue;
    const short = shortName(name, taken);
    taken.add(short.toLowerCase());
    renames.set(name, short);
  }
  let xml = workbookXml.replace(
    /(<sheet\b[^>]*?\sname\s*=\s*")([^"]*)(")/g,
    (whole, before: string, raw: string, after: string) => {
      const short = renames.get(decodeXml(raw));
      return short === undefined ? whole : before + encodeXml(short) + after;
    },
  );
  // References in defined names: 'Long name'!$A$1 (the name quoted, apostrophes doubled).
  xml = xml.replace(
    /(<definedName\b[^>]*>)([^<]*)(<\/definedName>)/g,
    (_whole, open: string, body: string, close: string) => {
      let text = decodeXml(body);
      for (const [long, short] of renames) {
        text = text.split(`'${long.replace(/'/g, "''")}'!`).join(`'${short.replace(/'/g, "''")}'!`);
      }
      return open + encodeXml(text) + close;
    },
  );
  return xml;
}
