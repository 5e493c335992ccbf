import pytest

from factcheck.identity import DIFFERENT, SAME, UNKNOWN, same_name


@pytest.mark.parametrize(("first", "second", "verdict"), [
    ("Hantuchova", "Daniela Hantuchova", SAME),  # a name and its shorter form end alike
    ("Deutsche Boerse", "deutsche boerse", SAME),
    ("BBC", "BBC Radio", UNKNOWN),  # the broadcaster or one of its stations
    ("US Airways", "British Airways", DIFFERENT),
    ("Ford", "Honda", DIFFERENT),
])
def test_names_match_in_full_or_by_their_shorter_form(first, second, verdict):
    assert same_name(first, second) == same_name(second, first) == verdict
