// Where a built site keeps its content (src/domain/src/shards.rs): the core content.json names
// the release folder content/<release>/, which holds the whole bundle (archive.json) and a
// file per article. Shared by the browser tests and the scripts.
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The release folder of the site in `dir`, relative to it ("content/<release>"). */
export function releaseFolder(dir) {
  const core = JSON.parse(readFileSync(join(dir, "content.json"), "utf8"));
  return `content/${core.release}`;
}

/** The archive (the whole bundle) of the site built in `dir`. */
export function archiveFile(dir) {
  return join(dir, releaseFolder(dir), "archive.json");
}
