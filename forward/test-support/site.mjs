// Shared by the tests: the test help site, the module hooks that serve forward.js from it,
// and the checks every forwarded address must pass.
import assert from "node:assert/strict";
import { register } from "node:module";

export const TEST_BASE = "https://help.test";
export const FORWARD_FILE = new URL("../forward.js", import.meta.url).href;

register("./hooks.mjs", import.meta.url, {
  data: {
    base: TEST_BASE,
    forwardFile: FORWARD_FILE,
    parentForPackages: new URL("../package.json", import.meta.url).href,
  },
});

export const FORWARDED_KEYS = [
  "error", "error_description", "error_subcode", "error_uri", "error_codes", "suberror",
  "trace_id", "correlation_id", "timestamp", "admin_consent", "tenant", "text",
];

// Keys that must never travel, and values that look like secrets.
export const NEVER = /(^|[?#&])(code|state|session_state|client_info|nonce|redirect_uri|post_logout_redirect_uri|[a-z_]*token[a-z_]*)=/i;

// The fixtures' secrets: authorization codes start 0.AUTHCODE, states SECRETSTATE, return
// addresses name evil.example.
export const SECRETS = /0\.AUTHCODE|SECRETSTATE|evil\.example/;

/** Checks a forwarded address and returns its fragment's parameters. */
export function assertForwarded(url, base = TEST_BASE) {
  assert.equal(typeof url, "string", "no address was produced");
  assert.ok(url.length <= 2048, `address is ${url.length} characters`);
  const u = new URL(url);
  assert.equal(u.origin, base);
  assert.equal(u.pathname, "/diagnose");
  assert.equal(u.search, "", "nothing may travel in the query string");
  const params = new URLSearchParams(u.hash.slice(1));
  for (const [key, value] of params) {
    assert.ok(FORWARDED_KEYS.includes(key), `forwarded key ${key}`);
    assert.equal(params.getAll(key).length, 1, `${key} repeated`);
    assert.doesNotMatch(value, /eyJ[A-Za-z0-9_-]{7,}/, `${key} carries a token`);
    assert.doesNotMatch(value, SECRETS, `${key} carries a secret`);
  }
  // Every escape decodes: no value was cut inside a %-escape.
  for (const part of u.hash.slice(1).split("&").filter(Boolean)) {
    for (const half of part.split("=")) decodeURIComponent(half.replace(/\+/g, " "));
  }
  assert.doesNotMatch(url, NEVER);
  assert.doesNotMatch(url, SECRETS);
  return params;
}
