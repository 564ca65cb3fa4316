"""`python -m kurv_tools.cli`: the `kurv` command without its console script."""

import sys

from kurv_tools.cli import main

sys.exit(main())
