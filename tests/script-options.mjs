// The `--name value` options of the test scripts (nginx, the hostile site, the soak, perf),
// read one way.

/** `--name`'s value on the command line, else the environment's `envName` if given, else `fallback`. */
export function option(name, fallback, envName) {
  const index = process.argv.indexOf(`--${name}`);
  if (index !== -1 && process.argv[index + 1]) return process.argv[index + 1];
  return (envName && process.env[envName]) ?? fallback;
}
