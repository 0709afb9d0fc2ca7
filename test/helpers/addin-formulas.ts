/**
 * Whether a formula found in a written workbook can be one the add-in builds (src/core/write/formulas):
 * only the functions of ALLOWED_FUNCTIONS, references whose column is absolute (absolute ones naming their
 * sheet or not, and same-row ones whose row is relative, $F5), the CP_ names of
 * the live settings, numbers, operators, array constants and string literals — and no text a person typed,
 * neither as the whole formula (a text such as "=1+1" turned into one) nor inside a literal. A person's text
 * that a host turned into a formula fails this: "=SUM(A1:A3)" (a relative reference), "=cmd|' /C calc'!A0",
 * '=HYPERLINK(…)', "@SUM(1)", "+39 0564 430111" equal to the text typed.
 */
import { ALLOWED_FUNCTIONS } from "../../src/core/write/formulas/indicator";

/** One token of a formula, as the add-in writes them; the first group is a function's name. */
const TOKEN =
  /^(?:\s+|"(?:[^"]|"")*"|'(?:[^']|'')+'!|[A-Za-z_][A-Za-z0-9_.]*!|\$[A-Z]{1,3}\$?\d+(?::\$[A-Z]{1,3}\$\d+)?|CP_[A-Z_]+(?![A-Za-z0-9_(])|([A-Z][A-Z0-9.]*)\(|(?:TRUE|FALSE)(?![A-Za-z0-9_(])|\d+(?:\.\d+)?(?:E[+-]?\d+)?|[-+*/^&=<>(),;{}:%])/;

/** A person's text too short to tell apart from the add-in's own literals ("-", "--" mean «not available»). */
const SHORTEST_TEXT = 3;

/**
 * Why `formula` (with or without its leading "=") cannot be one of the add-in's, or null when it can be.
 * `personTexts` are the texts people typed in the workbook.
 */
export function whyNotTheAddinsFormula(formula: string, personTexts: Iterable<string>): string | null {
  const body = formula.replace(/^=/, "");
  const texts = [...personTexts];
  for (const text of texts) {
    if (body === text || `=${body}` === text || body === text.slice(1))
      return `a person's text became a formula: «${text}»`;
  }
  let rest = body;
  while (rest.length > 0) {
    const m = TOKEN.exec(rest);
    if (!m) return `not the add-in's syntax at «${rest.slice(0, 20)}»`;
    const fn = m[1];
    if (fn !== undefined && !ALLOWED_FUNCTIONS.has(fn)) return `function ${fn} is not in ALLOWED_FUNCTIONS`;
    if (m[0].startsWith('"')) {
      const literal = m[0].slice(1, -1).replace(/""/g, '"');
      const copied = texts.find((t) => t.trim().length >= SHORTEST_TEXT && literal.includes(t.trim()));
      if (copied !== undefined) return `a person's text copied into the formula: «${copied}»`;
    }
    rest = rest.slice(m[0].length);
  }
  return null;
}
