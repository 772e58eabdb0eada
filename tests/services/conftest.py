"""A small register in a fresh migrated database for every service test."""

from __future__ import annotations

import pytest

from exchangedesk.db.session import Database
from sample_committee import SampleIds, fill


@pytest.fixture
def sample(database: Database) -> SampleIds:
    return fill(database)
