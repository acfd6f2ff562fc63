"""Quote verification: every quotation on a page occurs verbatim in the seed, or the build fails saying where."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import pipeline, render
from generator.cli import main
from generator.errors import QuoteError
from generator.model import Erratum
from generator.verify import Source, check, mark, marked, normalise, quotations, verify

ROOT = Path(__file__).resolve().parent.parent
SEED = "seeds/zuckerberg-senate-hearing-2018"
SOURCE = Source("seed.txt", normalise("He said: \"We were -- honestly -- wrong,\" and left.\nThe FCC agreed. "
                                      "Advisers and developers came. See the steps we taking now."),
                (Erratum("FCC", "Meant the FTC.", "FTC"), Erratum("we taking", "A word is missing.", "we are taking")))


def _project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    (root / "seeds").mkdir(parents=True)
    for suffix in (".txt", ".yml"):
        shutil.copy(ROOT / f"{SEED}{suffix}", root / f"{SEED}{suffix}")
    (root / "content").mkdir()
    return root


def test_finds_curly_straight_mixed_and_blockquoted_quotations():
    page = ('---\ntitle: "Not a quote"\n---\nShe said “a b c” and &#34;d e&#34;.\n\n> Whole block, no marks. '
            '[¶](source.md#p1 "¶ p1: “title text”")\n\n| “cell one” | x |\n\n!!! note "Editor\'s note"\n')
    assert quotations(page) == ["a b c", "d e", "Whole block, no marks.", "cell one"]


def test_mismatched_marks_pair_by_direction_and_apostrophes_are_not_quotes():
    assert quotations('“We didn’t,&#34; he said. &#34;It was mine.” The patients’ data.') == \
        ["We didn’t,", "It was mine."]


def test_links_count_by_their_text_only():
    assert quotations('“The [FCC](glossary.md#term-fcc "Federal Communications") agreed.”') == ["The FCC agreed."]


def test_normalises_only_quote_marks_dashes_and_white_space():
    page = "> “We were — honestly — wrong,” and left.\n\n“The FCC\n agreed.”\n"
    assert check("p.md", page, [SOURCE]).failures == ()
    assert check("p.md", "“the fcc agreed.”", [SOURCE]).failures  # case is not normalised
    assert check("p.md", "“We were honestly wrong”", [SOURCE]).failures  # dropped dashes are a change


def test_an_altered_quote_fails_naming_page_quote_and_closest_passage():
    result = check("index.md", "Intro.\n\n> “Advertisers and developers came.”\n", [SOURCE])
    assert result.checked == 1 and len(result.failures) == 1
    message = result.failures[0]
    assert message.startswith("index.md: ") and "“Advertisers and developers came.”" in message
    assert "closest source passage: “Advisers and developers came.”" in message


def test_errata_marks_are_the_only_allowed_change():
    assert marked(SOURCE.errata[0]) == "FCC [sic]" and marked(SOURCE.errata[1]) == "we [are] taking"
    assert marked(Erratum("Advisers and developers", "n", "Advertisers")) == "Advisers [sic] and developers"
    text = mark("The FCC agreed. See the steps we taking now.", SOURCE.errata)
    assert text == "The FCC [sic] agreed. See the steps we [are] taking now."
    assert check("p.md", f"“{text}”", [SOURCE]).failures  # two paragraphs joined is not verbatim...
    assert check("p.md", "“The FCC [sic] agreed.” “See the steps we [are] taking now.”", [SOURCE]).failures == ()
    assert check("p.md", "“The FTC [sic] agreed.”", [SOURCE]).failures  # ...nor a silent correction
    assert check("p.md", "“Advisers [sic] and developers came.”", [SOURCE]).failures  # no such erratum


def test_every_quote_on_the_seed_site_passes():
    checked = verify(ROOT, pipeline.pages(ROOT))
    assert checked >= 80  # the seed's pages quote a great deal: a collapse in detection shows here


def test_about_page_states_the_count_it_verified():
    pages = pipeline.pages(ROOT)
    about = pages["about.md"]
    total = sum(check(n, t, [Source("s", normalise((ROOT / f"{SEED}.txt").read_text(encoding="utf-8")))]).checked
                for n, t in pages.items() if n.endswith(".md"))
    assert f"checked against the source text at build time: {total}; found verbatim: {total}" in about


def test_an_altered_quote_in_a_template_fails_the_build(tmp_path, monkeypatch):
    root = _project(tmp_path)
    templates = tmp_path / "templates"
    shutil.copytree(render._TEMPLATES, templates)
    index = templates / "index.md.j2"
    index.write_text(index.read_text(encoding="utf-8").replace("> “{{ q.text | sic | gloss }}”",
                                                               "> “{{ q.text | sic | gloss }} indeed”"),
                     encoding="utf-8")
    monkeypatch.setattr(render, "_TEMPLATES", templates)
    with pytest.raises(QuoteError, match=r"index\.md: quotation not in the source: .* indeed” — closest source"):
        pipeline.build(root)
    assert not list((root / "content").rglob("*.md"))  # nothing was written


def test_an_altered_quote_in_the_sidecar_fails_the_build(tmp_path):
    root = _project(tmp_path)
    sidecar = root / f"{SEED}.yml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace('"Advertisers and developers"',
                                                                   '"Advertisers and partners"'), encoding="utf-8")
    with pytest.raises(QuoteError, match="quotation not in the source: “Advertisers and partners”"):
        pipeline.build(root)


def test_hand_written_pages_are_checked_too(tmp_path, capsys):
    root = _project(tmp_path)
    pipeline.build(root)
    assert main(["verify", "--root", str(root)]) == 0
    count = int(capsys.readouterr().out.split()[0])
    (root / "content" / "notes.md").write_text("# Notes\n\nHe said “I run it”.\n", encoding="utf-8")
    assert main(["verify", "--root", str(root)]) == 0
    assert capsys.readouterr().out.startswith(f"{count + 1} quotation(s) checked")
    (root / "content" / "notes.md").write_text("# Notes\n\nHe said “I own it”.\n", encoding="utf-8")
    assert main(["verify", "--root", str(root)]) == 1
    assert "notes.md: quotation not in the source: “I own it”" in capsys.readouterr().err
    with pytest.raises(QuoteError, match="notes.md"):
        pipeline.build(root)  # the build checks hand-written pages as well
