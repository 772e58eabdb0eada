"""Keeping personal data no longer than needed, and what people consented to about it.

``settings`` holds the retention periods; ``consents`` records, withdraws and checks consents;
``retention`` lists what has passed its time (the review) and ``retention_apply`` clears or
erases it when the secretary confirms; ``sharing`` warns before data goes to a partner without
consent. Access and erasure themselves live in :mod:`exchangedesk.services.people.privacy`.
"""
