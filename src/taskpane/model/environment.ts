/**
 * Where the pane runs and how it should look: one helper decides Office or preview, the language and
 * the theme, from plain inputs (so it is tested without Office or a browser).
 */
import type { Lang } from "../../i18n/messages";

export type ThemeName = "light" | "dark" | "highContrast";

/** Office: displayLanguage ("en-US"); preview: ?lang= first, then navigator.language. Italian otherwise. */
export function chooseLang(input: {
  officeLanguage?: string | null;
  query?: string;
  browserLanguage?: string | null;
}): Lang {
  const fromQuery = new URLSearchParams(input.query ?? "").get("lang");
  if (fromQuery === "en" || fromQuery === "it") return fromQuery;
  const tag = input.officeLanguage ?? input.browserLanguage ?? "";
  return tag.toLowerCase().startsWith("en") ? "en" : "it";
}

/** Relative luminance of "#rrggbb" (WCAG), or null when the text is not such a colour. */
function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(m[1].slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * ?theme= wins (for screenshots); forced colours (Windows high contrast) next; then Office's body
 * background (dark Office themes have a dark pane); then the browser's colour scheme.
 */
export function chooseTheme(input: {
  query?: string;
  forcedColors: boolean;
  prefersDark: boolean;
  officeBodyBackground?: string | null;
}): ThemeName {
  const q = new URLSearchParams(input.query ?? "").get("theme");
  if (q === "light" || q === "dark") return q;
  if (q === "hc" || q === "highContrast") return "highContrast";
  if (input.forcedColors) return "highContrast";
  const lum = input.officeBodyBackground ? luminance(input.officeBodyBackground) : null;
  if (lum !== null) return lum < 0.2 ? "dark" : "light";
  return input.prefersDark ? "dark" : "light";
}
