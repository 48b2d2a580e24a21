"""Entry point of the frozen app: the same `haart-archive` command as the console script."""

import multiprocessing
import sys

from haart_archive.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
