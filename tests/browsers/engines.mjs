// @ts-check
// The engines the suite runs in, each with its adapter. Every scenario runs in each.
import { chromium, firefox } from "./driver/puppeteer.mjs";
import { webkit } from "./driver/webdriver.mjs";

/** @type {Record<string, () => Promise<import("./driver/session.mjs").Engine>>} */
export const ENGINES = { chromium, firefox, webkit };
