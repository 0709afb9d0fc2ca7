/** Page furniture drawn once every page exists (bufferPages): "Pagina n di N" needs N. */
import type { ReportDocument } from "../../core/document/types";
import { COLOURS, FONT, PAGE, SIZE } from "./theme";
import type { Writer } from "./writer";

export function drawFooters(w: Writer, model: ReportDocument): void {
  const { doc } = w;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottomMargin = doc.page.margins.bottom;
    // Writing inside the bottom margin: without this pdfkit would open a new page for the footer.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - PAGE.footerFromBottom;
    const left = doc.page.margins.left;
    const width = doc.page.width - left - doc.page.margins.right;
    const number = model.pageTemplate.replace("{n}", String(i + 1)).replace("{N}", String(range.count));
    doc.markContent("Artifact", { type: "Pagination" });
    doc
      .moveTo(left, y - 6)
      .lineTo(left + width, y - 6)
      .lineWidth(0.4)
      .strokeColor(COLOURS.rule)
      .stroke();
    doc.font(FONT.regular).fontSize(SIZE.footer).fillColor(COLOURS.muted);
    const numberWidth = doc.widthOfString(number);
    doc.text(model.footerText, left, y, { width: width - numberWidth - 20, height: SIZE.footer * 1.5, ellipsis: true });
    doc.text(number, left + width - numberWidth, y, { lineBreak: false });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottomMargin;
  }
}
