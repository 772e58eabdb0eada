"""The background task helper: work off the GUI thread, answers back on it."""

from __future__ import annotations

import threading

import pytest

from exchangedesk.ui.tasks import Task, TaskCancelled, TaskControl, run_task


def test_result_arrives_on_the_gui_thread(qtbot) -> None:  # noqa: ANN001
    seen: dict[str, object] = {}

    def work(control: TaskControl) -> int:
        seen["worker"] = threading.current_thread()
        return 42

    def on_result(value: int) -> None:
        seen["value"] = value
        seen["receiver"] = threading.current_thread()

    task = Task(work)
    task.result.connect(on_result)
    with qtbot.waitSignal(task.finished):
        task.start()
    assert seen["value"] == 42
    assert seen["worker"] is not threading.main_thread()
    assert seen["receiver"] is threading.main_thread()
    assert not task.is_running


def test_an_exception_is_delivered_not_lost(qtbot) -> None:  # noqa: ANN001
    errors: list[BaseException] = []
    threads: list[threading.Thread] = []

    def fail(control: TaskControl) -> None:
        raise OSError("disk full")

    def on_error(error: BaseException) -> None:
        errors.append(error)
        threads.append(threading.current_thread())

    task = run_task(fail, on_error=on_error)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], OSError) and str(errors[0]) == "disk full"
    assert threads == [threading.main_thread()]
    qtbot.waitUntil(lambda: not task.is_running)


def test_progress_is_reported_in_order(qtbot) -> None:  # noqa: ANN001
    steps: list[tuple[int, int, str]] = []

    def work(control: TaskControl) -> str:
        for done in range(1, 4):
            control.progress(done, 3, f"step {done}")
        return "done"

    task = Task(work)
    task.progress.connect(lambda done, total, message: steps.append((done, total, message)))
    with qtbot.waitSignal(task.result):
        task.start()
    assert steps == [(1, 3, "step 1"), (2, 3, "step 2"), (3, 3, "step 3")]


def test_cancel_stops_the_work_at_its_next_check(qtbot) -> None:  # noqa: ANN001
    started, release = threading.Event(), threading.Event()
    results: list[object] = []

    def work(control: TaskControl) -> str:
        started.set()
        release.wait(5)
        control.check()
        return "finished anyway"

    task = Task(work)
    task.result.connect(results.append)
    with qtbot.waitSignal(task.cancelled):
        task.start()
        assert started.wait(5)
        task.cancel()
        release.set()
    assert results == []


def test_a_task_cannot_start_twice(qtbot) -> None:  # noqa: ANN001
    release = threading.Event()
    task = Task(lambda control: release.wait(5))
    task.start()
    with pytest.raises(RuntimeError):
        task.start()
    with qtbot.waitSignal(task.finished):
        release.set()


def test_task_cancelled_is_an_exception() -> None:
    assert issubclass(TaskCancelled, Exception)
