"""Checks shared by the window tests."""

from __future__ import annotations


class ModelChecker:
    """Qt's own QAbstractItemModelTester on a model, its complaints collected from the log.

    pytest-qt's Python tester is not used: it calls ``fetchMore`` from inside its own
    ``modelReset`` handler and then reports the rows a lazy model inserts as an insertion
    during a reset, which is its bookkeeping, not the model's fault.
    """

    def __init__(self, qtmodeltester, qtlog) -> None:  # noqa: ANN001
        self._tester = qtmodeltester
        self._log = qtlog

    def check(self, model) -> None:  # noqa: ANN001
        self._tester.check(model)

    def failures(self) -> list[str]:
        return [r.message for r in self._log.records if r.message.startswith("FAIL!")]
