"""Department tags: short, readable, and never the same for two departments on one page."""

from __future__ import annotations

from desktop.domain.tags import department_tags


def test_korean_names_give_two_syllables_english_names_initials() -> None:
    tags = department_tags(
        {"a": "개발팀", "b": "인사팀", "c": "Human Resources", "d": "Marketing", "e": "경영 지원팀"}
    )
    assert tags == {"a": "개발", "b": "인사", "c": "HR", "d": "Ma", "e": "경영"}


def test_tags_that_collide_grow_until_they_differ() -> None:
    tags = department_tags(
        {"a": "인사팀", "b": "인사기획팀", "c": "Human Resources", "d": "Human Rights"}
    )
    assert tags == {"a": "인사팀", "b": "인사기", "c": "HRe", "d": "HRi"}


def test_the_same_name_twice_is_numbered() -> None:
    assert department_tags({"a": "영업팀", "b": "영업팀", "c": "영업"}) == {
        "a": "영업팀",
        "b": "영업팀2",
        "c": "영업",
    }


def test_many_departments_all_get_different_tags() -> None:
    names = [
        "개발팀", "개발지원팀", "개발운영팀", "인사팀", "인사", "영업1팀", "영업2팀", "총무팀",
        "Sales", "Sales Korea", "Sales Kansai", "Security", "Service Desk", "", "  ",
    ]  # fmt: skip
    tags = department_tags({f"d{i}": name for i, name in enumerate(names)})
    assert len(set(tags.values())) == len(names)
    assert all(tags.values())
