"""Humanitarian aid: campaigns (appeals for a partner city), contributions in any currency,
shipments whose status only moves forward, the dated exchange rates the committee enters, and
where donors' money went (allocations and traceability).

Used from elsewhere: ``lists`` (the Aid area's lists, Home's open shipments), ``campaigns``
(totals for the campaign report), ``rates`` (conversion for any money total).
"""
