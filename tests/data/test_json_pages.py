"""A Query page's body read an item at a time: the same answer as ``json.loads``, in pieces."""

from __future__ import annotations

import json
from typing import Any

import pytest

from desktop.data import json_pages
from desktop.data.json_pages import loads_by_item

BODIES = [
    '{"Count": 2, "Items": [{"id": {"S": "a"}}, {"id": {"S": "b"}}], "ScannedCount": 2}',
    '{"Items":[],"Count":0}',
    "{}",
    ' { \n"Items" :\t[ 1 , [2, [3]] , {"x": ["]", "[", ","]} ] ,"k": null } \n',
    '{"Items": [{"title": {"S": "회의 \\"]\\" \\u00e9"}}], "LastEvaluatedKey": {"id": {"S": "x"}}}',
    "[1, 2, 3]",
    '"text"',
]


@pytest.mark.parametrize("body", BODIES)
def test_it_reads_what_json_loads_reads(body: str) -> None:
    assert loads_by_item(body.encode()) == json.loads(body)
    assert loads_by_item(body) == json.loads(body)


@pytest.mark.parametrize(
    "body",
    ['{"Items": [1, 2', '{"Items": [1 2]}', '{"a": 1} x', '{"a" 1}', "{1: 2}", '{"a": [1,]}', ""],
)
def test_malformed_json_is_refused_as_json_loads_refuses_it(body: str) -> None:
    with pytest.raises(ValueError):
        json.loads(body)
    with pytest.raises(ValueError):
        loads_by_item(body.encode())


def test_a_page_is_parsed_one_item_per_call(monkeypatch: pytest.MonkeyPatch) -> None:
    """Between two items the interpreter's lock can pass to the window's thread: no single
    C call parses more than one item of the page."""
    items = [{"id": {"S": f"e{n}"}, "title": {"S": "주간 보고" * 20}} for n in range(500)]
    body = json.dumps({"Count": 500, "Items": items}).encode()
    spans: list[int] = []
    decoder = json_pages._DECODER

    class Counting:
        def raw_decode(self, text: str, at: int = 0) -> tuple[Any, int]:
            value, end = decoder.raw_decode(text, at)
            spans.append(end - at)
            return value, end

    monkeypatch.setattr(json_pages, "_DECODER", Counting())
    assert loads_by_item(body) == json.loads(body)
    assert len(spans) >= len(items)
    assert max(spans) < len(body) // 100  # one item's worth, never the page
