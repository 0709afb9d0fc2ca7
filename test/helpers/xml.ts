/**
 * A small XML reader for the manifest test (no new package): elements, attributes, text; throws on
 * anything that is not well-formed in the subset a manifest uses (no DTD, no CDATA, no processing
 * instructions but the XML declaration).
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = "[A-Za-z_][\\w.:-]*";
const ATTR = new RegExp(`\\s+(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, "y");
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;

function unescape(text: string, at: number): string {
  const stray = text.replace(ENTITY, "").indexOf("&");
  if (stray >= 0) throw new Error(`unescaped & near offset ${at}`);
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, "&");
}

export function parseXml(source: string): XmlElement {
  let i = 0;
  const src = source.replace(/^\uFEFF/, "");
  const skipMisc = (): void => {
    for (;;) {
      const ws = /^\s*/.exec(src.slice(i));
      i += ws ? ws[0].length : 0;
      if (src.startsWith("<!--", i)) {
        const end = src.indexOf("-->", i + 4);
        if (end < 0) throw new Error(`unterminated comment at ${i}`);
        i = end + 3;
      } else return;
    }
  };
  if (src.startsWith("<?xml", i)) {
    const end = src.indexOf("?>", i);
    if (end < 0) throw new Error("unterminated XML declaration");
    i = end + 2;
  }
  skipMisc();

  const parseElement = (): XmlElement => {
    const open = new RegExp(`<(${NAME})`, "y");
    open.lastIndex = i;
    const m = open.exec(src);
    if (!m) throw new Error(`expected an element at offset ${i}`);
    i = open.lastIndex;
    const el: XmlElement = { name: m[1], attrs: {}, children: [], text: "" };
    for (;;) {
      ATTR.lastIndex = i;
      const a = ATTR.exec(src);
      if (!a) break;
      if (a[1] in el.attrs) throw new Error(`duplicate attribute ${a[1]} on <${el.name}> at ${i}`);
      el.attrs[a[1]] = unescape(a[2] ?? a[3] ?? "", i);
      i = ATTR.lastIndex;
    }
    const rest = /^\s*(\/?)>/.exec(src.slice(i));
    if (!rest) throw new Error(`malformed start tag <${el.name}> at offset ${i}`);
    i += rest[0].length;
    if (rest[1] === "/") return el;
    for (;;) {
      const lt = src.indexOf("<", i);
      if (lt < 0) throw new Error(`<${el.name}> is never closed`);
      const text = src.slice(i, lt);
      if (text.includes(">")) throw new Error(`stray > in the text of <${el.name}> at offset ${i}`);
      el.text += unescape(text, i);
      i = lt;
      if (src.startsWith("<!--", i)) {
        const end = src.indexOf("-->", i + 4);
        if (end < 0) throw new Error(`unterminated comment at ${i}`);
        i = end + 3;
      } else if (src.startsWith("</", i)) {
        const close = new RegExp(`</(${NAME})\\s*>`, "y");
        close.lastIndex = i;
        const c = close.exec(src);
        if (!c) throw new Error(`malformed end tag at offset ${i}`);
        if (c[1] !== el.name) throw new Error(`</${c[1]}> closes <${el.name}> at offset ${i}`);
        i = close.lastIndex;
        el.text = el.text.trim();
        return el;
      } else {
        el.children.push(parseElement());
      }
    }
  };

  const root = parseElement();
  skipMisc();
  if (i !== src.length) throw new Error(`content after the root element at offset ${i}`);
  return root;
}

/** Every element under `root` (itself included), depth first. */
export function allElements(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(allElements)];
}

/** The local name, without a namespace prefix: "bt:Image" -> "Image". */
export const localName = (el: XmlElement): string => el.name.replace(/^.*:/, "");
