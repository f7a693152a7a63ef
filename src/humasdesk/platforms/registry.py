"""One registry of platforms: the only list of them. Each platform file carries its own spec
(what it is called, what it can do, its connection form and how to build its adapter); no
platform file imports this module back."""

from __future__ import annotations

from importlib import import_module

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


# Every platform module, in the order the user meets them (daily accounts first); one line each.
# A module declares ``SPEC``, or ``SPECS`` when it serves several platform ids (the presets of
# sites posted by hand).
PLATFORM_MODULES = (
    "facebook",
    "instagram",
    "x",
    "bluesky",
    "mastodon",
    "threads",
    "telegram",
    "wordpress",
    "linkedin",
    "assisted",
    "outbox",
)


def platform_specs() -> list[PlatformSpec]:
    """Every platform's spec, in the order of :data:`PLATFORM_MODULES`."""
    specs: list[PlatformSpec] = []
    for name in PLATFORM_MODULES:
        module = import_module(f"{__package__}.{name}")
        specs += module.SPECS if hasattr(module, "SPECS") else [module.SPEC]
    return specs


def default_registry(context: PlatformContext) -> PlatformRegistry:
    registry = PlatformRegistry(context)
    for spec in platform_specs():
        registry.register(spec)
    return registry


__all__ = ["PLATFORM_MODULES", "PlatformContext", "PlatformRegistry", "PlatformSpec",
           "default_registry", "forget_credential", "platform_specs"]
