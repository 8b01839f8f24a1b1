"""``python -m crawler.checkers URL…`` is ``govwatch sweep URL…``."""

import sys

from govwatch.cli.main import main

sys.exit(main(["sweep", *sys.argv[1:]]))
