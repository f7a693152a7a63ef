"""Which text rules apply to a post on an account, and how its text is cut into a thread.

The rules themselves are pure (domain/textrules); this module only picks the platform's rules
id and the limits for the account: its server's or tier's where the adapter reads them (for
example Mastodon's instance limits), otherwise the account's own ``text_limits`` option (the
Instagram hashtag cap, an X premium length), otherwise the platform's defaults.
"""

from __future__ import annotations

import dataclasses

from ..domain.model import Account
from ..domain.textrules import DEFAULT_LIMITS, Measurement, measure, split
from ..platforms.registry import PlatformRegistry


def rules_id(account: Account, registry: PlatformRegistry) -> str:
    return registry.spec(account.platform).capabilities.text_rules


def limits_for(account: Account, registry: PlatformRegistry):
    spec = registry.spec(account.platform)
    if spec.text_limits is not None:
        return spec.text_limits(account)
    base = DEFAULT_LIMITS.get(spec.capabilities.text_rules)
    overrides = account.options.get("text_limits") or {}
    if base is None or not overrides:
        return base
    known = {f.name for f in dataclasses.fields(base)}
    return dataclasses.replace(base, **{k: v for k, v in overrides.items() if k in known})


def measure_for(text: str, account: Account, registry: PlatformRegistry) -> Measurement:
    return measure(text, rules_id(account, registry), limits_for(account, registry))


def thread_parts(text: str, account: Account, registry: PlatformRegistry) -> list[str]:
    """The text as numbered parts ("1/3"), each valid on the account's platform."""
    return split(text, rules_id(account, registry), numbering=True,
                 limits=limits_for(account, registry))
