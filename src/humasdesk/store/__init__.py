"""SQLite store: schema, migrations and repositories. The only place with SQL."""

from .db import Database, StoreError
from .repositories import Store

__all__ = ["Database", "Store", "StoreError"]
