"""Documents in the committee's languages: fixed words from gettext catalogues, and dates,
numbers, money and names in the document's locale (see :mod:`.words`)."""

from exchangedesk.reports.language.catalogues import catalogue_languages
from exchangedesk.reports.language.words import (
    ENGLISH,
    N_,
    DocumentLanguage,
    document_language,
    unbroken,
)

__all__ = [
    "ENGLISH",
    "N_",
    "DocumentLanguage",
    "catalogue_languages",
    "document_language",
    "unbroken",
]
