/**
 * Task pane entry: decide Excel or browser preview, language and theme, then render. In Excel the
 * Office.js host is used; outside it the same pane opens .xlsx files with exceljs (loaded on demand).
 */
import { createRoot } from "react-dom/client";
import { createElement } from "react";
import { App } from "./components/App";
import { chooseLang, chooseTheme } from "./model/environment";
import { detectExcel } from "./office";
import { createPaneOfficeHost } from "./officeHost";
import { officeBrowserWindow, previewBrowserWindow } from "./browserWindow";

async function start(): Promise<void> {
  const excel = await detectExcel();
  const media = (q: string): boolean => typeof window.matchMedia === "function" && window.matchMedia(q).matches;
  const lang = chooseLang({
    officeLanguage: excel?.displayLanguage,
    query: excel ? "" : window.location.search,
    browserLanguage: navigator.language,
  });
  const theme = chooseTheme({
    query: window.location.search,
    forcedColors: media("(forced-colors: active)"),
    prefersDark: media("(prefers-color-scheme: dark)"),
    officeBodyBackground: excel?.bodyBackground,
  });
  document.documentElement.lang = lang;
  const container = document.getElementById("root");
  if (!container) return;
  const browserWindow = excel ? officeBrowserWindow() : previewBrowserWindow(window.location.search);
  createRoot(container).render(
    createElement(App, { lang, theme, officeHost: excel ? createPaneOfficeHost() : undefined, browserWindow }),
  );
}

void start();
