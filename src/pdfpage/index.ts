/**
 * pdf.html: where Excel's webview cannot download a blob (Excel for Mac), the pane opens this page in the
 * default browser with the report's document model in the address's fragment. The page makes the PDF with
 * the pane's renderer and fonts, shows it in the browser's viewer and downloads it. The fragment never
 * reaches a server; the page removes it from the address bar once read, so that a reload or a copied
 * address does not carry the report further.
 */
import { parseLangCode, type Lang } from "../i18n/messages";
import { PDF_PAGE_TEXTS, type PdfPageTexts } from "../i18n/pdfPage";
import { fetchFonts } from "../taskpane/model/pdfFonts";
import { renderModelPdf } from "../taskpane/model/pdfRender";
import { decodePayload } from "../taskpane/model/pdfPayload";

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`pdf.html has no #${id}`);
  return found as T;
}

function browserLang(): Lang {
  return navigator.language.toLowerCase().startsWith("en") ? "en" : "it";
}

function show(texts: PdfPageTexts, lang: Lang): { status: HTMLElement } {
  document.documentElement.lang = lang === "en" ? "en" : "it";
  document.title = texts.title;
  element("title").textContent = texts.title;
  return { status: element("status") };
}

async function start(): Promise<void> {
  const decoded = await decodePayload(window.location.hash);
  if (decoded.kind !== "none") history.replaceState(null, "", window.location.pathname + window.location.search);
  if (decoded.kind !== "payload") {
    const lang = parseLangCode(new URLSearchParams(window.location.search).get("lang") ?? "") ?? browserLang();
    const texts = PDF_PAGE_TEXTS[lang];
    show(texts, lang).status.textContent = texts[decoded.kind];
    return;
  }
  const { model, fileName } = decoded.payload;
  const texts = PDF_PAGE_TEXTS[model.lang];
  const { status } = show(texts, model.lang);
  status.textContent = texts.making;
  try {
    const bytes = await renderModelPdf(model, await fetchFonts(document.baseURI));
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: "application/pdf" }));
    const link = element<HTMLAnchorElement>("download");
    link.href = url;
    link.download = fileName;
    link.textContent = texts.download(fileName);
    link.dataset.bytes = String(bytes.length);
    link.hidden = false;
    const viewer = element<HTMLIFrameElement>("viewer");
    viewer.title = texts.viewer;
    viewer.src = url;
    viewer.hidden = false;
    status.textContent = texts.ready(fileName);
    // One download without a click: browsers allow it on a page the person just opened.
    link.click();
  } catch {
    status.textContent = texts.failed;
  }
}

void start();
