"""The seed end to end: the facts issue 2 names appear on the right pages of the built site, as a reader sees them.

The site is built from a temporary copy of the project (the hook generates content/ there); pages are read as
text from the HTML of each page's main column.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from test_site_build import _build, _project

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "zuckerberg-senate-hearing-2018.txt"
GOLD = yaml.safe_load((ROOT / "seeds" / "zuckerberg-senate-hearing-2018.gold.yml").read_text(encoding="utf-8"))


def _text(page: str) -> str:
    """The main column of a built page as plain text, white space and quote marks normalised."""
    main = page.split('<article class="md-content__inner', 1)[-1].split("</article>", 1)[0]
    main = re.sub(r"<(script|style)\b.*?</\1>", " ", main, flags=re.S)
    main = re.sub(r"</?(a|abbr|span|em|strong|del|ins|time|code)\b[^>]*>", "", main)  # inline: no gap
    text = html.unescape(re.sub(r"<[^>]+>", " ", main))
    return _norm(text)


def _norm(text: str) -> str:
    text = re.sub(r"[“”„\"]", '"', text)
    text = re.sub(r"[‘’`]", "'", text)
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, str]:
    root = _project(tmp_path_factory.mktemp("seed"))
    _build(root)
    site = root / "site"
    pages = {
        p.parent.relative_to(site).as_posix(): _text(p.read_text(encoding="utf-8")) for p in site.rglob("index.html")
    }
    pages["index"] = pages.pop(".")
    return pages


def test_overview_names_the_event_and_its_date(pages):
    text = pages["index"]
    assert "Joint hearing of the Senate Commerce and Judiciary committees" in text
    assert "10 April 2018" in text
    assert "Facebook CEO says firm is in 'arms race' with Russia" in text


def test_opening_statement_is_verbatim_and_complete(pages):
    lines = SEED.read_text(encoding="utf-8").split("\n")
    remarks = lines[38:49]  # the 11 paragraphs after "Here are ... opening remarks in full:"
    assert remarks[0].startswith("You will rightfully") and remarks[-1].endswith("take your questions.")
    text = pages["opening-statement"].replace(" [sic]", "")  # the sidecar's flagged slip, marked in place
    for paragraph in remarks:
        assert _norm(paragraph) in text
    assert "Please allow a moment" not in text


def test_exchanges_show_named_and_unnamed_questioners(pages):
    text = pages["exchanges"]
    for questioner in ("Grassley", "Nelson", "Lindsey Graham"):
        assert questioner in text
    assert "not named in the source" in text
    for answer in ("Absolutely.", "It certainly doesn't feel that way to me", "closed case"):
        assert answer in text
    assert "quoted verbatim" in text and "paraphrased" in text


def test_people_carry_roles_as_the_text_gives_them(pages):
    text = pages["people"]
    assert "Lindsey Graham" in text and "South Carolina" in text
    assert "Robert Mueller" in text and "special counsel" in text
    assert "Mark Zuckerberg" in text
    assert "Elon Musk" not in text  # named only in the donation appeal


def test_timeline_runs_in_date_order_with_relative_dates_resolved(pages, tmp_path_factory):
    text = pages["timeline"]
    order = [text.find(d) for d in ("2014", "2015", "2016", "March 2018", "9 April 2018", "10 April 2018")]
    assert -1 not in order, order
    assert order == sorted(order)
    assert "yesterday" in text and "About a month ago" in text  # the words that gave each date


def test_glossary_uses_the_definition_the_text_gives(pages):
    text = pages["glossary"]
    assert "Cambridge Analytica" in text
    assert "a data-mining firm affiliated with Donald Trump's presidential campaign" in text


def test_numbers_page_lists_the_figures(pages):
    text = pages["numbers"]
    for figure in ("87 million", "44", "five hours", "4.5 per cent", "two billion", "70 million"):
        assert figure in text


def test_no_chrome_on_any_page(pages):
    for name, text in pages.items():
        if name == "source":
            text = text.split("Removed as publisher chrome", 1)[0]
        for fragment in GOLD["boilerplate"]:
            assert _norm(fragment) not in text, (name, fragment)


def test_committed_content_is_what_build_writes():
    result = subprocess.run([sys.executable, "-m", "generator", "check"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
