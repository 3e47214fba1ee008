"""Table text made safe to show: elided, bidi-isolated, escaped for tooltips."""

from __future__ import annotations

from html import unescape

from desktop.domain.display import ELLIPSIS, FSI, LINE_LIMIT, PDI, elided, isolated, tooltip

RLO = "\u202e"


def test_short_text_is_shown_as_it_is() -> None:
    assert elided("팀 회의") == "팀 회의"
    assert elided("x" * LINE_LIMIT) == "x" * LINE_LIMIT


def test_long_text_is_cut_with_an_ellipsis_at_the_limit() -> None:
    shown = elided("가" * 10_000)
    assert len(shown) == LINE_LIMIT
    assert shown.endswith(ELLIPSIS)
    assert elided("abcdef", 4) == "abc" + ELLIPSIS


def test_a_cut_keeps_a_base_letter_with_its_combining_marks() -> None:
    text = "abc" + "e\u0301" + "fgh"  # é as e + COMBINING ACUTE ACCENT
    assert elided(text, 5) == "abc" + ELLIPSIS


def test_isolated_text_cannot_reverse_the_sentence_around_it() -> None:
    sentence = "Saved “{title}”.".format(title=isolated(f"{RLO}evil"))
    assert sentence == f"Saved “{FSI}{RLO}evil{PDI}”."


def test_isolates_in_the_text_are_balanced() -> None:
    # A stray PDI would close our isolate early; an unclosed FSI would swallow the sentence.
    assert isolated(f"a{PDI}{RLO}b") == f"{FSI}a{RLO}b{PDI}"
    assert isolated(f"a{FSI}b") == f"{FSI}a{FSI}b{PDI}{PDI}"


def test_isolated_text_is_elided_too() -> None:
    assert isolated("x" * 10_000) == FSI + "x" * (LINE_LIMIT - 1) + ELLIPSIS + PDI


def test_a_tooltip_shows_markup_literally() -> None:
    text = '<img src="/dev/zero"><b>bold</b> & more\nsecond line'
    shown = tooltip(text)
    assert "<img" not in shown and "<b>" not in shown
    wrapper = "<p style='white-space:pre-wrap'>"
    assert shown.startswith(wrapper)
    assert unescape(shown.removeprefix(wrapper).removesuffix("</p>")) == text


def test_a_tooltip_is_elided() -> None:
    assert len(tooltip("x" * 10_000)) < 1_100
