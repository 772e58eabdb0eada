"""The edit pattern every area uses: saved first, then undoable; refusals never reach the stack."""

import pytest
from PySide6.QtGui import QUndoStack

from exchangedesk.domain.errors import ValidationError
from exchangedesk.ui.undo import push_edit


class Register:
    """A stand-in for a service: one value, and a flag that makes the next save fail."""

    def __init__(self):
        self.value = "Stalingrad"
        self.refuse = False
        self.refreshed = 0

    def save(self, value):
        if self.refuse:
            raise ValidationError("name", "someone else changed this city")
        self.value = value
        return value


def test_edit_is_applied_once_then_undone_and_redone(qapp):
    stack, register = QUndoStack(), Register()
    result = push_edit(
        stack,
        "Rename",
        apply=lambda: register.save("Volgograd"),
        revert=lambda: register.save("Stalingrad"),
        after=lambda: setattr(register, "refreshed", register.refreshed + 1),
    )
    assert result == "Volgograd" and register.value == "Volgograd"
    assert stack.count() == 1 and stack.undoText() == "Rename"
    stack.undo()
    assert register.value == "Stalingrad"
    stack.redo()
    assert register.value == "Volgograd"
    assert register.refreshed == 3  # after the edit, the undo and the redo


def test_a_refused_edit_is_not_pushed(qapp):
    stack, register = QUndoStack(), Register()
    register.refuse = True
    with pytest.raises(ValidationError):
        push_edit(stack, "Rename", apply=lambda: register.save("X"), revert=lambda: None)
    assert stack.count() == 0 and register.value == "Stalingrad"


def test_an_undo_refused_later_drops_the_command_and_keeps_the_data(qapp):
    stack, register = QUndoStack(), Register()
    push_edit(
        stack,
        "Rename",
        apply=lambda: register.save("Volgograd"),
        revert=lambda: register.save("Stalingrad"),
    )
    register.refuse = True
    stack.undo()
    assert register.value == "Volgograd"
    assert stack.count() == 0  # obsolete commands leave the stack
