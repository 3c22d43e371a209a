// Typeset TeX as MathML with Temml at build time.
// Protocol: one JSON request per line on stdin, {"items": [{"tex", "display"}]};
// one JSON reply per line on stdout, {"results": [{"html"} or {"error"}]}.
// The site build keeps one process alive and sends one request per page.
"use strict";
const temml = require("temml");
const readline = require("readline");

const macros = {
  "\\R": "\\mathbb{R}",
  "\\E": "\\mathbb{E}",
  "\\argmin": "\\operatorname*{arg\\,min}",
  "\\argmax": "\\operatorname*{arg\\,max}",
};

function render(item) {
  try {
    const html = temml.renderToString(item.tex, {
      displayMode: Boolean(item.display),
      throwOnError: true,
      strict: true,
      trust: false,
      annotate: false,
      // Inline formulas are cut into top-level pieces after relations and
      // binary operators, where TeX would break a line (see maths.py).
      wrap: item.display ? "none" : "tex",
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
