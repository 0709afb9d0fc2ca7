/**
 * npm run preview: serves the built pane (dist/) over plain http on localhost, no certificate, so the
 * browser preview opens at http://localhost:3000/taskpane.html. The end-to-end tests use the same server.
 *   tsx scripts/serve-preview.ts [dir] [--port 3000]
 */
import { createReadStream, promises as fs } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

export interface PreviewServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1; port 0 picks a free one. Only files under `dir`, GET and HEAD only. */
export async function startPreviewServer(dir: string, port = 3000, host = "127.0.0.1"): Promise<PreviewServer> {
  const root = path.resolve(dir);
  const server: Server = createServer((req, res) => {
    void (async () => {
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.writeHead(405).end();
        return;
      }
      const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
      const file = path.resolve(root, "." + (pathname === "/" ? "/taskpane.html" : pathname));
      // Nothing outside dist/ is served, whatever the request says.
      if (file !== root && !file.startsWith(root + path.sep)) {
        res.writeHead(403).end();
        return;
      }
      try {
        const stat = await fs.stat(file);
        if (!stat.isFile()) throw new Error("not a file");
        res.writeHead(200, {
          "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream",
          "Content-Length": stat.size,
          "Cache-Control": "no-store",
        });
        if (req.method === "HEAD") res.end();
        else createReadStream(file).pipe(res);
      } catch {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://${host === "127.0.0.1" ? "localhost" : host}:${actual}`,
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // A browser keeps its sockets open between requests; close them too, or close() waits on them.
        server.closeAllConnections();
      }),
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const portAt = args.indexOf("--port");
  const port = portAt >= 0 ? Number(args[portAt + 1]) : Number(process.env.PORT ?? 3000);
  const dir = args.find((a, i) => !a.startsWith("--") && i !== portAt + 1) ?? path.resolve(__dirname, "..", "dist");
  try {
    await fs.access(path.join(dir, "taskpane.html"));
  } catch {
    console.error(`No build in ${dir}: run \`npm run build\` first (npm run preview does both).`);
    process.exit(1);
  }
  const server = await startPreviewServer(dir, port);
  console.log(`Anteprima del Cruscotto: ${server.url}/taskpane.html  (Ctrl+C per fermare)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === __filename) void main();
