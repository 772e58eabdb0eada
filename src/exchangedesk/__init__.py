"""ExchangeDesk: the register and planner of a town-twinning committee."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("exchangedesk")
except PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.0.0+source"

# ReportLab looks for its bidi module once, when its text module is first imported — which may
# be by any part of the program (a preview, a test) before exchangedesk.reports: offer it first.
from exchangedesk.reports import bidi as _bidi  # noqa: E402

_bidi.install()
