"""Use cases, one package per area of the committee's work: partnerships, people, delegations,
exchanges, gifts, aid, documents, overview (Home and the calendar), maintenance; what several
areas share is in ``common``, the generated registers in ``samples``.

The pattern every service follows:
* a function takes the open :class:`~exchangedesk.db.session.Database` first, then plain values;
* it runs as one unit of work (``with database.unit_of_work() as session``): all of it is saved,
  or none of it;
* it returns plain data (frozen dataclasses of the area's
  module), never live ORM objects or sessions, so the UI cannot lazy-load on its own thread;
* lists are paged and filtered in SQL (``Page``), so 100,000 rows never come into Python at once.
Nothing here imports Qt.
"""
