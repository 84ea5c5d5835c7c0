// Reads a QR code back from a screenshot with zbar (Debian's zbar-tools, installed by .ci/setup):
// what a visitor's phone would read.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The text encoded in the QR code shown in `png`; throws when none can be read. */
export function decodeQr(png: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "site-qr-"));
  try {
    const file = join(dir, "code.png");
    writeFileSync(file, png);
    return execFileSync("zbarimg", ["--raw", "--quiet", file], { encoding: "utf8" }).trimEnd();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
