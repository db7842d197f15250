// snippets/spring.java: compiled with javac against stand-ins for the Spring Security and
// Jakarta Servlet types it uses (test/java/stubs: Maven Central is out of reach here), then run
// on Entra's failures by test/java/SpringSnippetCheck.java. Skipped where javac is missing.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { copyFile, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { assertForwarded } from "../test-support/site.mjs";

const javac = spawnSync("javac", ["-version"], { encoding: "utf8" });
const skip = javac.error ? "javac is not installed" : false;
const here = fileURLToPath(new URL("./java/", import.meta.url));
const PLACEHOLDER = "https://help.example.com";

async function javaSources(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await javaSources(path)));
    else if (entry.name.endsWith(".java")) out.push(path);
  }
  return out;
}

test("spring.java compiles and redirects to /diagnose with allowlisted fields only", { skip }, async () => {
  const work = await mkdtemp(join(tmpdir(), "consent-doctor-java-"));
  after(() => rm(work, { recursive: true, force: true }));
  // A public class must live in a file of its name.
  const snippet = join(work, "DiagnoseOnFailure.java");
  await copyFile(new URL("../snippets/spring.java", import.meta.url), snippet);
  const sources = [snippet, join(here, "SpringSnippetCheck.java"), ...(await javaSources(join(here, "stubs")))];
  execFileSync("javac", ["-Xlint:all,-serial", "-Werror", "--release", "17", "-d", join(work, "classes"), ...sources], { stdio: "pipe" });
  const output = execFileSync("java", ["-cp", join(work, "classes"), "SpringSnippetCheck"], { encoding: "utf8" });
  const [cancel, exchange, huge, other] = output.trim().split("\n");

  const c = assertForwarded(cancel, PLACEHOLDER);
  assert.equal(c.get("error"), "access_denied");
  assert.equal(c.get("error_subcode"), "cancel", "read from Entra's own callback parameters");
  assert.equal(c.get("error_uri"), "https://login.microsoftonline.com/error?code=65004");
  assert.match(c.get("error_description"), /^AADSTS65004/);

  const e = assertForwarded(exchange, PLACEHOLDER);
  assert.equal(e.get("error"), "invalid_token_response");
  assert.match(e.get("error_description"), /AADSTS65001/);

  const h = assertForwarded(huge, PLACEHOLDER);
  assert.deepEqual([...h.keys()], ["error", "error_description"]);
  assert.ok(!h.get("error_description").includes("\uFFFD"), "a character was cut in half");

  assert.equal(other, "/login?error");
});
