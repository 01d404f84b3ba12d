"""Entry of the bundle's `kuty` program (the CLI; also every child process, `kuty _run`)."""

import sys

from seat.cli import main

if __name__ == "__main__":
    sys.exit(main())
