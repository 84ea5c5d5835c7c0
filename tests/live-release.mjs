// Where the test server's third port looks for the release it serves: a symbolic link that
// tests point at one built site or another (see nginx.mjs and e2e/releases.ts).
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The link for the test server started on `port`. */
export function liveReleaseLink(port) {
  return join(tmpdir(), `site-live-release-${port}`);
}
