"""Delegations: visits received and sent. The record and its status workflow, members and
budget, the programme day by day in the zone where each item happens (``itinerary``,
``itinerary_days``, ``local_time``), lodging and transport, conflict checks (``conflicts``,
``conflict_plans``, also used for exchange programmes) and the iCalendar export.

Used from elsewhere: ``conflicts`` (Home, exchanges), ``lists`` (the calendar), ``guard``.
"""
