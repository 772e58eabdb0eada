"""ExchangeDesk's benchmark suite (issue 7): ``uv run python -m benchmarks``.

Not part of the test run (pytest collects ``tests/`` only): it builds a federation-scale
register, takes minutes, and reports timings against the targets in docs/PERFORMANCE.md.
"""
