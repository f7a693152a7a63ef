import threading

import pytest


@pytest.fixture(autouse=True)
def gui_thread_requests():
    """Fails the test when an HTTP request is made on the GUI (main) thread: the window must
    never wait on the network (every platform call goes through ui/tasks.py). Yields the list
    of such requests, so a test of this guard can look at it."""
    from humasdesk.platforms import http

    made = []

    def observe(request) -> None:
        if threading.current_thread() is threading.main_thread():
            made.append(http.describe(request))

    http.request_observers.append(observe)
    yield made
    http.request_observers.remove(observe)
    assert not made, f"HTTP requests on the GUI thread: {made}"


@pytest.fixture
def window(app, qtbot):
    """The real main window on the offscreen platform, shown, with the composer focused."""
    from PySide6.QtWidgets import QApplication

    from humasdesk.ui.main import GuiController

    app.settings.set("undo_seconds", 0)  # tests of the undo window set it themselves
    controller = GuiController(QApplication.instance(), app)
    qtbot.addWidget(controller.window)
    controller.show()
    qtbot.waitExposed(controller.window)
    qtbot.waitUntil(lambda: controller.window.ready, timeout=30000)
    controller.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is controller.window)
    yield controller.window
    controller.window.close()


@pytest.fixture
def controller_factory(app, qtbot):
    from PySide6.QtWidgets import QApplication

    from humasdesk.ui.main import GuiController

    made = []

    def make():
        controller = GuiController(QApplication.instance(), app)
        controller.show()
        qtbot.waitExposed(controller.window)
        qtbot.waitUntil(lambda: controller.window.ready or controller.welcome_dialog is not None,
                        timeout=30000)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.window.close()
