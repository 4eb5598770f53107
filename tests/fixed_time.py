"""The moment every test lives in.

Samples, relative times and the 24-hour window are all computed from this instant through the
injected clock (the ``clock`` fixture), never from the wall clock, so the suite passes on any
date and in any time zone; ``.ci/run`` proves it by running again with the clock moved.
"""

from datetime import UTC, datetime

NOW = datetime(2026, 11, 25, 17, 0, tzinfo=UTC)
