import logging

import pytest

from generator.errors import InputError, SidecarError
from generator.ingest import MAX_BYTES, ingest
from generator.model import Erratum, Meta


def _seed(tmp_path, data: bytes, name="s.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_utf8_text_is_read_and_line_ends_normalised(tmp_path):
    story = ingest(_seed(tmp_path, "Héadline\r\nBody “quoted”.\rLast\u2028line".encode()), Meta())
    assert story.text == "Héadline\nBody “quoted”.\nLast\nline"
    assert story.encoding == "utf-8"
    assert story.slug == "s"
    assert len(story.sha256) == 64


def test_bom_is_removed_and_reported(tmp_path):
    story = ingest(_seed(tmp_path, b"\xef\xbb\xbfHeadline\nBody"), Meta())
    assert story.text == "Headline\nBody"
    assert story.encoding == "utf-8-sig"


def test_windows_1252_is_used_only_as_a_fallback_and_said_so(tmp_path, caplog):
    with caplog.at_level(logging.WARNING, logger="generator.ingest"):
        story = ingest(_seed(tmp_path, b"It\x92s \x93quoted\x94 \x96 here"), Meta(), display="seeds/s.txt")
    assert story.text == "It’s “quoted” – here"
    assert story.encoding == "windows-1252"
    assert "seeds/s.txt" in caplog.text and "Windows-1252" in caplog.text


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty"),
        (b"  \n\t\r\n  ", "empty"),
        (b"Head\x00line", "NUL"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00", "ZIP"),
        (b"\xff\xfeH\x00i\x00", "UTF-16"),
        (bytes(range(1, 9)) * 50 + b"some words", "non-text"),
        ("\ufffd".encode() * 40 + b"words", "non-text"),
        (b"caf\xc3 \x81\x8d", "neither UTF-8 nor Windows-1252"),
    ],
)
def test_unusable_input_is_refused_with_a_clear_message(tmp_path, data, message):
    with pytest.raises(InputError, match=message) as info:
        ingest(_seed(tmp_path, data), Meta(), display="seeds/bad.txt")
    assert str(info.value).startswith("seeds/bad.txt: ")
    assert info.value.exit_code == 2
    assert "\n" not in str(info.value)


def test_size_limit_is_checked_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: nothing is actually written
    with pytest.raises(InputError, match="limit is 10,485,760"):
        ingest(path, Meta())


def test_a_text_just_under_the_limit_is_accepted(tmp_path):
    line = b"A sentence of ordinary words.\n"
    story = ingest(_seed(tmp_path, line * ((MAX_BYTES - 1) // len(line))), Meta())
    assert story.text.startswith("A sentence")


def test_unreadable_path_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        ingest(tmp_path, Meta())
    with pytest.raises(InputError, match="cannot read"):
        ingest(tmp_path / "missing.txt", Meta())


def test_stray_control_characters_are_dropped(tmp_path):
    story = ingest(_seed(tmp_path, b"Head\x1b[0mline\x07\nA body of ordinary words."), Meta())
    assert story.text == "Head[0mline\nA body of ordinary words."


def test_slug_is_safe_for_file_names_and_links(tmp_path):
    path = _seed(tmp_path, b"Headline\nBody", name='<img src=x onerror="a"> Héaring 2018.txt')
    assert ingest(path, Meta()).slug == "img-src-x-onerror-a-h-aring-2018"


def test_erratum_must_occur_in_the_seed(tmp_path):
    path = _seed(tmp_path, b"Headline\nHe told the FCC it was\na closed case.")
    ok = Meta(errata=(Erratum("FCC", "the FTC"), Erratum("was a closed", "wrapped across a line break")))
    assert ingest(path, ok).meta == ok
    bad = Meta(errata=(Erratum("FCC", "n"), Erratum("SEC", "not in the text")))
    with pytest.raises(SidecarError, match="errata item 2: text 'SEC' does not occur in the seed"):
        ingest(path, bad, display="seeds/s.txt")
