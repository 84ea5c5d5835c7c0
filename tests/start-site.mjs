// Starts nginx (nginx.mjs) serving one built site at the root of `port`, for the scripts that
// are not Playwright tests (the soak, Lighthouse); resolves once it answers.
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));

/** @returns {Promise<{ origin: string, stop: () => void }>} */
export async function startSite(dist, port) {
  const origin = `http://127.0.0.1:${port}`;
  try {
    await fetch(origin);
    throw new Error(`something already answers on ${origin}: pick another port`);
  } catch (error) {
    if (error.message.startsWith("something already")) throw error;
  }
  // No sub-path site beside it (a folder that does not exist).
  const server = spawn("node", [resolve(here, "nginx.mjs"), "--port", String(port), "--dir", dist, "--subpath-dir", resolve(dist, "no-sub-path")], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const stop = () => server.kill("SIGTERM");
  for (let tries = 0; tries < 100; tries++) {
    try {
      if ((await fetch(`${origin}/index.html`)).ok) return { origin, stop };
    } catch {
      // not up yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  stop();
  throw new Error(`nginx did not start on ${origin}`);
}
