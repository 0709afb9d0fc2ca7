/**
 * What a run does with the monitoring history: reads the one the workbook keeps, records this run's point
 * when asked (and when the history's sheet can be written), and finds the point the run compares with.
 */
import type { WorkbookGrid } from "../grid/types";
import type { Plan } from "../model/types";
import type { Scorecard } from "../scoring/types";
import type { Lang } from "../../i18n/messages";
import { historyPlace, type HistoryPlace } from "./place";
import { readHistory, type History } from "./read";
import { recordPoint, type RecordedPoint } from "./point";
import { previousPoint } from "./trend";
import type { MonitoringPoint, MonitoringRequest } from "./types";

export interface MonitoringRunInput {
  /** The workbook as the engine sees it (without the undo log). */
  workbook: WorkbookGrid;
  plan: Plan;
  scorecard: Scorecard;
  lang: Lang;
  /** The point to record; absent = none (an existing history is still read). */
  request?: MonitoringRequest;
  /** The run's date (ISO) when no point is recorded: today, as the caller knows it. */
  runDate?: string;
}

export interface MonitoringRun {
  place: HistoryPlace;
  /** The history as the workbook held it before the run. */
  stored: History;
  /** The point this run records; null when it records none. */
  recorded: (RecordedPoint & { date: string }) | null;
  /** A point was asked for but the history's sheet is protected. */
  refused: MonitoringRequest | null;
  /** Every point after the run, in date order (the recorded one in place of one of the same date). */
  points: MonitoringPoint[];
  /** The run's date: the recorded point's, else the run date given; null when neither is known. */
  date: string | null;
  /** The latest point before the run's date: what the trend compares with. */
  previous: MonitoringPoint | null;
}

export function monitoringRun(input: MonitoringRunInput): MonitoringRun {
  const place = historyPlace(input.workbook);
  const stored = readHistory(place.grid);
  // Recorded again without a label, a point keeps the one it had («Monitoraggio semestrale» stays).
  const request = input.request && {
    ...input.request,
    label: input.request.label?.trim() || (stored.points.find((p) => p.date === input.request?.date)?.label ?? null),
  };
  const protectedSheet = place.grid?.protected === true;
  const recorded =
    request && !protectedSheet
      ? {
          ...recordPoint({ plan: input.plan, scorecard: input.scorecard, request, lang: input.lang }),
          date: request.date,
        }
      : null;
  const points = recorded
    ? [...stored.points.filter((p) => p.date !== recorded.date), recorded.point].sort((a, b) =>
        a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
      )
    : stored.points;
  const date = request?.date ?? input.runDate ?? null;
  return {
    place,
    stored,
    recorded,
    refused: request && protectedSheet ? request : null,
    points,
    date,
    previous: previousPoint(points, date),
  };
}
