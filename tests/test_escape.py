"""The escaper: seed text rendered through our real Markdown extension set shows as itself and adds no structure."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.escape import Trusted, escape, href

ROOT = Path(__file__).resolve().parent.parent


class _Loader(yaml.SafeLoader):
    """mkdocs.yml uses `!ENV`; its value does not matter for the extension list."""


_Loader.add_constructor("!ENV", lambda loader, node: None)


def _extensions():
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    names, settings_ = [], {}
    for item in config["markdown_extensions"]:
        name, options = next(iter(item.items())) if isinstance(item, dict) else (item, None)
        names.append(name)
        if options:
            settings_[name] = options
    return names, settings_


def _convert(text: str) -> str:
    names, options = _extensions()
    return markdown.Markdown(extensions=names, extension_configs=options).convert(text)


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.text = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def _parse(output: str) -> tuple[list[str], str]:
    parser = _Tags()
    parser.feed(output)
    return parser.tags, "".join(parser.text)


# Each context a template puts a value in, and the elements that context itself creates.
CONTEXTS = {
    "paragraph": ("{}", ["p"]),
    "heading": ("## {}", ["h2", "a"]),  # toc permalink
    "list item": ("- {}", ["ul", "li"]),
    "blockquote": ("> “{}”", ["blockquote", "p"]),
    "emphasis": ("*{}*", ["p", "em"]),
    "table cell": ("| a | b |\n|---|---|\n| {} | x |", ["table", "thead", "tr", "th", "th", "tbody", "tr", "td", "td"]),
    "link text": ("[{}](x.md)", ["p", "a"]),
    "admonition body": ('!!! note "Editor\'s note"\n\n    {}', ["div", "p", "p"]),
    "admonition title": ('!!! note "{}"\n\n    body', ["div", "p", "p"]),
}

PAYLOADS = [
    "#metoo at a line start", "1986. was a year", "2) second", "--- a rule", "***", "___", "> quoted",
    "!!! note \"x\"", "??? note", "???+ note", "| a | b |", "*[UN]: United Nations", '--8<-- "/etc/passwd"',
    "{: .cls #id }", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<!-- comment -->",
    "a & b &amp; &#60;", "[x](javascript:alert(1))", "![img](http://x/y.png)", "*em* **strong** _u_ __uu__",
    "`code` ```fence```", "{{ config }} {% include 'x' %}", "back\\slash \\*", "- item", "+ item", "* item",
    "=== setext", ": definition", "    indented code", "\tTabbed", "~~~", "<http://example.org>",
    "Title\n===\n\n# h", "COVID-19, U.S. 4.5 per cent; 50% / 'quoted'?", "trailing #", "a | b",
    "\"double\" 'single' “curly”", "[^1] footnote", "$x$ math", "==mark== ^^ins^^ ~~del~~",
]


def _plain(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("context", CONTEXTS)
@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_is_literal_in_every_context(context, payload):
    template, expected_tags = CONTEXTS[context]
    tags, text = _parse(_convert(template.format(escape(payload))))
    assert tags == expected_tags
    assert _plain(payload) in _plain(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("#*_-+.|[](){}<>!&`\\:;'\"=~^$%?/ \n\t1aZé—“")), max_size=40),
       st.sampled_from(sorted(CONTEXTS)))
def test_fuzz_no_structure_and_text_survives(payload, context):
    template, expected_tags = CONTEXTS[context]
    tags, text = _parse(_convert(template.format(escape(payload))))
    if not _plain(payload):  # nothing to show: an empty cell, heading or paragraph may be dropped
        return
    assert tags == expected_tags
    assert _plain(payload) in _plain(text)


def test_mid_text_punctuation_left_alone_so_terms_still_match():
    assert escape("the COVID-19 rules, U.S. law; 4.5 per cent/50% isn't it?") == \
        "the COVID-19 rules, U.S. law; 4.5 per cent/50% isn't it?"


def test_line_start_marks_are_encoded():
    assert escape("1986. A year") == "1986&#46; A year"
    assert escape("- item").startswith("&#45;")
    assert escape("# tag").startswith("&#35;")
    assert escape("??? x").startswith("&#63;")


def test_one_line_always():
    assert "\n" not in escape("a\n\n# b\n    c")


def test_trusted_markup_and_none_pass():
    assert escape(Trusted("[a](b.md)")) == "[a](b.md)"
    assert escape(None) == ""


def test_entities_decode_to_the_original():
    payload = "<b>&amp;\"quoted\" [x](y) {{ z }}"
    assert html.unescape(escape(payload)) == payload


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x", "ftp://x.org/a", "//x.org", "", None,
                                 "http://"])
def test_href_refuses_non_http(url):
    assert href(url) is None


def test_href_cannot_break_out_of_a_markdown_link():
    target = href('https://x.org/a (b)"<c>?q=1&r=2')
    assert target is not None and not re.search(r'[ ()"<>]', target)
    tags, _ = _parse(_convert(f"[x]({target})"))
    assert tags == ["p", "a"]
