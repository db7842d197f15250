// Reads every snippet as text, whatever its language (JavaScript, JSX, TypeScript, Python, C#,
// Java), and checks what must hold for code a vendor copies: it names the help site by the
// placeholder the site replaces, it sends people to /diagnose with the data in the fragment,
// and it can never forward a code, state, a return address or a token. The allowlist check
// fails as soon as such a key is added to any allowlist array, set, map or dict.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { FORWARDED_KEYS } from "../test-support/site.mjs";

const DIR = new URL("../snippets/", import.meta.url);
const FILES = readdirSync(DIR).filter((f) => !f.startsWith("."));
const read = (file) => readFileSync(new URL(file, DIR), "utf8");
const PLACEHOLDER = "https://help.example.com";

// Keys that are never forwarded; in a string literal they have no business in a snippet at all.
const NEVER_KEY = /^(code|state|session_state|client_info|nonce|redirect_uri|post_logout_redirect_uri|return_?to|[a-z_]*token)$/i;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Splits source text into bracket groups (the whole text first), each with the string literals
 * and `key:` object keys that stand directly in it (`tokens`), and the literals alone. Comments are skipped; strings are read with their escapes.
 */
function groups(source, { hashComments }) {
  const all = [];
  const root = { open: "", tokens: [], literals: [], children: [] };
  const stack = [root];
  const top = () => stack[stack.length - 1];
  const pairs = { "(": ")", "[": "]", "{": "}" };
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const rest = source.slice(i, i + 3);
    if (rest.startsWith("//") || (hashComments && c === "#")) {
      i = source.indexOf("\n", i);
      if (i < 0) break;
      continue;
    }
    if (rest.startsWith("/*")) {
      i = source.indexOf("*/", i + 2) + 2;
      if (i < 2) break;
      continue;
    }
    if (c === '"' || c === "'" || c === "`") {
      const verbatim = source[i - 1] === "@"; // C# @"…": backslashes are plain characters
      let j = i + 1;
      let value = "";
      while (j < source.length && source[j] !== c) {
        if (source[j] === "\\" && !verbatim) {
          value += source[j + 1];
          j += 2;
        } else {
          value += source[j++];
        }
      }
      top().tokens.push(value);
      top().literals.push(value);
      i = j + 1;
      continue;
    }
    if (pairs[c]) {
      const group = { open: c, tokens: [], literals: [], children: [], start: i };
      top().children.push(group);
      stack.push(group);
      all.push(group);
      i++;
      continue;
    }
    if (c === ")" || c === "]" || c === "}") {
      if (stack.length > 1) top().end = i;
      if (stack.length > 1) stack.pop();
      i++;
      continue;
    }
    const key = /^([A-Za-z_][A-Za-z0-9_]*)\s*:(?!:)/.exec(source.slice(i, i + 80));
    if (key && top().open === "{" && !/[A-Za-z0-9_.$]/.test(source[i - 1] ?? "")) {
      top().tokens.push(key[1]);
      i += key[1].length;
      continue;
    }
    i++;
  }
  return [root, ...all];
}

/** Tokens in a group and in its immediate children (C#'s ["key"] = …, Java's Map.of pairs). */
const members = (g) => [...g.tokens, ...g.children.flatMap((child) => child.tokens)];

/** Groups that look like an allowlist: two or more forwarded keys among their members. */
function allowlists(source, file) {
  return groups(source, { hashComments: file.endsWith(".py") }).filter(
    (g) => g.open !== "" && members(g).filter((t) => FORWARDED_KEYS.includes(t)).length >= 2,
  );
}

const usesForwardJs = (source) => /\bhelpUrl\b/.test(source) && /forward\.js/.test(source) && !/function helpUrl/.test(source);

test("every snippet is here and the list is what the page shows", () => {
  assert.deepEqual(FILES.sort(), [
    "aspnetcore.cs",
    "browser-extension.js",
    "msal-angular.ts",
    "msal-browser-popup.js",
    "msal-browser-redirect.js",
    "msal-react.jsx",
    "node-express.js",
    "office-dialog.js",
    "python-flask.py",
    "spring.java",
    "teams-tab.js",
  ]);
});

for (const file of FILES) {
  const source = read(file);

  test(`${file}: names the help site by the placeholder and sends people to /diagnose`, () => {
    assert.ok(source.includes(PLACEHOLDER), "the placeholder origin is missing");
    assert.ok(!/help\.example\.com\//.test(source.replaceAll(`${PLACEHOLDER}/forward.js`, "").replaceAll(`${PLACEHOLDER}/diagnose`, "")),
      "the placeholder is used only as the origin, for /forward.js or /diagnose");
    assert.match(source, /diagnose/);
    assert.doesNotMatch(source, /\/diagnose\?/, "the data must travel in the fragment, never the query");
    assert.ok(source.split("\n").length <= 70, "keep snippets short");
  });

  test(`${file}: the data travels in the fragment`, () => {
    if (usesForwardJs(source)) {
      // forward.js puts only allowlisted keys after "#" (forward.test.mjs).
      const imported =
        source.includes(`from "${PLACEHOLDER}/forward.js"`) ||
        (source.includes(`"${PLACEHOLDER}/forward.js"`) && /import\(/.test(source)) ||
        (source.includes('from "./forward.js"') && source.includes(`${PLACEHOLDER}/forward.js`));
      assert.ok(imported, "helpUrl comes from the help site's forward.js (or a packaged copy of it)");
      assert.match(source, /\bhelpUrl\(/);
      assert.match(source, /\bshouldForward\(/, "only sign-in errors are forwarded, not network errors");
    } else {
      // Self-contained (servers): builds "/diagnose#" itself, from an allowlist.
      assert.match(source, /\/diagnose#/);
      assert.ok(allowlists(source, file).length >= 1, "no allowlist found");
    }
  });

  test(`${file}: no string literal names a code, state, return address or token`, () => {
    for (const token of groupsTokens(source, file)) assert.doesNotMatch(token, NEVER_KEY, `"${token}"`);
  });

  test(`${file}: every allowlist holds forwarded keys only`, () => {
    for (const g of allowlists(source, file)) {
      for (const token of members(g).filter((t) => IDENTIFIER.test(t))) {
        // Values in the same group (patterns, WORD, GUID) are not identifiers-as-strings; any
        // identifier-like member must be a forwarded key.
        assert.ok(FORWARDED_KEYS.includes(token), `${token} in an allowlist: ${source.slice(g.start, g.start + 80)}…`);
        assert.doesNotMatch(token, NEVER_KEY);
      }
    }
  });

  test(`${file}: what goes into helpUrl / help_url never names a code, state or token`, () => {
    for (const m of source.matchAll(/\b(helpUrl|help_url|DiagnoseUrl)\(/g)) {
      const start = m.index + m[0].length;
      let depth = 1;
      let j = start;
      while (j < source.length && depth > 0) {
        if ("([{".includes(source[j])) depth++;
        if (")]}".includes(source[j])) depth--;
        j++;
      }
      const argument = source.slice(start, j - 1);
      assert.doesNotMatch(
        argument,
        /\b(code|state|session_state|client_info|nonce|redirect_uri|returnTo|return_to)\b|token/i,
        `${m[1]}(${argument})`,
      );
    }
  });
}

function groupsTokens(source, file) {
  const all = groups(source, { hashComments: file.endsWith(".py") });
  return all.flatMap((g) => g.literals);
}

// The checks above must catch what they are for: run them on known-bad variants.
test("the allowlist check fails when a forbidden key is added, in every language", () => {
  const bad = [
    ["a.js", 'const FORWARDED = { error: WORD, error_description: TEXT, code: WORD };'],
    ["a.js", 'const KEYS = ["error", "error_subcode", "state"];'],
    ["a.js", "const KEYS = new Set(['error', 'suberror', 'id_token']);"],
    ["a.py", 'FORWARDED = {"error": WORD, "trace_id": GUID, "redirect_uri": r"https://.*"}'],
    ["a.py", 'KEYS = ("error", "error_codes", "access_token")'],
    ["a.cs", 'static readonly Dictionary<string, Regex> F = new() { ["error"] = Word, ["suberror"] = Word, ["state"] = Word };'],
    ["a.cs", 'static readonly string[] F = { "error", "timestamp", "session_state" };'],
    ["a.java", 'Map<String, Pattern> F = Map.of("error", WORD, "error_uri", URI, "code", WORD);'],
    ["a.java", 'Set<String> F = Set.of("error", "correlation_id", "refresh_token");'],
  ];
  for (const [file, source] of bad) {
    const lists = allowlists(source, file);
    assert.ok(lists.length >= 1, source);
    const caught = lists.some((g) => members(g).some((t) => IDENTIFIER.test(t) && !FORWARDED_KEYS.includes(t)));
    assert.ok(caught, `not caught: ${source}`);
  }
  const good = ['const F = { error: /^[\\w.-]{1,64}$/, error_codes: /^\\d+$/ };', 'F = {"error": r"[\\w.-]{1,64}", "suberror": WORD}'];
  for (const source of good) {
    for (const g of allowlists(source, "a.py")) {
      assert.ok(members(g).filter((t) => IDENTIFIER.test(t)).every((t) => FORWARDED_KEYS.includes(t)), source);
    }
  }
  assert.ok(groupsTokens('x = "state"', "a.py").some((t) => NEVER_KEY.test(t)));
  assert.ok(!groupsTokens('# "state" in a comment\nx = 1', "a.py").some((t) => NEVER_KEY.test(t)));
});
