"""``python -m helpers run ...``: execute the notebooks headless (see :mod:`helpers.run`)."""

import sys

from helpers.run import main

if __name__ == "__main__":
    argv = sys.argv[1:]
    if not argv or argv[0] != "run":
        print(
            "usage: python -m helpers run [NOTEBOOK ...] [--seeds PATH] [--figures DIR] [-p NAME VALUE]"
            " [--notebook-dir DIR] [--list]"
        )
        raise SystemExit(2)
    raise SystemExit(main(argv[1:]))
