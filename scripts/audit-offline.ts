/**
 * An offline stand-in for `npm audit --omit=dev`, whose endpoint this build network refuses (HTTP 405):
 * lists the production dependency tree (`npm ls --omit=dev --all --json`) and fails on any package in a
 * small deny-list of versions with published advisories. It is a tripwire for known cases, not an audit:
 * run `npm audit --omit=dev` wherever the registry answers, before each release.
 *   tsx scripts/audit-offline.ts          exit 0, or 1 with one line per vulnerable package
 */
import { execFileSync } from "node:child_process";
import * as path from "node:path";

export interface Advisory {
  name: string;
  /** First fixed version: every version below it is affected. */
  fixed: string;
  id: string;
}

/**
 * Advisories for packages that are, or were, in this tree or commonly pulled in by its kind (zip, xml,
 * crypto polyfills, glob matching). Add a line when an advisory appears for a package we ship.
 */
export const DENY_LIST: Advisory[] = [
  { name: "crypto-js", fixed: "4.2.0", id: "CVE-2023-46233 (PBKDF2 1000x weaker than specified)" },
  { name: "jszip", fixed: "3.8.0", id: "CVE-2022-48285 (path traversal in loadAsync)" },
  { name: "unzipper", fixed: "0.8.13", id: "zip slip: arbitrary file write on extraction" },
  { name: "minimist", fixed: "1.2.6", id: "CVE-2021-44906 (prototype pollution)" },
  { name: "minimatch", fixed: "3.0.5", id: "CVE-2022-3517 (ReDoS)" },
  { name: "tmp", fixed: "0.2.4", id: "CVE-2025-54798 (symlink write outside the temp folder)" },
  { name: "@babel/runtime", fixed: "7.26.10", id: "CVE-2025-27789 (quadratic RegExp in named groups)" },
  { name: "json5", fixed: "2.2.2", id: "CVE-2022-46175 (prototype pollution)" },
  { name: "semver", fixed: "7.5.2", id: "CVE-2022-25883 (ReDoS)" },
  { name: "elliptic", fixed: "6.6.1", id: "CVE-2024-48949 and later (signature verification flaws)" },
];

export interface Installed {
  name: string;
  version: string;
  /** The chain of packages that pulls it in, from the root. */
  via: string[];
}

interface LsNode {
  version?: string;
  dependencies?: Record<string, LsNode>;
}

/** Every (name, version) in an `npm ls --json` tree, each with one path that reaches it. */
export function flatten(tree: LsNode): Installed[] {
  const out = new Map<string, Installed>();
  const walk = (node: LsNode, via: string[]): void => {
    for (const [name, child] of Object.entries(node.dependencies ?? {})) {
      if (!child.version) continue; // optional platform packages not installed here
      const key = `${name}@${child.version}`;
      if (out.has(key)) continue;
      out.set(key, { name, version: child.version, via });
      walk(child, [...via, name]);
    }
  };
  walk(tree, []);
  return [...out.values()];
}

/** Numeric comparison of x.y.z (a pre-release tag sorts before its release, as semver says). */
export function versionBelow(version: string, fixed: string): boolean {
  const parse = (v: string): [number[], boolean] => {
    const [core, pre] = v.split("-", 2);
    return [core.split(".").map((n) => Number(n) || 0), pre !== undefined];
  };
  const [a, aPre] = parse(version);
  const [b] = parse(fixed);
  for (let i = 0; i < 3; i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
  }
  return aPre;
}

export function vulnerable(installed: Installed[], deny: Advisory[] = DENY_LIST): string[] {
  return installed.flatMap((p) =>
    deny
      .filter((a) => a.name === p.name && versionBelow(p.version, a.fixed))
      .map((a) => `${p.name}@${p.version} (${[...p.via, p.name].join(" > ")}): ${a.id}; fixed in ${a.fixed}`),
  );
}

export function productionTree(repo: string): LsNode {
  let out: string;
  try {
    out = execFileSync("npm", ["ls", "--omit=dev", "--all", "--json"], {
      cwd: repo,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      timeout: 120_000,
    });
  } catch (err) {
    // npm ls exits 1 on extraneous or invalid packages and still prints the whole tree.
    out = String((err as { stdout?: string }).stdout ?? "");
  }
  return JSON.parse(out) as LsNode;
}

function main(): void {
  const repo = path.resolve(__dirname, "..");
  const installed = flatten(productionTree(repo));
  const found = vulnerable(installed);
  console.log(
    `audit-offline: ${installed.length} pacchetti di produzione controllati, ${DENY_LIST.length} avvisi noti`,
  );
  for (const line of found) console.log(`  VULNERABILE ${line}`);
  process.exit(found.length > 0 ? 1 : 0);
}

if (require.main === module) main();
