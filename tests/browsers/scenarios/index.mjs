// @ts-check
// Every cross-browser scenario, in the order they run in each engine.
import pages from "./pages.mjs";
import navigation from "./navigation.mjs";
import search from "./search.mjs";
import language from "./language.mjs";
import loadFailure from "./load-failure.mjs";
import noJavaScript from "./no-javascript.mjs";
import layout from "./layout.mjs";
import offline from "./offline.mjs";
import beforeTakeover from "./before-takeover.mjs";
import appStart from "./app-start.mjs";

/** @type {import("../suite.mjs").Scenario[]} */
export const SCENARIOS = [pages, navigation, search, language, loadFailure, noJavaScript, layout, beforeTakeover, appStart, offline];
