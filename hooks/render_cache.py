"""Re-render only the pages that changed while `mkdocs serve` is running.

`mkdocs serve` rebuilds the whole site after every save. Converting Markdown to
HTML is most of that work, so this hook remembers, in memory, the rendered HTML
of each page together with everything that went into it:

- the page's Markdown (after the other hooks have seen it), its path and URL;
- the text of every snippet it includes with `--8<--`;
- the hashes of all `mlfound` modules and the versions of the packages that
  shape output (the execution cache's own inputs);
- the list of files in the site (links resolve against it), and the
  configuration file and build hooks.

A page whose inputs are all unchanged gets its HTML, table of contents and
anchors back without being converted again; any change renders it afresh. A
render that logged a warning is never remembered, so a memory hit cannot hide
a warning. Nothing is written to disk: a new `mkdocs build` starts empty.

The theme's compiled Jinja templates are kept in the cache folder too (Jinja
checks each template's source before using its compiled form).
"""

from __future__ import annotations

import copy
import hashlib
import json
import logging
import re
from pathlib import Path

import _shared
import jinja2
from mkdocs.structure.pages import Page

_SNIPPET = re.compile(r'^\s*--8<--\s+"([^"]+)"', re.M)
_original_render = Page.render
_memo: dict[str, dict] = {}
_context: dict[str, str] = {"build": ""}


class _WarningCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def _key(page: Page, config) -> str:
    root = Path(config.config_file_path).parent
    digest = hashlib.sha256(_context["build"].encode())
    digest.update(f"{page.file.src_uri}\n{page.url}\n".encode())
    digest.update((page.markdown or "").encode())
    for include in _SNIPPET.findall(page.markdown or ""):
        path = root / include
        digest.update(path.read_bytes() if path.exists() else b"<missing>")
    return digest.hexdigest()


def _render(self: Page, config, files) -> None:
    key = _key(self, config)
    hit = _memo.get(key)
    if hit is not None:
        self.content = hit["content"]
        self.toc = copy.deepcopy(hit["toc"])
        self._title_from_render = hit["title"]
        self.present_anchor_ids = set(hit["anchors"])
        links = {}
        for src_uri, anchors in hit["links"].items():
            target = files.get_file_from_path(src_uri)
            if target is not None:
                links[target] = dict(anchors)
        self.links_to_anchors = links
        return
    counter = _WarningCounter()
    logging.getLogger("mkdocs").addHandler(counter)
    try:
        _original_render(self, config, files)
    finally:
        logging.getLogger("mkdocs").removeHandler(counter)
    if counter.count == 0:
        _memo[key] = {
            "content": self.content,
            "toc": copy.deepcopy(self.toc),
            "title": self._title_from_render,
            "anchors": sorted(self.present_anchor_ids or ()),
            "links": {
                f.src_uri: dict(a) for f, a in (self.links_to_anchors or {}).items()
            },
        }


def on_config(config):
    Page.render = _render
    return config


def on_env(env, config, files):
    # Compiled theme templates survive between rebuilds; jinja checks each
    # template's source checksum, so an edited template is compiled afresh.
    folder = _shared.cache_dir() / "jinja"
    folder.mkdir(parents=True, exist_ok=True)
    env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(folder))
    return env


def on_files(files, config):
    # What every page's HTML depends on besides its own Markdown. The execution
    # hook's on_pre_build has just hashed the mlfound modules.
    root = Path(config.config_file_path).parent
    state = {
        "files": sorted(f.src_uri for f in files),
        "modules": _shared._state.get("hashes", {}),
        "versions": _shared._state.get("versions", ""),
        "config": Path(config.config_file_path).read_text(encoding="utf-8"),
        "hooks": {
            p.name: p.read_text(encoding="utf-8")
            for p in sorted((root / "hooks").glob("*.py"))
        },
    }
    _context["build"] = json.dumps(state, sort_keys=True)
    return files
