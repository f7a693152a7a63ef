import pytest


@pytest.fixture
def window(app, qtbot):
    """The real main window on the offscreen platform, shown, with the composer focused."""
    from PySide6.QtWidgets import QApplication

    from humasdesk.ui.main import GuiController

    controller = GuiController(QApplication.instance(), app)
    qtbot.addWidget(controller.window)
    controller.show()
    qtbot.waitExposed(controller.window)
    controller.window.activateWindow()
    yield controller.window
    controller.window.ui.tasks.wait()


@pytest.fixture
def controller_factory(app, qtbot):
    from PySide6.QtWidgets import QApplication

    from humasdesk.ui.main import GuiController

    made = []

    def make():
        controller = GuiController(QApplication.instance(), app)
        qtbot.addWidget(controller.window)
        controller.show()
        qtbot.waitExposed(controller.window)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.window.ui.tasks.wait()
