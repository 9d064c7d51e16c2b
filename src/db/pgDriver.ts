/** node-postgres, loaded without its Cloudflare probe's cost (responseProbe.ts): the one module that imports "pg". */
import { restoreResponse } from "./responseProbe";
import { Client, Query } from "pg";

restoreResponse();

export { Client, Query };
