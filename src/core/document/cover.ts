/** The cover: who, which year, when it was run and under which rules (so the numbers can be checked). */
import type { DocumentSection } from "./types";
import type { BuildContext } from "./context";
import { formatIsoDate, formatLevels, formatWeight } from "./format";

export function coverSection(ctx: BuildContext, title: string): DocumentSection {
  const { texts, settings, lang } = ctx;
  const pct = (f: number): string => formatWeight(f, lang);
  const details = [texts.runDate(formatIsoDate(ctx.runDate))];
  if (ctx.sourceName) details.push(texts.source(ctx.sourceName));
  const yesNo = (v: boolean): string => (v ? texts.yes : texts.no);
  return {
    kind: "cover",
    newPage: false,
    outline: { title },
    blocks: [
      { kind: "cover", ente: ctx.ente, title, subtitle: texts.coverLead, details },
      { kind: "heading", level: 2, text: texts.settingsHeading },
      {
        kind: "facts",
        items: [
          {
            label: texts.settings.bands,
            value: texts.settings.bandsValue(pct(settings.bandRaggiunto), pct(settings.bandParziale)),
          },
          { label: texts.settings.cap, value: pct(settings.cap) },
          { label: texts.settings.soglia, value: pct(settings.soglia) },
          { label: texts.settings.areaMethod, value: texts.areaMethods[settings.areaMethod] },
          { label: texts.settings.enteMethod, value: texts.enteMethods[settings.enteMethod] },
          { label: texts.settings.missingAsZero, value: yesNo(settings.missingAsZero) },
          { label: texts.settings.strict, value: yesNo(settings.strictComparisons) },
          { label: texts.settings.levels, value: formatLevels(settings.levels) },
        ],
      },
    ],
  };
}
