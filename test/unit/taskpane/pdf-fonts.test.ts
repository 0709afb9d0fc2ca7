/** The PDF's fonts in the pane: fetched on the first export, kept for the session, fetched again only after a failure. */
import { FONT_FILES, fontCache } from "../../../src/taskpane/model/pdfFonts";

/** A fetch that counts what it is asked and answers each face with a few bytes (or fails while `down`). */
function countingFetch(): { get: typeof fetch; asked: string[]; setDown: (down: boolean) => void } {
  const asked: string[] = [];
  let down = false;
  const get = (async (url: string | URL | Request) => {
    asked.push(String(url));
    return down ? new Response("", { status: 503 }) : new Response(new Uint8Array([1, 2, 3]), { status: 200 });
  }) as typeof fetch;
  return { get, asked, setDown: (d) => (down = d) };
}

const PAGE = "https://localhost:3000/taskpane.html?lang=it";

describe("fonts for «Esporta PDF»", () => {
  test("the first export fetches the three faces; a second export fetches nothing and gets the same bytes", async () => {
    const net = countingFetch();
    const load = fontCache(net.get);
    const first = await load(PAGE);
    expect(net.asked.sort()).toEqual(
      Object.values(FONT_FILES)
        .map((f) => `https://localhost:3000/${f}`)
        .sort(),
    );
    const second = await load(PAGE);
    expect(net.asked).toHaveLength(3);
    expect(second).toBe(first);
    // The same folder under another query (the language) is the same fonts.
    await load("https://localhost:3000/taskpane.html?lang=en");
    expect(net.asked).toHaveLength(3);
  });

  test("two exports started together share one fetch", async () => {
    const net = countingFetch();
    const load = fontCache(net.get);
    await Promise.all([load(PAGE), load(PAGE)]);
    expect(net.asked).toHaveLength(3);
  });

  test("a failed fetch is not kept: the next export asks again, and then keeps what it got", async () => {
    const net = countingFetch();
    const load = fontCache(net.get);
    net.setDown(true);
    await expect(load(PAGE)).rejects.toThrow(/503/);
    net.setDown(false);
    await load(PAGE);
    expect(net.asked).toHaveLength(6);
    await load(PAGE);
    expect(net.asked).toHaveLength(6);
  });

  test("fonts from another folder are fetched for that folder", async () => {
    const net = countingFetch();
    const load = fontCache(net.get);
    await load(PAGE);
    await load("https://localhost:3000/other/pdf.html");
    expect(net.asked).toHaveLength(6);
    expect(net.asked.slice(3).every((u) => u.startsWith("https://localhost:3000/other/fonts/"))).toBe(true);
  });
});
