/**
 * The units' bar chart, in vector shapes: one bar per unit in its band's colours (light fill, dark
 * outline), with the unit's name, the score and the status word written beside it, so the chart
 * reads in black and white and to a screen reader (the Figure's alternate text lists every bar).
 */
import type { BarChartBlock, ChartBar, GroupedBarChartBlock } from "../../core/document/types";
import { COLOURS, SIZE, STATUS_COLOURS } from "./theme";
import type { Writer } from "./writer";

const BAR_HEIGHT = 10;
const ROW_PAD = 3.5;
const SCALE_HEIGHT = 14;
const TRACK = "#F0F2F5";
/** Space under a group's label (a unit's name over its monitoring points). */
const GROUP_PAD = 4;
/** Bars of a group are set in from its label, so the label reads as theirs. */
const GROUP_INDENT = 10;

/** What the scale, the axis and the bars need of either kind of chart. */
type Frame = Pick<BarChartBlock, "max" | "thresholds" | "axisLabels">;

interface Geometry {
  labelWidth: number;
  barX: number;
  barWidth: number;
  valueX: number;
  valueWidth: number;
}

export function drawBarChart(w: Writer, block: BarChartBlock): void {
  const { doc } = w;
  const g = geometry(w);
  const heights = block.bars.map((bar) => rowHeight(w, g, bar));
  const total = SCALE_HEIGHT * 2 + heights.reduce((s, h) => s + h, 0);
  const fresh = w.bottom - doc.page.margins.top;
  // Keep the chart on one page when it can be; otherwise it flows, with its scale repeated.
  if (w.room < total && total <= fresh) w.newPage();
  else w.ensureRoom(SCALE_HEIGHT + (heights[0] ?? 0));

  w.tag(
    "Figure",
    () => {
      drawScale(w, g, block);
      block.bars.forEach((bar, i) => {
        if (w.room < heights[i] + SCALE_HEIGHT) {
          drawAxisLabels(w, g, block);
          w.newPage();
          drawScale(w, g, block);
        }
        drawBar(w, g, block, bar, heights[i]);
      });
      drawAxisLabels(w, g, block);
    },
    w.parent,
    { alt: block.altText },
  );
  doc.x = w.left;
  w.gap(10);
}

function geometry(w: Writer): Geometry {
  const labelWidth = w.width * 0.36;
  const valueWidth = w.width * 0.25;
  const barX = w.left + labelWidth + 8;
  const barWidth = w.width - labelWidth - valueWidth - 16;
  return { labelWidth, barX, barWidth, valueX: barX + barWidth + 8, valueWidth };
}

function rowHeight(w: Writer, g: Geometry, bar: ChartBar): number {
  const label = w.font("regular", SIZE.table).heightOfString(bar.label, { width: g.labelWidth });
  const value = w
    .font("semibold", SIZE.table)
    .heightOfString(`${bar.valueText} ${bar.statusText}`, { width: g.valueWidth });
  return Math.max(label, value, BAR_HEIGHT) + 2 * ROW_PAD;
}

const xOf = (g: Geometry, block: Frame, value: number): number =>
  g.barX + g.barWidth * Math.max(0, Math.min(value / block.max, 1));

/** The band edges named above the bars. */
function drawScale(w: Writer, g: Geometry, block: Frame): void {
  const { doc } = w;
  const y = doc.y;
  w.font("regular", SIZE.note - 1, COLOURS.muted);
  for (const t of block.thresholds) {
    const x = xOf(g, block, t.value);
    const width = doc.widthOfString(t.label);
    doc.text(t.label, x - width / 2, y + 2, { lineBreak: false });
  }
  doc.y = y + SCALE_HEIGHT;
}

function drawAxisLabels(w: Writer, g: Geometry, block: Frame): void {
  const { doc } = w;
  const y = doc.y + 2;
  doc
    .moveTo(g.barX, doc.y)
    .lineTo(g.barX + g.barWidth, doc.y)
    .lineWidth(0.6)
    .strokeColor(COLOURS.muted)
    .stroke();
  w.font("regular", SIZE.note - 1, COLOURS.muted);
  doc.text(block.axisLabels[0], g.barX, y, { lineBreak: false });
  const end = block.axisLabels[1];
  doc.text(end, g.barX + g.barWidth - doc.widthOfString(end), y, { lineBreak: false });
  doc.y = y + SCALE_HEIGHT - 2;
}

function drawBar(w: Writer, g: Geometry, block: Frame, bar: ChartBar, height: number, indent = 0): void {
  const { doc } = w;
  const y = doc.y;
  const colours = STATUS_COLOURS[bar.status];
  const barY = y + (height - BAR_HEIGHT) / 2;

  doc.rect(g.barX, barY, g.barWidth, BAR_HEIGHT).fill(TRACK);
  if (bar.value !== null) {
    const width = Math.max(xOf(g, block, bar.value) - g.barX, 1);
    doc.rect(g.barX, barY, width, BAR_HEIGHT).lineWidth(0.9).fillAndStroke(colours.fill, colours.ink);
  } else {
    doc.rect(g.barX, barY, g.barWidth, BAR_HEIGHT).lineWidth(0.6).dash(2, { space: 2 }).stroke(colours.ink).undash();
  }
  // Band edges as dashed lines drawn row by row: they join into one line down the chart.
  for (const t of block.thresholds) {
    const x = xOf(g, block, t.value);
    doc
      .moveTo(x, y)
      .lineTo(x, y + height)
      .lineWidth(0.5)
      .dash(1.5, { space: 1.5 })
      .strokeColor(COLOURS.muted)
      .stroke()
      .undash();
  }

  w.font("regular", SIZE.table, COLOURS.text).text(bar.label, w.left + indent, y + ROW_PAD, {
    width: g.labelWidth - indent,
  });
  w.font("semibold", SIZE.table, COLOURS.text);
  const valueWidth = doc.widthOfString(`${bar.valueText} `);
  doc.text(bar.valueText, g.valueX, y + ROW_PAD, { lineBreak: false });
  w.font("semibold", SIZE.table, colours.ink).text(bar.statusText, g.valueX + valueWidth, y + ROW_PAD, {
    width: g.valueWidth - valueWidth,
  });
  doc.y = y + height;
}

/**
 * Bars in groups: each group's label (a unit, a KPI) on a line of its own, its bars set in below it. A
 * group starts on a new page rather than leave its label alone at the foot of one.
 */
export function drawGroupedBarChart(w: Writer, block: GroupedBarChartBlock): void {
  const { doc } = w;
  const g = geometry(w);
  const labelHeight = (label: string): number =>
    w.font("semibold", SIZE.table).heightOfString(label, { width: w.width }) + GROUP_PAD;
  const first = block.groups[0];
  w.ensureRoom(SCALE_HEIGHT * 2 + (first ? labelHeight(first.label) + rowHeight(w, g, first.bars[0]) : 0));
  w.tag(
    "Figure",
    () => {
      drawScale(w, g, block);
      for (const group of block.groups) {
        const heights = group.bars.map((bar) => rowHeight(w, g, bar));
        const head = labelHeight(group.label);
        if (w.room < head + (heights[0] ?? 0) + SCALE_HEIGHT) {
          drawAxisLabels(w, g, block);
          w.newPage();
          drawScale(w, g, block);
        }
        const y = doc.y;
        w.font("semibold", SIZE.table, COLOURS.text).text(group.label, w.left, y, { width: w.width });
        doc.y = y + head;
        group.bars.forEach((bar, i) => {
          if (w.room < heights[i] + SCALE_HEIGHT) {
            drawAxisLabels(w, g, block);
            w.newPage();
            drawScale(w, g, block);
          }
          drawBar(w, g, block, bar, heights[i], GROUP_INDENT);
        });
      }
      drawAxisLabels(w, g, block);
    },
    w.parent,
    { alt: block.altText },
  );
  doc.x = w.left;
  w.gap(10);
}
