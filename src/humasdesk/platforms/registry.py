"""One registry of platforms: what each is called, what it can do, and how to build its adapter."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.i18n import translate
from ..domain.model import Account
from .base import Capabilities, PlatformAdapter
from .secrets import SecretStore

if TYPE_CHECKING:
    from .http import HttpFactory


def _default_http() -> HttpFactory:
    # Imported here: httpx is slow to import and the outbox never needs it.
    from .http import HttpFactory

    return HttpFactory()


@dataclass(frozen=True)
class PlatformContext:
    """What adapters may use besides their account.

    ``secrets``: the keyring (credential references -> secrets). ``http``: the one HTTP client
    factory. ``zone``: the IANA zone in which messages show times (a rate limit's reset, say).
    The defaults are the real services; both load their libraries on first use only.
    """

    data_dir: Path
    outbox_dir: Path
    secrets: SecretStore = field(default_factory=SecretStore)
    http: HttpFactory = field(default_factory=_default_http)
    zone: str = "Asia/Jakarta"


def forget_credential(account: Account, context: PlatformContext) -> None:
    """The ``forget`` of a platform whose account keeps only its keyring entry outside the
    database: remove that entry."""
    if account.credential_ref:
        context.secrets.delete(account.credential_ref)


@dataclass(frozen=True)
class PlatformSpec:
    id: str
    display_name: Callable[[], str]  # translated when called, so a language switch applies
    capabilities: Capabilities
    factory: Callable[[Account, PlatformContext], PlatformAdapter]
    # Removes what the account keeps outside the database (its keyring entries, a server
    # session); called when the user removes the account. None: nothing to remove.
    forget: Callable[[Account, PlatformContext], None] | None = None
    # The text rules' limits for this account when its server or tier sets them (Mastodon's
    # instance limits, say); None: the platform's defaults, or the account's "text_limits".
    text_limits: Callable[[Account], object] | None = None


class PlatformRegistry:
    def __init__(self, context: PlatformContext):
        self.context = context
        self._specs: dict[str, PlatformSpec] = {}

    def register(self, spec: PlatformSpec) -> None:
        self._specs[spec.id] = spec

    def spec(self, platform: str) -> PlatformSpec:
        try:
            return self._specs[platform]
        except KeyError:
            raise KeyError(translate("Platforms", "Unknown platform: {platform}").format(
                platform=platform)) from None

    def specs(self) -> list[PlatformSpec]:
        return list(self._specs.values())

    def adapter_for(self, account: Account) -> PlatformAdapter:
        return self.spec(account.platform).factory(account, self.context)

    def forget(self, account: Account) -> None:
        """Remove the account's secrets (call before deleting the account's row)."""
        spec = self.spec(account.platform)
        if spec.forget is not None:
            spec.forget(account, self.context)


def default_registry(context: PlatformContext) -> PlatformRegistry:
    from . import assisted, bluesky, mastodon, outbox, telegram

    registry = PlatformRegistry(context)
    registry.register(outbox.SPEC)
    registry.register(bluesky.SPEC)
    registry.register(mastodon.SPEC)
    registry.register(telegram.SPEC)
    for spec in assisted.SPECS:  # any site by URL, and one id per preset (Kompasiana, Kaskus)
        registry.register(spec)
    # Issue 5: the accounts a hospital runs day to day (Meta, X) and its WordPress site.
    from . import facebook, instagram, threads, wordpress, x

    for module in (facebook, instagram, x, threads, wordpress):
        registry.register(module.SPEC)
    return registry
