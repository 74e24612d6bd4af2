<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>DemoArchive</name>
    <message>
        <source>Generating the demo archive — %1 tweets</source>
        <translation>Demo-Archiv wird erzeugt – %1 Tweets</translation>
    </message>
    <message>
        <source>cannot move the demo archive to %1</source>
        <translation>Demo-Archiv kann nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <source>Generating the demo archive — media files</source>
        <translation>Demo-Archiv wird erzeugt – Mediendateien</translation>
    </message>
</context>
<context>
    <name>MediaTilePainter</name>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>GIF</source>
        <translation>GIF</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Profile image</source>
        <translation>Profilbild</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Hidden by the safe view: click to show</source>
        <translation>Von der sicheren Ansicht verborgen: zum Anzeigen klicken</translation>
    </message>
    <message>
        <source>Click to open</source>
        <translation>Zum Öffnen klicken</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
</context>
<context>
    <name>trove::AccountBrowser</name>
    <message>
        <source>Filter accounts…</source>
        <translation>Konten filtern…</translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation>Konten filtern</translation>
    </message>
    <message>
        <source>Shows the accounts whose screen name, alias, display name, user id, description or location contains every word typed</source>
        <translation>Zeigt die Konten, deren Benutzername, Alias, Anzeigename, Benutzer-ID, Beschreibung oder Standort alle eingegebenen Wörter enthält</translation>
    </message>
    <message>
        <source>Account category</source>
        <translation>Kontokategorie</translation>
    </message>
    <message>
        <source>Show the accounts of one category only</source>
        <translation>Nur die Konten einer Kategorie anzeigen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Number of accounts</source>
        <translation>Anzahl der Konten</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Ohne Kategorie</translation>
    </message>
    <message>
        <source>Loading accounts…</source>
        <translation>Konten werden geladen…</translation>
    </message>
    <message>
        <source>No cache open</source>
        <translation>Kein Cache geöffnet</translation>
    </message>
    <message>
        <source>Cannot read the accounts: %1</source>
        <translation>Die Konten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>1 account</source>
        <translation>1 Konto</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 Konten</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>(reading again…)</source>
        <translation>(wird neu gelesen…)</translation>
    </message>
</context>
<context>
    <name>trove::AccountDossierView</name>
    <message>
        <source>(none given)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <source>Account dossier</source>
        <translation>Kontodossier</translation>
    </message>
    <message>
        <source>Dossier status</source>
        <translation>Dossier-Status</translation>
    </message>
    <message>
        <source>Choose an account to see its dossier.</source>
        <translation>Wählen Sie ein Konto aus, um sein Dossier zu sehen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Cannot read this account&apos;s dossier: %1</source>
        <translation>Das Dossier dieses Kontos kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <source>Show timeline</source>
        <translation>Zeitleiste anzeigen</translation>
    </message>
    <message>
        <source>Show this account&apos;s timeline</source>
        <translation>Zeitleiste dieses Kontos anzeigen</translation>
    </message>
    <message>
        <source>Show the tweets of this account in time order</source>
        <translation>Die Tweets dieses Kontos in zeitlicher Reihenfolge anzeigen</translation>
    </message>
    <message>
        <source>Hashed account · %1</source>
        <translation>Gehashtes Konto · %1</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Campaign: %1 · Sources: %2</source>
        <translation>Kampagne: %1 · Quellen: %2</translation>
    </message>
    <message>
        <source>Campaign and sources</source>
        <translation>Kampagne und Quellen</translation>
    </message>
    <message>
        <source>Same person as FiveThirtyEight&apos;s %1 (campaign %2, %3)</source>
        <translation>Dieselbe Person wie %1 bei FiveThirtyEight (Kampagne %2, %3)</translation>
    </message>
    <message>
        <source>1 tweet</source>
        <translation>1 Tweet</translation>
    </message>
    <message>
        <source>%1 tweets</source>
        <translation>%1 Tweets</translation>
    </message>
    <message>
        <source>Linked account</source>
        <translation>Verknüpftes Konto</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation>Profil-URL</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Account language</source>
        <translation>Kontosprache</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Kontotyp</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Folgt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>First tweet</source>
        <translation>Erster Tweet</translation>
    </message>
    <message>
        <source>Last tweet</source>
        <translation>Letzter Tweet</translation>
    </message>
    <message>
        <source>Dormancy</source>
        <translation>Ruhezeit</translation>
    </message>
    <message>
        <source>1 day from creation to first tweet</source>
        <translation>1 Tag von der Erstellung bis zum ersten Tweet</translation>
    </message>
    <message>
        <source>%1 days from creation to first tweet</source>
        <translation>%1 Tage von der Erstellung bis zum ersten Tweet</translation>
    </message>
    <message>
        <source>Tweets</source>
        <translation>Tweets</translation>
    </message>
    <message>
        <source>%1 (original: %2, retweets: %3, replies: %4, quotes: %5)</source>
        <translation>%1 (Original: %2, Retweets: %3, Antworten: %4, Zitate: %5)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>%1 to %2 · busiest day %3 (%4)</source>
        <translation>%1 bis %2 · aktivster Tag %3 (%4)</translation>
    </message>
    <message>
        <source>Activity range</source>
        <translation>Aktivitätszeitraum</translation>
    </message>
    <message>
        <source>No tweets in the archive.</source>
        <translation>Keine Tweets im Archiv.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>1 other</source>
        <translation>1 weitere</translation>
    </message>
    <message>
        <source>%1 others</source>
        <translation>%1 weitere</translation>
    </message>
    <message>
        <source>Languages of its tweets</source>
        <translation>Sprachen seiner Tweets</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Open the dossier of %1</source>
        <translation>Dossier von %1 öffnen</translation>
    </message>
    <message>
        <source>Not in the archive · user id %1</source>
        <translation>Nicht im Archiv · Benutzer-ID %1</translation>
    </message>
    <message>
        <source>Retweets most</source>
        <translation>Am häufigsten retweetet</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <translation>%1 ×</translation>
    </message>
    <message>
        <source>Counting hashtags, links and mentions…</source>
        <translation>Hashtags, Links und Erwähnungen werden gezählt…</translation>
    </message>
    <message>
        <source>Hashtags, links and mentions status</source>
        <translation>Status von Hashtags, Links und Erwähnungen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>%1 · %2 (profiles)</source>
        <translation>%1 · %2 (Profile)</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Quelldatei</translation>
    </message>
    <message>
        <source>Top hashtags</source>
        <translation>Häufigste Hashtags</translation>
    </message>
    <message>
        <source>Hashtag #%1, %2: show its tweets</source>
        <translation>Hashtag #%1, %2: Tweets damit anzeigen</translation>
    </message>
    <message>
        <source>Top link domains</source>
        <translation>Häufigste Link-Domains</translation>
    </message>
    <message>
        <source>Mentions most</source>
        <translation>Am häufigsten erwähnt</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Reading the media…</source>
        <translation>Medien werden gelesen…</translation>
    </message>
    <message>
        <source>Media status</source>
        <translation>Medienstatus</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 Bild</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 Bilder</translation>
    </message>
    <message>
        <source>1 GIF</source>
        <translation>1 GIF</translation>
    </message>
    <message>
        <source>%1 GIFs</source>
        <translation>%1 GIFs</translation>
    </message>
    <message>
        <source>1 video</source>
        <translation>1 Video</translation>
    </message>
    <message>
        <source>%1 videos</source>
        <translation>%1 Videos</translation>
    </message>
    <message>
        <source>1 profile image</source>
        <translation>1 Profilbild</translation>
    </message>
    <message>
        <source>%1 profile images</source>
        <translation>%1 Profilbilder</translation>
    </message>
    <message>
        <source>1 banner</source>
        <translation>1 Banner</translation>
    </message>
    <message>
        <source>%1 banners</source>
        <translation>%1 Banner</translation>
    </message>
    <message>
        <source>No media files of this account are indexed.</source>
        <translation>Von diesem Konto sind keine Mediendateien indiziert.</translation>
    </message>
    <message>
        <source>Media counts</source>
        <translation>Anzahl der Medien</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>1 media file</source>
        <translation>1 Mediendatei</translation>
    </message>
    <message>
        <source>%1 media files</source>
        <translation>%1 Mediendateien</translation>
    </message>
    <message>
        <source>Profile image and most recent media</source>
        <translation>Profilbild und neueste Medien</translation>
    </message>
    <message>
        <source>tweet %1, %2</source>
        <translation>Tweet %1, %2</translation>
    </message>
    <message>
        <source>tweet %1 (not in the cache)</source>
        <translation>Tweet %1 (nicht im Cache)</translation>
    </message>
    <message>
        <source>Showing %1 of them (the profile image first, then the newest); the gallery shows them all.</source>
        <translation>%1 davon werden gezeigt (zuerst das Profilbild, dann die neuesten); die Galerie zeigt alle.</translation>
    </message>
    <message>
        <source>Show All in Gallery</source>
        <translation>Alle in der Galerie zeigen</translation>
    </message>
    <message>
        <source>Show all media of this account in the gallery</source>
        <translation>Alle Medien dieses Kontos in der Galerie zeigen</translation>
    </message>
    <message>
        <source>Cannot read the media: %1</source>
        <translation>Die Medien können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>trove::AccountTableModel</name>
    <message>
        <source>%1 · %2…</source>
        <comment>alias · start of the hash</comment>
        <translation>%1 · %2…</translation>
    </message>
    <message>
        <source>Twitter archive</source>
        <translation>Twitter-Archiv</translation>
    </message>
    <message>
        <source>FiveThirtyEight</source>
        <translation>FiveThirtyEight</translation>
    </message>
    <message>
        <source>NBC News</source>
        <translation>NBC News</translation>
    </message>
    <message>
        <source>%1 is Trove&apos;s name for this hashed account.</source>
        <translation>%1 ist der Name, den Trove diesem gehashten Konto gibt.</translation>
    </message>
    <message>
        <source>Hash: %1</source>
        <translation>Hash: %1</translation>
    </message>
    <message>
        <source>User id: %1</source>
        <translation>Benutzer-ID: %1</translation>
    </message>
    <message>
        <source>Also in FiveThirtyEight as %1 (campaign %2)</source>
        <translation>Auch bei FiveThirtyEight als %1 (Kampagne %2)</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Standort: %1</translation>
    </message>
    <message>
        <source>Account type: %1</source>
        <translation>Kontotyp: %1</translation>
    </message>
    <message>
        <source>Days from the account&apos;s creation to its first tweet in the archive</source>
        <translation>Tage von der Erstellung des Kontos bis zu seinem ersten Tweet im Archiv</translation>
    </message>
    <message>
        <source>Unknown: the creation date or the first tweet is missing</source>
        <translation>Unbekannt: Das Erstellungsdatum oder der erste Tweet fehlt</translation>
    </message>
    <message>
        <source>Not published for this account</source>
        <translation>Für dieses Konto nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Screen name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Folgt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Tweets</source>
        <translation>Tweets</translation>
    </message>
    <message>
        <source>First tweet (UTC)</source>
        <translation>Erster Tweet (UTC)</translation>
    </message>
    <message>
        <source>Last tweet (UTC)</source>
        <translation>Letzter Tweet (UTC)</translation>
    </message>
    <message>
        <source>Dormancy (days)</source>
        <translation>Ruhezeit (Tage)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>trove::AppSettings</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Make text larger</source>
        <translation>Text vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Verkl&amp;einern</translation>
    </message>
    <message>
        <source>Make text smaller</source>
        <translation>Text verkleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Text at its normal size (100%)</source>
        <translation>Text in normaler Größe (100 %)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoomstufe</translation>
    </message>
</context>
<context>
    <name>trove::CampaignPanel</name>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Show all campaigns</source>
        <translation>Alle Kampagnen anzeigen</translation>
    </message>
    <message>
        <source>Check every campaign</source>
        <translation>Alle Kampagnen auswählen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Show no campaign</source>
        <translation>Keine Kampagne anzeigen</translation>
    </message>
    <message>
        <source>Uncheck every campaign, then check the ones to show</source>
        <translation>Alle Kampagnen abwählen, um dann die gewünschten auszuwählen</translation>
    </message>
    <message>
        <source>Check the campaigns to browse; press Space to check or uncheck, F2 to rename</source>
        <translation>Wählen Sie die Kampagnen aus, die Sie durchsuchen möchten; mit der Leertaste aus- oder abwählen, mit F2 umbenennen</translation>
    </message>
    <message>
        <source>Check the campaigns to browse. Double-click a name (or press F2) to rename it.</source>
        <translation>Wählen Sie die Kampagnen aus, die Sie durchsuchen möchten. Doppelklicken Sie auf einen Namen (oder drücken Sie F2), um ihn umzubenennen.</translation>
    </message>
</context>
<context>
    <name>trove::CampaignTableModel</name>
    <message>
        <source>Campaign key: %1</source>
        <translation>Kampagnenschlüssel: %1</translation>
    </message>
    <message>
        <source>Synthetic: demo data generated by Trove, not a real archive.</source>
        <translation>Synthetisch: von Trove erzeugte Demodaten, kein echtes Archiv.</translation>
    </message>
    <message>
        <source>%1 more records were imported with a repair</source>
        <translation>Weitere %1 Datensätze wurden nach einer Reparatur importiert</translation>
    </message>
    <message>
        <source>%1 of %2 source files were not imported to the end; importing them again resumes where the import stopped.</source>
        <translation>%1 von %2 Quelldateien wurden nicht vollständig importiert; ein erneuter Import setzt dort fort, wo der Import angehalten wurde.</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>nicht angezeigt</translation>
    </message>
    <message>
        <source>shown in the browser</source>
        <translation>in der Ansicht angezeigt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Tweets</source>
        <translation>Tweets</translation>
    </message>
    <message>
        <source>First tweet (UTC)</source>
        <translation>Erster Tweet (UTC)</translation>
    </message>
    <message>
        <source>Last tweet (UTC)</source>
        <translation>Letzter Tweet (UTC)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1  [SYNTHETIC]</source>
        <translation>%1  [SYNTHETISCH]</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>importing…</source>
        <translation>wird importiert…</translation>
    </message>
    <message>
        <source>1 file incomplete — re-import to resume</source>
        <translation>1 Datei unvollständig – zum Fortsetzen erneut importieren</translation>
    </message>
    <message>
        <source>%1 files incomplete — re-import to resume</source>
        <translation>%1 Dateien unvollständig – zum Fortsetzen erneut importieren</translation>
    </message>
</context>
<context>
    <name>trove::ChartComputer</name>
    <message>
        <source>No cache is open.</source>
        <translation>Es ist kein Cache geöffnet.</translation>
    </message>
</context>
<context>
    <name>trove::Charts</name>
    <message>
        <source>Activity over time by %1</source>
        <translation>Aktivität im Zeitverlauf nach %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> vs </source>
        <translation> vs. </translation>
    </message>
    <message>
        <source>Date (%1)</source>
        <translation>Datum (%1)</translation>
    </message>
    <message>
        <source>%1: first tweet</source>
        <translation>%1: erster Tweet</translation>
    </message>
    <message>
        <source>First tweet</source>
        <translation>Erster Tweet</translation>
    </message>
    <message>
        <source>%1: last tweet</source>
        <translation>%1: letzter Tweet</translation>
    </message>
    <message>
        <source>Last tweet</source>
        <translation>Letzter Tweet</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Konto erstellt</translation>
    </message>
    <message>
        <source>First / last tweet</source>
        <translation>Erster / letzter Tweet</translation>
    </message>
    <message>
        <source>Tweeted on the day of creation</source>
        <translation>Am Tag der Erstellung getwittert</translation>
    </message>
    <message>
        <source>Cannot paint onto the export target.</source>
        <translation>Auf das Exportziel kann nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>The image size must be between 100 and 20,000 pixels on each side.</source>
        <translation>Die Bildgröße muss auf jeder Seite zwischen 100 und 20.000 Pixeln liegen.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Activity over time</source>
        <translation>Aktivität im Zeitverlauf</translation>
    </message>
    <message>
        <source>Languages over time</source>
        <translation>Sprachen im Zeitverlauf</translation>
    </message>
    <message>
        <source>Clients over time</source>
        <translation>Clients im Zeitverlauf</translation>
    </message>
    <message>
        <source>Top hashtags over time</source>
        <translation>Häufigste Hashtags im Zeitverlauf</translation>
    </message>
    <message>
        <source>Posting rhythm (hour × weekday)</source>
        <translation>Posting-Rhythmus (Stunde × Wochentag)</translation>
    </message>
    <message>
        <source>Account lifecycle</source>
        <translation>Kontolebenszyklus</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>No breakdown</source>
        <translation>Keine Aufschlüsselung</translation>
    </message>
    <message>
        <source>Tweet kind</source>
        <translation>Tweet-Art</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Account category</source>
        <translation>Kontokategorie</translation>
    </message>
    <message>
        <source>Hashtag</source>
        <translation>Hashtag</translation>
    </message>
    <message>
        <source>Absolute (tweets)</source>
        <translation>Absolut (Tweets)</translation>
    </message>
    <message>
        <source>Share of total (%)</source>
        <translation>Anteil an der Gesamtzahl (%)</translation>
    </message>
    <message>
        <source>Percent of each bucket (%)</source>
        <translation>Prozent je Intervall (%)</translation>
    </message>
    <message>
        <source>Tweets per day</source>
        <translation>Tweets pro Tag</translation>
    </message>
    <message>
        <source>Tweets per week</source>
        <translation>Tweets pro Woche</translation>
    </message>
    <message>
        <source>Tweets per month</source>
        <translation>Tweets pro Monat</translation>
    </message>
    <message>
        <source>% of each selection&apos;s tweets</source>
        <translation>% der Tweets der jeweiligen Auswahl</translation>
    </message>
    <message>
        <source>% of the selection&apos;s tweets</source>
        <translation>% der Tweets der Auswahl</translation>
    </message>
    <message>
        <source>% of the compared tweets in the bucket</source>
        <translation>% der verglichenen Tweets im Intervall</translation>
    </message>
    <message>
        <source>% of the bucket&apos;s tweets</source>
        <translation>% der Tweets im Intervall</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Tweets</source>
        <translation>Tweets</translation>
    </message>
    <message>
        <source>original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>retweet</source>
        <translation>Retweet</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>(no language)</source>
        <translation>(keine Sprache)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
</context>
<context>
    <name>trove::ChartsView</name>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Chart type</source>
        <translation>Diagrammtyp</translation>
    </message>
    <message>
        <source>Bucket size</source>
        <translation>Intervallgröße</translation>
    </message>
    <message>
        <source>Drawing style</source>
        <translation>Darstellungsart</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Balken</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linien</translation>
    </message>
    <message>
        <source>Stacked by</source>
        <translation>Gestapelt nach</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>Diag&amp;ramm:</translation>
    </message>
    <message>
        <source>&amp;Per:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <source>&amp;Draw:</source>
        <translation>Dars&amp;tellung:</translation>
    </message>
    <message>
        <source>Stac&amp;k by:</source>
        <translation>Gestapelt &amp;nach:</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>Zeitz&amp;one:</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation>&amp;Werte:</translation>
    </message>
    <message>
        <source>Add to &amp;Comparison</source>
        <translation>Zum &amp;Vergleich hinzufügen</translation>
    </message>
    <message>
        <source>Add the current selection to the comparison</source>
        <translation>Die aktuelle Auswahl zum Vergleich hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Event markers</source>
        <translation>&amp;Ereignismarken</translation>
    </message>
    <message>
        <source>Show event markers</source>
        <translation>Ereignismarken anzeigen</translation>
    </message>
    <message>
        <source>Edit &amp;Markers…</source>
        <translation>&amp;Marken bearbeiten…</translation>
    </message>
    <message>
        <source>Add or remove event markers</source>
        <translation>Ereignismarken hinzufügen oder entfernen</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Zoom zurüc&amp;ksetzen</translation>
    </message>
    <message>
        <source>Show the whole time span</source>
        <translation>Den gesamten Zeitraum anzeigen</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Das Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG Image…</source>
        <translation>PNG-Bild…</translation>
    </message>
    <message>
        <source>SVG Drawing…</source>
        <translation>SVG-Grafik…</translation>
    </message>
    <message>
        <source>PDF Document…</source>
        <translation>PDF-Dokument…</translation>
    </message>
    <message>
        <source>Data as CSV…</source>
        <translation>Daten als CSV…</translation>
    </message>
    <message>
        <source>Computing the chart</source>
        <translation>Diagramm wird berechnet</translation>
    </message>
    <message>
        <source>Chart status</source>
        <translation>Diagrammstatus</translation>
    </message>
    <message>
        <source>Compared:</source>
        <translation>Verglichen:</translation>
    </message>
    <message>
        <source>Selections compared</source>
        <translation>Verglichene Auswahlen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected selection from the comparison</source>
        <translation>Die markierte Auswahl aus dem Vergleich entfernen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>End the comparison</source>
        <translation>Den Vergleich beenden</translation>
    </message>
    <message>
        <source>No chart yet.</source>
        <translation>Noch kein Diagramm.</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”: pick one from the list.</source>
        <translation>Unbekannte Zeitzone „%1“: Wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>No cache is open: import an archive or open a cache to chart it.</source>
        <translation>Kein Cache geöffnet: Importieren Sie ein Archiv oder öffnen Sie einen Cache, um ein Diagramm zu erstellen.</translation>
    </message>
    <message>
        <source>The chart could not be computed:
%1</source>
        <translation>Das Diagramm konnte nicht berechnet werden:
%1</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 Konten</translation>
    </message>
    <message>
        <source>%1 tweets</source>
        <translation>%1 Tweets</translation>
    </message>
    <message>
        <source>%1 · computed in %2 ms</source>
        <translation>%1 · berechnet in %2 ms</translation>
    </message>
    <message>
        <source>Created %1, tweeting %2</source>
        <translation>Erstellt am %1, Tweet am %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1: %2 tweets (%3%)</source>
        <translation>%1: %2 Tweets (%3 %)</translation>
    </message>
    <message>
        <source>%1: %2 tweets</source>
        <translation>%1: %2 Tweets</translation>
    </message>
    <message>
        <source>%1 is already compared.</source>
        <translation>%1 wird bereits verglichen.</translation>
    </message>
    <message>
        <source>Dataset: %1 · campaigns: %2</source>
        <translation>Datenbestand: %1 · Kampagnen: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Compared selection: %1 · filters: %2</source>
        <translation>Verglichene Auswahl: %1 · Filter: %2</translation>
    </message>
    <message>
        <source>Selection: %1 · filters: %2</source>
        <translation>Auswahl: %1 · Filter: %2</translation>
    </message>
    <message>
        <source>time zone %1</source>
        <translation>Zeitzone %1</translation>
    </message>
    <message>
        <source>one %1 per bucket</source>
        <translation>Intervall: %1</translation>
    </message>
    <message>
        <source>stacked by %1 (the %2 largest, the rest as “other”)</source>
        <translation>gestapelt nach %1 (die %2 größten, der Rest als „other“)</translation>
    </message>
    <message>
        <source>one line per compared selection, no breakdown</source>
        <translation>eine Linie pro verglichener Auswahl, keine Aufschlüsselung</translation>
    </message>
    <message>
        <source>drawn as bars</source>
        <translation>als Balken dargestellt</translation>
    </message>
    <message>
        <source>drawn as lines</source>
        <translation>als Linien dargestellt</translation>
    </message>
    <message>
        <source>values: tweets (absolute)</source>
        <translation>Werte: Tweets (absolut)</translation>
    </message>
    <message>
        <source>values normalised: percent of each selection&apos;s total tweets</source>
        <translation>Werte normiert: Prozent aller Tweets der jeweiligen Auswahl</translation>
    </message>
    <message>
        <source>values normalised: each selection&apos;s percent of the compared tweets in the bucket</source>
        <translation>Werte normiert: Anteil jeder Auswahl an den verglichenen Tweets im Intervall, in Prozent</translation>
    </message>
    <message>
        <source>values normalised: percent of the bucket&apos;s tweets</source>
        <translation>Werte normiert: Prozent der Tweets im Intervall</translation>
    </message>
    <message>
        <source>cells: tweets per local weekday and hour</source>
        <translation>Zellen: Tweets pro lokalem Wochentag und lokaler Stunde</translation>
    </message>
    <message>
        <source>cells: percent of each selection&apos;s tweets</source>
        <translation>Zellen: Prozent der Tweets der jeweiligen Auswahl</translation>
    </message>
    <message>
        <source>daylight saving applied at each tweet&apos;s instant</source>
        <translation>Sommerzeit zum Zeitpunkt jedes einzelnen Tweets berücksichtigt</translation>
    </message>
    <message>
        <source>x: account creation date; y: first tweet (circles) and last tweet (squares), UTC dates</source>
        <translation>x: Erstellungsdatum des Kontos; y: erster Tweet (Kreise) und letzter Tweet (Quadrate), Datumsangaben in UTC</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Einstellungen: %1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Event markers (dashed lines, labelled on the chart): %1 events from %2 to %3, %4 of them added by the user</source>
        <translation>Ereignismarken (gestrichelte Linien, im Diagramm beschriftet): %1 Ereignisse von %2 bis %3, davon %4 vom Benutzer hinzugefügt</translation>
    </message>
    <message>
        <source>Exported %1 UTC from Trove %2</source>
        <translation>Exportiert am %1 UTC aus Trove %2</translation>
    </message>
    <message>
        <source>There is no chart to export yet.</source>
        <translation>Es gibt noch kein Diagramm zum Exportieren.</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Grafiken (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>%1: %2 accounts</source>
        <translation>%1: %2 Konten</translation>
    </message>
    <message>
        <source>created from %1 to %2</source>
        <translation>erstellt vom %1 bis %2</translation>
    </message>
    <message>
        <source>Tweets per day</source>
        <translation>Tweets pro Tag</translation>
    </message>
    <message>
        <source>Tweets per week</source>
        <translation>Tweets pro Woche</translation>
    </message>
    <message>
        <source>Tweets per month</source>
        <translation>Tweets pro Monat</translation>
    </message>
    <message>
        <source>%1 from %2 to %3.</source>
        <translation>%1 vom %2 bis %3.</translation>
    </message>
    <message>
        <source>%1: %2 tweets, the most (%3) in the period from %4.</source>
        <translation>%1: %2 Tweets, die meisten (%3) im Zeitraum ab %4.</translation>
    </message>
    <message>
        <source>Account %1 of %2: %3, created %4, first tweet %5, last tweet %6 (Enter: its tweets)</source>
        <translation>Konto %1 von %2: %3, erstellt %4, erster Tweet %5, letzter Tweet %6 (Eingabetaste: seine Tweets)</translation>
    </message>
</context>
<context>
    <name>trove::ComparisonModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>trove::ConversationView</name>
    <message>
        <source>Level %1, %2, %3 UTC: %4</source>
        <translation>Ebene %1, %2, %3 UTC: %4</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Reading the conversation…</source>
        <translation>Unterhaltung wird gelesen…</translation>
    </message>
    <message>
        <source>This tweet is not in the cache.</source>
        <translation>Dieser Tweet ist nicht im Cache.</translation>
    </message>
    <message>
        <source>Cannot read the conversation: %1</source>
        <translation>Die Unterhaltung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>1 tweet of this conversation is in the archive.</source>
        <translation>1 Tweet dieser Unterhaltung ist im Archiv.</translation>
    </message>
    <message>
        <source>%1 tweets of this conversation are in the archive.</source>
        <translation>%1 Tweets dieser Unterhaltung sind im Archiv.</translation>
    </message>
    <message>
        <source>It starts with a reply to tweet %1 (userid %2), which the archive does not hold.</source>
        <translation>Sie beginnt mit einer Antwort auf den Tweet %1 (Benutzer-ID %2), der nicht im Archiv enthalten ist.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Only the first %1 tweets are shown.</source>
        <translation>Nur die ersten %1 Tweets werden angezeigt.</translation>
    </message>
</context>
<context>
    <name>trove::DemoArchive</name>
    <message>
        <source>The demo archive was not generated (cancelled). Import your own archive, or start Trove again to retry.</source>
        <translation>Das Demo-Archiv wurde nicht erzeugt (abgebrochen). Importieren Sie ein eigenes Archiv oder starten Sie Trove neu, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>Cannot generate the demo archive: %1</source>
        <translation>Das Demo-Archiv kann nicht erzeugt werden: %1</translation>
    </message>
</context>
<context>
    <name>trove::EventMarkerDialog</name>
    <message>
        <source>Event Markers</source>
        <translation>Ereignismarken</translation>
    </message>
    <message>
        <source>Events drawn as vertical lines on the time charts. Trove&apos;s own events cannot be removed; add your own below.</source>
        <translation>Ereignisse, die in den Zeitdiagrammen als senkrechte Linien eingezeichnet werden. Die Ereignisse von Trove können nicht entfernt werden; fügen Sie unten eigene hinzu.</translation>
    </message>
    <message>
        <source>Event markers</source>
        <translation>Ereignismarken</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Datum des Ereignisses</translation>
    </message>
    <message>
        <source>Event label</source>
        <translation>Beschriftung des Ereignisses</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was ist geschehen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>eigenes</translation>
    </message>
    <message>
        <source>Trove</source>
        <translation>Trove</translation>
    </message>
</context>
<context>
    <name>trove::Explorer</name>
    <message>
        <source>Timeline scope</source>
        <translation>Umfang der Zeitleiste</translation>
    </message>
    <message>
        <source>Show All Accounts</source>
        <translation>Alle Konten anzeigen</translation>
    </message>
    <message>
        <source>Show the tweets of every account</source>
        <translation>Die Tweets aller Konten anzeigen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Tweets of every account in the checked campaigns</source>
        <translation>Tweets aller Konten in den ausgewählten Kampagnen</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>the open account</source>
        <translation>Geöffnetes Konto</translation>
    </message>
    <message>
        <source>Tweets of %1 (both sources of a linked account)</source>
        <translation>Tweets: %1 (beide Quellen eines verknüpften Kontos)</translation>
    </message>
    <message>
        <source>Tweets of %1</source>
        <translation>Tweets: %1</translation>
    </message>
    <message>
        <source>Open Link?</source>
        <translation>Link öffnen?</translation>
    </message>
    <message>
        <source>This link comes from the archive, written by the campaign&apos;s operators. It leads to:

%1

Open it in your web browser?</source>
        <translation>Dieser Link stammt aus dem Archiv und wurde von den Betreibern der Kampagne geschrieben. Er führt zu:

%1

Im Webbrowser öffnen?</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Any Time of Day</source>
        <translation>Beliebige Tageszeit</translation>
    </message>
    <message>
        <source>Remove the weekday and hour filter</source>
        <translation>Den Filter nach Wochentag und Stunde entfernen</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>Zeit&amp;leiste</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>Dia&amp;gramme</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Alle Kampagnen</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message>
        <source>Campaigns %1</source>
        <translation>Kampagnen %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 · search “%2”</source>
        <translation>%1 · Suche „%2“</translation>
    </message>
    <message>
        <source> · posted %1</source>
        <translation> · gepostet: %1</translation>
    </message>
    <message>
        <source>&amp;Gallery</source>
        <translation>Gal&amp;erie</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>trove::ExportActions</name>
    <message>
        <source>Export &amp;Tweets…</source>
        <translation>&amp;Tweets exportieren…</translation>
    </message>
    <message>
        <source>Write the tweets the timeline shows to a CSV or JSON file</source>
        <translation>Die in der Zeitleiste angezeigten Tweets in eine CSV- oder JSON-Datei schreiben</translation>
    </message>
    <message>
        <source>Export &amp;Accounts…</source>
        <translation>&amp;Konten exportieren…</translation>
    </message>
    <message>
        <source>Write the accounts the browser shows to a CSV or JSON file</source>
        <translation>Die in der Kontenliste angezeigten Konten in eine CSV- oder JSON-Datei schreiben</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Exporting… %1 written</source>
        <translation>Export läuft… %1 geschrieben</translation>
    </message>
    <message>
        <source>CSV for pandas, R… (*.csv)</source>
        <translation>CSV für pandas, R… (*.csv)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <source>JSON with metadata (*.json)</source>
        <translation>JSON mit Metadaten (*.json)</translation>
    </message>
    <message>
        <source>Export Tweets</source>
        <translation>Tweets exportieren</translation>
    </message>
    <message>
        <source>Export Accounts</source>
        <translation>Konten exportieren</translation>
    </message>
    <message>
        <source>%1, filtered by “%2”</source>
        <translation>%1, gefiltert nach „%2“</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation>%1 Zeilen nach %2 exportiert</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Could not export to %1:
%2</source>
        <translation>Export nach %1 nicht möglich:
%2</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export &amp;Media…</source>
        <translation>&amp;Medien exportieren…</translation>
    </message>
    <message>
        <source>Copy the media files of the tweets the timeline shows into a folder, with a manifest</source>
        <translation>Die Mediendateien der in der Zeitleiste angezeigten Tweets samt Manifest in einen Ordner kopieren</translation>
    </message>
    <message>
        <source>Export Media to Folder</source>
        <translation>Medien in Ordner exportieren</translation>
    </message>
    <message>
        <source>Exported %1 media files to %2; %3 could not be read (see %4)</source>
        <translation>%1 Mediendateien nach %2 exportiert; nicht lesbar: %3 (siehe %4)</translation>
    </message>
    <message>
        <source>Exported %1 media files to %2 (listed in %3)</source>
        <translation>%1 Mediendateien nach %2 exportiert (aufgeführt in %3)</translation>
    </message>
    <message>
        <source>Media export cancelled; files copied so far stay in %1, without a manifest.</source>
        <translation>Medienexport abgebrochen; die bisher kopierten Dateien bleiben ohne Manifest in %1.</translation>
    </message>
</context>
<context>
    <name>trove::ExportController</name>
    <message>
        <source>the export stopped without a result</source>
        <translation>der Export wurde ohne Ergebnis beendet</translation>
    </message>
</context>
<context>
    <name>trove::FilterBar</name>
    <message>
        <source>Search and filters</source>
        <translation>Suche und Filter</translation>
    </message>
    <message>
        <source>Search tweets</source>
        <translation>Tweets durchsuchen</translation>
    </message>
    <message>
        <source>Search tweets — words, &quot;phrases&quot;, OR, NOT, -word, prefix*</source>
        <translation>Tweets durchsuchen – Wörter, &quot;Wortgruppen&quot;, OR, NOT, -Wort, Präfix*</translation>
    </message>
    <message>
        <source>Full-text search over tweet text. All words must match; &quot;quoted phrases&quot;; a OR b; a NOT b or -b; (groups); prefix* matches word beginnings.</source>
        <translation>Volltextsuche im Tweet-Text. Alle Wörter müssen vorkommen; &quot;Wortgruppen in Anführungszeichen&quot;; a OR b; a NOT b oder -b; (Gruppen); Präfix* findet Wortanfänge.</translation>
    </message>
    <message>
        <source>Search error</source>
        <translation>Suchfehler</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Weitere Filter</translation>
    </message>
    <message>
        <source>Show or hide the date, language, client, kind, hashtag, mention, media and category filters</source>
        <translation>Filter für Datum, Sprache, Client, Art, Hashtag, Erwähnung, Medien und Kategorie ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Remove every filter (the search text stays)</source>
        <translation>Alle Filter entfernen (der Suchtext bleibt erhalten)</translation>
    </message>
    <message>
        <source>Active filters</source>
        <translation>Aktive Filter</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Filter from a date</source>
        <translation>Ab einem Datum filtern</translation>
    </message>
    <message>
        <source>First day (UTC)</source>
        <translation>Erster Tag (UTC)</translation>
    </message>
    <message>
        <source>Tweets from the start of this day, UTC</source>
        <translation>Tweets ab Beginn dieses Tages, UTC</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Filter up to a date</source>
        <translation>Bis zu einem Datum filtern</translation>
    </message>
    <message>
        <source>Last day (UTC, included)</source>
        <translation>Letzter Tag (UTC, einschließlich)</translation>
    </message>
    <message>
        <source>Tweets up to the end of this day, UTC</source>
        <translation>Tweets bis zum Ende dieses Tages, UTC</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Days are counted in UTC, as the archives give tweet times</source>
        <translation>Tage werden in UTC gezählt, da die Archive die Tweet-Zeiten in UTC angeben</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Retweet</source>
        <translation>Retweet</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Show original tweets</source>
        <translation>Original-Tweets anzeigen</translation>
    </message>
    <message>
        <source>Show retweets</source>
        <translation>Retweets anzeigen</translation>
    </message>
    <message>
        <source>Show replies</source>
        <translation>Antworten anzeigen</translation>
    </message>
    <message>
        <source>Show quote tweets</source>
        <translation>Zitate anzeigen</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>With or without media</source>
        <translation>Mit oder ohne Medien</translation>
    </message>
    <message>
        <source>With media</source>
        <translation>Mit Medien</translation>
    </message>
    <message>
        <source>Without media</source>
        <translation>Ohne Medien</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <source>Tweet language as the archive gives it (en, ru, und, …)</source>
        <translation>Tweet-Sprache laut Archiv (en, ru, und, …)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Any client</source>
        <translation>Alle Clients</translation>
    </message>
    <message>
        <source>The app the tweet was sent from</source>
        <translation>Die App, mit der der Tweet gesendet wurde</translation>
    </message>
    <message>
        <source>Account category</source>
        <translation>Kontokategorie</translation>
    </message>
    <message>
        <source>The account&apos;s category (Linvill &amp; Warren), where the archive has one</source>
        <translation>Die Kategorie des Kontos (Linvill &amp; Warren), sofern das Archiv eine angibt</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Hashtag</source>
        <translation>Hashtag</translation>
    </message>
    <message>
        <source>#hashtag</source>
        <translation>#Hashtag</translation>
    </message>
    <message>
        <source>Tweets with this hashtag (any case)</source>
        <translation>Tweets mit diesem Hashtag (Groß-/Kleinschreibung beliebig)</translation>
    </message>
    <message>
        <source>Mentioned account</source>
        <translation>Erwähntes Konto</translation>
    </message>
    <message>
        <source>@mention</source>
        <translation>@Erwähnung</translation>
    </message>
    <message>
        <source>Tweets mentioning this screen name or user id</source>
        <translation>Tweets, die diesen Benutzernamen oder diese Benutzer-ID erwähnen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
</context>
<context>
    <name>trove::GalleryModel</name>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>GIF</source>
        <translation>GIF</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Profile image</source>
        <translation>Profilbild</translation>
    </message>
    <message>
        <source>Banner image</source>
        <translation>Bannerbild</translation>
    </message>
    <message>
        <source>Media file</source>
        <translation>Mediendatei</translation>
    </message>
    <message>
        <source>%1 (%2) of tweet %3</source>
        <translation>%1 (%2) von Tweet %3</translation>
    </message>
    <message>
        <source>%1 (%2) of account %3</source>
        <translation>%1 (%2) von Konto %3</translation>
    </message>
</context>
<context>
    <name>trove::GalleryView</name>
    <message>
        <source>Video · %1</source>
        <translation>Video · %1</translation>
    </message>
    <message>
        <source>Click to show</source>
        <translation>Zum Anzeigen klicken</translation>
    </message>
    <message>
        <source>GIF</source>
        <translation>GIF</translation>
    </message>
    <message>
        <source>Media gallery</source>
        <translation>Mediengalerie</translation>
    </message>
    <message>
        <source>Thumbnails of the media files of the selection. Arrow keys move, Space shows a veiled file, Enter previews it.</source>
        <translation>Vorschaubilder der Mediendateien der Auswahl. Die Pfeiltasten wechseln die Datei, die Leertaste zeigt eine verhüllte Datei, die Eingabetaste öffnet die Vorschau.</translation>
    </message>
    <message>
        <source>Media files shown</source>
        <translation>Angezeigte Mediendateien</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Medien:</translation>
    </message>
    <message>
        <source>Kind of media shown</source>
        <translation>Art der angezeigten Medien</translation>
    </message>
    <message>
        <source>All Media</source>
        <translation>Alle Medien</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>GIFs</source>
        <translation>GIFs</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Videos</translation>
    </message>
    <message>
        <source>Profile Images</source>
        <translation>Profilbilder</translation>
    </message>
    <message>
        <source>Cannot list the media: %1</source>
        <translation>Die Medien können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>No selection</source>
        <translation>Keine Auswahl</translation>
    </message>
    <message>
        <source>1 media file</source>
        <translation>1 Mediendatei</translation>
    </message>
    <message>
        <source>%L1 media files</source>
        <translation>%L1 Mediendateien</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 Bild</translation>
    </message>
    <message>
        <source>%L1 images</source>
        <translation>%L1 Bilder</translation>
    </message>
    <message>
        <source>1 GIF</source>
        <translation>1 GIF</translation>
    </message>
    <message>
        <source>%L1 GIFs</source>
        <translation>%L1 GIFs</translation>
    </message>
    <message>
        <source>1 video</source>
        <translation>1 Video</translation>
    </message>
    <message>
        <source>%L1 videos</source>
        <translation>%L1 Videos</translation>
    </message>
    <message>
        <source>1 profile image</source>
        <translation>1 Profilbild</translation>
    </message>
    <message>
        <source>%L1 profile images</source>
        <translation>%L1 Profilbilder</translation>
    </message>
    <message>
        <source>1 banner</source>
        <translation>1 Banner</translation>
    </message>
    <message>
        <source>%L1 banners</source>
        <translation>%L1 Banner</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 (reading…)</source>
        <translation>%1 (wird gelesen…)</translation>
    </message>
    <message>
        <source>The media of this selection cannot be listed:
%1</source>
        <translation>Die Medien dieser Auswahl können nicht aufgelistet werden:
%1</translation>
    </message>
    <message>
        <source>No media files of this kind in this selection. Choose “All Media” to see the others.</source>
        <translation>Keine Mediendateien dieser Art in dieser Auswahl. Wählen Sie „Alle Medien“, um die anderen zu sehen.</translation>
    </message>
    <message>
        <source>No media files indexed for this selection.

Import the media archives (the campaign&apos;s media zips) with File › Import Files… or Import Folder…; they are indexed in place, nothing is extracted.</source>
        <translation>Für diese Auswahl sind keine Mediendateien indiziert.

Importieren Sie die Medienarchive (die Medien-Zips der Kampagne) über Datei › Dateien importieren… oder Ordner importieren…; sie werden an Ort und Stelle indiziert, es wird nichts entpackt.</translation>
    </message>
    <message>
        <source>Cannot show</source>
        <translation>Nicht darstellbar</translation>
    </message>
</context>
<context>
    <name>trove::HeatmapWidget</name>
    <message>
        <source>Posting rhythm heatmap</source>
        <translation>Heatmap des Posting-Rhythmus</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n tweets</source>
        <translation>
            <numerusform>%1: %n Tweet</numerusform>
            <numerusform>%1: %n Tweets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 %3:00–%4:00 %5: %6 tweets (%7%)</source>
        <translation>%1 — %2, %3:00–%4:00 (%5): %6 Tweets (%7 %)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Share of the selection&apos;s tweets (%)</source>
        <translation>Anteil an den Tweets der Auswahl (%)</translation>
    </message>
    <message>
        <source>Tweets per cell</source>
        <translation>Tweets pro Zelle</translation>
    </message>
    <message>
        <source>no tweets</source>
        <translation>keine Tweets</translation>
    </message>
</context>
<context>
    <name>trove::ImageExportDialog</name>
    <message>
        <source>Export Chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>Size preset</source>
        <translation>Größenvorgabe</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Slide, 1920 × 1080 at 144 dpi</source>
        <translation>Folie, 1920 × 1080 bei 144 dpi</translation>
    </message>
    <message>
        <source>Report page width, 2400 × 1500 at 300 dpi</source>
        <translation>Seitenbreite eines Berichts, 2400 × 1500 bei 300 dpi</translation>
    </message>
    <message>
        <source>Web, 1200 × 750 at 96 dpi</source>
        <translation>Web, 1200 × 750 bei 96 dpi</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Breite in Pixeln</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Höhe in Pixeln</translation>
    </message>
    <message>
        <source>Resolution in dots per inch</source>
        <translation>Auflösung in Punkten pro Zoll (dpi)</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorgabe:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Breite:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Höhe:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Auflösung:</translation>
    </message>
    <message>
        <source>Text keeps its printed size at the resolution chosen (a 9 pt label stays 9 pt on paper) unless the chart would get less than 1,000 pixels across: then all of it is drawn smaller.</source>
        <translation>Text behält bei der gewählten Auflösung seine Druckgröße (eine Beschriftung mit 9 pt bleibt auf Papier 9 pt groß), es sei denn, das Diagramm wäre weniger als 1.000 Pixel breit: Dann wird alles kleiner gezeichnet.</translation>
    </message>
</context>
<context>
    <name>trove::ImportController</name>
    <message>
        <source>the import did not run</source>
        <translation>der Import wurde nicht ausgeführt</translation>
    </message>
</context>
<context>
    <name>trove::ImportSummaryPanel</name>
    <message>
        <source>Import summary</source>
        <translation>Zusammenfassung des Imports</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Importergebnis</translation>
    </message>
    <message>
        <source>Import messages</source>
        <translation>Importmeldungen</translation>
    </message>
    <message>
        <source>View &amp;Reject Report</source>
        <translation>Ablehnungsbericht an&amp;zeigen</translation>
    </message>
    <message>
        <source>View reject report</source>
        <translation>Ablehnungsbericht anzeigen</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>Aus&amp;blenden</translation>
    </message>
    <message>
        <source>Dismiss import summary</source>
        <translation>Zusammenfassung des Imports ausblenden</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Import fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Import cancelled after %1</source>
        <translation>Import nach %1 abgebrochen</translation>
    </message>
    <message>
        <source>1 tweet</source>
        <translation>1 Tweet</translation>
    </message>
    <message>
        <source>%1 tweets</source>
        <translation>%1 Tweets</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>what was imported stays in the cache; import the same files again to resume</source>
        <translation>bereits Importiertes bleibt im Cache; importieren Sie dieselben Dateien erneut, um fortzufahren</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 Datei</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 Dateien</translation>
    </message>
    <message>
        <source>Imported %1 from %2</source>
        <translation>%1 aus %2 importiert</translation>
    </message>
    <message>
        <source>Nothing new imported</source>
        <translation>Nichts Neues importiert</translation>
    </message>
    <message>
        <source>1 duplicate skipped</source>
        <translation>1 Duplikat übersprungen</translation>
    </message>
    <message>
        <source>%1 duplicates skipped</source>
        <translation>%1 Duplikate übersprungen</translation>
    </message>
    <message>
        <source>1 new account</source>
        <translation>1 neues Konto</translation>
    </message>
    <message>
        <source>%1 new accounts</source>
        <translation>%1 neue Konten</translation>
    </message>
    <message>
        <source>1 record rejected</source>
        <translation>1 Datensatz abgelehnt</translation>
    </message>
    <message>
        <source>%1 records rejected</source>
        <translation>%1 Datensätze abgelehnt</translation>
    </message>
    <message>
        <source>1 record repaired</source>
        <translation>1 Datensatz repariert</translation>
    </message>
    <message>
        <source>%1 records repaired</source>
        <translation>%1 Datensätze repariert</translation>
    </message>
    <message>
        <source>1 file resumed</source>
        <translation>1 Datei fortgesetzt</translation>
    </message>
    <message>
        <source>%1 files resumed</source>
        <translation>%1 Dateien fortgesetzt</translation>
    </message>
    <message>
        <source>1 file was already imported</source>
        <translation>1 Datei war bereits importiert</translation>
    </message>
    <message>
        <source>%1 files were already imported</source>
        <translation>%1 Dateien waren bereits importiert</translation>
    </message>
    <message>
        <source>1 file failed</source>
        <translation>1 Datei fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 files failed</source>
        <translation>%1 Dateien fehlgeschlagen</translation>
    </message>
    <message>
        <source>… and %1 more (see the reject report)</source>
        <translation>… und %1 weitere (siehe Ablehnungsbericht)</translation>
    </message>
</context>
<context>
    <name>trove::Importer</name>
    <message>
        <source>Scanning</source>
        <translation>Durchsuchen</translation>
    </message>
    <message>
        <source>search index brought up to date with %L1 tweets</source>
        <translation>Suchindex um %L1 Tweets ergänzt</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>writing %1 failed: %2</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>commit failed: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Linking accounts</source>
        <translation>Konten verknüpfen</translation>
    </message>
    <message>
        <source>linking accounts failed: %1</source>
        <translation>Verknüpfen der Konten fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>linked %L1 accounts to FiveThirtyEight handles</source>
        <translation>%L1 Konten mit FiveThirtyEight-Namen verknüpft</translation>
    </message>
    <message>
        <source>Building indexes</source>
        <translation>Indizes aufbauen</translation>
    </message>
    <message>
        <source>building indexes failed: %1</source>
        <translation>Aufbau der Indizes fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>linking media failed: %1</source>
        <translation>Verknüpfen der Medien fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Indexing media</source>
        <translation>Medien indizieren</translation>
    </message>
    <message>
        <source>media: %L1 archives indexed, %L2 indexed before, %L3 failed; %L4 media files (%L5 linked to tweets, %L6 matching no tweet or account), %L7 entries that are not media skipped%8</source>
        <translation>Medien: %L1 Archive indiziert, %L2 bereits zuvor indiziert, %L3 fehlgeschlagen; %L4 Mediendateien (%L5 mit Tweets verknüpft, %L6 ohne passenden Tweet oder passendes Konto), %L7 Einträge ohne Medien übersprungen%8</translation>
    </message>
    <message>
        <source> (listed in %1)</source>
        <translation> (aufgeführt in %1)</translation>
    </message>
    <message>
        <source>Import cancelled: what was read so far is in the cache; import the same files again to resume where it stopped.</source>
        <translation>Import abgebrochen: Das bisher Gelesene ist im Cache; importieren Sie dieselben Dateien erneut, um dort fortzufahren, wo er aufgehört hat.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>%1 — %2 — %L3 tweets</source>
        <translation>%1 — %2 — %L3 Tweets</translation>
    </message>
    <message>
        <source>%1: empty file, or no readable header%2</source>
        <translation>%1: leere Datei oder keine lesbare Kopfzeile%2</translation>
    </message>
    <message>
        <source>%1: not a recognised archive file (its header starts %2); skipped</source>
        <translation>%1: keine erkannte Archivdatei (ihre Kopfzeile beginnt mit %2); übersprungen</translation>
    </message>
    <message>
        <source>%1: columns missing from the header, left empty: %2</source>
        <translation>%1: in der Kopfzeile fehlende Spalten, leer gelassen: %2</translation>
    </message>
    <message>
        <source>%1: columns Trove does not know, ignored: %2</source>
        <translation>%1: Spalten, die Trove nicht kennt, ignoriert: %2</translation>
    </message>
    <message>
        <source>%1: imported before; skipped (its tweets are in the cache)</source>
        <translation>%1: bereits importiert; übersprungen (die Tweets sind im Cache)</translation>
    </message>
    <message>
        <source>%1: resumed after record %2, where an interrupted import stopped</source>
        <translation>%1: nach Datensatz %2 fortgesetzt, wo ein unterbrochener Import aufgehört hat</translation>
    </message>
</context>
<context>
    <name>trove::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Import &amp;Files…</source>
        <translation>&amp;Dateien importieren…</translation>
    </message>
    <message>
        <source>Import archive CSV files or zips into the open cache</source>
        <translation>Archivdateien (CSV oder Zip) in den geöffneten Cache importieren</translation>
    </message>
    <message>
        <source>Import F&amp;older…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>Import every archive file in a folder into the open cache</source>
        <translation>Alle Archivdateien eines Ordners in den geöffneten Cache importieren</translation>
    </message>
    <message>
        <source>&amp;Open Cache…</source>
        <translation>Cache ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Show another Trove cache</source>
        <translation>Einen anderen Trove-Cache anzeigen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import tool bar</source>
        <translation>Import-Werkzeugleiste</translation>
    </message>
    <message>
        <source>Synthetic demo data — generated by Trove, not a real archive</source>
        <translation>Synthetische Demodaten – von Trove erzeugt, kein echtes Archiv</translation>
    </message>
    <message>
        <source>Synthetic data notice</source>
        <translation>Hinweis auf synthetische Daten</translation>
    </message>
    <message>
        <source>Reading the cache…</source>
        <translation>Cache wird gelesen…</translation>
    </message>
    <message>
        <source>Cache totals</source>
        <translation>Cache-Übersicht</translation>
    </message>
    <message>
        <source>Cache file</source>
        <translation>Cache-Datei</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Importstatus</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Stop the import; importing the same files again resumes it</source>
        <translation>Import anhalten; ein erneuter Import derselben Dateien setzt ihn fort</translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation>Cache: %1</translation>
    </message>
    <message>
        <source>Cannot open the cache.</source>
        <translation>Der Cache kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Cannot open the cache: %1</source>
        <translation>Der Cache kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the cache: %1</source>
        <translation>Der Cache kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Generating the demo archive…</source>
        <translation>Demo-Archiv wird erzeugt…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <source>Cannot rename the campaign: %1</source>
        <translation>Die Kampagne kann nicht umbenannt werden: %1</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>Archive files (*.csv *.zip);;CSV files (*.csv);;Zip archives (*.zip);;All files (*)</source>
        <translation>Archivdateien (*.csv *.zip);;CSV-Dateien (*.csv);;Zip-Archive (*.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <source>Open Cache</source>
        <translation>Cache öffnen</translation>
    </message>
    <message>
        <source>Trove caches (*.trove);;All files (*)</source>
        <translation>Trove-Caches (*.trove);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cancelling — committing what was imported so far…</source>
        <translation>Abbruch – bisher Importiertes wird gespeichert…</translation>
    </message>
    <message>
        <source>Importing — campaigns appear here as the import commits them.</source>
        <translation>Import läuft – Kampagnen erscheinen hier, sobald der Import sie speichert.</translation>
    </message>
    <message>
        <source>This cache holds no campaigns yet. Use File › Import Files… (Ctrl+I) or Import Folder… to add an archive.</source>
        <translation>Dieser Cache enthält noch keine Kampagnen. Fügen Sie über Datei › Dateien importieren… (Strg+I) oder Ordner importieren… ein Archiv hinzu.</translation>
    </message>
    <message>
        <source>1 campaign</source>
        <translation>1 Kampagne</translation>
    </message>
    <message>
        <source>%1 campaigns</source>
        <translation>%1 Kampagnen</translation>
    </message>
    <message>
        <source>1 account</source>
        <translation>1 Konto</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 Konten</translation>
    </message>
    <message>
        <source>1 tweet</source>
        <translation>1 Tweet</translation>
    </message>
    <message>
        <source>%1 tweets</source>
        <translation>%1 Tweets</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation>%1 bis %2 (UTC)</translation>
    </message>
    <message>
        <source>Trove</source>
        <translation>Trove</translation>
    </message>
    <message>
        <source>%1 — Trove</source>
        <translation>%1 — Trove</translation>
    </message>
    <message>
        <source>Trove (synthetic demo)</source>
        <translation>Trove (synthetische Demo)</translation>
    </message>
    <message>
        <source>%1 (synthetic demo) — Trove</source>
        <translation>%1 (synthetische Demo) — Trove</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Find Tweets</source>
        <translation>Tweets &amp;suchen</translation>
    </message>
    <message>
        <source>Find &amp;Account</source>
        <translation>&amp;Konto suchen</translation>
    </message>
    <message>
        <source>Tweets of All &amp;Accounts</source>
        <translation>Tweets &amp;aller Konten</translation>
    </message>
    <message>
        <source>&amp;Searches</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Export C&amp;hart…</source>
        <translation>Dia&amp;gramm exportieren…</translation>
    </message>
</context>
<context>
    <name>trove::MediaPreview</name>
    <message>
        <source>The file is not an image or animation Trove can read (%1).</source>
        <translation>Die Datei ist kein Bild und keine Animation, die Trove lesen kann (%1).</translation>
    </message>
    <message>
        <source>The image could not be decoded (%1).</source>
        <translation>Das Bild konnte nicht decodiert werden (%1).</translation>
    </message>
    <message>
        <source>The animation could not be decoded (%1).</source>
        <translation>Die Animation konnte nicht decodiert werden (%1).</translation>
    </message>
    <message>
        <source>The cache cannot be read: %1</source>
        <translation>Der Cache kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The media file is not in the cache: %1</source>
        <translation>Die Mediendatei ist nicht im Cache: %1</translation>
    </message>
    <message>
        <source>A temporary copy of the video cannot be written: %1</source>
        <translation>Eine temporäre Kopie des Videos kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Media Preview</source>
        <translation>Medienvorschau</translation>
    </message>
    <message>
        <source>About this file</source>
        <translation>Über diese Datei</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous file (Page Up)</source>
        <translation>Vorige Datei (Bild auf)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next file (Page Down)</source>
        <translation>Nächste Datei (Bild ab)</translation>
    </message>
    <message>
        <source>Show the Tweet</source>
        <translation>Tweet zeigen</translation>
    </message>
    <message>
        <source>Show the Account</source>
        <translation>Konto zeigen</translation>
    </message>
    <message>
        <source>Safe view: this file is veiled.</source>
        <translation>Sichere Ansicht: Diese Datei ist verhüllt.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show this file unveiled</source>
        <translation>Diese Datei unverhüllt zeigen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Verkleinern (-)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit to the window (Ctrl+0)</source>
        <translation>In das Fenster einpassen (Strg+0)</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Actual size (Ctrl+1)</source>
        <translation>Originalgröße (Strg+1)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Abspielen oder anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The video cannot be played: %1</source>
        <translation>Das Video kann nicht abgespielt werden: %1</translation>
    </message>
    <message>
        <source>The cache cannot be read</source>
        <translation>Der Cache kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>This file is not in the cache</source>
        <translation>Diese Datei ist nicht im Cache</translation>
    </message>
    <message>
        <source>The archive is missing</source>
        <translation>Das Archiv fehlt</translation>
    </message>
    <message>
        <source>The archive cannot be read</source>
        <translation>Das Archiv kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The archive no longer holds this file</source>
        <translation>Das Archiv enthält diese Datei nicht mehr</translation>
    </message>
    <message>
        <source>The file is too large</source>
        <translation>Die Datei ist zu groß</translation>
    </message>
    <message>
        <source>The file inflates to more than it declares (a decompression bomb)</source>
        <translation>Die Datei entpackt sich zu mehr, als sie angibt (eine Dekompressionsbombe)</translation>
    </message>
    <message>
        <source>The file is corrupt</source>
        <translation>Die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>Unknown format</source>
        <translation>Unbekanntes Format</translation>
    </message>
    <message>
        <source>The image is too large to decode</source>
        <translation>Das Bild ist zu groß zum Decodieren</translation>
    </message>
    <message>
        <source>The video cannot be copied for playing</source>
        <translation>Das Video kann nicht zum Abspielen kopiert werden</translation>
    </message>
    <message>
        <source>The video cannot be played</source>
        <translation>Das Video kann nicht abgespielt werden</translation>
    </message>
    <message>
        <source>Media %1: loading…</source>
        <translation>Medium %1: wird geladen…</translation>
    </message>
    <message>
        <source>Media %1</source>
        <translation>Medium %1</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>Tweet %1</source>
        <translation>Tweet %1</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>Media Preview — %1</source>
        <translation>Medienvorschau — %1</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
</context>
<context>
    <name>trove::MediaReader</name>
    <message>
        <source>no media file %1 in the cache</source>
        <translation>keine Mediendatei %1 im Cache</translation>
    </message>
    <message>
        <source>no media entry %1 in archive %2 of the cache</source>
        <translation>kein Medieneintrag %1 in Archiv %2 des Caches</translation>
    </message>
    <message>
        <source>%1: the archive is not there any more (moved? re-point its folder)</source>
        <translation>%1: Das Archiv ist nicht mehr vorhanden (verschoben? Geben Sie seinen Ordner neu an)</translation>
    </message>
    <message>
        <source>%1: no such entry in the archive (it changed since it was indexed)</source>
        <translation>%1: kein solcher Eintrag im Archiv (es hat sich seit dem Indizieren geändert)</translation>
    </message>
    <message>
        <source>%1: corrupt zip entry (%2)</source>
        <translation>%1: beschädigter Zip-Eintrag (%2)</translation>
    </message>
    <message>
        <source>%1: %L2 bytes uncompressed, over the limit of %L3 bytes: not read</source>
        <translation>%1: %L2 Bytes entpackt, über der Grenze von %L3 Bytes: nicht gelesen</translation>
    </message>
    <message>
        <source>%1: cannot open the entry (%2)</source>
        <translation>%1: Der Eintrag kann nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source>%1: corrupt data (%2)</source>
        <translation>%1: beschädigte Daten (%2)</translation>
    </message>
    <message>
        <source>%1: truncated: %L2 of %L3 bytes</source>
        <translation>%1: abgeschnitten: %L2 von %L3 Bytes</translation>
    </message>
    <message>
        <source>%1: inflates to more than the %L2 bytes it declares; stopped (a decompression bomb?)</source>
        <translation>%1: entpackt sich zu mehr als den angegebenen %L2 Bytes; angehalten (eine Dekompressionsbombe?)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>trove::MediaSettings</name>
    <message>
        <source>&amp;Safe View (Blur Media Until Clicked)</source>
        <translation>S&amp;ichere Ansicht (Medien bis zum Anklicken unscharf)</translation>
    </message>
    <message>
        <source>Blur every image and video until it is clicked</source>
        <translation>Jedes Bild und Video unscharf darstellen, bis es angeklickt wird</translation>
    </message>
    <message>
        <source>&amp;Veil All Media Again</source>
        <translation>Alle &amp;Medien wieder verhüllen</translation>
    </message>
    <message>
        <source>Blur again every image and video revealed by a click</source>
        <translation>Alle per Klick aufgedeckten Bilder und Videos wieder unscharf darstellen</translation>
    </message>
    <message>
        <source>&amp;Thumbnail Cache Size…</source>
        <translation>Cache-Größe für Vorschau&amp;bilder…</translation>
    </message>
    <message>
        <source>Set how much disk space the thumbnails of media may take</source>
        <translation>Festlegen, wie viel Speicherplatz die Vorschaubilder der Medien belegen dürfen</translation>
    </message>
    <message>
        <source>Thumbnail Cache Size</source>
        <translation>Cache-Größe für Vorschaubilder</translation>
    </message>
    <message>
        <source>Disk space for thumbnails, in MB (the least recently used are deleted beyond it):</source>
        <translation>Speicherplatz für Vorschaubilder in MB (darüber hinaus werden die am längsten nicht verwendeten gelöscht):</translation>
    </message>
</context>
<context>
    <name>trove::RejectReason</name>
    <message>
        <source>external_author_id %1 is in scientific notation (rounded by a spreadsheet), not kept; the account is identified by its handle</source>
        <translation>external_author_id %1 ist in wissenschaftlicher Schreibweise (von einer Tabellenkalkulation gerundet), nicht übernommen; das Konto wird an seinem Namen erkannt</translation>
    </message>
    <message>
        <source>external_author_id %1 is not an id, not kept; the account is identified by its handle</source>
        <translation>external_author_id %1 ist keine ID, nicht übernommen; das Konto wird an seinem Namen erkannt</translation>
    </message>
    <message>
        <source>%1 %2 is not a tweet id (1 to 19 digits)</source>
        <translation>%1 %2 ist keine Tweet-ID (1 bis 19 Ziffern)</translation>
    </message>
    <message>
        <source>%1 %2 is not a time (%3)</source>
        <translation>%1 %2 ist keine Zeitangabe (%3)</translation>
    </message>
    <message>
        <source>created_at %1 and created_str %2 are not times</source>
        <translation>created_at %1 und created_str %2 sind keine Zeitangaben</translation>
    </message>
    <message>
        <source>created_at %1 is not epoch milliseconds; created_str used</source>
        <translation>created_at %1 sind keine Epoch-Millisekunden; created_str verwendet</translation>
    </message>
    <message>
        <source>%1 %2 is not a well-formed list; kept the items before the fault</source>
        <translation>%1 %2 ist keine wohlgeformte Liste; die Einträge vor dem Fehler wurden behalten</translation>
    </message>
    <message>
        <source>%1 %2 is not a count, left empty</source>
        <translation>%1 %2 ist keine Anzahl, leer gelassen</translation>
    </message>
    <message>
        <source>%1 %2 is not a date, left empty</source>
        <translation>%1 %2 ist kein Datum, leer gelassen</translation>
    </message>
    <message>
        <source>%1 %2 is not a tweet id, link dropped</source>
        <translation>%1 %2 ist keine Tweet-ID, Verweis verworfen</translation>
    </message>
    <message>
        <source>%1 %2 is not an id, not kept</source>
        <translation>%1 %2 ist keine ID, nicht übernommen</translation>
    </message>
    <message>
        <source>is_retweet %1 is neither true nor false, taken as false</source>
        <translation>is_retweet %1 ist weder true noch false, als false gewertet</translation>
    </message>
    <message>
        <source>retweet %1 is neither 0 nor 1, taken as 0</source>
        <translation>retweet %1 ist weder 0 noch 1, als 0 gewertet</translation>
    </message>
    <message>
        <source>post_type %1 is unknown, taken as an original tweet</source>
        <translation>post_type %1 ist unbekannt, als ursprünglicher Tweet gewertet</translation>
    </message>
    <message>
        <source>tweet_id is empty; given a synthetic id from handle, time and text</source>
        <translation>tweet_id ist leer; eine synthetische ID aus Name, Zeit und Text vergeben</translation>
    </message>
    <message>
        <source>invalid UTF-8 in %1 at byte %2, replaced with U+FFFD</source>
        <translation>ungültiges UTF-8 in %1 bei Byte %2, durch U+FFFD ersetzt</translation>
    </message>
    <message>
        <source>stray quote character inside a field, kept as text</source>
        <translation>verirrtes Anführungszeichen in einem Feld, als Text behalten</translation>
    </message>
    <message>
        <source>record cut off at end of file (unterminated quote): the file is incomplete</source>
        <translation>Datensatz am Dateiende abgeschnitten (nicht geschlossenes Anführungszeichen): Die Datei ist unvollständig</translation>
    </message>
    <message>
        <source>record has %1 fields, the header has %2</source>
        <translation>Datensatz hat %1 Felder, die Kopfzeile hat %2</translation>
    </message>
    <message>
        <source>record too large</source>
        <translation>Datensatz zu groß</translation>
    </message>
    <message>
        <source>repeated header line</source>
        <translation>wiederholte Kopfzeile</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>repariert</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
</context>
<context>
    <name>trove::RejectReportDialog</name>
    <message>
        <source>Reject Report</source>
        <translation>Ablehnungsbericht</translation>
    </message>
    <message>
        <source>Reject report</source>
        <translation>Ablehnungsbericht</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Berichtsdatei</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Bericht wird gelesen…</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Berichtsstatus</translation>
    </message>
    <message>
        <source>Rejected and repaired records</source>
        <translation>Abgelehnte und reparierte Datensätze</translation>
    </message>
    <message>
        <source>Excerpt of the selected record</source>
        <translation>Auszug aus dem ausgewählten Datensatz</translation>
    </message>
    <message>
        <source>Select a record to see its excerpt in full.</source>
        <translation>Wählen Sie einen Datensatz aus, um seinen Auszug vollständig zu sehen.</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the folder holding the report</source>
        <translation>Den Ordner mit dem Bericht öffnen</translation>
    </message>
    <message>
        <source>Cannot read the report: %1</source>
        <translation>Der Bericht kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 records; open the file for the rest.</source>
        <translation>Die ersten %1 von %2 Datensätzen werden angezeigt; die übrigen finden Sie in der Datei.</translation>
    </message>
    <message>
        <source>1 record was rejected or repaired.</source>
        <translation>1 Datensatz wurde abgelehnt oder repariert.</translation>
    </message>
    <message>
        <source>%1 records were rejected or repaired.</source>
        <translation>%1 Datensätze wurden abgelehnt oder repariert.</translation>
    </message>
</context>
<context>
    <name>trove::RejectReportModel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Auszug</translation>
    </message>
</context>
<context>
    <name>trove::SavedSearchesDialog</name>
    <message>
        <source>Saved Searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Run the selected search</source>
        <translation>Die ausgewählte Suche ausführen</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Rename the selected search</source>
        <translation>Die ausgewählte Suche umbenennen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the selected search up</source>
        <translation>Die ausgewählte Suche nach oben verschieben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach u&amp;nten</translation>
    </message>
    <message>
        <source>Move the selected search down</source>
        <translation>Die ausgewählte Suche nach unten verschieben</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected search</source>
        <translation>Die ausgewählte Suche entfernen</translation>
    </message>
    <message>
        <source>Rename Saved Search</source>
        <translation>Gespeicherte Suche umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>A saved search is already named “%1”.</source>
        <translation>Es gibt bereits eine gespeicherte Suche namens „%1“.</translation>
    </message>
</context>
<context>
    <name>trove::SavedSearchesMenu</name>
    <message>
        <source>Saved &amp;Searches</source>
        <translation>Gespeicherte &amp;Suchen</translation>
    </message>
    <message>
        <source>No saved searches</source>
        <translation>Keine gespeicherten Suchen</translation>
    </message>
    <message>
        <source>Save Current Search…</source>
        <translation>Aktuelle Suche speichern…</translation>
    </message>
    <message>
        <source>Manage Saved Searches…</source>
        <translation>Gespeicherte Suchen verwalten…</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation>Name der gespeicherten Suche:</translation>
    </message>
    <message>
        <source>A saved search is already named “%1”. Replace it?</source>
        <translation>Es gibt bereits eine gespeicherte Suche namens „%1“. Möchten Sie sie ersetzen?</translation>
    </message>
</context>
<context>
    <name>trove::Sparkline</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Tweets per day from %1 to %2; the most, %3, on %4</source>
        <translation>Tweets pro Tag vom %1 bis %2; die meisten (%3) am %4</translation>
    </message>
    <message>
        <source>No tweets</source>
        <translation>Keine Tweets</translation>
    </message>
</context>
<context>
    <name>trove::ThumbnailCache</name>
    <message>
        <source>This file is not an image Trove can read (%1).</source>
        <translation>Diese Datei ist kein Bild, das Trove lesen kann (%1).</translation>
    </message>
    <message>
        <source>The image claims to be %1 × %2 pixels: Trove does not decode images over %3 pixels a side or %4 megapixels.</source>
        <translation>Das Bild gibt %1 × %2 Pixel an: Trove decodiert keine Bilder mit mehr als %3 Pixeln pro Seite oder %4 Megapixeln.</translation>
    </message>
    <message>
        <source>The image could not be decoded (%1).</source>
        <translation>Das Bild konnte nicht decodiert werden (%1).</translation>
    </message>
    <message>
        <source>The cache cannot be read: %1</source>
        <translation>Der Cache kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The media file is not in the cache: %1</source>
        <translation>Die Mediendatei ist nicht im Cache: %1</translation>
    </message>
    <message>
        <source>Videos have no thumbnail.</source>
        <translation>Videos haben keine Vorschau.</translation>
    </message>
    <message>
        <source>No cache is open.</source>
        <translation>Es ist kein Cache geöffnet.</translation>
    </message>
</context>
<context>
    <name>trove::TimeChartView</name>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Wheel or plus and minus keys zoom the time axis, dragging or the arrow keys pan it, Home shows the whole span; a click opens the tweets of that bucket, Enter those of the bucket under the dotted line in the middle.</source>
        <translation>Mausrad oder Plus- und Minustaste zoomen die Zeitachse, Ziehen oder die Pfeiltasten verschieben sie, Pos1 zeigt den ganzen Zeitraum; ein Klick öffnet die Tweets dieses Abschnitts, die Eingabetaste die des Abschnitts unter der gepunkteten Linie in der Mitte.</translation>
    </message>
</context>
<context>
    <name>trove::TimelineModel</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Tweet %1, loading</source>
        <translation>Tweet %1 wird geladen</translation>
    </message>
    <message>
        <source>This tweet is no longer in the cache</source>
        <translation>Dieser Tweet ist nicht mehr im Cache</translation>
    </message>
    <message>
        <source>Tweet not available</source>
        <translation>Tweet nicht verfügbar</translation>
    </message>
    <message>
        <source>%1, %2 UTC: %3</source>
        <translation>%1, %2 UTC: %3</translation>
    </message>
    <message>
        <source>%1, record %2</source>
        <translation>%1, Datensatz %2</translation>
    </message>
</context>
<context>
    <name>trove::TimelineView</name>
    <message>
        <source>&amp;Jump</source>
        <translation>Spr&amp;ingen</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Most engagement</source>
        <translation>Meiste Interaktionen</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Sortierreihenfolge</translation>
    </message>
    <message>
        <source>Most engagement: likes + retweets + replies + quotes, then newest first</source>
        <translation>Meiste Interaktionen: Likes + Retweets + Antworten + Zitate, dann neueste zuerst</translation>
    </message>
    <message>
        <source>&amp;Sort:</source>
        <translation>So&amp;rtierung:</translation>
    </message>
    <message>
        <source>Jump to date (UTC)</source>
        <translation>Zu Datum springen (UTC)</translation>
    </message>
    <message>
        <source>Jump to &amp;date (UTC):</source>
        <translation>Zu Da&amp;tum springen (UTC):</translation>
    </message>
    <message>
        <source>Jump to the date</source>
        <translation>Zum Datum springen</translation>
    </message>
    <message>
        <source>Tweets</source>
        <translation>Tweets</translation>
    </message>
    <message>
        <source>Tweet cards; times in UTC. Enter shows the conversation.</source>
        <translation>Tweet-Karten; Zeiten in UTC. Enter zeigt die Unterhaltung an.</translation>
    </message>
    <message>
        <source>Cannot show these tweets: %1</source>
        <translation>Diese Tweets können nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>1 tweet</source>
        <translation>1 Tweet</translation>
    </message>
    <message>
        <source>%1 tweets</source>
        <translation>%1 Tweets</translation>
    </message>
    <message>
        <source> (only the first %1 are listed)</source>
        <translation> (nur die ersten %1 werden aufgeführt)</translation>
    </message>
    <message>
        <source>%1 tweets so far…</source>
        <translation>Bisher %1 Tweets…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>No tweets</source>
        <translation>Keine Tweets</translation>
    </message>
</context>
<context>
    <name>trove::TweetCardDelegate</name>
    <message>
        <source>Retweet</source>
        <translation>Retweet</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>%1 likes</source>
        <translation>%1 Likes</translation>
    </message>
    <message>
        <source>%1 retweets</source>
        <translation>%1 Retweets</translation>
    </message>
    <message>
        <source>%1 replies</source>
        <translation>%1 Antworten</translation>
    </message>
    <message>
        <source>%1 quotes</source>
        <translation>%1 Zitate</translation>
    </message>
    <message>
        <source>1 reply in the archive</source>
        <translation>1 Antwort im Archiv</translation>
    </message>
    <message>
        <source>%1 replies in the archive</source>
        <translation>%1 Antworten im Archiv</translation>
    </message>
    <message>
        <source>1 media file</source>
        <translation>1 Mediendatei</translation>
    </message>
    <message>
        <source>%1 media files</source>
        <translation>%1 Mediendateien</translation>
    </message>
    <message>
        <source>%1, record %2</source>
        <translation>%1, Datensatz %2</translation>
    </message>
    <message>
        <source>↻ Retweet of %1:</source>
        <translation>↻ Retweet von %1:</translation>
    </message>
    <message>
        <source>↻ Retweet of a tweet not in the archive</source>
        <translation>↻ Retweet eines Tweets, der nicht im Archiv ist</translation>
    </message>
    <message>
        <source>↩ Reply to %1:</source>
        <translation>↩ Antwort an %1:</translation>
    </message>
    <message>
        <source>↩ Reply to a tweet not in the archive</source>
        <translation>↩ Antwort auf einen Tweet, der nicht im Archiv ist</translation>
    </message>
    <message>
        <source>❝ Quoting %1:</source>
        <translation>❝ Zitat von %1:</translation>
    </message>
    <message>
        <source>❝ Quoting a tweet not in the archive</source>
        <translation>❝ Zitat eines Tweets, der nicht im Archiv ist</translation>
    </message>
    <message>
        <source>In the archive: %1:</source>
        <translation>Im Archiv: %1:</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>hashed</source>
        <translation>gehasht</translation>
    </message>
    <message>
        <source>Link (opens only after you confirm): %1</source>
        <translation>Link (wird erst nach Ihrer Bestätigung geöffnet): %1</translation>
    </message>
    <message>
        <source>%1 — userid %2. Click to open the account.</source>
        <translation>%1 – Benutzer-ID %2. Klicken Sie, um das Konto zu öffnen.</translation>
    </message>
    <message>
        <source>Tweet %1 from %2, record %3</source>
        <translation>Tweet %1 aus %2, Datensatz %3</translation>
    </message>
    <message>
        <source>Click to show the conversation</source>
        <translation>Klicken Sie, um die Unterhaltung anzuzeigen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>trove::TweetFilter</name>
    <message>
        <source>originals</source>
        <translation>Originale</translation>
    </message>
    <message>
        <source>retweets</source>
        <translation>Retweets</translation>
    </message>
    <message>
        <source>replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>Suche „%1“</translation>
    </message>
    <message>
        <source>on %1 UTC</source>
        <translation>am %1 UTC</translation>
    </message>
    <message>
        <source>%1 to %2 UTC</source>
        <translation>%1 bis %2 UTC</translation>
    </message>
    <message>
        <source>from %1 UTC</source>
        <translation>ab %1 UTC</translation>
    </message>
    <message>
        <source>before %1 UTC</source>
        <translation>vor %1 UTC</translation>
    </message>
    <message>
        <source>language %1</source>
        <translation>Sprache %1</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>no tweet kind</source>
        <translation>keine Tweet-Art</translation>
    </message>
    <message>
        <source>mentioning @%1</source>
        <translation>erwähnt @%1</translation>
    </message>
    <message>
        <source>with media</source>
        <translation>mit Medien</translation>
    </message>
    <message>
        <source>without media</source>
        <translation>ohne Medien</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>Kategorie %1</translation>
    </message>
    <message>
        <source>Mondays</source>
        <translation>montags</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>dienstags</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>mittwochs</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>donnerstags</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>freitags</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>samstags</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>sonntags</translation>
    </message>
    <message>
        <source>no filters</source>
        <translation>keine Filter</translation>
    </message>
</context>
<context>
    <name>trove::UiLanguage</name>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Trove will use %1 the next time it starts.</source>
        <translation>Trove verwendet %1 beim nächsten Start.</translation>
    </message>
    <message>
        <source>System Language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
</context>
<context>
    <name>trove::ZoomImageView</name>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Wheel, + and - zoom; Ctrl+0 fits; Ctrl+1 shows 100 %; drag or arrows pan</source>
        <translation>Mausrad, + und - zoomen; Strg+0 passt ein; Strg+1 zeigt 100 %; Ziehen oder Pfeiltasten verschieben</translation>
    </message>
</context>
</TS>
