"""factcheck: extract numeric claims from documents and check that they hold together."""

from factcheck.engine import Checker, Report, check_paths, check_text
from factcheck.errors import FactcheckError

__version__ = "0.1.0"
__all__ = ["Checker", "FactcheckError", "Report", "check_paths", "check_text", "__version__"]
