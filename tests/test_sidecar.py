import datetime as dt

import pytest

from generator.errors import SidecarError
from generator.sidecar import sidecar


def _write(tmp_path, text):
    path = tmp_path / "s.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_minimal_sidecar_is_accepted(tmp_path):
    meta = sidecar(_write(tmp_path, 'event: {name: "A hearing", date: 2018-04-10}\npublisher: "P"\nurl: "https://x.org/a"\n'))
    assert meta.event_date == dt.date(2018, 4, 10)
    assert (meta.event_name, meta.publisher, meta.url) == ("A hearing", "P", "https://x.org/a")


def test_missing_sidecar_gives_empty_meta(tmp_path):
    assert sidecar(tmp_path / "none.yml").event_date is None


@pytest.mark.parametrize(
    "text, message",
    [
        ("event: {name: A, date: 10/04/2018}\n", "ISO date"),
        ("colour: red\n", "unknown key 'colour'"),
        ("event: [1, 2\n", "line 2"),
        ("url: javascript:alert(1)\n", "http"),
        ("errata: [{text: FCC}]\n", "missing key 'note'"),
        ("publisher: 12\n", "non-empty string"),
    ],
)
def test_bad_sidecars_name_the_problem(tmp_path, text, message):
    with pytest.raises(SidecarError, match=message):
        sidecar(_write(tmp_path, text))


@pytest.mark.parametrize(
    "text, message",
    [
        (
            "event:\n  name: A\n  date: 2018-04-10\npublisher: P\npublisher: Q\n",
            "line 5: key 'publisher' appears twice",
        ),
        ("event:\n  name: A\n\tdate: x\n", "line 3"),
        ("event: {name: A, date: 2018-04-10 10:00:00}\n", "ISO date"),
        ("event: {name: A, date: 2018-13-01}\n", "ISO date"),
        ("event: {name: A, when: 2018-04-10}\n", "'event' must be a mapping"),
        ("event: a hearing\n", "'event' must be a mapping"),
        ("glossary: {term: x}\n", "'glossary' must be a list"),
        ("glossary: [{term: x, definition: y, aliases: z}]\n", "list of strings"),
        ("people: [{name: X, note: N, party: D}]\n", "unknown key 'party'"),
        ("labels: [a, b]\n", "'labels' must be a mapping"),
        ("labels: {written: 3}\n", "non-empty string"),
        ("- just\n- a list\n", "must be a mapping"),
        ("publisher: !!python/object/apply:os.system [echo]\n", "line 1"),
    ],
)
def test_more_bad_sidecars_name_the_problem(tmp_path, text, message):
    with pytest.raises(SidecarError, match=message) as info:
        sidecar(_write(tmp_path, text))
    assert str(info.value).startswith(str(tmp_path / "s.yml") + ": ")
    assert info.value.exit_code == 2


def test_unreadable_sidecars_are_sidecar_errors(tmp_path):
    latin = tmp_path / "latin.yml"
    latin.write_bytes(b"publisher: Caf\xe9\n")
    with pytest.raises(SidecarError, match="not UTF-8"):
        sidecar(latin)
    (tmp_path / "dir.yml").mkdir()
    with pytest.raises(SidecarError, match="cannot read"):
        sidecar(tmp_path / "dir.yml")


def test_empty_sidecar_and_bom_are_accepted(tmp_path):
    assert sidecar(_write(tmp_path, "# nothing yet\n")).event_name is None
    path = tmp_path / "bom.yml"
    path.write_bytes(b"\xef\xbb\xbfpublisher: P\n")
    assert sidecar(path).publisher == "P"
