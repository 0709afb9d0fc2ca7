/** Figures as the pane shows them: the CLI's formatting (one decimal, Italian comma), one place. */
import { formatPercent } from "../../core/format";
import type { Lang } from "../../i18n/messages";

export function shownPercent(fraction: number | null, lang: Lang, none: string): string {
  return fraction === null ? none : formatPercent(fraction, lang);
}
