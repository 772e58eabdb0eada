"""Use cases, one module per area of the committee's work.

The pattern every service follows:
* a function takes the open :class:`~exchangedesk.db.session.Database` first, then plain values;
* it runs as one unit of work (``with database.unit_of_work() as session``): all of it is saved,
  or none of it;
* it returns plain data (frozen dataclasses from ``exchangedesk.services.rows`` or the area's
  module), never live ORM objects or sessions, so the UI cannot lazy-load on its own thread;
* lists are paged and filtered in SQL (``Page``), so 100,000 rows never come into Python at once.
Nothing here imports Qt.
"""
