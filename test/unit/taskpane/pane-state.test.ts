/**
 * What the pane remembers and names: «Ultimo calcolo» (time, year and rules of the session's runs, a stack
 * like the undo log), the «Come si usa» strip's dismissal (with or without storage), and the downloaded
 * copy's name after what the workbook holds.
 */
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { PANE_TEXTS } from "../../../src/i18n/pane";
import { downloadName } from "../../../src/taskpane/model/download";
import { dismissGuide, GUIDE_KEY, guideDismissed, type KeyValueStore } from "../../../src/taskpane/model/guide";
import {
  formatWhen,
  lastRunText,
  popRun,
  pushRun,
  settingsBrief,
  type RunHistory,
} from "../../../src/taskpane/model/lastRun";

const it = PANE_TEXTS.it;
const en = PANE_TEXTS.en;
/** Local time, so the test reads the same in every time zone. */
const at = new Date(2023, 2, 31, 9, 5);

describe("Ultimo calcolo", () => {
  test("dates and times as each language writes them", () => {
    expect(formatWhen(at, "it")).toEqual({ date: "31/03/2023", time: "09:05" });
    expect(formatWhen(at, "en")).toEqual({ date: "31 Mar 2023", time: "09:05" });
  });

  test("the rules in brief: bands and the maximum achievement always, the rest only when changed", () => {
    expect(settingsBrief(DEFAULT_SETTINGS, "it", it)).toBe("Raggiunto ≥ 90%, Parziale ≥ 70%, limite massimo 100%");
    const changed = {
      ...DEFAULT_SETTINGS,
      bandRaggiunto: 0.925,
      soglia: 0.1,
      missingAsZero: true,
      strictComparisons: true,
    };
    expect(settingsBrief(changed, "it", it)).toBe(
      "Raggiunto ≥ 92,5%, Parziale ≥ 70%, limite massimo 100%, soglia minima 10%, mancanti come zero, confronti stretti",
    );
    expect(settingsBrief(changed, "en", en)).toBe(
      "Achieved ≥ 92.5%, Partly ≥ 70%, maximum achievement 100%, minimum threshold 10%, missing as zero, strict comparisons",
    );
  });

  test("the last run of the session, with its year", () => {
    const history = pushRun([], { at, settings: { ...DEFAULT_SETTINGS, year: 2023 } });
    expect(lastRunText(history, true, "it", it)).toBe(
      "Ultimo calcolo: 31/03/2023, 09:05 · anno 2023 · Raggiunto ≥ 90%, Parziale ≥ 70%, limite massimo 100%",
    );
    expect(lastRunText(history, true, "en", en)).toBe(
      "Last run: 31 Mar 2023, 09:05 · year 2023 · Achieved ≥ 90%, Partly ≥ 70%, maximum achievement 100%",
    );
  });

  test("undo takes the last run off; a run logged in an earlier session is said to be there, without a time", () => {
    let history: RunHistory = [];
    history = pushRun(history, { at, settings: DEFAULT_SETTINGS });
    history = pushRun(history, { at: new Date(2023, 2, 31, 10, 0), settings: DEFAULT_SETTINGS });
    expect(lastRunText(history, true, "it", it)).toContain("10:00");
    history = popRun(history);
    expect(lastRunText(history, true, "it", it)).toContain("09:05");
    history = popRun(history);
    expect(lastRunText(history, true, "it", it)).toBe(it.lastRun.earlier);
    expect(lastRunText(history, false, "it", it)).toBeNull();
  });
});

describe("Come si usa", () => {
  const memory = (): KeyValueStore & { data: Map<string, string> } => {
    const data = new Map<string, string>();
    return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
  };
  const refusing: KeyValueStore = {
    getItem: () => {
      throw new Error("SecurityError");
    },
    setItem: () => {
      throw new Error("QuotaExceededError");
    },
  };

  test("shown until dismissed, and remembered", () => {
    const store = memory();
    expect(guideDismissed(store)).toBe(false);
    expect(dismissGuide(store)).toBe(true);
    expect(store.data.get(GUIDE_KEY)).toBe("1");
    expect(guideDismissed(store)).toBe(true);
  });

  test("storage refused or absent: shown again, nothing thrown", () => {
    expect(guideDismissed(refusing)).toBe(false);
    expect(dismissGuide(refusing)).toBe(false);
    expect(guideDismissed(null)).toBe(false);
    expect(dismissGuide(null)).toBe(false);
  });
});

describe("the downloaded copy's name", () => {
  test("after what the workbook holds", () => {
    expect(downloadName("piano-performance-2022.xlsx", "scored", it)).toBe("piano-performance-2022-valutato.xlsx");
    expect(downloadName("piano-performance-2022.xlsx", "restored", it)).toBe("piano-performance-2022-annullato.xlsx");
    expect(downloadName("Piano.XLSX", "edited", it)).toBe("Piano-modificato.xlsx");
    expect(downloadName("Piano.xlsx", "restored", en)).toBe("Piano-restored.xlsx");
    expect(downloadName(".xlsx", "scored", it)).toBe("cartella-valutato.xlsx");
  });
});
