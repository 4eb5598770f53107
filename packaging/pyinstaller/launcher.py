"""Entry script of the frozen app: the same ``main`` as ``wegly-viewer`` from source."""

import sys

from wegly_viewer.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
