"""Entry of the bundle's `kuty-console` program (the operator's window; `--demo` too)."""

import sys

from console.app import main

if __name__ == "__main__":
    sys.exit(main())
