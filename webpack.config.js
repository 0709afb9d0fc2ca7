/*
 * Builds the task pane (and the browser preview, which is the same page outside Office), the ribbon
 * commands page, the help page, the page that makes the PDF in the default browser (pdf.html), and
 * copies the manifest, icons and fonts.
 *   npm run build                      production build into dist/
 *   webpack --mode production --output-path <dir>   the same elsewhere (the tests build into a temp dir)
 *   npm run dev-server                 https on :3000 with Office's dev certificates, else plain http
 *   ADDIN_URL=https://host/path/ npm run build   the same, with a manifest whose every URL is under that address
 */
const path = require("node:path");
const zlib = require("node:zlib");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { rebaseManifest } = require("./scripts/lib/manifestBase");

/**
 * Writes pane-size.json: the gzipped size of the JavaScript the pane loads before it can render (the
 * taskpane entry's initial chunks; exceljs is a lazy chunk and does not count). The budget is 300 KB.
 */
class PaneSizePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("PaneSizePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "PaneSizePlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          const entry = compilation.entrypoints.get("taskpane");
          if (!entry) return;
          const files = [...entry.getFiles()].filter((f) => f.endsWith(".js"));
          let gzipBytes = 0;
          let bytes = 0;
          for (const f of files) {
            const source = assets[f].source();
            const buf = Buffer.isBuffer(source) ? source : Buffer.from(source);
            bytes += buf.length;
            gzipBytes += zlib.gzipSync(buf, { level: 9 }).length;
          }
          const json = JSON.stringify({ files, bytes, gzipBytes, budgetGzipBytes: 300 * 1024 }, null, 2);
          compilation.emitAsset("pane-size.json", new compiler.webpack.sources.RawSource(json));
        },
      );
    });
  }
}

/** Office's trusted localhost certificates when they can be had; otherwise null (plain http, with a warning). */
async function devCertificates() {
  let timer;
  try {
    const certs = require("office-addin-dev-certs");
    // Installing certificates can ask for a password (sudo, keychain): never let that hang the server.
    const options = await Promise.race([
      certs.getHttpsServerOptions(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("timed out after 20 s")), 20000);
      }),
    ]);
    return options;
  } catch (err) {
    console.warn(
      `[dev-server] Office development certificates are not available (${err && err.message ? err.message : err}). ` +
        "Serving plain http on http://localhost:3000: the browser preview works, Excel needs https " +
        "(run `npx office-addin-dev-certs install` with administrator rights, then restart).",
    );
    return null;
  } finally {
    // Once the certificates are in (or refused), the 20 s guard must not keep the process alive.
    clearTimeout(timer);
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const certificates = serving ? await devCertificates() : null;
  // Where an office hosts dist/: the manifest then names that address instead of https://localhost:3000/.
  const addinUrl = process.env.ADDIN_URL || "";
  const manifestTransform = addinUrl ? (content) => rebaseManifest(content.toString("utf8"), addinUrl) : undefined;
  if (addinUrl) rebaseManifest("", addinUrl); // an unusable address stops the build before webpack runs
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      // pdf.html: the PDF made in the default browser, where Excel's webview cannot download it (Excel for Mac).
      pdf: "./src/pdfpage/index.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // The PDF renderer imports "pdfkit": in the page that is pdfkit's self-contained browser build (it
      // bundles its own fs, zlib and stream shims). It is only reached through the pane's lazy "pdf-report" chunk
      // and by pdf.html.
      alias: { pdfkit$: path.resolve(__dirname, "node_modules/pdfkit/js/pdfkit.standalone.js") },
    },
    module: {
      // Already a bundle (browserify): parsing it would only find its internal require() calls.
      noParse: /pdfkit[\\/]js[\\/]pdfkit\.standalone\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `npm run typecheck`'s job; the build only transpiles (twice as fast).
            options: { configFile: "tsconfig.json", transpileOnly: true, compilerOptions: { noEmit: false } },
          },
        },
      ],
    },
    performance: {
      // exceljs's lazy chunk is large by nature; the pane's own budget is checked by pane-size.json.
      hints: false,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({ filename: "pdf.html", template: "./src/pdfpage/pdf.html", chunks: ["pdf"] }),
      new HtmlWebpackPlugin({ filename: "help.html", template: "./src/taskpane/help.html", chunks: [] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: manifestTransform },
          // The PDF report's faces, fetched by "Esporta PDF" from the add-in's own origin (no font CDN).
          ...["400Regular", "600SemiBold", "700Bold"].map((face) => ({
            from: `node_modules/@expo-google-fonts/titillium-web/${face}/TitilliumWeb_${face}.ttf`,
            to: "fonts/[name][ext]",
          })),
        ],
      }),
      // The renderer hands fonts to pdfkit as Buffers (src/render/pdf/fonts.ts): in the page that is the
      // "buffer" package, and only the lazy PDF chunk uses it.
      new (require("webpack").ProvidePlugin)({ Buffer: ["buffer", "Buffer"] }),
      new PaneSizePlugin(),
    ],
    devServer: {
      port: 3000,
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: certificates ? { type: "https", options: certificates } : { type: "http" },
    },
  };
};
