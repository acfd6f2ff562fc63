"""The template environment: `escape` as `finalize`, the `gloss` and `sic` filters, glossary links."""

from __future__ import annotations

import functools
import hashlib
import re
from pathlib import Path

import jinja2

from generator.casefold import fold
from generator.escape import escape
from generator.verify import mark


class Gloss(str):
    """Source text a template wants glossary links in (`{{ text | gloss }}`); escaped like any other value."""


@jinja2.pass_context
def _finalize(context, value: object) -> str:
    text = escape(value)
    return context["linker"].link(text) if isinstance(value, Gloss) else text


# What the compiled code of a template depends on besides its source.
_OPTIONS = {"trim_blocks": True, "lstrip_blocks": True, "keep_trailing_newline": True, "autoescape": False,
            "undefined": jinja2.StrictUndefined, "finalize": _finalize}


@functools.lru_cache(maxsize=4)
def environment_for(templates: Path) -> jinja2.Environment:
    # One per process and template folder: building one per story recompiled every template for every seed.
    # FileSystemLoader's auto_reload still recompiles a template whose file changed (`mkdocs serve`).
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(templates), bytecode_cache=_bytecode_cache(), **_OPTIONS)
    env.filters["gloss"] = lambda text: Gloss(text) if text else text
    env.filters["sic"] = _sic
    return env


class _BytecodeCache(jinja2.FileSystemBytecodeCache):
    """Compiled templates kept on disk between processes: compiling them took longer than rendering a small seed,
    in every fresh process (a one-seed edit). Jinja keys an entry by the template's path and checks its source's
    checksum, so an edited template is compiled again. Only a speed-up: an entry that cannot be read or written
    is compiled (again) instead, never an error."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # unreadable or corrupt (pickle and marshal raise all kinds): as if it were absent
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:  # the directory went away or is read-only: the next process compiles again
            pass


def _bytecode_cache() -> _BytecodeCache | None:
    """The cache in Jinja's per-user temporary directory, or none if that cannot be made safely. Its file names
    carry the environment's options and Jinja's version, which shape the compiled code but not Jinja's key."""
    options = {k: getattr(v, "__qualname__", v) for k, v in _OPTIONS.items()}
    tag = hashlib.sha256(repr((jinja2.__version__, options)).encode()).hexdigest()[:16]
    try:
        return _BytecodeCache(pattern=f"__generator_{tag}_%s.cache")
    except (OSError, RuntimeError):  # no usable temporary directory, or one another user owns
        return None


@jinja2.pass_context
def _sic(context, text: str | None) -> str | None:
    """Source text with the sidecar's flagged slips marked in place ("FCC [sic]"); the words stay as printed."""
    return mark(text, context["meta"].errata) if text else text


class LinkForms:
    """The words that link to each glossary term, and the one regex that finds them all: worked out once per story
    and shared by its pages (compiling the alternation for each page was a good part of a small page's time)."""

    _SUFFIX = r"(?:e?s)?(?:'s|’s|')?"  # plurals and possessives: "senators", "Analytica's"

    def __init__(self, terms: list | tuple = ()):
        forms = sorted(((escape(f), t) for t in terms for f in t.forms), key=lambda ft: -len(ft[0]))
        self.forms = [(f, t) for f, t in forms if not f.startswith("&")]  # a leading entity is no word start
        self.by_form = {f.casefold(): t for f, t in self.forms}
        self.by_folded = {_key(f): t for f, t in self.forms}
        alternatives = "|".join(_form_pattern(f, t) for f, t in self.forms)
        # Not inside an entity (&#35;) nor mid-word.
        self.pattern = re.compile(rf"(?<![\w&#])(?P<base>{alternatives}){self._SUFFIX}(?!\w)") if self.forms else None
        self.folded = [fold(f) for f, _ in self.forms]
        self.unsure = not all(f.isascii() for f, _ in self.forms)


class Linker:
    """Links the first occurrence of each glossary term on one page; later ones stay plain text."""

    def __init__(self, forms: LinkForms | None = None):
        self._forms = forms or LinkForms()
        self._used: set[str] = set()
        self._folded, self._unsure = self._forms.folded, self._forms.unsure

    def link(self, text: str) -> str:
        # The search tries every form at every word, slow over a long page: first a cheap test whether a term
        # not yet linked can occur in the text at all (on most pages, after the first few paragraphs, none can).
        if not self._may_link(text):
            return text
        return self._forms.pattern.sub(self._replace, text)

    def _may_link(self, text: str) -> bool:
        """False only if no form of a term not yet linked is in `text`, as written or in other letter case.
        The folded text holds every case-insensitive match of an ASCII form, folded; a non-ASCII form makes the
        answer True (letters such as "ς" and "σ" match each other but fold apart): the search decides."""
        if not self._folded:
            return False
        return self._unsure or any(map(fold(text).__contains__, self._folded))

    def _unused_forms(self) -> None:
        unused = [f for f, t in self._forms.forms if t.id not in self._used]
        self._folded = [fold(f) for f in unused]
        self._unsure = not all(f.isascii() for f in unused)

    def _replace(self, match: re.Match) -> str:
        base = match["base"]
        term = self._forms.by_form.get(base.casefold()) or self._forms.by_folded[_key(base)]
        if term.id in self._used:
            return match[0]
        self._used.add(term.id)
        self._unused_forms()
        return f'[{match[0]}](glossary.md#{term.id} "{escape(term.tooltip)}")'


def _key(form: str) -> str:
    # What a form and every text it matches ignoring case have in common, when casefold() alone is not: that
    # keeps "ı" and makes "İ" two letters ("PRİVACY", matched by "Privacy", was a KeyError); fold() alone keeps
    # "ς" apart from "σ". Only the fallback: two terms the glossary keeps apart ("Patient", "Patıent") may share it.
    return fold(form).casefold()


def _form_pattern(form: str, term) -> str:
    # Acronyms (no lower-case letter) match case-sensitively; words also match capitalised or not.
    return re.escape(form) if term.case else f"(?i:{re.escape(form)})"
