"""One registry of platforms: what each is called, what it can do, and how to build its adapter."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain.i18n import translate
from ..domain.model import Account
from .base import Capabilities, PlatformAdapter


@dataclass(frozen=True)
class PlatformContext:
    """What adapters may use besides their account: folders, and later secrets and HTTP."""

    data_dir: Path
    outbox_dir: Path


@dataclass(frozen=True)
class PlatformSpec:
    id: str
    display_name: Callable[[], str]  # translated when called, so a language switch applies
    capabilities: Capabilities
    factory: Callable[[Account, PlatformContext], PlatformAdapter]


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


def default_registry(context: PlatformContext) -> PlatformRegistry:
    from . import outbox

    registry = PlatformRegistry(context)
    registry.register(outbox.SPEC)
    return registry
