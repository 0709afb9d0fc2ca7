/**
 * The add-in manifest, checked offline: well-formed, Italian with English overrides, the permissions and
 * requirement set the engine needs, the Home-tab button; every URL it names is a file the production
 * build emits, every icon exists with the right PNG size. The same build's pane stays within budget.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { allElements, localName, parseXml, type XmlElement } from "../../helpers/xml";
import { ensureBuild, paneSize, REPO } from "../../../scripts/lib/pane-build";

const MANIFEST = readFileSync(path.join(REPO, "manifest.xml"), "utf8");
const ORIGIN = "https://localhost:3000/";
const ICON_SIZES = [16, 32, 64, 80, 128];

const root = parseXml(MANIFEST);
const elements = allElements(root);
const byName = (name: string): XmlElement[] => elements.filter((e) => localName(e) === name);
const one = (name: string): XmlElement => {
  const found = byName(name);
  expect(`${name}: ${found.length}`).toBe(`${name}: 1`);
  return found[0];
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!b.subarray(0, 8).equals(signature) || b.toString("ascii", 12, 16) !== "IHDR")
    throw new Error(`${file} is not a PNG`);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  test("the XML reader refuses what is not well-formed", () => {
    expect(() => parseXml("<a><b></a></b>")).toThrow(/closes/);
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow(/duplicate/);
    expect(() => parseXml("<a>fish & chips</a>")).toThrow(/&/);
    expect(() => parseXml("<a/><b/>")).toThrow(/after the root/);
    expect(() => parseXml("<a>")).toThrow(/never closed/);
    expect(parseXml('<?xml version="1.0"?><a k="&amp;"><!-- c --><b>t</b></a>').children[0].text).toBe("t");
  });

  test("is a task-pane add-in for Excel, Italian by default with en-US overrides", () => {
    expect(root.name).toBe("OfficeApp");
    expect(root.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(one("DefaultLocale").text).toBe("it-IT");
    const top = (name: string): XmlElement => {
      const el = root.children.find((c) => c.name === name);
      if (!el) throw new Error(`no <${name}> in <OfficeApp>`);
      return el;
    };
    expect(top("DisplayName").attrs.DefaultValue).toBe("Cruscotto Performance");
    for (const name of ["DisplayName", "Description"]) {
      const overrides = top(name).children.filter((c) => localName(c) === "Override");
      expect(overrides.map((o) => o.attrs.Locale)).toEqual(["en-US"]);
    }
    // Every string shown in the ribbon has its English text too.
    const strings = byName("String");
    expect(strings.length).toBeGreaterThan(0);
    for (const s of strings)
      expect(`${s.attrs.id}: ${s.children.map((c) => c.attrs.Locale).join(",")}`).toBe(`${s.attrs.id}: en-US`);
    expect(byName("Host").some((h) => h.attrs.Name === "Workbook")).toBe(true);
    expect(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(one("Id").text)).toBe(true);
  });

  test("asks for ReadWriteDocument and ExcelApi 1.4 (names.add, getUsedRangeOrNullObject); newer APIs only where supported", () => {
    expect(one("Permissions").text).toBe("ReadWriteDocument");
    const sets = byName("Set").map((s) => `${s.attrs.Name} ${s.attrs.MinVersion}`);
    expect(sets).toEqual(["ExcelApi 1.4"]);
  });

  test("a button on the Home tab opens the task pane", () => {
    const tab = byName("OfficeTab").find((t) => t.attrs.id === "TabHome");
    if (!tab) throw new Error("no OfficeTab TabHome");
    const controls = allElements(tab).filter((e) => localName(e) === "Control" && e.attrs["xsi:type"] === "Button");
    expect(controls).toHaveLength(1);
    const action = allElements(controls[0]).find((e) => localName(e) === "Action");
    expect(action?.attrs["xsi:type"]).toBe("ShowTaskpane");
    const resid = action?.children.find((c) => localName(c) === "SourceLocation")?.attrs.resid;
    const url = byName("Url").find((u) => u.attrs.id === resid);
    expect(url?.attrs.DefaultValue).toBe(`${ORIGIN}taskpane.html`);
    // Every resid used anywhere points to a declared resource.
    const ids = new Set(
      elements.filter((e) => e.attrs.id && ["Image", "Url", "String"].includes(localName(e))).map((e) => e.attrs.id),
    );
    for (const e of elements.filter((x) => x.attrs.resid))
      expect(`${e.name} ${e.attrs.resid} ${ids.has(e.attrs.resid)}`).toBe(`${e.name} ${e.attrs.resid} true`);
  });

  test("every icon size exists in assets/ with its PNG dimensions", () => {
    for (const size of ICON_SIZES) {
      expect(pngSize(path.join(REPO, "assets", `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
    // The icons the manifest names are the right size for the slot they fill.
    for (const img of byName("Image").filter((i) => i.attrs.size && i.attrs.resid)) {
      const res = byName("Image").find((r) => r.attrs.id === img.attrs.resid);
      expect(res?.attrs.DefaultValue).toBe(`${ORIGIN}assets/icon-${img.attrs.size}.png`);
    }
  });

  describe("against the production build", () => {
    let build: string;
    beforeAll(() => {
      build = ensureBuild();
    }, 900_000);

    test("every URL the manifest names is a file the build emits", () => {
      const urls = new Set<string>();
      for (const e of elements) {
        for (const v of [...Object.values(e.attrs), e.text]) if (v.startsWith("https://")) urls.add(v);
      }
      expect(urls.size).toBeGreaterThan(5);
      for (const url of urls) {
        if (url === ORIGIN.slice(0, -1)) continue; // the AppDomain itself
        expect(url.startsWith(ORIGIN) ? "ours" : url).toBe("ours");
        const file = path.join(build, url.slice(ORIGIN.length));
        expect(`${url} ${existsSync(file)}`).toBe(`${url} true`);
      }
      expect(readFileSync(path.join(build, "manifest.xml"), "utf8")).toBe(MANIFEST);
      for (const size of ICON_SIZES) expect(existsSync(path.join(build, "assets", `icon-${size}.png`))).toBe(true);
    });

    test("taskpane.html loads office.js from Microsoft's CDN and the pane's own chunk", () => {
      const html = readFileSync(path.join(build, "taskpane.html"), "utf8");
      expect(html).toMatch(/<script[^>]+src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/);
      for (const f of paneSize(build).files) expect(html).toContain(f);
    });

    test("the pane's initial JavaScript is at most 300 KB gzipped; exceljs is not in it", () => {
      const size = paneSize(build);
      expect(size.gzipBytes).toBeGreaterThan(50_000);
      expect(size.gzipBytes).toBeLessThanOrEqual(300 * 1024);
      const hasExcelJs = (f: string): boolean =>
        readFileSync(path.join(build, f), "utf8").includes("xl/sharedStrings.xml");
      for (const f of size.files) expect(`${f} ${hasExcelJs(f)}`).toBe(`${f} false`);
      // It is in a lazy chunk of the same build, fetched only by the preview.
      const others = readdirSync(build).filter((f) => f.endsWith(".js") && !size.files.includes(f));
      expect(others.filter(hasExcelJs)).toHaveLength(1);
    });
  });
});
