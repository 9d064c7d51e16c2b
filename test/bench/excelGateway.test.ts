/** The gateway bench's figures meet the goal (counts only, no timing). */
import { benchExcelGateway, gatewayGoalMet } from "../../bench/excelGateway";

it("reads 100k contacts and writes 100k lines within ceil(bytes / 4 MiB) + 2 syncs, no request over 4.5 MB", async () => {
  const figures = await benchExcelGateway(100_000);
  expect(gatewayGoalMet(figures.excel_read_100k)).toBe(true);
  expect(gatewayGoalMet(figures.excel_write_100k)).toBe(true);
  console.log(JSON.stringify(figures));
}, 300_000);
