/**
 * `npm audit --omit=dev` cannot run from this network (its endpoint answers 405), so
 * scripts/audit-offline.ts checks the production tree against a small deny-list of versions with published
 * advisories. Here: the comparison catches what it must, and today's tree has none of them.
 */
import * as path from "node:path";
import { DENY_LIST, flatten, productionTree, versionBelow, vulnerable } from "../../../scripts/audit-offline";

test("versions compare as numbers, a pre-release before its release", () => {
  expect(versionBelow("4.1.1", "4.2.0")).toBe(true);
  expect(versionBelow("4.2.0", "4.2.0")).toBe(false);
  expect(versionBelow("4.10.0", "4.9.9")).toBe(false);
  expect(versionBelow("0.8.9", "0.8.13")).toBe(true);
  expect(versionBelow("4.2.0-beta.1", "4.2.0")).toBe(true);
  expect(versionBelow("5.0.0", "4.2.0")).toBe(false);
});

test("a vulnerable version deep in the tree is reported with the chain that pulls it in", () => {
  const tree = {
    dependencies: {
      exceljs: { version: "4.4.0", dependencies: { "crypto-js": { version: "4.1.1" }, jszip: { version: "3.10.2" } } },
      pdfkit: { version: "0.17.2", dependencies: { "crypto-js": { version: "4.2.0" } } },
    },
  };
  expect(vulnerable(flatten(tree))).toEqual([
    expect.stringMatching(/^crypto-js@4\.1\.1 \(exceljs > crypto-js\): CVE-2023-46233/),
  ]);
});

test("the production dependency tree has no package of the deny-list", () => {
  const installed = flatten(productionTree(path.resolve(__dirname, "..", "..", "..")));
  console.log(
    `audit offline: ${installed.length} pacchetti di produzione, ${DENY_LIST.length} avvisi noti controllati`,
  );
  expect(installed.some((p) => p.name === "exceljs")).toBe(true);
  expect(vulnerable(installed)).toEqual([]);
}, 150_000);
