// Every scenario in firefox (see ../suite.mjs).
import { suiteFor } from "../suite.mjs";

suiteFor("firefox");
