"""What the user can do, as small typed classes: the only door below ``app.py``.

``app.App`` (the composition root) builds each service once and hands the same objects to the
window (``ui/``), the command line (``cli/``) and the agent. Those front ends import this
package and ``domain/`` only, never ``store/``, ``platforms/``, ``publishing/`` or ``speech/``
(``tests/unit/test_layers.py`` reads the imports and enforces it). No service imports Qt.

- ``accounts``: the platforms' connection forms; connect, save, verify and remove accounts.
- ``publishing``: create posts and change them (cancel, reschedule, publish now, confirm);
  builds the publishing engine for a process.
- ``queue``: what the Queue page and ``humasdesk queue`` read and do with queued posts.
- ``settings``: every user setting, declared once with its default and its check.
- ``dictation``: dictation, read-back and transcribing a recording, from ``speech/``.
- ``drafts``: the composer's draft, saved about once a second and offered back.
- ``composing``: what the composer measures and offers (accounts, per-account text
  rules, thread parts).
- ``inbox``: the comments, replies, mentions and messages of every account: reading the
  platforms, the views (emergencies and complaints first), labels, replies and moderation.
- ``errors``: the errors a call can raise besides ``domain.errors.UserInputError``.

A call that can reach a platform (network) or load speech models is slow: the window runs it
through its task helper (``ui/tasks.py``), never on the GUI thread.
"""
