from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from delegation_ui import delegations

def name(w):
    if w is None: return "NONE"
    return f"{type(w).__name__}:{w.objectName()}:{getattr(w,'text',lambda:'')() if hasattr(w,'text') and callable(w.text) else ''}"[:60]

def walk(qtbot, n=22):
    seq=[]
    for _ in range(n):
        w = QApplication.focusWidget()
        if w is None: seq.append(f"NONE {QApplication.activeWindow()} {[t for t in QApplication.topLevelWidgets() if t.isVisible()]}"); break
        qtbot.keyClick(w, Qt.Key.Key_Tab)
        seq.append(name(QApplication.focusWidget()))
    print("\n".join(seq))

def test_explore(filled_window, qtbot):
    page = delegations(filled_window)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    print(page.pane.delegation_id)
    page.focus_filter()
    walk(qtbot, 8)
    from PySide6.QtWidgets import QWidget
    QWidget.setTabOrder(page.new_button, page.table)
    print("A")
    page.focus_filter()
    walk(qtbot, 8)
    QWidget.setTabOrder(page.table, page.pane.edit_button)
    print("B")
    page.focus_filter()
    walk(qtbot, 8)
    print("before", QApplication.focusWidget(), QApplication.activeWindow())
    page.pane.tabs.setCurrentIndex(3)
    print("after tab", QApplication.focusWidget(), QApplication.activeWindow())
    qtbot.wait(200)
    print("after wait", QApplication.focusWidget(), QApplication.activeWindow())
    filled_window.activateWindow()
    page.focus_filter()
    print("after ff", QApplication.focusWidget(), QApplication.activeWindow())
    print("PROGRAMME")
    walk(qtbot, 30)
