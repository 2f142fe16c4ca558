// Compiles the package's guards ahead of time and bundles them, run by `periskope-codegen` with
// Node.js: ajv's standalone code generation turns the schemas into validation functions, and
// esbuild bundles them with the package's entry module and what the generated code imports from
// ajv and ajv-formats into one self-contained ES module and one CommonJS module, for the browser
// platform (so nothing Node-only can slip in). No schema is compiled at run time.
//
// Usage: PERISKOPE_JS_TOOLS=<folder with node_modules> node bundle.mjs < request.json
// The request is {"schemas": [...], "exports": {"Name": "<schema ref>"}, "modules":
// {"entry.js": "<source>", ...}, "entry": "entry.js", "banner": "<comment>"}; the generated code
// is imported by the modules as "./validators.js". "node": {"verify.js": "<source>"} adds
// Node-only modules of their own; "web": {"web.js": "<source>"} adds modules that import the
// guards from "./index.js"; both may import the "modules" too ("./signing.js"), each bundling
// its own copy. Writes {"index.js": ..., "index.cjs": ..., "verify.js": ..., ...}.

import { createRequire } from "node:module";
import { join } from "node:path";

const tools = process.env.PERISKOPE_JS_TOOLS;
if (!tools) {
  console.error("PERISKOPE_JS_TOOLS is not set");
  process.exit(2);
}
const require = createRequire(join(tools, "package.json"));
const Ajv2020 = require("ajv/dist/2020").default;
const standaloneCode = require("ajv/dist/standalone").default;
const addFormats = require("ajv-formats").default;
const esbuild = require("esbuild");

let input = "";
for await (const chunk of process.stdin) input += chunk;
const request = JSON.parse(input);

// The options the committed schemas need beyond ajv's strict defaults, as in the ajv checks of
// the test suite: nullable fields are written `"type": [..., "null"]`, and a field read under two
// spellings is required through `oneOf` branches that name properties defined beside them.
const ajv = new Ajv2020({
  strict: true,
  allowUnionTypes: true,
  strictRequired: false,
  allErrors: true,
  inlineRefs: false,
  code: { source: true, esm: true, lines: true },
});
addFormats(ajv);
for (const schema of request.schemas) ajv.addSchema(schema);
const validators = standaloneCode(ajv, request.exports);

const modules = { ...request.modules, "validators.js": validators };
const virtual = {
  name: "package-modules",
  setup(build) {
    build.onResolve({ filter: /^\.\/[A-Za-z0-9_.-]+\.js$/ }, (args) => {
      const name = args.path.slice(2);
      return name in modules ? { path: name, namespace: "package" } : undefined;
    });
    build.onLoad({ filter: /.*/, namespace: "package" }, (args) => ({
      contents: modules[args.path],
      loader: "js",
      resolveDir: tools,
    }));
  },
};

// One bundle: `input` is esbuild's entry (`entryPoints` or `stdin`), `platform` "browser" (ES2020)
// or "node" (Node.js 18), `plugins` resolve before the package's own modules.
async function bundle(input, format, platform, { plugins = [], ...options } = {}) {
  const result = await esbuild.build({
    ...input,
    absWorkingDir: tools,
    bundle: true,
    format,
    platform,
    target: platform === "node" ? "node18" : "es2020",
    write: false,
    charset: "utf8",
    banner: { js: request.banner },
    plugins: [...plugins, virtual],
    logLevel: "silent",
    ...options,
  });
  return result.outputFiles[0].text;
}

const stdin = (name, source) => ({
  stdin: { contents: source, loader: "js", sourcefile: name, resolveDir: tools },
});

const out = {};
for (const [file, format] of [["index.js", "esm"], ["index.cjs", "cjs"]]) {
  out[file] = await bundle({ entryPoints: [`./${request.entry}`] }, format, "browser", {
    legalComments: "inline",
  });
}
// Node-only modules of their own subpaths (`verify.js`), built for the Node platform.
for (const [name, source] of Object.entries(request.node ?? {})) {
  const stem = name.replace(/\.js$/, "");
  for (const [file, format] of [[`${stem}.js`, "esm"], [`${stem}.cjs`, "cjs"]]) {
    out[file] = await bundle(stdin(name, source), format, "node");
  }
}
// Subpaths that import the package's own guards (`web.js`): built for the browser platform, so
// nothing Node-only can slip in, with `./index.js` kept as an import of the index beside them
// (index.js from the ES module, index.cjs from the CommonJS one) instead of a second copy.
for (const [name, source] of Object.entries(request.web ?? {})) {
  const stem = name.replace(/\.js$/, "");
  for (const [file, format, index] of [[`${stem}.js`, "esm", "./index.js"], [`${stem}.cjs`, "cjs", "./index.cjs"]]) {
    const ownIndex = {
      name: "own-index",
      setup(build) {
        build.onResolve({ filter: /^\.\/index\.js$/ }, () => ({ path: index, external: true }));
      },
    };
    out[file] = await bundle(stdin(name, source), format, "browser", { plugins: [ownIndex] });
  }
}
process.stdout.write(JSON.stringify(out));
