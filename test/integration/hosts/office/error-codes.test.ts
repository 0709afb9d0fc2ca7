/**
 * Every error code Microsoft documents for Excel (office-js-docs-pr
 * docs/testing/application-specific-api-error-handling.md, the common and the Excel tables) reaches the
 * person as a sentence that says what to do, in Italian and English; any other code is named.
 */
import { OFFICE_ERROR_CODES, toHostError } from "../../../../src/hosts/office/errors";
import { errorText } from "../../../../src/taskpane/model/hostError";
import { PANE_TEXTS } from "../../../../src/i18n/pane";
import { FakeOfficeError } from "../../../fakes/excel-fake";

/** The codes of the two tables, as the page lists them. */
const DOCUMENTED = [
  ...[
    "AccessDenied",
    "ActivityLimitReached",
    "ApiNotAvailable",
    "ApiNotFound",
    "BadPassword",
    "Conflict",
    "ContentLengthRequired",
  ],
  ...[
    "GeneralException",
    "HostRestartNeeded",
    "InsertDeleteConflict",
    "InvalidArgument",
    "InvalidBinding",
    "InvalidOperation",
  ],
  ...[
    "InvalidReference",
    "InvalidRequest",
    "InvalidRibbonDefinition",
    "InvalidSelection",
    "ItemAlreadyExists",
    "ItemNotFound",
  ],
  ...[
    "MemoryLimitReached",
    "NotImplemented",
    "RequestAborted",
    "RequestPayloadSizeLimitExceeded",
    "ResponsePayloadSizeLimitExceeded",
  ],
  ...[
    "ServiceNotAvailable",
    "Unauthenticated",
    "UnsupportedFeature",
    "UnsupportedOperation",
    "EmptyChartSeries",
    "FilteredRangeConflict",
  ],
  ...[
    "FormulaLengthExceedsLimit",
    "InactiveWorkbook",
    "InvalidOperationInCellEditMode",
    "MergedRangeConflict",
    "NonBlankCellOffSheet",
  ],
  ...[
    "OperationCellsExceedLimit",
    "PivotTableRangeConflict",
    "RangeExceedsLimit",
    "RefreshWorkbookLinksBlocked",
    "UndoNotSupported",
  ],
  "UnsupportedSheet",
];

describe("Office error codes in the pane", () => {
  test.each(DOCUMENTED)("%s has a host code of its own and a sentence in both languages", (code) => {
    const err = toHostError(new FakeOfficeError(code, "message"));
    expect(err.code).not.toBe("unknown");
    expect(OFFICE_ERROR_CODES[code]).toBe(err.code);
    for (const lang of ["it", "en"] as const) {
      const text = errorText(err, PANE_TEXTS[lang]);
      expect(text.length).toBeGreaterThan(30);
      // A sentence that says what to do next.
      expect(text).toMatch(
        lang === "it"
          ? /riprovare|aggiornare|riaprire|Rimuovere|riavviare|togliere|fare clic|premere/i
          : /try again|update|reopen|Remove|restart|click|press/i,
      );
    }
  });

  test("the sentences that cannot say more name Excel's code; an undocumented code is named too", () => {
    for (const lang of ["it", "en"] as const) {
      const t = PANE_TEXTS[lang];
      expect(errorText(toHostError(new FakeOfficeError("GeneralException", "x")), t)).toContain("GeneralException");
      expect(errorText(toHostError(new FakeOfficeError("InvalidArgument", "x")), t)).toContain("InvalidArgument");
      const odd = errorText(toHostError(new FakeOfficeError("SomethingNew", "x")), t);
      expect(odd).toContain(t.hostErrors.unknown);
      expect(odd).toContain("SomethingNew");
    }
  });

  test("Excel in cell edit mode: press Enter or Esc and try again", () => {
    const err = toHostError(new FakeOfficeError("InvalidOperationInCellEditMode", "x"));
    expect(err.code).toBe("cell_edit_mode");
    expect(errorText(err, PANE_TEXTS.it)).toMatch(/Invio o Esc/);
    expect(errorText(err, PANE_TEXTS.en)).toMatch(/Enter or Esc/);
  });
});
