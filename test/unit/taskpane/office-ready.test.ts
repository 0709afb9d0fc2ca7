/**
 * The pane decides Excel or browser preview from Office's own answer: a slow Excel (Office.onReady resolving
 * after many seconds) still gets the Excel pane, never the preview; outside Office (host null, as office.js
 * answers in a plain browser) or without office.js at all, the preview.
 */
import { detectExcel, type OfficeGlobal } from "../../../src/taskpane/office";

const EXCEL = "Excel";

function fakeOffice(answer: () => Promise<{ host: unknown; platform: unknown }>): OfficeGlobal {
  return {
    onReady: answer,
    HostType: { Excel: EXCEL },
    context: { displayLanguage: "en-US", officeTheme: { bodyBackgroundColor: "#1f1f1f" } },
  };
}

describe("detectExcel", () => {
  afterEach(() => jest.useRealTimers());

  test("waits for a slow Excel instead of falling into the preview", async () => {
    jest.useFakeTimers();
    const slow = fakeOffice(
      () => new Promise((resolve) => setTimeout(() => resolve({ host: EXCEL, platform: "OfficeOnline" }), 45_000)),
    );
    let settled: unknown = "pending";
    const detection = detectExcel(slow).then((info) => {
      settled = info;
    });
    await jest.advanceTimersByTimeAsync(30_000);
    expect(settled).toBe("pending");
    await jest.advanceTimersByTimeAsync(15_000);
    await detection;
    expect(settled).toEqual({ displayLanguage: "en-US", bodyBackground: "#1f1f1f" });
  });

  test("outside Office (host and platform null) the preview opens", async () => {
    expect(await detectExcel(fakeOffice(async () => ({ host: null, platform: null })))).toBeNull();
  });

  test("without office.js, or when it fails, the preview opens at once", async () => {
    expect(await detectExcel(undefined)).toBeNull();
    expect(await detectExcel(fakeOffice(() => Promise.reject(new Error("office.js failed"))))).toBeNull();
  });

  test("another Office application is not Excel", async () => {
    expect(await detectExcel(fakeOffice(async () => ({ host: "Word", platform: "PC" })))).toBeNull();
  });
});
