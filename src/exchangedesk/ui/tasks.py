"""Background work for the window: one small helper on a QThreadPool.

A task runs a plain function on a worker thread. The function gets a :class:`TaskControl` to
report progress and to notice a cancel request; it must never touch a widget. Its result (or the
exception it raised) comes back as a signal emitted on the GUI thread, so the code that shows it
can touch widgets freely::

    task = Task(lambda control: snapshot(path, folder))
    task.result.connect(show_backup)
    task.error.connect(show_error)
    task.start()
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class TaskCancelled(Exception):
    """Raised by :meth:`TaskControl.check` in a worker whose task was cancelled."""


class TaskControl:
    """What the worker function may do: report progress and look at the cancel flag."""

    def __init__(self, task: Task) -> None:
        self._task = task

    @property
    def cancelled(self) -> bool:
        return self._task._cancel.is_set()

    def check(self) -> None:
        """Stop here if the user cancelled (call it between steps of long work)."""
        if self.cancelled:
            raise TaskCancelled

    def progress(self, done: int, total: int = 0, message: str = "") -> None:
        """``total`` 0 means "unknown": the window shows a busy indicator."""
        _Runnable._send(self._task._bridge.progress, done, total, message)


class _Bridge(QObject):
    """Created on the GUI thread and emitted from the worker: Qt then queues each signal to the
    Task's slots on the GUI thread instead of calling them on the worker."""

    result = Signal(object)
    error = Signal(object)
    progress = Signal(int, int, str)
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task
        # The worker keeps its own reference to the bridge: if the window that owned the Task
        # is closed meanwhile (the Task's C++ side deleted with its parent), the bridge lives
        # on until the work ends, and a result with nobody left to receive it is dropped.
        self._bridge = task._bridge

    def run(self) -> None:  # on the worker thread
        task, bridge = self._task, self._bridge
        try:
            value = task._work(TaskControl(task))
        except TaskCancelled:
            self._send(bridge.cancelled)
        except Exception as exc:  # every failure must reach the GUI thread
            self._send(bridge.error, exc)
        else:
            if task._cancel.is_set():
                self._send(bridge.cancelled)
            else:
                self._send(bridge.result, value)
        finally:
            self._task = None

    @staticmethod
    def _send(signal: Any, *args: object) -> None:
        # RuntimeError: the bridge went with the application at exit; nobody is left to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)


class Task(QObject):
    """A handle the GUI keeps; every signal here is emitted on the GUI thread."""

    result = Signal(object)
    error = Signal(object)  # the exception the work raised
    progress = Signal(int, int, str)  # done, total (0: unknown), message
    cancelled = Signal()
    finished = Signal()  # after result, error or cancelled

    # Running tasks are kept alive here even if the caller drops its reference.
    _running: ClassVar[set[Task]] = set()

    def __init__(self, work: Callable[[TaskControl], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._bridge = _Bridge()
        self._bridge.result.connect(self._deliver_result)
        self._bridge.error.connect(self._deliver_error)
        self._bridge.progress.connect(self.progress)
        self._bridge.cancelled.connect(self._deliver_cancelled)
        self._is_running = False

    @property
    def is_running(self) -> bool:
        return self._is_running

    def start(self, pool: QThreadPool | None = None) -> Task:
        if self._is_running:
            raise RuntimeError("the task is already running")
        self._is_running = True
        Task._running.add(self)
        (pool or QThreadPool.globalInstance()).start(_Runnable(self))
        return self

    def cancel(self) -> None:
        """Ask the work to stop; it ends at its next :meth:`TaskControl.check`."""
        self._cancel.set()

    @Slot(object)
    def _deliver_result(self, value: object) -> None:
        self.result.emit(value)
        self._finish()

    @Slot(object)
    def _deliver_error(self, exc: object) -> None:
        self.error.emit(exc)
        self._finish()

    @Slot()
    def _deliver_cancelled(self) -> None:
        self.cancelled.emit()
        self._finish()

    def _finish(self) -> None:
        self._is_running = False
        Task._running.discard(self)
        self.finished.emit()
        if self.parent() is not None:
            # The parent (a page, a dialog) scopes a running task: closed first, it takes the
            # task with it and the result is dropped. Once finished, the task must not stay its
            # child with its result for as long as the page lives (Home made two per refresh;
            # the soak test, tests/ui/soak_window.py, saw them pile up): handed back to Python,
            # it is freed when nobody refers to it any more. (``deleteLater`` here crashed in
            # ``~QObject`` when a caller still held and used the task.)
            self.setParent(None)


def run_task(
    work: Callable[[TaskControl], Any],
    on_result: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    parent: QObject | None = None,
) -> Task:
    """Start ``work`` in the background and call back on the GUI thread."""
    task = Task(work, parent)
    if on_result is not None:
        task.result.connect(on_result)
    if on_error is not None:
        task.error.connect(on_error)
    return task.start()
