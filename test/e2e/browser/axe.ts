/**
 * axe-core in the preview page: injected from node_modules (the page fetches nothing from elsewhere) and run
 * on the WCAG 2.1 A and AA rules. What counts is a serious or critical violation, with one exception, below.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] as const;

export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  /** One CSS selector per element, its markup cut short, and what axe found wrong (colours and ratio). */
  nodes: { target: string; html: string; summary: string }[];
}

/**
 * The one exception, a known false positive: Fluent UI's Tabster puts focus guards around its focus groups
 * (tab list, menus, the dropdown), `<i tabindex="0" aria-hidden="true" data-tabster-dummy>`, that move the
 * focus on the moment they receive it, so that no one ever rests on an aria-hidden element; axe only sees a
 * focusable element inside aria-hidden and reports «aria-hidden-focus». Only that rule, and only on an element
 * that carries Tabster's own `data-tabster-dummy` attribute, is left out; anything else on the same rule stays.
 */
export const TABSTER_FOCUS_GUARD = { rule: "aria-hidden-focus", attribute: "data-tabster-dummy" } as const;

/** Serious and critical WCAG 2.1 A/AA violations on the page as it is now (axe injected once per page). */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  const injected = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== "undefined");
  // Evaluated through the debugging protocol, which the pane's Content-Security-Policy (script-src 'self')
  // does not cover, as a <script> tag would be: the page under test keeps its real policy.
  if (!injected) await page.evaluate(`${AXE_SOURCE}\n;undefined`);
  return page.evaluate(
    async ({ tags, guard }) => {
      type AxeNode = { target: string[]; html: string; failureSummary?: string };
      type AxeResult = { id: string; impact: string | null; help: string; nodes: AxeNode[] };
      const axe = (
        window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeResult[] }> } }
      ).axe;
      const { violations } = await axe.run(document, {
        runOnly: { type: "tag", values: tags },
        resultTypes: ["violations"],
      });
      const isGuard = (rule: string, node: AxeNode): boolean => {
        if (rule !== guard.rule || node.target.length !== 1) return false;
        return document.querySelector(node.target[0])?.hasAttribute(guard.attribute) ?? false;
      };
      return violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => ({
          rule: v.id,
          impact: v.impact ?? "",
          help: v.help,
          nodes: v.nodes
            .filter((n) => !isGuard(v.id, n))
            .map((n) => ({
              target: n.target.join(" "),
              html: n.html.slice(0, 160),
              summary: n.failureSummary ?? "",
            })),
        }))
        .filter((v) => v.nodes.length > 0);
    },
    { tags: [...WCAG_TAGS], guard: TABSTER_FOCUS_GUARD },
  );
}
