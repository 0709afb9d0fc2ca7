/**
 * The production manifest: `ADDIN_URL=https://host/path/ npm run build` copies manifest.xml with every
 * development address replaced by the office's own, so the add-in can be deployed from any https host.
 * Checked on the shared production build (the files each URL names must exist in it) and through the
 * webpack configuration itself, without a second build.
 */
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { parseXml } from "../../helpers/xml";
import { ensureBuild, REPO } from "../../../scripts/lib/pane-build";
import { DEV_BASE, manifestUrls, normaliseBase, rebaseManifest } from "../../../scripts/lib/manifestBase";

const BASE = "https://cruscotto.example.org/app/";
const DEV_MANIFEST = readFileSync(path.join(REPO, "manifest.xml"), "utf8");

interface CopyPattern {
  to: string;
  transform?: (content: Buffer) => string;
}
interface WebpackConfig {
  plugins: { patterns?: CopyPattern[] }[];
}
type ConfigFactory = (env: Record<string, unknown>, argv: { mode: string }) => Promise<WebpackConfig>;

describe("the production manifest", () => {
  test("names no localhost: every URL is under the office's address", () => {
    const xml = rebaseManifest(DEV_MANIFEST, BASE);
    expect(xml).not.toMatch(/localhost/);
    const urls = manifestUrls(xml);
    expect(urls.length).toBeGreaterThanOrEqual(8);
    for (const url of urls) expect(url.startsWith(BASE)).toBe(true);
    // Still well-formed, and the development manifest did name localhost (the check is not empty).
    expect(() => parseXml(xml)).not.toThrow();
    expect(manifestUrls(DEV_MANIFEST).every((u) => u.startsWith(DEV_BASE.slice(0, -1)))).toBe(true);
  });

  test("every file it names is in the production build", () => {
    const build = ensureBuild();
    const xml = rebaseManifest(readFileSync(path.join(build, "manifest.xml"), "utf8"), BASE);
    for (const url of manifestUrls(xml)) {
      const file = path.join(build, ...url.slice(BASE.length).split("/"));
      expect(`${url} -> ${existsSync(file) ? "present" : "missing"}`).toBe(`${url} -> present`);
    }
  });

  test("an address without the final slash is read as a folder; http, relative or queried addresses are refused", () => {
    expect(normaliseBase("https://intranet.example.org/cruscotto")).toBe("https://intranet.example.org/cruscotto/");
    expect(() => normaliseBase("http://intranet.example.org/cruscotto/")).toThrow(/https/);
    expect(() => normaliseBase("cruscotto/")).toThrow(/not an address/);
    expect(() => normaliseBase("https://intranet.example.org/app/?v=1")).toThrow(/query/);
  });

  test("webpack's configuration applies it when ADDIN_URL is set, and only then", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the webpack configuration is CommonJS
    const factory = require("../../../webpack.config.js") as ConfigFactory;
    const manifestPattern = async (): Promise<CopyPattern | undefined> => {
      const config = await factory({}, { mode: "production" });
      const patterns = config.plugins.flatMap((p) => p.patterns ?? []);
      return patterns.find((p) => p.to === "manifest.xml");
    };
    const previous = process.env.ADDIN_URL;
    try {
      delete process.env.ADDIN_URL;
      expect((await manifestPattern())?.transform).toBeUndefined();
      process.env.ADDIN_URL = BASE;
      const transform = (await manifestPattern())?.transform;
      expect(transform).toBeDefined();
      const xml = transform ? transform(Buffer.from(DEV_MANIFEST)) : "";
      expect(manifestUrls(xml).every((u) => u.startsWith(BASE))).toBe(true);
      process.env.ADDIN_URL = "http://insecure.example.org/";
      await expect(factory({}, { mode: "production" })).rejects.toThrow(/https/);
    } finally {
      if (previous === undefined) delete process.env.ADDIN_URL;
      else process.env.ADDIN_URL = previous;
    }
  });
});
