// Every scenario in webkit (see ../suite.mjs).
import { suiteFor } from "../suite.mjs";

suiteFor("webkit");
