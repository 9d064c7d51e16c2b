/** webpack.config.js asks for dev certificates only when serving, and serves https on the configured port with CORS. */
import webpackConfig from "../../webpack.config";

const mockGetHttpsServerOptions = jest.fn(async () => ({ ca: "ca", cert: "cert", key: "key" }));
jest.mock("office-addin-dev-certs", () => ({ getHttpsServerOptions: mockGetHttpsServerOptions }));

beforeEach(() => mockGetHttpsServerOptions.mockClear());

describe("webpack.config.js", () => {
  it("never touches certificates for a build", async () => {
    for (const mode of ["production", "development"]) {
      const config = await webpackConfig({ WEBPACK_BUILD: true }, { mode });
      expect(config.devServer).toBeUndefined();
    }
    expect(mockGetHttpsServerOptions).not.toHaveBeenCalled();
  });

  it("serves https with the dev certificates, on port 3000, with a CORS header", async () => {
    const config = await webpackConfig({ WEBPACK_SERVE: true }, { mode: "development" });
    expect(mockGetHttpsServerOptions).toHaveBeenCalledTimes(1);
    expect(config.devServer).toMatchObject({
      port: 3000,
      server: { type: "https", options: { ca: "ca", cert: "cert", key: "key" } },
      headers: { "Access-Control-Allow-Origin": "*" },
    });
  });

  it("builds the two entries into dist/, type checking left to tsc", async () => {
    const config = await webpackConfig({ WEBPACK_BUILD: true }, { mode: "production" });
    expect(config.entry).toEqual({ taskpane: "./src/taskpane/index.tsx", commands: "./src/ribbon/functionFile.ts" });
    expect(config.output?.path).toMatch(/[/\\]dist$/);
    expect(JSON.stringify(config.module?.rules)).toContain('"transpileOnly":true');
  });
});
