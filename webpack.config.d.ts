// Types of webpack.config.js for the tests that read it (test/manifest.test.ts, test/build/).
import type { Configuration } from "webpack";
import type { Configuration as DevServerConfiguration } from "webpack-dev-server";

declare function config(env?: Record<string, unknown>, options?: { mode?: string }): Promise<Configuration & { devServer?: DevServerConfiguration }>;
declare namespace config {
  const DEV_BASE_URL: string;
  const OFFICE_JS_URL: string;
  /** The folder beside the output folder that a production build's source maps go to. */
  const SOURCE_MAP_DIR: string;
  function productionBaseUrl(value?: string): string;
  function rewriteManifest(xml: string, baseUrl: string): string;
}
export = config;
