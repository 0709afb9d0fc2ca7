/** The preview's static server: serves the build's files with their types, nothing outside the folder. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { startPreviewServer, type PreviewServer } from "../../../scripts/serve-preview";

let dir: string;
let server: PreviewServer;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "cruscotto-serve-"));
  writeFileSync(path.join(dir, "taskpane.html"), "<!doctype html><p>pane</p>");
  writeFileSync(path.join(dir, "app.js"), "1");
  writeFileSync(path.join(path.dirname(dir), `${path.basename(dir)}-secret.txt`), "secret");
  server = await startPreviewServer(dir, 0);
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(path.join(path.dirname(dir), `${path.basename(dir)}-secret.txt`), { force: true });
});

/** A raw GET (fetch would normalise "/../" away before sending it). */
function get(rawPath: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: server.port, path: rawPath, method: "GET" }, (res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString()));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"] ?? ""), body }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

test("files of the build, with their content type; / is the pane", async () => {
  expect(server.url).toBe(`http://localhost:${server.port}`);
  await expect(get("/taskpane.html")).resolves.toMatchObject({
    status: 200,
    type: "text/html; charset=utf-8",
    body: "<!doctype html><p>pane</p>",
  });
  await expect(get("/")).resolves.toMatchObject({ status: 200, body: "<!doctype html><p>pane</p>" });
  await expect(get("/app.js")).resolves.toMatchObject({ status: 200, type: "text/javascript; charset=utf-8" });
  await expect(get("/missing.js")).resolves.toMatchObject({ status: 404 });
});

test("nothing outside the folder, however the path is spelled", async () => {
  const secret = `${path.basename(dir)}-secret.txt`;
  for (const p of [`/../${secret}`, `/%2e%2e/${secret}`, `/..%2f${secret}`]) {
    const r = await get(p);
    expect(`${p} ${r.status}`).not.toBe(`${p} 200`);
    expect(r.body).not.toContain("secret");
  }
});
