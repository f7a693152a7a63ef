"""One registry of platforms: the only list of them. Each platform file carries its own spec
(what it is called, what it can do, its connection form and how to build its adapter); no
platform file imports this module back."""

from __future__ import annotations

from ..domain.i18n import translate
from ..domain.model import Account
from .base import PlatformAdapter
from .spec import PlatformContext, PlatformSpec, forget_credential


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


def platform_specs() -> list[PlatformSpec]:
    """Every platform, in the order the user meets them (daily accounts first); one line each."""
    from . import (
        assisted,
        bluesky,
        facebook,
        instagram,
        mastodon,
        outbox,
        telegram,
        threads,
        wordpress,
        x,
    )

    return [
        facebook.SPEC,
        instagram.SPEC,
        x.SPEC,
        bluesky.SPEC,
        mastodon.SPEC,
        threads.SPEC,
        telegram.SPEC,
        wordpress.SPEC,
        *assisted.SPECS,  # one id per preset (Kompasiana, Kaskus), and any site by URL
        outbox.SPEC,
    ]


def default_registry(context: PlatformContext) -> PlatformRegistry:
    registry = PlatformRegistry(context)
    for spec in platform_specs():
        registry.register(spec)
    return registry


__all__ = ["PlatformContext", "PlatformRegistry", "PlatformSpec", "default_registry",
           "forget_credential", "platform_specs"]
