// Every scenario in chromium (see ../suite.mjs).
import { suiteFor } from "../suite.mjs";

suiteFor("chromium");
