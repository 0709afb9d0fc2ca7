/**
 * No telemetry. The sources, the production dependency tree and the built bundle name no
 * analytics or error-reporting SDK, no such endpoint, and never call navigator.sendBeacon. The browser test
 * (test/e2e/browser/content-security-policy.test.ts) adds the runtime view: no request leaves for anywhere but the pane's files.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { ensureBuild } from "../../../scripts/lib/pane-build";

const REPO = path.resolve(__dirname, "..", "..", "..");

/** Word-bounded, so that "worksheetRelsEntry" is not Sentry nor "openSelfClosingTag(" gtag. */
const TELEMETRY: { name: string; pattern: RegExp }[] = [
  { name: "Application Insights", pattern: /applicationinsights|dc\.services\.visualstudio\.com|\bappInsights\b/i },
  { name: "Microsoft 1DS / OneCollector", pattern: /events\.data\.microsoft\.com|\b1ds-core-js\b/i },
  {
    name: "Google Analytics / Tag Manager",
    pattern: /google-analytics\.com|googletagmanager\.com|(?<![\w$.])gtag\s*\(|\bga\s*\(\s*['"](?:create|send)['"]/,
  },
  { name: "Sentry", pattern: /(?<![\w$])@?sentry(?:\.io|\/|\b)/i },
  { name: "Segment", pattern: /api\.segment\.io|cdn\.segment\.com|@segment\/analytics/i },
  { name: "Mixpanel", pattern: /\bmixpanel\b/i },
  { name: "Amplitude", pattern: /\bamplitude\.com\b|@amplitude\//i },
  {
    name: "PostHog, Hotjar, FullStory, LogRocket, Datadog, New Relic, Bugsnag",
    pattern: /\bposthog\b|\bhotjar\b|\bfullstory\b|\blogrocket\b|datadoghq|\bnewrelic\b|\bbugsnag\b/i,
  },
  { name: "navigator.sendBeacon", pattern: /\bsendBeacon\b/ },
];

function filesUnder(dir: string, keep: (f: string) => boolean): string[] {
  return readdirSync(dir).flatMap((n) => {
    const full = path.join(dir, n);
    if (statSync(full).isDirectory()) return filesUnder(full, keep);
    return keep(full) ? [full] : [];
  });
}

function findings(files: { name: string; text: string }[]): string[] {
  return files.flatMap((f) => TELEMETRY.filter((t) => t.pattern.test(f.text)).map((t) => `${f.name}: ${t.name}`));
}

test("each pattern catches what it names and not the words that merely contain it", () => {
  const hits = (s: string): string[] => TELEMETRY.filter((t) => t.pattern.test(s)).map((t) => t.name);
  expect(hits('import * as Sentry from "@sentry/browser"')).toEqual(["Sentry"]);
  expect(hits("gtag('config', 'G-XXXX')")).toEqual(["Google Analytics / Tag Manager"]);
  expect(hits("navigator.sendBeacon(url, data)")).toEqual(["navigator.sendBeacon"]);
  expect(hits("https://dc.services.visualstudio.com/v2/track")).toEqual(["Application Insights"]);
  expect(hits("mixpanel.track('x')")).toEqual(["Mixpanel"]);
  expect(hits("fetch('https://api.segment.io/v1/t')")).toEqual(["Segment"]);
  expect(hits("_processWorksheetRelsEntry(e); openSelfClosingTag(); segments.push(x); sentryGuard")).toEqual([]);
});

test("no telemetry in the sources, the pages, the manifest or the package manifest", () => {
  const files = [
    ...filesUnder(path.join(REPO, "src"), (f) => /\.(ts|tsx|js|html)$/.test(f)),
    ...filesUnder(path.join(REPO, "scripts"), (f) => /\.(ts|js)$/.test(f)),
    path.join(REPO, "manifest.xml"),
    path.join(REPO, "package.json"),
    path.join(REPO, "webpack.config.js"),
  ].map((f) => ({ name: path.relative(REPO, f), text: readFileSync(f, "utf8") }));
  expect(files.length).toBeGreaterThan(50);
  expect(findings(files)).toEqual([]);
});

test("no telemetry package among the production dependencies (npm ls --omit=dev --all)", () => {
  // npm ls exits 1 on extraneous or invalid packages while still printing the tree: read it either way.
  let out: string;
  try {
    out = execFileSync("npm", ["ls", "--omit=dev", "--all", "--json"], {
      cwd: REPO,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      timeout: 120_000,
    });
  } catch (err) {
    out = String((err as { stdout?: string }).stdout ?? "");
  }
  interface Node {
    version?: string;
    dependencies?: Record<string, Node>;
  }
  const names = new Set<string>();
  const walk = (n: Node): void => {
    for (const [name, child] of Object.entries(n.dependencies ?? {})) {
      if (names.has(name)) continue;
      names.add(name);
      walk(child);
    }
  };
  walk(JSON.parse(out) as Node);
  expect(names.has("exceljs")).toBe(true);
  expect(findings([...names].map((n) => ({ name: n, text: n })))).toEqual([]);
}, 150_000);

test("no telemetry in the built bundle", () => {
  const build = ensureBuild();
  const files = filesUnder(build, (f) => /\.(js|html)$/.test(f)).map((f) => ({
    name: path.relative(build, f),
    text: readFileSync(f, "utf8"),
  }));
  expect(files.some((f) => f.name.startsWith("taskpane."))).toBe(true);
  expect(findings(files)).toEqual([]);
}, 900_000);
