/**
 * On the production build (scripts/lib/pane-build.ts): no JavaScript file calls eval or
 * builds code from a string with Function(...), except the exact, harmless idioms listed below, which come
 * from third-party libraries (exceljs's and pdfkit's browser builds) and are not reached in the pane. The browser test (test/e2e/browser/content-security-policy.test.ts) runs
 * the pane under a policy without 'unsafe-eval' and records no violation, which shows they indeed never run.
 * The pages that load script carry the Content-Security-Policy, ahead of their first script.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { ensureBuild } from "../../../scripts/lib/pane-build";

let build: string;
let files: { name: string; text: string }[];

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const full = path.join(dir, n);
    if (statSync(full).isDirectory()) return jsFiles(full);
    return n.endsWith(".js") ? [full] : [];
  });
}

beforeAll(() => {
  build = ensureBuild();
  files = jsFiles(build).map((f) => ({ name: path.relative(build, f), text: readFileSync(f, "utf8") }));
}, 900_000);

/** Code built from a string: eval(...), new Function(...), and Function(...) called bare. */
const DYNAMIC_CODE = /(?<![\w$.])eval\s*\(|(?<![\w$.])new\s+Function\s*\(|(?<![\w$.])Function\s*\(/g;

/**
 * The occurrences allowed, each matched from the start of the call, with why it is harmless. Each is a
 * fixed string (no data reaches it) behind a guard that a browser always satisfies first.
 */
const ALLOWED: { pattern: RegExp; why: string }[] = [
  {
    // lodash, core-js, webpack's __webpack_require__.g, setimmediate: `globalThis || self || Function("return this")()`.
    pattern: /^(?:new\s+)?Function\("return this"\)\(\)/,
    why: "global-object fallback, reached only where neither globalThis nor self exists (not a browser)",
  },
  {
    // regenerator-runtime (inside exceljs's browser build): used only when globalThis is missing.
    pattern: /^Function\("r","regeneratorRuntime = r"\)/,
    why: "regenerator-runtime's sloppy-mode fallback when globalThis is missing",
  },
  {
    // The setImmediate polyfill (exceljs's browser build): turns a *string* callback into code, as the old
    // API allowed; every caller in the bundle passes a function.
    pattern: /^new Function\(""\+(\w+)\)/,
    why: "setImmediate polyfill's string-callback branch, never taken: callers pass functions",
  },
  {
    // function-bind (in pdfkit's standalone build): `Function.prototype.bind || implementation`, and this is
    // the implementation, which every browser's native bind replaces.
    pattern: /^Function\("binder","return function \("\+/,
    why: "function-bind's fallback for engines without Function.prototype.bind",
  },
  {
    // is-generator-function (pdfkit's standalone build, through its util shim): a feature probe inside
    // try/catch, run only if something asks util.types.isGeneratorFunction — nothing in the pane does, and
    // under the policy it would throw, be caught, and answer false.
    pattern: /^Function\("return function\*\(\) \{\}"\)\(\)/,
    why: "is-generator-function's probe, caught when refused",
  },
];

interface Hit {
  file: string;
  at: number;
  text: string;
}

function dynamicCode(): { allowed: Hit[]; refused: Hit[] } {
  const allowed: Hit[] = [];
  const refused: Hit[] = [];
  for (const f of files) {
    for (const m of f.text.matchAll(DYNAMIC_CODE)) {
      const at = m.index ?? 0;
      const call = f.text.slice(at, at + 60);
      const hit = { file: f.name, at, text: f.text.slice(Math.max(0, at - 40), at + 60) };
      (ALLOWED.some((a) => a.pattern.test(call)) ? allowed : refused).push(hit);
    }
  }
  return { allowed, refused };
}

test("the build has JavaScript to read", () => {
  expect(files.length).toBeGreaterThanOrEqual(2);
  expect(files.some((f) => f.name.startsWith("taskpane."))).toBe(true);
});

test("no eval, no new Function, no Function(...) outside the listed harmless idioms", () => {
  const { allowed, refused } = dynamicCode();
  console.log(
    `bundle: ${files.length} file JS letti (${files.reduce((n, f) => n + f.text.length, 0)} caratteri); ` +
      `${allowed.length} occorrenze ammesse, ${refused.length} rifiutate`,
  );
  expect(refused).toEqual([]);
});

test("the pattern would catch each form it is meant to catch, and not a method that merely ends in 'eval'", () => {
  const sample = 'a.eval(1);retrieval(2);x=eval("1");y=new Function("a","b");z=Function("c")();w=new Function ("d")';
  expect([...sample.matchAll(DYNAMIC_CODE)].map((m) => m[0].replace(/\s+/g, " "))).toEqual([
    "eval(",
    "new Function(",
    "Function(",
    "new Function (",
  ]);
});

test("every page the build serves that loads script carries the Content-Security-Policy", () => {
  for (const page of ["taskpane.html", "commands.html"]) {
    const html = readFileSync(path.join(build, page), "utf8");
    const meta = /<meta[^>]+http-equiv="?Content-Security-Policy"?[^>]*>/i.exec(html);
    expect(`${page}: ${meta ? "CSP" : "none"}`).toBe(`${page}: CSP`);
    const content = /content="([^"]*)"/.exec(meta?.[0] ?? "")?.[1] ?? "";
    expect(content).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com(;|$)/);
    expect(content).not.toContain("unsafe-eval");
    // What office.js needs on every page that loads it (docs/office-csp.md).
    expect(content).toContain("style-src 'self' 'unsafe-inline'");
    expect(content).toContain("frame-src https://appsforoffice.microsoft.com;");
    // The policy must come before the first script, or that script is not under it.
    expect(html.indexOf(meta?.[0] ?? "")).toBeLessThan(html.search(/<script/i));
  }
});

test("pdf.html, opened in the person's own browser, carries a policy of its own scripts only", () => {
  const html = readFileSync(path.join(build, "pdf.html"), "utf8");
  const meta = /<meta[^>]+http-equiv="?Content-Security-Policy"?[^>]*>/i.exec(html);
  expect(meta).not.toBeNull();
  const content = /content="([^"]*)"/.exec(meta?.[0] ?? "")?.[1] ?? "";
  expect(content).toMatch(/(^|; )default-src 'self'(;|$)/);
  expect(content).toMatch(/(^|; )script-src 'self'(;|$)/);
  expect(content).toContain("object-src 'none'");
  expect(content).not.toContain("unsafe-eval");
  expect(html).not.toContain("appsforoffice");
  expect(html.indexOf(meta?.[0] ?? "")).toBeLessThan(html.search(/<script/i));
});
