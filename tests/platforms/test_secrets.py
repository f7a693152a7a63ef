"""Secrets go only to a keyring; without a usable one, a clear error and nothing saved."""

from __future__ import annotations

import keyring
import keyring.backends.chainer
import keyring.backends.fail
import keyring.backends.null
import pytest

from humasdesk.logs import redact
from humasdesk.platforms.base import Transient
from humasdesk.platforms.secrets import MemoryKeyring, SecretStore, SecretsUnavailable


def test_round_trip_in_memory(memory_secrets, memory_keyring):
    ref = SecretStore.new_reference("bluesky")
    memory_secrets.set(ref, "s3cret-value")
    assert memory_secrets.get(ref) == "s3cret-value"
    assert memory_keyring.items == {("HumasDesk", ref): "s3cret-value"}
    memory_secrets.delete(ref)
    memory_secrets.delete(ref)  # forgetting twice is fine
    assert memory_secrets.get(ref) is None


def test_references_are_unique_and_hold_no_secret():
    first, second = SecretStore.new_reference("bluesky"), SecretStore.new_reference("bluesky")
    assert first != second and first.startswith("bluesky:")


def test_values_read_or_written_are_redacted_from_logs(memory_secrets):
    ref = SecretStore.new_reference("telegram")
    memory_secrets.set(ref, "123456:ABCdefGHIjkl")
    assert "123456:ABCdefGHIjkl" not in redact("token is 123456:ABCdefGHIjkl")


def test_no_keyring_says_what_to_install():
    store = SecretStore(keyring.backends.fail.Keyring())
    with pytest.raises(SecretsUnavailable) as raised:
        store.set("bluesky:1", "secret")
    assert "GNOME Keyring" in raised.value.message and "KWallet" in raised.value.message
    assert "Nothing was saved" in raised.value.message
    assert isinstance(raised.value, Transient)  # the engine may try again after installing


def test_the_default_backend_when_none_works(no_real_keyring):
    # The autouse fixture made keyring's choice the fail backend, as on a headless session.
    with pytest.raises(SecretsUnavailable):
        SecretStore().check()


def test_the_null_backend_is_refused():
    store = SecretStore(keyring.backends.null.Keyring())
    with pytest.raises(SecretsUnavailable) as raised:
        store.set("bluesky:1", "secret")
    assert "null backend" in raised.value.message


def test_a_chainer_with_nothing_usable_is_refused():
    chainer = keyring.backends.chainer.ChainerBackend()
    chainer.__dict__["backends"] = [keyring.backends.fail.Keyring()]
    with pytest.raises(SecretsUnavailable):
        SecretStore(chainer).get("bluesky:1")


def test_a_plain_text_backend_is_refused():
    class PlaintextKeyring(MemoryKeyring):
        pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    PlaintextKeyring.__qualname__ = "PlaintextKeyring"
    with pytest.raises(SecretsUnavailable) as raised:
        SecretStore(PlaintextKeyring()).set("bluesky:1", "secret")
    assert "plain file" in raised.value.message


def test_a_failing_backend_error_is_translated_without_the_secret():
    class Broken(MemoryKeyring):
        def set_password(self, service, username, password):
            raise RuntimeError("D-Bus said no")

    with pytest.raises(SecretsUnavailable) as raised:
        SecretStore(Broken()).set("bluesky:1", "very-secret-value")
    assert "D-Bus said no" in raised.value.message
    assert "very-secret-value" not in raised.value.message


# -- the real Secret Service (gnome-keyring in a private D-Bus session) ---------------------------

def test_secret_service_round_trip(secret_service):
    store = SecretStore()  # keyring's own choice: the Secret Service on the private bus
    assert store.describe() == "keyring.backends.SecretService.Keyring"
    store.check()
    ref = SecretStore.new_reference("bluesky")
    store.set(ref, '{"refreshJwt": "r-token"}')
    assert store.get(ref) == '{"refreshJwt": "r-token"}'
    # It is really in the Secret Service, where other programs (seahorse) see it.
    assert secret_service.backend().get_password("HumasDesk", ref) == '{"refreshJwt": "r-token"}'
    store.delete(ref)
    assert store.get(ref) is None


def test_a_locked_secret_service_says_unlock(tmp_path, monkeypatch):
    from platform_servers import start_secret_service, stop_secret_service

    service = start_secret_service(tmp_path)  # its own instance: this test locks it for good
    try:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", service.bus_address)
        store = SecretStore(service.backend())
        store.set("bluesky:1", "before-lock")
        import secretstorage

        connection = secretstorage.dbus_init()
        secretstorage.get_default_collection(connection).lock()
        connection.close()
        with pytest.raises(SecretsUnavailable) as raised:
            store.get("bluesky:1")
        assert "locked" in raised.value.message and "Unlock" in raised.value.message
    finally:
        stop_secret_service(service)


def test_a_missing_secret_service_says_what_to_install(tmp_path, monkeypatch):
    import keyring.backends.SecretService

    # A bus address where nothing listens: as on a machine with no session bus or keyring.
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path}/no-bus")
    with pytest.raises(SecretsUnavailable) as raised:
        SecretStore(keyring.backends.SecretService.Keyring()).set("bluesky:1", "x")
    assert "gnome-keyring" in raised.value.message
