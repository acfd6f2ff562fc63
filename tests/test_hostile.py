"""Hostile text is data: the escaper's output, rendered by the real Markdown configuration, shows the literal
characters and changes no structure, in every context the templates put text in. Plus the payload seed
through the whole build: no script, no raw HTML, no file from the build machine on the site."""

from __future__ import annotations

import html
import os
import random
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
import yaml

from generator.escape import escape

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
CONFIG = Path(os.environ.get("MKDOCS_CONFIG", ROOT / "mkdocs.yml"))  # as tests/browser/siteharness.py

# Pieces of Markdown, HTML, Jinja and extension syntax (OWASP filter-evasion style), glued at random.
TOKENS = [
    "<script>", "</script>", "<img src=x onerror=alert(1)>", "</title>", "<!--", "-->", "javascript:", "JaVaScRiPt:",
    "&#106;", "&lt;", "&amp;", "&", "[", "]", "(", ")", "![", "](", "#", "## ", "*", "**", "_", "__", "`", "```",
    "~~~", "|", "|---|", "{:", "{: .x onclick=y}", "}", "{{", "}}", "{%", "%}", "--8<--", '"/etc/passwd"', '"', "'",
    "\\", "1.", "1986.", "2)", "- ", "+ ", "> ", "---", "===", '=== "', "!!!", "???", "???+", "*[X]:", "[^1]", "[^1]:",
    ":", ": ", "    ", "\t", "\n", "\n\n", " ", "x", "word", "FCC", "==", "^^", "~~", "++", "$$", "@", "<http://a.b>",
    "www.example.com", "https://example.org/", "<b>", "</p>", "<div markdown>", "-->", "\u00a0", "\u200b", "é", "“",
    "\u202e", "<", ">", "=", "?", "!", ";", "%", "/", ".", ",", "-", "0", "9",
]


def _hostile_strings(n: int, seed: int = 20180410) -> list[str]:
    rng = random.Random(seed)
    lines = [line for f in sorted(HOSTILE.glob("*")) for line in f.read_text(encoding="utf-8").splitlines()]
    out = [line for line in lines if line.strip()]
    while len(out) < n:
        value = "".join(rng.choice(TOKENS) for _ in range(rng.randint(1, 12)))
        out += [value] if value.strip() else []  # templates never print a blank value as a title
    return out


STRINGS = _hostile_strings(3000)
BATCH = 150


def _markdown() -> markdown.Markdown:
    """Python-Markdown configured as MkDocs configures it from the real mkdocs.yml (its built-ins first).

    Read with MkDocs' own YAML loader rather than `load_config`, which would import the hook as well."""
    from mkdocs.utils.yaml import get_yaml_loader

    raw = yaml.load(CONFIG.read_text(encoding="utf-8"), Loader=get_yaml_loader())  # noqa: S506 (MkDocs' loader)
    names, configs = ["toc", "tables", "fenced_code"], {}
    for item in raw.get("markdown_extensions") or []:
        name, options = next(iter(item.items())) if isinstance(item, dict) else (item, None)
        names += [name] if name not in names else []
        configs[name] = options or {}
    return markdown.Markdown(extensions=names, extension_configs=configs)


@pytest.fixture(scope="module")
def md():
    if not CONFIG.exists():
        pytest.fail(f"{CONFIG} is missing: the fuzz test renders through the project's real extension list")
    cwd = os.getcwd()
    os.chdir(CONFIG.parent)
    yield _markdown()
    os.chdir(cwd)


# context: (Markdown for one value, separator between values, the element whose text is the value)
CONTEXTS = {
    "paragraph": ("Said: {}", "\n\n", "p"),
    "heading": ("## {}", "\n\n", "h2"),
    "table cell": ("| {} | end |", "\n", "td"),
    "list item": ("- {}", "\n", "li"),
    "admonition title": ('!!! note "{}"\n\n    Body.', "\n\n", "p.admonition-title"),
    "tab title": ('=== "{}"\n\n    Body.', "\n\n", "label"),
    "link text": ("[{}](https://example.org/)", "\n\n", "a"),
}
# Contexts whose syntax needs an extension exist only when mkdocs.yml enables it (the templates cannot use them
# otherwise); the others are always there.
NEEDS = {"admonition title": "admonition", "tab title": "pymdownx.tabbed"}


def _contexts() -> list[str]:
    enabled = CONFIG.read_text(encoding="utf-8") if CONFIG.exists() else ""
    return sorted(c for c in CONTEXTS if c not in NEEDS or re.search(rf"^\s*- {re.escape(NEEDS[c])}\b", enabled, re.M))


TABLE_HEAD = "| Value | End |\n|---|---|\n"
ALLOWED = {"p", "h2", "table", "thead", "tbody", "tr", "th", "td", "ul", "li", "div", "input", "label", "a", "abbr"}


class _Page(HTMLParser):
    """Start tags with their attributes, and the text inside each element of the watched kind."""

    def __init__(self, watch: str):
        super().__init__(convert_charrefs=True)
        self.tag, _, self.cls = watch.partition(".")
        self.tags: list[tuple[str, dict]] = []
        self.texts: list[str] = []
        self.comments: list[str] = []
        self._depth = 0  # > 0 while inside a watched element
        self._skip = 0  # > 0 inside a heading's permalink anchor

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == self.tag and (not self.cls or self.cls in (attrs.get("class") or "").split()) and not self._depth:
            self.texts.append("")
            self._depth = 1
        elif self._depth:
            self._depth += tag not in ("input", "br")
        if "headerlink" in (attrs.get("class") or ""):
            self._skip += 1

    def handle_endtag(self, tag):
        if self._skip and tag == "a":
            self._skip -= 1
        if self._depth:
            self._depth -= 1

    def handle_data(self, data):
        if self._depth and not self._skip:
            self.texts[-1] += data

    def handle_comment(self, data):
        self.comments.append(data)


def _render(md, context: str, values: list[str]) -> _Page:
    form, sep, watch = CONTEXTS[context]
    source = sep.join(form.format(escape(v)) for v in values)
    md.reset()
    page = _Page(watch)
    page.feed(md.convert(TABLE_HEAD + source if context == "table cell" else source))
    return page


def _shown(value: str) -> str:
    return " ".join(value.split())


@pytest.mark.parametrize("context", _contexts())
def test_escaped_hostile_text_shows_literally_and_changes_no_structure(md, context):
    baseline = _render(md, context, ["plain words"] * BATCH)
    expected_tags = [t for t, _ in baseline.tags]
    for start in range(0, len(STRINGS), BATCH):
        values = STRINGS[start : start + BATCH]
        values += ["plain words"] * (BATCH - len(values))
        page = _render(md, context, values)
        tags = [t for t, _ in page.tags if t != "abbr"]
        assert tags == expected_tags, (
            f"{context}: structure changed in batch {start}: {_first_diff(md, context, values)}"
        )
        assert not page.comments
        for tag, attrs in page.tags:
            assert tag in ALLOWED
            assert not [a for a in attrs if a.startswith("on") or a in ("src", "style", "srcdoc", "formaction")]
            assert not re.match(r"\s*(javascript|data|vbscript):", attrs.get("href") or "", re.I)
        shown = [_shown(t) for t in page.texts[:: 2 if context == "table cell" else 1]]
        prefix = "Said: " if context == "paragraph" else ""
        assert shown == [_shown(prefix + v) for v in values], f"{context}: text not shown literally"


def _first_diff(md, context, values):
    """The first value whose rendering alone changes the structure, for a readable failure."""
    baseline = [t for t, _ in _render(md, context, ["plain words"]).tags]
    return next((v for v in values if [t for t, _ in _render(md, context, [v]).tags if t != "abbr"] != baseline), None)


def test_snippet_markers_in_escaped_text_read_no_file(md, tmp_path):
    canary = "CANARY-" + "7f3a9c"
    (CONFIG.parent / "canary-snippet.txt").write_text(canary, encoding="utf-8")
    try:
        for line in ('--8<-- "canary-snippet.txt"', ';--8<-- "canary-snippet.txt"', '--8<-- "/etc/passwd"'):
            md.reset()
            out = md.convert(escape(line))
            assert canary not in out and "root:" not in out
            assert html.unescape(re.sub(r"<[^>]+>", "", out)) == line
    finally:
        (CONFIG.parent / "canary-snippet.txt").unlink()


# --- the payload seed through the whole build --------------------------------------------------------------

CANARY = "BUILD-MACHINE-SECRET-5d1e"


def _payload_project(root: Path) -> Path:
    """A copy of the project's site config with the hostile seed as its only seed, plus canary files."""
    for name in ("mkdocs.yml", "site_overrides", "generator", "includes", "docs_includes"):
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, root / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif src.exists():
            shutil.copy(src, root / name)
    (root / "seeds").mkdir()
    (root / "content").mkdir()
    shutil.copy(HOSTILE / "payload.txt", root / "seeds" / "payload.txt")
    shutil.copy(HOSTILE / "payload.yml", root / "seeds" / "payload.yml")
    for where in (root, root / "content"):  # not in seeds/: there it would be a seed
        (where / "canary.txt").write_text(CANARY + "\n", encoding="utf-8")
    return root


def build_payload_site(root: Path) -> Path:
    """Generate content/ from the payload seed and run `mkdocs build --strict`; return the site directory."""
    project = _payload_project(root)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH="1523318400", PYTHONPATH=str(project))
    gen = subprocess.run([sys.executable, "-m", "generator", "build", "--root", str(project)],
                         cwd=project, env=env, capture_output=True, text=True, timeout=120)
    assert gen.returncode == 0, gen.stderr
    (project / "content" / "canary.txt").unlink()  # a stray file in docs_dir would be copied verbatim
    site = project / "site"
    mk = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
                        cwd=project, env=env, capture_output=True, text=True, timeout=180)
    assert mk.returncode == 0, mk.stdout + mk.stderr
    return site


@pytest.fixture(scope="module")
def payload_site(tmp_path_factory):
    if not CONFIG.exists():
        pytest.fail(f"{CONFIG} is missing: the payload build needs the project's MkDocs config")
    return build_payload_site(tmp_path_factory.mktemp("payload"))


def _pages(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): p.read_text(encoding="utf-8") for p in sorted(site.rglob("*.html"))}


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        self._in_script = tag == "script"
        self._data_block = "json" in dict(attrs).get("type", "")  # JSON-LD is data, not code

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script and self._data_block:
            assert "<" not in data, "a JSON data block must escape < (as \\u003c) so it cannot end the script"
        elif self._in_script:
            self.scripts.append(data)


def test_no_payload_markup_reaches_the_html(payload_site):
    pages = _pages(payload_site)
    assert pages
    for rel, text in pages.items():
        parsed = _Tags()
        parsed.feed(text)
        assert not [s for s in parsed.scripts if "PAYLOAD" in s], f"{rel}: payload inside a script element"
        for tag, attrs in parsed.tags:
            assert tag not in ("iframe", "marquee", "style", "img", "body") or "PAYLOAD" not in str(attrs), rel
            handlers = {k: v for k, v in attrs.items() if k.startswith("on")}
            assert "PAYLOAD" not in str(handlers), f"{rel}: payload in an event handler of <{tag}>"
            for key in ("href", "src", "action", "formaction"):
                assert not re.match(r"\s*(javascript|vbscript|data):", attrs.get(key, ""), re.I), (rel, tag, attrs)
        for article in re.findall(r"<article\b.*?</article>", text, re.S):  # the page content, not the theme
            assert not re.search(r"<(script|iframe|marquee|style|img|body|svg)\b", article, re.I), rel


def test_no_file_from_the_build_machine_appears(payload_site):
    passwd = Path("/etc/passwd").read_text(encoding="utf-8").splitlines()[0]
    for path in payload_site.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if path.suffix == ".gz":
                import gzip

                data = gzip.decompress(data)
            assert CANARY.encode() not in data, path
            assert passwd.encode() not in data, path


def test_payload_text_is_shown_literally(payload_site):
    text = html.unescape(re.sub(r"<[^>]+>", "", "\n".join(_pages(payload_site).values())))
    flat = "".join(text.split())  # glossary links may split the text into elements
    for literal in ("<script>console.log('PAYLOAD-headline')</script>", '--8<-- "/etc/passwd"', "{{ 7*7 }}",
                    "*[FCC]: an abbreviation", "<!-- an HTML comment that must show -->", "# A heading that is not"):
        assert "".join(literal.split()) in flat, literal
