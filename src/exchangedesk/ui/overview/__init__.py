"""The views across every area: Home (``home``, with its attention list) and the Calendar
(month and week views)."""
