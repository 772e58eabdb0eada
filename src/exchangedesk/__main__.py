"""Allow ``python -m exchangedesk``."""

import sys

from exchangedesk.cli import main

sys.exit(main())
