"""The benchmark's DynamoDB: moto's threaded server on 127.0.0.1, in a process of its own.

``python -m bench.server SPEC_JSON [--load direct|none] [--raw-moto] [--latency-ms N]`` starts
the server on a
free port, creates the guide's tables with the app's own ``create_tables``, optionally fills
them (``--load direct``: straight into moto's in-process backend, for speed), prints one JSON
line (``{"url": …, "load_seconds": …}``) and serves until its stdin closes.

It runs in its own process so that moto's Python request handling never shares a GIL with the
window being measured.

moto's Query on a global secondary index walks every item of the table in Python (about a
second per Query at 50,000 items, whatever the answer's size), and serializes every answer
through a generic model-driven serializer (over a second for 3,000 items); DynamoDB finds a
partition by its key and answers a 1 MB page in milliseconds. Unless ``--raw-moto`` is given,
:func:`install_partition_index` gives moto a per-partition list for index queries and
:func:`install_fast_answers` writes Query and Scan answers with ``json.dumps``, so that a
Query costs what it costs on DynamoDB: proportional to what it returns. The answers are
unchanged (moto still applies every key condition, the sort, the 1 MB page limit and the
projection itself, and the JSON is the same).
"""

from __future__ import annotations

import argparse
import bisect
import json
import logging
import os
import sys
import threading
import time
import types
from collections.abc import Callable
from typing import Any

ACCOUNT = "123456789012"
_QUERY = threading.local()  # .subset: the items an index Query looks at (None: moto's own way)
NICE = 10
REGION = "ap-northeast-2"


class _Partition:
    """One partition of an index: its items in the index's order, and their sort keys.

    Items whose range key is not text are kept aside (``odd``): queries touching them take
    moto's own path.
    """

    def __init__(self, items: list[Any], order: list[str], range_attr: str | None) -> None:
        keyed = []
        self.odd = False
        for item in items:
            values = [item.attrs.get(a) for a in order]
            if any(v is None or v.type != "S" for v in values):
                self.odd = True
                continue
            keyed.append((tuple(v.value for v in values), item))
        keyed.sort(key=lambda pair: pair[0])
        self.items = [item for _key, item in keyed]
        self.ranges = [key[0] for key, _item in keyed] if range_attr else []

    def between(self, low: str, high: str) -> list[Any]:
        """The items with ``low <= range <= high``, and the one after them if any (moto
        decides "there is more", LastEvaluatedKey, on seeing the item after the last one it
        returns)."""
        first = bisect.bisect_left(self.ranges, low)
        last = bisect.bisect_right(self.ranges, high)
        return self.items[first : last + 1]


def install_partition_index() -> None:
    """Index queries in moto look only at the items of the queried partition and range."""
    import copy

    from moto.dynamodb.models import table as table_module
    from moto.dynamodb.models.table import Table

    local = _QUERY
    original_all_items: Callable[[Table], list[Any]] = Table.all_items
    original_sorted = Table.sorted_items
    original_query = Table.query
    original_put = Table.put_item
    original_delete = Table.delete_item
    lock = threading.Lock()
    # (table, index) → (table version, hash value → the partition)
    partitions: dict[tuple[int, str], tuple[int, dict[str, _Partition]]] = {}
    versions: dict[int, int] = {}

    def bump(table: Table) -> None:
        with lock:
            versions[id(table)] = versions.get(id(table), 0) + 1

    def put_item(self: Table, *args: Any, **kwargs: Any) -> Any:
        try:
            return original_put(self, *args, **kwargs)
        finally:
            bump(self)

    def delete_item(self: Table, *args: Any, **kwargs: Any) -> Any:
        try:
            return original_delete(self, *args, **kwargs)
        finally:
            bump(self)

    def partition(table: Table, index_name: str, keys: dict[str, str], value: str) -> _Partition:
        hash_attr, range_attr = keys["HASH"], keys.get("RANGE")
        # moto's order for an index: index hash and range keys, then the table's keys.
        order = table._generate_attr_to_sort_by(
            [hash_attr, table.hash_key_attr], [range_attr, table.range_key_attr]
        )
        order = [a for a in order if a != hash_attr]
        with lock:
            version = versions.get(id(table), 0)
            cached = partitions.get((id(table), index_name))
            if cached is None or cached[0] != version:
                grouped: dict[str, list[Any]] = {}
                for item in original_all_items(table):
                    attribute = item.attrs.get(hash_attr)
                    if attribute is not None:
                        grouped.setdefault(str(attribute.value), []).append(item)
                built = {k: _Partition(v, order, range_attr) for k, v in grouped.items()}
                cached = (version, built)
                partitions[(id(table), index_name)] = cached
            return cached[1].get(value) or _Partition([], order, range_attr)

    def all_items(self: Table) -> list[Any]:
        subset = getattr(local, "subset", None)
        if subset is not None:
            return list(subset)
        return original_all_items(self)

    def sorted_items(self: Table, hash_attrs: Any, range_attrs: Any, items: list[Any]) -> Any:
        if getattr(local, "subset", None) is None:
            return original_sorted(self, hash_attrs, range_attrs, items)
        return items  # the partition is kept in the index's order

    def query(self: Table, hash_key: Any, *args: Any, **kwargs: Any) -> Any:
        index_name = args[6] if len(args) > 6 else kwargs.get("index_name")
        conditions = kwargs.get("hash_key_conditions") or []
        value = None
        if conditions and len(conditions) == 1:
            value = conditions[0][1].value
        elif hash_key is not None:
            value = hash_key.value
        if not index_name or value is None:
            return original_query(self, hash_key, *args, **kwargs)
        index = self.get_index(index_name)
        keys = {k["KeyType"]: k["AttributeName"] for k in index.schema}
        found = partition(self, index_name, keys, str(value))
        if found.odd:
            return original_query(self, hash_key, *args, **kwargs)
        comparison, bounds = args[0], args[1]
        subset = found.items
        if comparison == "BETWEEN" and found.ranges and all(b.type == "S" for b in bounds):
            subset = found.between(bounds[0].value, bounds[1].value)
        local.subset = subset
        try:
            return original_query(self, hash_key, *args, **kwargs)
        finally:
            local.subset = None

    def deepcopy(value: Any, memo: Any = None) -> Any:
        # moto deep-copies every result of a Query before serializing it; the results of an
        # index Query are only read and serialized here, so a list copy does.
        if getattr(local, "subset", None) is not None and isinstance(value, list):
            return list(value)
        return copy.deepcopy(value, memo)

    module_copy = {n: getattr(copy, n) for n in dir(copy) if not n.startswith("__")}
    patched_copy = types.SimpleNamespace(**{**module_copy, "deepcopy": deepcopy})
    setattr(table_module, "copy", patched_copy)  # noqa: B010
    Table.all_items = all_items  # type: ignore[method-assign]
    Table.sorted_items = sorted_items  # type: ignore[method-assign,assignment]
    Table.query = query  # type: ignore[method-assign]
    Table.put_item = put_item  # type: ignore[method-assign]
    Table.delete_item = delete_item  # type: ignore[method-assign]


def install_fast_answers() -> None:
    """Query and Scan answers serialized with ``json.dumps`` at once.

    moto 5.2 serializes every answer through a generic, model-driven serializer that visits
    each attribute of each item: about 0.4 ms per item, over a second for 3,000 items, where
    DynamoDB's own time is a few milliseconds. The body is the same JSON that serializer
    writes (``json.dumps`` with its defaults); anything that is not plain JSON (binary
    attributes) still goes the slow way.
    """
    from moto.dynamodb.models.dynamo_type import DynamoType
    from moto.dynamodb.responses import DynamoResult

    original = DynamoResult.execute_result
    original_init = DynamoResult.__init__
    scalar = {"S", "N", "BOOL", "NULL"}

    def init(self: DynamoResult, result: Any) -> None:
        # Items of text, numbers and booleans: {name: {type: value}} directly, instead of
        # moto's recursive, type-checking conversion of every value.
        items = result.get("Items") if isinstance(result, dict) else None
        if isinstance(items, list) and all(
            isinstance(v, DynamoType) and v.type in scalar
            for attrs in items
            for v in attrs.values()
        ):
            converted = {k: v for k, v in result.items() if k != "Items"}
            rest = DynamoResult.__new__(DynamoResult)
            original_init(rest, converted)
            plain = dict(rest.result)  # type: ignore[call-overload]
            plain["Items"] = [{k: {v.type: v.value} for k, v in a.items()} for a in items]
            self._result = plain
            return
        original_init(self, result)

    def execute_result(self: DynamoResult, context: Any) -> Any:
        result = self.result
        if (
            isinstance(result, dict)
            and "Items" in result
            and context.operation_model.name in ("Query", "Scan")
        ):
            try:
                body = json.dumps(result)
            except (TypeError, ValueError):
                return original(self, context)
            return 200, {"Content-Type": "application/x-amz-json-1.0"}, body
        return original(self, context)

    DynamoResult.__init__ = init  # type: ignore[method-assign]
    DynamoResult.execute_result = execute_result  # type: ignore[method-assign,assignment]


def install_latency(milliseconds: float) -> None:
    """Every DynamoDB answer waits this long first (a network round trip; 0: none)."""
    from moto.dynamodb.responses import DynamoHandler

    original = DynamoHandler.call_action
    delay = milliseconds / 1000

    def call_action(self: DynamoHandler) -> Any:
        time.sleep(delay)
        return original(self)

    DynamoHandler.call_action = call_action  # type: ignore[method-assign]


def load_direct(spec_json: dict[str, Any]) -> int:
    """Write the plan's departments and events straight into moto's backend."""
    from moto.dynamodb.models import dynamodb_backends

    from bench.data import DataSpec, plan
    from desktop.data.store import encode_item

    data = plan(DataSpec.from_json(spec_json))
    backend = dynamodb_backends[ACCOUNT][REGION]
    for department in data.departments:
        backend.put_item("departments", encode_item(department.to_item()))
    for item in data.items:
        backend.put_item("events", encode_item(item))
    return len(data.items)


def load_items(path: str) -> int:
    """Write the items of a JSON-lines file (``{"table": …, "item": {…}}``) into moto's backend."""
    from moto.dynamodb.models import dynamodb_backends

    from desktop.data.store import encode_item

    backend = dynamodb_backends[ACCOUNT][REGION]
    written = 0
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            entry = json.loads(line)
            backend.put_item(entry["table"], encode_item(entry["item"]))
            written += 1
    return written


def _answers(spec_json: dict[str, Any]) -> list[Any]:
    """Queries and a Scan of a generated calendar in moto (in-process), every page."""
    from moto import mock_aws

    from bench.data import DataSpec, plan
    from desktop.data.schema import create_table_params
    from desktop.data.store import encode_item

    data = plan(DataSpec.from_json(spec_json))
    months = data.spec.month_list()
    low, high = months[1].isoformat(), months[-2].replace(day=15).isoformat()
    answers: list[Any] = []
    with mock_aws():
        import boto3

        client = boto3.client("dynamodb", region_name=REGION)
        client.create_table(**create_table_params("events", "events", on_demand=True))
        for item in data.items:
            client.put_item(TableName="events", Item=encode_item(item))
        query = client.get_paginator("query")
        for department in data.departments[:3]:
            between: dict[str, Any] = {
                "KeyConditionExpression": "#d = :d AND #e BETWEEN :a AND :b",
                "ExpressionAttributeNames": {"#d": "department_id", "#e": "event_date"},
                "ExpressionAttributeValues": {
                    ":d": {"S": department.id},
                    ":a": {"S": low},
                    ":b": {"S": high},
                },
            }
            extras: list[dict[str, Any]] = [
                {"Limit": 7},
                {},
                {"ScanIndexForward": False, "Limit": 13},
            ]
            for extra in extras:
                pages = query.paginate(
                    TableName="events", IndexName="department-date-index", **between, **extra
                )
                answers.append([dict(page, ResponseMetadata=None) for page in pages])
            pages = query.paginate(
                TableName="events",
                IndexName="department-date-index",
                KeyConditionExpression="#d = :d",
                ExpressionAttributeNames={"#d": "department_id"},
                ExpressionAttributeValues={":d": {"S": department.id}},
                PaginationConfig={"PageSize": 50},
            )
            answers.append([dict(page, ResponseMetadata=None) for page in pages])
        pages = client.get_paginator("scan").paginate(
            TableName="events",
            FilterExpression="department_id = :d",
            ExpressionAttributeValues={":d": {"S": data.departments[0].id}},
            PaginationConfig={"PageSize": 100},
            ReturnConsumedCapacity="TOTAL",
        )
        answers.append([dict(page, ResponseMetadata=None) for page in pages])
    return answers


def self_check(spec_json: dict[str, Any]) -> bool:
    """The patched moto answers exactly as moto does: every page, item and key."""
    plain = _answers(spec_json)
    install_partition_index()
    install_fast_answers()
    return plain == _answers(spec_json)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.server")
    parser.add_argument("spec", help="the DataSpec as JSON")
    parser.add_argument("--load", choices=("none", "direct"), default="none")
    parser.add_argument("--raw-moto", action="store_true")
    parser.add_argument("--latency-ms", type=float, default=0.0)
    parser.add_argument("--port", type=int, default=0, help="listen here (0: any free port)")
    parser.add_argument("--items", help="also load the items of this JSON-lines file")
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="compare the patched moto's answers with moto's own (in-process) and exit",
    )
    args = parser.parse_args(argv)
    if args.self_check:
        same = self_check(json.loads(args.spec))
        print("same answers" if same else "DIFFERENT answers")
        return 0 if same else 1
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    from moto.server import ThreadedMotoServer

    from bench.data import connection
    from desktop.data.store import DynamoStore

    if not args.raw_moto:
        install_partition_index()
        install_fast_answers()
    if args.latency_ms > 0:
        install_latency(args.latency_ms)
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=args.port, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    url = f"http://{host}:{port}"
    started = time.perf_counter()
    store = DynamoStore(connection(url))
    store.create_tables(poll_seconds=0.01)
    written = load_direct(json.loads(args.spec)) if args.load == "direct" else 0
    if args.items:
        written += load_items(args.items)
    # The endpoint stands in for a service on another machine: on a small machine its CPU must
    # not compete on equal terms with the app being measured (loading comes before that).
    if hasattr(os, "nice"):
        os.nice(NICE)
    print(
        json.dumps({"url": url, "written": written, "load_seconds": time.perf_counter() - started}),
        flush=True,
    )
    sys.stdin.read()  # serve until the harness closes our stdin
    server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
