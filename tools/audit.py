"""`make audit`: Lighthouse (mobile preset) on the home page and every other page.

Builds the site, serves it on 127.0.0.1 with gzip compression (as a static
host with a CDN would), runs Lighthouse from `tools/audit/node_modules` in
Debian's Chromium three times per page, and prints the median performance,
accessibility, best practices, SEO and cumulative layout shift, then names the
pages that miss the targets.

Targets (a benchmark, not a test): performance >= 95 as the median of three
runs with no run below 90, the other three categories 100, CLS <= 0.02.
Usage: `python tools/audit.py [--runs N] [path-substring ...]`.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from mlfound_book.environment import build_env

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "tools" / "audit" / "node_modules" / ".bin" / "lighthouse"
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
    """The home page and every chapter, exercise and API page of the built site."""
    found = ["/"]
    for folder in sorted(p for p in site.iterdir() if p.is_dir()):
        if folder.name in {"assets", "search"} or not (folder / "index.html").exists():
            continue
        for page in sorted(folder.rglob("index.html")):
            found.append("/" + page.parent.relative_to(site).as_posix() + "/")
    return found


def lighthouse(url: str, out: Path, env: dict, flags: str) -> dict:
    subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={out}",
            f"--chrome-flags={flags}",
            "--only-categories=performance,accessibility,best-practices,seo",
        ],
        env=env,
        check=True,
    )
    report = json.loads(out.read_text())
    score = {k: round(100 * (v["score"] or 0)) for k, v in report["categories"].items()}
    score["cls"] = report["audits"]["cumulative-layout-shift"]["numericValue"]
    score["failing"] = sorted(
        a["id"]
        for a in report["audits"].values()
        if a.get("score") is not None
        and a["score"] < 1
        and a.get("scoreDisplayMode") == "binary"
    )
    return score


def main(argv: list[str]) -> None:
    runs = 3
    if argv[:1] == ["--runs"]:
        runs, argv = int(argv[1]), argv[2:]
    if not LIGHTHOUSE.exists():
        sys.exit("Lighthouse is not installed: run `make audit`")
    chromium = shutil.which("chromium")
    if chromium is None:
        sys.exit("make audit needs Chromium: apt-get install chromium")
    site = Path(tempfile.mkdtemp(prefix="mlfound-audit-")) / "site"
    env = build_env()
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
    chosen = [p for p in pages(site) if not argv or any(a in p for a in argv)]
    print(f"{runs} runs per page; the median is shown, and the lowest run")
    columns = ("perf", "low", "a11y", "best", "seo", "CLS")
    print(f"{'page':<46} " + " ".join(f"{c:>5}" for c in columns))
    misses = []
    for path in chosen:
        results = [
            lighthouse(
                base + path,
                site.parent / "report.json",
                dict(env, CHROME_PATH=chromium),
                flags,
            )
            for _ in range(runs)
        ]
        perf = sorted(r["performance"] for r in results)
        median = {
            k: statistics.median(r[k] for r in results)
            for k in ("performance", "accessibility", "best-practices", "seo", "cls")
        }
        print(
            f"{path:<46} {median['performance']:>5.0f} {perf[0]:>4} "
            f"{median['accessibility']:>5.0f} {median['best-practices']:>5.0f} "
            f"{median['seo']:>5.0f} {median['cls']:6.3f}",
            flush=True,
        )
        failing = sorted({a for r in results for a in r["failing"]})
        if failing:
            print(f"    not passing: {', '.join(failing[:8])}")
        if (
            median["performance"] < 95
            or perf[0] < 90
            or min(median[k] for k in ("accessibility", "best-practices", "seo")) < 100
            or median["cls"] > 0.02
        ):
            misses.append(path)
    httpd.shutdown()
    print(f"\n{len(chosen) - len(misses)} of {len(chosen)} pages meet the targets")
    for path in misses:
        print(f"  misses: {path}")


if __name__ == "__main__":
    main(sys.argv[1:])
