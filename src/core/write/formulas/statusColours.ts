/**
 * The Stato colours as conditional formatting: one «cell value equal to» rule per status label, so that the
 * colour follows the text a formula gives. The fills are the same as the static ones (STATUS_STYLES).
 */
import type { Lang } from "../../../i18n/messages";
import { STATUS_LABELS } from "../../../i18n/labels";
import { STATUSES } from "../../scoring/types";
import type { ConditionalFormat, ConditionalRule } from "../types";
import { STATUS_STYLES } from "../styles";

const RULES = new Map<Lang, readonly ConditionalRule[]>();

export function statusRules(lang: Lang): readonly ConditionalRule[] {
  let rules = RULES.get(lang);
  if (!rules) {
    rules = STATUSES.map((s) => {
      const style = STATUS_STYLES[s];
      return { equals: STATUS_LABELS[lang][s], fill: style.fill ?? "FFFFFF", fontColor: style.fontColor ?? "000000" };
    });
    RULES.set(lang, rules);
  }
  return rules;
}

/** The rules over one column of Stato cells, rows top..bottom (0-based, inclusive). */
export function statusColours(input: {
  sheet: string;
  col: number;
  top: number;
  bottom: number;
  lang: Lang;
}): ConditionalFormat {
  const { sheet, col, top, bottom, lang } = input;
  return { range: { sheet, top, left: col, bottom, right: col }, rules: statusRules(lang) };
}
