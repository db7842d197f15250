// Module hooks for the tests: serve ../forward.js as if it were loaded from the help site
// (`${base}/forward.js`), so helpUrl's default base (the module's own origin) is the test
// site, exactly as in a vendor's app; and resolve @azure/* from forward/node_modules for
// snippets copied to a temporary folder.
import { readFile } from "node:fs/promises";

let base;
let forwardFile;
let parentForPackages;

export async function initialize(data) {
  ({ base, forwardFile, parentForPackages } = data);
}

export async function resolve(specifier, context, next) {
  if (specifier === `${base}/forward.js`) return { url: specifier, shortCircuit: true };
  if (specifier.startsWith("@azure/")) return next(specifier, { ...context, parentURL: parentForPackages });
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (url === `${base}/forward.js`) {
    return { format: "module", source: await readFile(new URL(forwardFile), "utf8"), shortCircuit: true };
  }
  return next(url, context);
}
