"""What the composer checks while he writes: the accounts it can publish to, each text
measured by that account's rules (the same rules the publishing engine applies), a long text
cut into a numbered thread, and whether a post in its undo time is still waiting.

The platform layer is loaded on first use (after the window shows), so building this service
costs nothing at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from ..domain.model import Account, PublishState

if TYPE_CHECKING:
    from ..domain.textrules import Measurement
    from ..store import Store


class ComposerAccount(NamedTuple):
    """An account as the composer offers it."""

    account: Account
    platform_name: str  # the platform's name in the user's language
    threads: bool  # the platform can publish a long text as a numbered thread


class ComposingService:
    def __init__(self, store: Store, registry: Callable[[], object]):
        self._store = store
        self._registry = registry  # a callable: the registry is built on first use

    def accounts(self) -> list[ComposerAccount]:
        registry = self._registry()
        result = []
        for account in self._store.accounts.list():
            spec = registry.spec(account.platform)
            result.append(ComposerAccount(account, spec.display_name(),
                                          spec.capabilities.threads))
        return result

    def measure(self, text: str, account: Account) -> Measurement:
        from ..publishing.rules import measure_for

        return measure_for(text, account, self._registry())

    def thread_parts(self, text: str, account: Account) -> list[str]:
        """The text as numbered parts ("1/3"), each valid on the account's platform."""
        from ..publishing.rules import thread_parts

        return thread_parts(text, account, self._registry())

    def warm_up(self) -> None:
        """Load, ahead of need, what the first measurement and the first publish would load:
        the platform layer, every platform's text rules and the publishing engine. Slow (a
        few hundred milliseconds): the window calls it from a worker thread after it shows."""
        from ..domain.textrules import measure
        from ..publishing import engine  # noqa: F401 - imported for its cost, here

        for spec in self._registry().specs():
            measure("", spec.capabilities.text_rules)

    def still_waiting(self, record_ids: list[int]) -> bool:
        """Whether any of these posts is still scheduled (not yet sent, cancelled or failed)."""
        return any(self._store.records.get(i).state is PublishState.SCHEDULED
                   for i in record_ids)
