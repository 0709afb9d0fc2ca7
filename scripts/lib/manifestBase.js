/*
 * The production manifest: the development manifest.xml names https://localhost:3000/; a build for an office
 * names the address where IT hosts dist/ instead. Plain CommonJS so that webpack.config.js can use it;
 * manifestBase.d.ts types it for the tests.
 */
const DEV_BASE = "https://localhost:3000/";

/** "https://host/path" -> "https://host/path/"; anything but an absolute https address is refused. */
function normaliseBase(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `ADDIN_URL «${value}» is not an address. Give the https address where dist/ is hosted, e.g. https://intranet.example.org/cruscotto/.`,
    );
  }
  if (url.protocol !== "https:") {
    throw new Error(
      `ADDIN_URL «${value}» is not https: Office loads add-ins only over https. Host dist/ on an https server.`,
    );
  }
  if (url.search || url.hash) {
    throw new Error(`ADDIN_URL «${value}» has a query or a fragment. Give only the folder's address.`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * The manifest with every development URL under `base`. The AppDomains list is dropped: it names the
 * domains the add-in navigates to besides its own, and a production build has none.
 */
function rebaseManifest(xml, base) {
  const normalised = normaliseBase(base);
  return xml
    .replace(/\s*<AppDomains>[\s\S]*?<\/AppDomains>/, "")
    .split(DEV_BASE)
    .join(normalised);
}

/** Every http(s) address a manifest names, in document order. */
function manifestUrls(xml) {
  return [
    ...xml.matchAll(
      /(?:DefaultValue|Value)="(https?:\/\/[^"]+)"|<AppDomain>([^<]+)<\/AppDomain>|<SourceLocation[^>]*DefaultValue="([^"]+)"/g,
    ),
  ]
    .map((m) => m[1] || m[2] || m[3])
    .filter(Boolean);
}

module.exports = { DEV_BASE, normaliseBase, rebaseManifest, manifestUrls };
