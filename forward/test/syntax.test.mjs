// The snippets nothing here can run, parsed by real parsers so that a vendor never copies code
// with a syntax error: msal-angular.ts and msal-react.jsx with the TypeScript compiler (syntax
// only; type-checking would need Angular and React), aspnetcore.cs with tree-sitter's C#
// grammar (no .NET SDK here). Each check also proves it can fail, on a broken copy.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import ts from "typescript";
import { Language, Parser } from "web-tree-sitter";

const require = createRequire(import.meta.url);
const read = (file) => readFileSync(new URL(`../snippets/${file}`, import.meta.url), "utf8");

function typescriptErrors(source, fileName) {
  const { diagnostics } = ts.transpileModule(source, {
    fileName,
    reportDiagnostics: true,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, jsx: ts.JsxEmit.Preserve, allowJs: true },
  });
  return diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

for (const file of ["msal-angular.ts", "msal-react.jsx", "msal-browser-redirect.js", "msal-browser-popup.js", "node-express.js", "office-dialog.js", "teams-tab.js", "browser-extension.js"]) {
  test(`${file} parses (TypeScript ${ts.version})`, () => {
    assert.deepEqual(typescriptErrors(read(file), file), []);
  });
}

test("the TypeScript check fails on broken code", () => {
  assert.notDeepEqual(typescriptErrors(read("msal-angular.ts").replace("start(): void {", "start(): void {{"), "x.ts"), []);
  assert.notDeepEqual(typescriptErrors(read("msal-react.jsx").replace("</p>", "</div>"), "x.jsx"), []);
});

await Parser.init();
const csharp = await Language.load(require.resolve("tree-sitter-c-sharp/tree-sitter-c_sharp.wasm"));

function csharpErrors(source) {
  const parser = new Parser();
  parser.setLanguage(csharp);
  const tree = parser.parse(source);
  const errors = [];
  const walk = (node) => {
    if (node.type === "ERROR" || node.isMissing) {
      errors.push(`${node.isMissing ? "missing" : "error"} at ${node.startPosition.row + 1}:${node.startPosition.column + 1}: ${node.text.slice(0, 60)}`);
    }
    for (const child of node.children) walk(child);
  };
  walk(tree.rootNode);
  parser.delete();
  tree.delete();
  return errors;
}

test("aspnetcore.cs parses as C# (tree-sitter-c-sharp)", () => {
  assert.deepEqual(csharpErrors(read("aspnetcore.cs")), []);
});

test("the C# check fails on broken code", () => {
  const source = read("aspnetcore.cs");
  assert.notDeepEqual(csharpErrors(source.replace("context.HandleResponse();", "context.HandleResponse()")), []);
  assert.notDeepEqual(csharpErrors(source.replace("var parts =", "var parts = =")), []);
});
