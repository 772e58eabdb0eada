"""A window may be closed more than once (closed, then closed again when the program quits or
a test ends): the second close must be as quiet as the first.

Regression: the change follower deleted its status-bar label on the first close and asked it
for its parent on the second, raising "Internal C++ object already deleted" inside
MainWindow.closeEvent, which PySide6 6.11.3 turns into a SIGSEGV instead of a Python error
(tests/ui/overview alone crashed at the end of its run)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent

from exchangedesk.ui.main_window import MainWindow


def test_closing_a_window_twice_is_quiet(window: MainWindow) -> None:
    window.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the label is gone
    window.close()  # crashed the process before the fix
    assert not window.isVisible()
    window.follower.stop()  # and stopping again, directly, too
