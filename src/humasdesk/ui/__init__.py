"""Qt widgets only: pages, theme, keyboard map, announcer. Calls services; never HTTP or SQL."""
