"""Errors a service call can raise besides ``domain.errors.UserInputError``, for the front
ends that must not import the layers below the services."""

from ..store import StoreError

__all__ = ["StoreError"]
