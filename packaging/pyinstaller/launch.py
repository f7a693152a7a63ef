"""The frozen app's entry point: the same ``main`` as the ``humasdesk`` command."""

from humasdesk.entry import main

raise SystemExit(main())
