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
