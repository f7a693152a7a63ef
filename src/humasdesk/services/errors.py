"""Errors a service call can raise besides ``domain.errors.UserInputError``, for the front
ends that must not import the layers below the services.

- ``StoreError``: the data file could not be read or written; the message says why.
- ``PlatformError``: a platform (or the keyring) said no; ``message`` is translated. Among
  its kinds: ``AuthExpired`` (the login was refused or has expired: reconnect) and
  ``Rejected`` (the platform refused what was sent; ``platform_message`` names it).
"""

from ..platforms.base import AuthExpired, PlatformError, Rejected
from ..store import StoreError

__all__ = ["AuthExpired", "PlatformError", "Rejected", "StoreError"]
