// Render TeX to HTML with KaTeX at build time.
// Protocol: one JSON request per line on stdin, {"items": [{"tex", "display"}]};
// one JSON reply per line on stdout, {"results": [{"html"} or {"error"}]}.
// The site build keeps one process alive and sends one request per page.
"use strict";
const katex = require("katex");
const readline = require("readline");

const macros = {
  "\\R": "\\mathbb{R}",
  "\\E": "\\mathbb{E}",
  "\\argmin": "\\operatorname*{arg\\,min}",
  "\\argmax": "\\operatorname*{arg\\,max}",
};

function render(item) {
  try {
    const html = katex.renderToString(item.tex, {
      displayMode: Boolean(item.display),
      throwOnError: true,
      strict: "error",
      output: "htmlAndMathml",
      trust: false,
      macros: { ...macros },
    });
    return { html };
  } catch (err) {
    return { error: String(err.message || err) };
  }
}

const lines = readline.createInterface({ input: process.stdin, terminal: false });
lines.on("line", (line) => {
  const request = JSON.parse(line);
  const results = request.items.map(render);
  process.stdout.write(JSON.stringify({ results }) + "\n");
});
