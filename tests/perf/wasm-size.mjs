// Reads twiggy's `top --format csv` of the named wasm (wasm-size.sh) and prints the largest
// items and the bytes per crate. The names section twiggy sees is not shipped, so it is left out.
//
//   node wasm-size.mjs --csv top.csv --shipped shipped.wasm --brotli shipped.wasm.br [--top 15]
import { readFileSync, statSync } from "node:fs";
import { option } from "../script-options.mjs";

const top = Number(option("top", "15"));
const rows = readFileSync(option("csv"), "utf8").trim().split("\n").slice(1).map(parseRow);
const shipped = statSync(option("shipped")).size;
const brotli = statSync(option("brotli")).size;

/** One CSV row: a name (quoted when it has commas or quotes) and its shallow size. */
function parseRow(line) {
  let name = "";
  let rest;
  if (line.startsWith('"')) {
    let i = 1;
    for (;;) {
      if (line[i] === '"' && line[i + 1] === '"') {
        name += '"';
        i += 2;
      } else if (line[i] === '"') break;
      else name += line[i++];
    }
    rest = line.slice(i + 2);
  } else {
    const comma = line.indexOf(",");
    name = line.slice(0, comma);
    rest = line.slice(comma + 1);
  }
  return { name, bytes: Number(rest.split(",")[0]) };
}

/** Custom sections (names, producers) are stripped from the file the site ships. */
const isCustomSection = (name) => name.startsWith('"') || name.includes(" subsection") || name === "producers";

/**
 * The crate an item's code comes from: a path's first segment; for `<T as Trait>::f` the type's
 * crate, or the trait's when the type is a generic parameter (then the code is the trait's
 * crate instantiated for one of our types).
 */
function crateOf(name) {
  if (name.startsWith("data segment")) return "data (strings, tables, panic locations)";
  const path = (text) => text.match(/^(?:dyn |&mut |&|\*const |\*mut |\(|\[)*([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::/)?.[1];
  const impl = name.match(/^<(.+?) as ([^>]+?)>::/);
  if (impl) {
    const [, type, trait] = impl;
    const generic = /^[A-Z][A-Za-z]*$/.test(type);
    const crate = generic ? path(trait) : path(type) ?? path(trait);
    if (crate) return generic ? `${crate} (instantiated for our types)` : crate;
  }
  const crate = path(name.replace(/^<+/, ""));
  if (crate) return crate;
  return "wasm structure (tables, types, imports)";
}

const code = rows.filter((row) => !isCustomSection(row.name));
const total = code.reduce((sum, row) => sum + row.bytes, 0);
const byCrate = new Map();
for (const row of code) byCrate.set(crateOf(row.name), (byCrate.get(crateOf(row.name)) ?? 0) + row.bytes);

const kib = (bytes) => (bytes / 1024).toFixed(1);
const width = 100;
console.log(`The shipped wasm: ${shipped} B raw (${kib(shipped)} KiB), ${brotli} B brotli -q 11 (${kib(brotli)} KiB)`);
console.log(`Code and data twiggy counts (without the names section): ${total} B`);
console.log(`\nThe ${top} largest items (B):`);
for (const row of [...code].sort((a, b) => b.bytes - a.bytes).slice(0, top)) {
  const name = row.name.replace(/::h[0-9a-f]{16}$/, "");
  console.log(`${String(row.bytes).padStart(8)}  ${name.length > width ? `${name.slice(0, width - 1)}…` : name}`);
}
console.log(`\nThe ${top} largest crates (B):`);
for (const [crate, bytes] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${String(bytes).padStart(8)}  ${crate}`);
}
