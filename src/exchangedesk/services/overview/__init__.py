"""The views across every area: Home's summary and what needs attention (``summary``,
``attention`` with ``deadlines``, both built on ``items``) and the calendar feed.
"""
