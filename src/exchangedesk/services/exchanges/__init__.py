"""Student and youth exchanges: programmes linked with their return visit, participants and
guardians' consents, host families with their vetting, placements and the matcher that
suggests them, the schedule of a programme, and the reciprocity ledger of a partnership.
"""
