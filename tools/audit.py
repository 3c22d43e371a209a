"""`make audit`: Lighthouse (mobile preset) on every chapter page of the book.

Builds the site, serves it on 127.0.0.1 with gzip compression (as a static
host with a CDN would), runs Lighthouse 12.2.3 from `tools/audit/node_modules`
in Debian's Chromium, and prints performance, accessibility, best practices,
SEO and cumulative layout shift per page.

Targets (a benchmark, not a test): performance >= 90, the other three 100,
CLS <= 0.02.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "tools" / "audit" / "node_modules" / ".bin" / "lighthouse"
CHAPTERS = [
    "linear-algebra",
    "calculus",
    "probability",
    "information-theory",
    "neural-network",
]
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".ipynb")


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, gzip-compressed when the browser accepts it."""

    def log_message(self, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.suffix in COMPRESSIBLE and path.is_file()):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=3600")
        self.end_headers()
        return _BytesFile(body)


class _BytesFile:
    def __init__(self, data: bytes):
        self.data = data

    def read(self, *_):
        data, self.data = self.data, b""
        return data

    def close(self):
        pass


def pages(site: Path) -> list[str]:
    found = []
    for chapter in CHAPTERS:
        for page in sorted((site / chapter).rglob("index.html")):
            found.append("/" + page.parent.relative_to(site).as_posix() + "/")
    return found


def main() -> None:
    if not LIGHTHOUSE.exists():
        sys.exit("Lighthouse is not installed: run `make audit`")
    chromium = shutil.which("chromium")
    if chromium is None:
        sys.exit("make audit needs Chromium: apt-get install chromium")
    site = Path(tempfile.mkdtemp(prefix="mlfound-audit-")) / "site"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
        cwd=ROOT,
        env=env,
        check=True,
    )
    handler = functools.partial(GzipHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    flags = (
        "--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run "
        "--disable-background-networking --disable-component-update --disable-sync"
    )
    print(f"{'page':<44} {'perf':>5} {'a11y':>5} {'best':>5} {'seo':>5} {'CLS':>6}")
    for path in pages(site):
        out = site.parent / "report.json"
        subprocess.run(
            [
                str(LIGHTHOUSE),
                base + path,
                "--quiet",
                "--output=json",
                f"--output-path={out}",
                f"--chrome-flags={flags}",
                "--only-categories=performance,accessibility,best-practices,seo",
            ],
            env=dict(env, CHROME_PATH=chromium),
            check=True,
        )
        report = json.loads(out.read_text())
        score = {
            k: round(100 * (v["score"] or 0)) for k, v in report["categories"].items()
        }
        cls = report["audits"]["cumulative-layout-shift"]["numericValue"]
        print(
            f"{path:<44} {score['performance']:>5} {score['accessibility']:>5} "
            f"{score['best-practices']:>5} {score['seo']:>5} {cls:6.3f}"
        )
        failing = [
            a["id"]
            for a in report["audits"].values()
            if a.get("score") is not None
            and a["score"] < 1
            and a.get("scoreDisplayMode") == "binary"
        ]
        if failing:
            print(f"    not passing: {', '.join(sorted(failing)[:8])}")
    httpd.shutdown()


if __name__ == "__main__":
    main()
