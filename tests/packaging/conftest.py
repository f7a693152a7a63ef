"""The accessibility desktop (Xvfb, D-Bus, AT-SPI) of tests/a11y, for the frozen app."""

from a11y.conftest import desktop  # noqa: F401
