"""Benchmarks with budgets: ``python -m bench`` (see BENCHMARKS.md).

Kept empty on purpose: the start-up probe (:mod:`bench.probe`) imports this package, and
anything imported here would be counted in the app's start-up time.
"""
