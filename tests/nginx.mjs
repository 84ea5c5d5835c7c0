// Serves built sites with real nginx (Debian's, installed by .ci/setup) and the server block the
// build writes (dist/deploy/nginx.conf), so the browser tests see exactly what a production
// host configured from that file sends: status codes, headers, precompressed files, 404s.
//
//   node nginx.mjs [--port 4173] [--dir ../dist] [--subpath-port 4174]
//                  [--subpath-dir ../target/dist-subpath] [--subpath /iom-azerbaijan/]
//                  [--live-port 4175] [--hostile-port 4176] [--hostile-dir ../target/dist-hostile]
//
// The sub-path build is served under its prefix on the second port when its folder exists, and
// the hostile site (hostile-site.mjs) at the root of the hostile port when its folder exists.
// With --live-port, that port serves whatever release the symbolic link `liveReleaseLink(port)`
// points at (the built site at first): the update tests swap releases under a running browser.
// Runs nginx in the foreground; stops it on SIGTERM/SIGINT (Playwright's webServer does that).
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { liveReleaseLink } from "./live-release.mjs";
import { fileURLToPath } from "node:url";
import { option } from "./script-options.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));

const port = Number(option("port", "4173", "TEST_PORT"));
const dist = resolve(here, option("dir", "../dist", "DIST_DIR"));
const subpathPort = Number(option("subpath-port", String(port + 1), "SUBPATH_TEST_PORT"));
const subpathDist = resolve(here, option("subpath-dir", "../target/dist-subpath", "SUBPATH_DIST_DIR"));
const subpath = option("subpath", "/iom-azerbaijan/", "SUBPATH");
const hostilePort = Number(option("hostile-port", String(port + 3), "HOSTILE_TEST_PORT"));
const hostileDist = resolve(here, option("hostile-dir", "../target/dist-hostile", "HOSTILE_DIST_DIR"));

const work = mkdtempSync(join(tmpdir(), "site-nginx-"));

/** The build's server block, listening on `listenPort` with `root` as its root. */
function serverBlock(site, listenPort, root) {
  const file = join(site, "deploy", "nginx.conf");
  if (!existsSync(file)) throw new Error(`${file} is missing: build the site first (trunk build --release)`);
  const block = readFileSync(file, "utf8");
  const replaced = block
    .replace(/^(\s*)listen\s+[^;]+;/m, `$1listen 127.0.0.1:${listenPort};`)
    .replace(/^(\s*)root\s+[^;]+;/m, `$1root ${root};`);
  if (replaced === block) throw new Error(`${file} has no listen/root lines to point at this test`);
  return replaced;
}

const servers = [serverBlock(dist, port, dist)];
const livePort = option("live-port", "", "LIVE_TEST_PORT");
const live = liveReleaseLink(port);
if (livePort) {
  rmSync(live, { force: true });
  symlinkSync(dist, live);
  servers.push(serverBlock(dist, Number(livePort), live));
}
if (existsSync(join(subpathDist, "deploy", "nginx.conf"))) {
  // Under a sub-path the root is the folder that holds the site in its sub-folder.
  const parent = join(work, "subpath-root");
  const prefix = subpath.replace(/^\/+|\/+$/g, "");
  mkdirSync(join(parent, prefix, ".."), { recursive: true });
  symlinkSync(subpathDist, join(parent, prefix));
  servers.push(serverBlock(subpathDist, subpathPort, parent));
}
if (existsSync(join(hostileDist, "deploy", "nginx.conf"))) {
  servers.push(serverBlock(hostileDist, hostilePort, hostileDist));
}

const temp = (name) => join(work, name);
const config = `
daemon off;
worker_processes 1;
${process.getuid?.() === 0 ? "user root;" : ""}
pid ${temp("nginx.pid")};
error_log ${temp("error.log")} warn;
include /etc/nginx/modules-enabled/*.conf;
events { worker_connections 512; }
http {
  access_log off;
  sendfile on;
  client_body_temp_path ${temp("body")};
  proxy_temp_path ${temp("proxy")};
  fastcgi_temp_path ${temp("fastcgi")};
  uwsgi_temp_path ${temp("uwsgi")};
  scgi_temp_path ${temp("scgi")};
${servers.join("\n")}
}
`;
writeFileSync(temp("nginx.conf"), config);

const nginx = spawn("nginx", ["-c", temp("nginx.conf"), "-e", temp("error.log")], { stdio: "inherit" });
console.log(`nginx serving ${dist} on http://127.0.0.1:${port}` +
  (existsSync(join(subpathDist, "deploy", "nginx.conf")) ? `, ${subpathDist} under ${subpath} on http://127.0.0.1:${subpathPort}` : "") +
  (existsSync(join(hostileDist, "deploy", "nginx.conf")) ? `, ${hostileDist} on http://127.0.0.1:${hostilePort}` : ""));

function stop() {
  nginx.kill("SIGQUIT");
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
nginx.on("exit", (code) => {
  rmSync(work, { recursive: true, force: true });
  if (livePort) rmSync(live, { force: true });
  process.exit(code ?? 0);
});
