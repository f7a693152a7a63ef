"""Secrets (passwords, tokens) live only in the operating system's keyring, through ``keyring``.

An ``Account`` stores a credential reference (``credential_ref``), never the secret. When no
usable keyring exists (keyring's fail or null backend, a plain-text backend, or a Secret
Service that is missing or locked) every call raises :class:`SecretsUnavailable` with a message
saying what to install or unlock. Nothing is ever written anywhere else as a fallback.

``keyring`` is imported on first use: finding its backends takes a noticeable moment at start-up.
"""

from __future__ import annotations

import logging
import os
import sys
import threading

from ..domain.i18n import translate
from ..logs import redact, register_secret
from .base import Transient

log = logging.getLogger(__name__)

SERVICE = "HumasDesk"

# Backends that do not keep a secret safely, or do not keep it at all.
_REFUSED_BACKENDS = {
    "keyring.backends.fail.Keyring": "none",
    "keyring.backends.null.Keyring": "null",
    "keyrings.alt.file.PlaintextKeyring": "plaintext",
    # keyrings.alt's encrypted file asks for its password on the terminal, which a desktop
    # app does not have.
    "keyrings.alt.file.EncryptedKeyring": "terminal",
}


# The keyring for each system. On Windows and macOS there is one system keyring, named here so
# a frozen app loads it without keyring's entry-point search; on Linux keyring picks among the
# Secret Service and KWallet by what runs in the session. A backend the user configured
# (PYTHON_KEYRING_BACKEND) always wins.
KEYRING_BACKENDS = {
    "win32": "keyring.backends.Windows.WinVaultKeyring",  # Windows Credential Manager
    "darwin": "keyring.backends.macOS.Keyring",  # the login Keychain
}


def keyring_backend(platform: str, environ=os.environ) -> str | None:
    """The backend to load by name on ``platform``, or None to let keyring choose."""
    if environ.get("PYTHON_KEYRING_BACKEND"):
        return None
    return KEYRING_BACKENDS.get(platform)


class SecretsUnavailable(Transient):
    """No usable keyring. It is a ``Transient`` error for the publishing engine: once the user
    unlocks or installs a keyring, sending again works."""


def _missing_message() -> str:
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return translate(
            "Secrets", "HumasDesk keeps passwords and tokens only in the system keyring, and no "
            "keyring is available in this session. Install and start a Secret Service keyring, "
            "such as GNOME Keyring (the gnome-keyring package) or KWallet, log in to the desktop "
            "again, and try again. Nothing was saved.")
    return translate(
        "Secrets", "HumasDesk keeps passwords and tokens only in the system keyring, and the "
        "system keyring cannot be used. Nothing was saved.")


def _locked_message() -> str:
    return translate(
        "Secrets", "The system keyring is locked. Unlock it (log in to the desktop, or open "
        "the keyring in Passwords and Keys or KWallet Manager), then try again. Nothing was "
        "saved.")


def _refused_message(why: str) -> str:
    if why == "null":
        return translate(
            "Secrets", "The keyring is set to the null backend, which throws every password "
            "away. Remove that setting (PYTHON_KEYRING_BACKEND or keyringrc.cfg) so the system "
            "keyring is used. Nothing was saved.")
    if why in ("plaintext", "terminal"):
        return translate(
            "Secrets", "The configured keyring would keep passwords in a plain file or ask for "
            "them on a terminal; HumasDesk does not use it. Configure the system keyring "
            "(GNOME Keyring or KWallet) instead. Nothing was saved.")
    return _missing_message()


def _backend_name(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


class SecretStore:
    """Reads and writes secrets by credential reference.

    ``backend`` is a ``keyring`` backend object; ``None`` means the one ``keyring`` chooses for
    this session (found on first use). Tests pass :class:`MemoryKeyring`.
    """

    def __init__(self, backend=None, service: str = SERVICE):
        self._backend = backend
        self.service = service
        self._lock = threading.Lock()

    @staticmethod
    def new_reference(platform: str) -> str:
        # Random, so removing and re-adding an account never finds an old secret.
        return f"{platform}:{os.urandom(8).hex()}"

    # -- the keyring -------------------------------------------------------------------------

    def backend(self):
        with self._lock:
            if self._backend is None:
                try:
                    import keyring

                    chosen = keyring_backend(sys.platform)
                    self._backend = (keyring.core.load_keyring(chosen) if chosen
                                     else keyring.get_keyring())
                except Exception as exc:  # a broken keyring configuration file, say
                    log.warning("no keyring backend: %s", redact(f"{type(exc).__name__}: {exc}"))
                    raise SecretsUnavailable(_missing_message()) from None
            backend = self._backend
        why = _refused(backend)
        if why:
            log.warning("keyring backend %s refused (%s)", _backend_name(backend), why)
            raise SecretsUnavailable(_refused_message(why))
        return backend

    def check(self) -> None:
        """Prove the keyring works now (write, read back, delete a probe), so that adding an
        account fails before logging in rather than after."""
        probe = f"probe:{os.urandom(4).hex()}"
        self.set(probe, "ok")
        try:
            if self.get(probe) != "ok":
                log.warning("keyring backend %s did not keep a probe value",
                            _backend_name(self.backend()))
                raise SecretsUnavailable(_refused_message("null"))
        finally:
            self.delete(probe)

    def describe(self) -> str:
        """The backend's name, for diagnostics (never a secret)."""
        try:
            return _backend_name(self.backend())
        except SecretsUnavailable:
            return "none"

    # -- secrets -----------------------------------------------------------------------------

    def _user(self, ref: str, name: str) -> str:
        if not ref:
            raise ValueError("empty credential reference")
        return f"{ref}/{name}" if name else ref

    def get(self, ref: str, name: str = "") -> str | None:
        backend = self.backend()
        value = self._call(backend.get_password, self.service, self._user(ref, name))
        if value:
            register_secret(value)
        return value

    def set(self, ref: str, value: str, name: str = "") -> None:
        register_secret(value)
        backend = self.backend()
        self._call(backend.set_password, self.service, self._user(ref, name), value)

    def delete(self, ref: str, name: str = "") -> None:
        """Forget a secret; forgetting one that is not there is not an error."""
        backend = self.backend()
        try:
            self._call(backend.delete_password, self.service, self._user(ref, name))
        except _PasswordMissing:
            pass

    @staticmethod
    def _call(function, *args):
        from keyring import errors

        try:
            return function(*args)
        except errors.PasswordDeleteError:
            raise _PasswordMissing() from None
        except errors.KeyringLocked:
            raise SecretsUnavailable(_locked_message()) from None
        except (errors.NoKeyringError, errors.InitError) as exc:
            log.warning("keyring unavailable: %s", redact(f"{type(exc).__name__}: {exc}"))
            text = str(exc).lower()
            raise SecretsUnavailable(
                _locked_message() if "lock" in text else _missing_message()) from None
        except Exception as exc:
            # secretstorage/jeepney/dbus errors arrive unwrapped. The message never carries the
            # secret (it is in the arguments, not the error), but redact it anyway.
            reason = redact(f"{type(exc).__name__}: {exc}")
            log.warning("keyring call failed: %s", reason)
            if "lock" in reason.lower() or "dismissed" in reason.lower():
                raise SecretsUnavailable(_locked_message()) from None
            # No session bus, or no Secret Service on it (secretstorage's
            # SecretServiceNotAvailableException, or the socket's own OSError).
            if isinstance(exc, OSError) or "NotAvailable" in type(exc).__name__:
                raise SecretsUnavailable(_missing_message()) from None
            raise SecretsUnavailable(translate(
                "Secrets", "The system keyring did not answer as expected ({reason}). Check that "
                "it is running and unlocked, then try again. Nothing was saved.").format(
                    reason=reason)) from None


class _PasswordMissing(Exception):
    pass


def _refused(backend) -> str:
    name = _backend_name(backend)
    if name in _REFUSED_BACKENDS:
        return _REFUSED_BACKENDS[name]
    # keyring's chainer with nothing behind it is as good as no keyring.
    inner = getattr(backend, "backends", None)
    if name == "keyring.backends.chainer.ChainerBackend":
        usable = [b for b in (inner or []) if not _refused(b)]
        if not usable:
            return "none"
    return ""


class MemoryKeyring:
    """A keyring backend that keeps secrets in this process's memory only. For tests, and never
    chosen automatically (it is not registered with ``keyring``)."""

    priority = 1

    def __init__(self):
        self.items: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()

    def get_password(self, service: str, username: str) -> str | None:
        with self._lock:
            return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._lock:
            self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        with self._lock:
            if self.items.pop((service, username), None) is None:
                raise PasswordDeleteError("not found")
