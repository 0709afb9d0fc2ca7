/**
 * `npm run dev-server`: https with Office's development certificates when office-addin-dev-certs gives
 * them, plain http with a warning when it cannot (no administrator rights). The certificate module is
 * mocked: the real one would install a CA into the machine's trust store.
 */
import * as path from "node:path";

type Config = {
  devServer: { port: number; server: { type: string; options?: unknown } };
  entry: Record<string, string>;
};
type ConfigFn = (env: Record<string, unknown>, argv: { mode?: string }) => Promise<Config>;

const CONFIG = path.resolve(__dirname, "..", "..", "..", "webpack.config.js");

/** Calls the config in a fresh module registry where office-addin-dev-certs is the given mock (the config
 * requires it synchronously when called, before its first await). */
function loadConfig(getHttpsServerOptions: () => Promise<unknown>): ConfigFn {
  return (env, argv) => {
    let config: Promise<Config> | undefined;
    jest.isolateModules(() => {
      jest.doMock("office-addin-dev-certs", () => ({ getHttpsServerOptions }));
      // jest.isolateModules needs a synchronous require: the webpack configuration is CommonJS.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      config = (require(CONFIG) as ConfigFn)(env, argv);
    });
    return config as Promise<Config>;
  };
}

afterEach(() => {
  jest.restoreAllMocks();
  jest.dontMock("office-addin-dev-certs");
});

test("certificates available: https on port 3000 with them", async () => {
  const options = { ca: "ca", cert: "cert", key: "key" };
  const config = await loadConfig(() => Promise.resolve(options))({ WEBPACK_SERVE: true }, { mode: "development" });
  expect(config.devServer.port).toBe(3000);
  expect(config.devServer.server).toEqual({ type: "https", options });
});

test("certificates refused: plain http, with a warning that says why and what to do", async () => {
  const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  const config = await loadConfig(() => Promise.reject(new Error("sudo: a password is required")))(
    { WEBPACK_SERVE: true },
    { mode: "development" },
  );
  expect(config.devServer.server).toEqual({ type: "http" });
  expect(warn).toHaveBeenCalledTimes(1);
  expect(String(warn.mock.calls[0][0])).toMatch(/sudo: a password is required[\s\S]*http:\/\/localhost:3000/);
});

test("a build does not ask for certificates at all", async () => {
  const ask = jest.fn(() => Promise.resolve({}));
  const config = await loadConfig(ask)({}, { mode: "production" });
  expect(ask).not.toHaveBeenCalled();
  expect(config.entry.taskpane).toBe("./src/taskpane/index.tsx");
});
