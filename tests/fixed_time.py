"""The moment every test lives in.

Samples, relative times and the 24-hour window are all computed from this instant through the
injected clock (the ``clock`` fixture), never from the wall clock, so the suite passes on any
date and in any time zone; ``.ci/run`` proves it by running again with the clock moved.
"""

from datetime import UTC, datetime

NOW = datetime(2026, 11, 25, 17, 0, tzinfo=UTC)

# Time zones for tests that show local times (the ``set_tz`` fixture). POSIX rules, not IANA
# names, so no tz database is needed on the machine. São Paulo has kept UTC-3 all year since
# 2019; Berlin is CET (UTC+1) / CEST (UTC+2) with the EU switch dates.
SAO_PAULO_TZ = "<-03>3"
BERLIN_TZ = "CET-1CEST,M3.5.0,M10.5.0/3"
