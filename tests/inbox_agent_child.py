"""``humasdesk agent`` with the test forum platform registered (tests/inbox_support.py): the
same loop, engine and inbox reading the real agent runs, in a process of its own that
test_inbox_reply_crash.py kills with SIGKILL. Stops on SIGTERM."""

import signal
import threading

from humasdesk.app import App
from humasdesk.services.publishing import run_agent
from inbox_support import register


def main() -> None:
    app = App.build()  # HUMASDESK_HOME from the test
    register(app)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    print("READY", flush=True)
    run_agent(app.engine("agent"), stop, inbox=app.inbox,
              report=lambda outcome: print(outcome.message, flush=True),
              heard=lambda report: print(report.announcement, flush=True))
    app.close()


if __name__ == "__main__":
    main()
