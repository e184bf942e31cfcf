"""The one cell escaper every export of visitors' data uses."""

import pytest

from hub.privacy.exports import escape_cell


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+44 7700", "'+44 7700"),
        ("-2", "'-2"),
        ("@cmd", "'@cmd"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Sam", "Sam"),
        ("", ""),
        ("a=b", "a=b"),
        (-2, -2),
        (None, None),
    ],
)
def test_escape_cell(value, expected):
    assert escape_cell(value) == expected
