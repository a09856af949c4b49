<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Ferry::AddDialog</name>
    <message>
        <source>Add &amp;paused</source>
        <translation>Als &amp;pausiert hinzufügen</translation>
    </message>
    <message>
        <source>Add Download</source>
        <translation>Download hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>https://example.org/file.iso
One URL per line</source>
        <translation>https://example.org/datei.iso
Eine URL pro Zeile</translation>
    </message>
    <message>
        <source>URLs, one per line</source>
        <translation>URLs, eine pro Zeile</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Icon file</source>
        <translation>Symboldatei</translation>
    </message>
    <message>
        <source>Icon preview</source>
        <translation>Symbolvorschau</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>Size limit</source>
        <translation>Größenlimit</translation>
    </message>
    <message>
        <source>The download fails if it grows larger than this</source>
        <translation>Der Download schlägt fehl, wenn er größer wird</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>Size limit unit</source>
        <translation>Einheit des Größenlimits</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Connections per file</source>
        <translation>Verbindungen pro Datei</translation>
    </message>
    <message>
        <source>Optional: one SHA-256 (hex) or SRI checksum per URL, in the same order</source>
        <translation>Optional: eine SHA-256- (hex) oder SRI-Prüfsumme pro URL, in derselben Reihenfolge</translation>
    </message>
    <message>
        <source>Checksums, one per URL</source>
        <translation>Prüfsummen, eine pro URL</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose an icon file</source>
        <translation>Symboldatei auswählen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the destination folder</source>
        <translation>Zielordner auswählen</translation>
    </message>
    <message>
        <source>&amp;URLs:</source>
        <translation>&amp;URLs:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Icon:</source>
        <translation>S&amp;ymbol:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>Speichern &amp;in:</translation>
    </message>
    <message>
        <source>Size &amp;limit:</source>
        <translation>&amp;Größenlimit:</translation>
    </message>
    <message>
        <source>&amp;Connections:</source>
        <translation>&amp;Verbindungen:</translation>
    </message>
    <message>
        <source>C&amp;hecksums:</source>
        <translation>Prüf&amp;summen:</translation>
    </message>
    <message>
        <source>There are more checksums than URLs.</source>
        <translation>Es gibt mehr Prüfsummen als URLs.</translation>
    </message>
    <message>
        <source>Checksum %1 is not valid: use 64 hex digits (SHA-256) or sha256-, sha384- or sha512- followed by base64.</source>
        <translation>Prüfsumme %1 ist ungültig: Verwenden Sie 64 Hexadezimalziffern (SHA-256) oder sha256-, sha384- bzw. sha512- gefolgt von Base64.</translation>
    </message>
    <message>
        <source>This is not an image Ferry can read.</source>
        <translation>Dieses Bild kann Ferry nicht lesen.</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.jpg *.jpeg *.ico *.gif)</source>
        <translation>Bilder (*.png *.svg *.jpg *.jpeg *.ico *.gif)</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Speichern in</translation>
    </message>
    <message>
        <source>Download the URLs as one &amp;group (one row, one result)</source>
        <translation>Die URLs als eine &amp;Gruppe laden (eine Zeile, ein Ergebnis)</translation>
    </message>
    <message>
        <source>Unticked, each URL is a download of its own, to pause, retry and open by itself</source>
        <translation>Nicht angekreuzt ist jede URL ein eigener Download, der sich einzeln anhalten, wiederholen und öffnen lässt</translation>
    </message>
    <message>
        <source>What the server says</source>
        <translation>Was der Server meldet</translation>
    </message>
    <message>
        <source>Each download is named after its file</source>
        <translation>Jeder Download heißt wie seine Datei</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n Downloads</source>
        <translation>
            <numerusform>%n Download &amp;hinzufügen</numerusform>
            <numerusform>%n Downloads &amp;hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::CliArguments</name>
    <message>
        <source>Ferry, a download manager.

  ferry [URL...]              open the window; URLs become one registration
  ferry fetch [options] URL...  download without a window, then exit
  ferry resume ID             continue an interrupted registration
  ferry list [--json]         active and finished registrations
  ferry show ID [--json]      one registration with its records
  ferry pause ID | abort ID   act on a registration

Exit status: 0 success, 1 finished with a failure, 2 usage or validation error,
130 interrupted (the registration is saved and can be resumed).

Run &quot;ferry COMMAND --help&quot; for the options of a command.</source>
        <extracomment>The command words (fetch, list, --json...) stay in English; keep the descriptions lined up.</extracomment>
        <translation>Ferry, ein Download-Manager.

  ferry [URL...]              Fenster öffnen; die URLs werden eine Registrierung
  ferry fetch [Optionen] URL...  ohne Fenster herunterladen, dann beenden
  ferry resume ID             eine unterbrochene Registrierung fortsetzen
  ferry list [--json]         aktive und beendete Registrierungen
  ferry show ID [--json]      eine Registrierung mit ihren Einträgen
  ferry pause ID | abort ID   auf eine Registrierung einwirken

Exit-Status: 0 Erfolg, 1 mit Fehlschlag beendet, 2 Aufruf- oder Prüfungsfehler,
130 unterbrochen (die Registrierung ist gespeichert und kann fortgesetzt werden).

„ferry BEFEHL --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Download the URLs as one registration without a window, then exit.
Options that take one value per URL (--integrity) apply in URL order.
Exit status: 0 success, 1 failure, 2 invalid input, 130 interrupted.</source>
        <translation>Lädt die URLs als eine Registrierung ohne Fenster herunter und beendet sich dann.
Optionen mit einem Wert pro URL (--integrity) gelten in der Reihenfolge der URLs.
Exit-Status: 0 Erfolg, 1 Fehlschlag, 2 ungültige Eingabe, 130 unterbrochen.</translation>
    </message>
    <message>
        <source>Continue an interrupted or paused registration to its end.</source>
        <translation>Setzt eine unterbrochene oder pausierte Registrierung bis zum Ende fort.</translation>
    </message>
    <message>
        <source>List active and finished registrations, newest first.</source>
        <translation>Listet aktive und beendete Registrierungen auf, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>Show one registration and its records.</source>
        <translation>Zeigt eine Registrierung und ihre Einträge.</translation>
    </message>
    <message>
        <source>Pause a registration; &quot;ferry resume&quot; continues it.</source>
        <translation>Pausiert eine Registrierung; „ferry resume“ setzt sie fort.</translation>
    </message>
    <message>
        <source>Abort a registration and delete its partial files.</source>
        <translation>Bricht eine Registrierung ab und löscht ihre unvollständigen Dateien.</translation>
    </message>
    <message>
        <source>DIR</source>
        <extracomment>Value name in --help: a folder.</extracomment>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>BYTES</source>
        <extracomment>Value name in --help: a byte count such as 20M.</extracomment>
        <translation>BYTES</translation>
    </message>
    <message>
        <source>FILE</source>
        <extracomment>Value name in --help: a file.</extracomment>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>N</source>
        <extracomment>Value name in --help: a whole number.</extracomment>
        <translation>N</translation>
    </message>
    <message>
        <source>Keep the database in %1 (or set FERRY_DATA_DIR).</source>
        <translation>Die Datenbank in %1 ablegen (oder FERRY_DATA_DIR setzen).</translation>
    </message>
    <message>
        <source>Print JSON (JSON lines for fetch and resume).</source>
        <translation>JSON ausgeben (JSON-Zeilen bei fetch und resume).</translation>
    </message>
    <message>
        <source>The registration id (default: a new unique id).</source>
        <translation>Die ID der Registrierung (Standard: eine neue, eindeutige ID).</translation>
    </message>
    <message>
        <source>TITLE</source>
        <extracomment>Value name in --help: a title.</extracomment>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>A title to show for the registration.</source>
        <translation>Ein Titel, der für die Registrierung angezeigt wird.</translation>
    </message>
    <message>
        <source>An icon: an image file or an http(s) URL.</source>
        <translation>Ein Symbol: eine Bilddatei oder eine http(s)-URL.</translation>
    </message>
    <message>
        <source>Fail once more than %1 are downloaded.</source>
        <translation>Fehlschlagen, sobald mehr als %1 heruntergeladen sind.</translation>
    </message>
    <message>
        <source>Save files in %1 (default: the current folder).</source>
        <translation>Dateien in %1 speichern (Standard: der aktuelle Ordner).</translation>
    </message>
    <message>
        <source>Connections per file, 1 to 16.</source>
        <translation>Verbindungen pro Datei, 1 bis 16.</translation>
    </message>
    <message>
        <source>Limit the speed to %1 per second.</source>
        <translation>Die Geschwindigkeit auf %1 pro Sekunde begrenzen.</translation>
    </message>
    <message>
        <source>A checksum for the next URL: sha256-&lt;base64&gt; (SRI) or SHA-256 hex.</source>
        <translation>Eine Prüfsumme für die nächste URL: sha256-&lt;base64&gt; (SRI) oder SHA-256 hexadezimal.</translation>
    </message>
    <message>
        <source>M</source>
        <extracomment>Value name in --help: an HTTP method such as GET or PUT (M for method).</extracomment>
        <translation>M</translation>
    </message>
    <message>
        <source>The HTTP method (default GET).</source>
        <translation>Die HTTP-Methode (Standard: GET).</translation>
    </message>
    <message>
        <source>HEADER</source>
        <extracomment>Value name in --help: an HTTP header line.</extracomment>
        <translation>HEADER</translation>
    </message>
    <message>
        <source>Send the header &apos;Name: value&apos; (repeatable).</source>
        <translation>Den Header &apos;Name: Wert&apos; senden (wiederholbar).</translation>
    </message>
    <message>
        <source>Upload the contents of %1 as the request body.</source>
        <translation>Den Inhalt von %1 als Rumpf der Anfrage hochladen.</translation>
    </message>
    <message>
        <source>Retry a failed GET up to %1 times (default 5).</source>
        <translation>Ein fehlgeschlagenes GET bis zu %1-mal wiederholen (Standard: 5).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <extracomment>Value name in --help: a number of seconds.</extracomment>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Give up on a connection that is silent for %1 (default 30).</source>
        <translation>Eine Verbindung aufgeben, die %1 lang stumm bleibt (Standard: 30).</translation>
    </message>
    <message>
        <source>Stop with quota-exceeded before free space drops below %1 (default 16M).</source>
        <translation>Mit quota-exceeded anhalten, bevor der freie Speicher unter %1 fällt (Standard: 16M).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>The URLs to download, in order.</source>
        <translation>Die herunterzuladenden URLs, der Reihe nach.</translation>
    </message>
    <message>
        <source>The registration to continue.</source>
        <translation>Die fortzusetzende Registrierung.</translation>
    </message>
    <message>
        <source>The registration to show.</source>
        <translation>Die anzuzeigende Registrierung.</translation>
    </message>
    <message>
        <source>The registration to act on.</source>
        <translation>Die betroffene Registrierung.</translation>
    </message>
    <message>
        <source>URLs to add as one registration.</source>
        <translation>URLs, die als eine Registrierung hinzugefügt werden.</translation>
    </message>
    <message>
        <source>--retries needs a number from 0 to 100</source>
        <translation>--retries braucht eine Zahl von 0 bis 100</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 3600</source>
        <translation>--timeout braucht eine Anzahl Sekunden von 1 bis 3600</translation>
    </message>
    <message>
        <source>--min-free needs a byte count, such as 0 or 1G</source>
        <translation>--min-free braucht eine Byte-Anzahl, etwa 0 oder 1G</translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation>list nimmt keine Argumente an</translation>
    </message>
    <message>
        <source>exactly one registration id is needed</source>
        <translation>genau eine Registrierungs-ID wird benötigt</translation>
    </message>
    <message>
        <source>--download-total needs a byte count, such as 500000 or 20M</source>
        <translation>--download-total braucht eine Byte-Anzahl, etwa 500000 oder 20M</translation>
    </message>
    <message>
        <source>--limit-rate needs a byte count per second, such as 2M</source>
        <translation>--limit-rate braucht eine Byte-Anzahl pro Sekunde, etwa 2M</translation>
    </message>
    <message>
        <source>--connections needs a number from 1 to 16</source>
        <translation>--connections braucht eine Zahl von 1 bis 16</translation>
    </message>
    <message>
        <source>--header needs the form &apos;Name: value&apos;, not &quot;%1&quot;</source>
        <translation>--header braucht die Form &apos;Name: Wert&apos;, nicht „%1“</translation>
    </message>
    <message>
        <source>there are more --integrity values than URLs</source>
        <translation>es gibt mehr --integrity-Werte als URLs</translation>
    </message>
    <message>
        <source>Download URLs without a window, then exit.</source>
        <translation>Lädt URLs ohne Fenster herunter und beendet sich dann.</translation>
    </message>
    <message>
        <source>ferry: &quot;%1&quot; is not a command or a URL</source>
        <translation>ferry: „%1“ ist weder ein Befehl noch eine URL</translation>
    </message>
    <message>
        <source>ferry: &quot;%1&quot; is not a command or a URL; did you mean &quot;%2&quot;?</source>
        <translation>ferry: „%1“ ist weder ein Befehl noch eine URL; meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>&quot;ferry URL...&quot; opens the window with http or https URLs,
&quot;ferry COMMAND --help&quot; shows the options of a command.</source>
        <extracomment>&quot;ferry&quot; and &quot;--help&quot; are typed as they are; URL and COMMAND stand for what the user types.</extracomment>
        <translation>„ferry URL...“ öffnet das Fenster mit http- oder https-URLs,
„ferry BEFEHL --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Stop retrying %1 after the first failure (default: no limit while tries bring new bytes).</source>
        <translation>Wiederholungen %1 nach dem ersten Fehler beenden (Standard: keine Grenze, solange Versuche neue Bytes bringen).</translation>
    </message>
    <message>
        <source>--retry-for needs a number of seconds from 1 to 604800</source>
        <translation>--retry-for braucht eine Zahl von Sekunden von 1 bis 604800</translation>
    </message>
    <message>
        <source>URL</source>
        <extracomment>Value name in --help: a proxy&apos;s URL.</extracomment>
        <translation>URL</translation>
    </message>
    <message>
        <source>Use the proxy at %1 (http://, socks5://, socks5h://; &quot;none&quot; for none) instead of http_proxy, https_proxy and all_proxy.</source>
        <translation>Den Proxy unter %1 verwenden (http://, socks5://, socks5h://; „none“ für keinen) statt http_proxy, https_proxy und all_proxy.</translation>
    </message>
    <message>
        <source>--proxy: %1</source>
        <translation>--proxy: %1</translation>
    </message>
    <message>
        <source>Log in to the URLs&apos; servers (never stored; ~/.netrc is read too).</source>
        <translation>Bei den Servern der URLs anmelden (wird nie gespeichert; ~/.netrc wird ebenfalls gelesen).</translation>
    </message>
    <message>
        <source>--user needs USER:PASSWORD</source>
        <translation>--user braucht USER:PASSWORD</translation>
    </message>
</context>
<context>
    <name>Ferry::CliCommands</name>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no registration has the id &quot;%1&quot;</source>
        <translation>keine Registrierung hat die ID „%1“</translation>
    </message>
    <message>
        <source>id: %1
title: %2
status: %3
downloaded: %4 of %5
uploaded: %6 of %7
</source>
        <translation>ID: %1
Titel: %2
Status: %3
heruntergeladen: %4 von %5
hochgeladen: %6 von %7
</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>[%1] %2 %3 -&gt; HTTP %4, %5 bytes, %6, %7
</source>
        <translation>[%1] %2 %3 -&gt; HTTP %4, %5 Bytes, %6, %7
</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>keine Datei</translation>
    </message>
</context>
<context>
    <name>Ferry::DesktopOpener</name>
    <message>
        <source>No application could open &quot;%1&quot;.</source>
        <translation>Keine Anwendung konnte „%1“ öffnen.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be opened.</source>
        <translation>Der Ordner „%1“ konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>Ferry::DesktopShell</name>
    <message>
        <source>Ferry is still running</source>
        <translation>Ferry läuft weiter</translation>
    </message>
    <message>
        <source>Downloads go on in the background. Click the tray icon to bring the window back, or choose Quit in its menu to leave Ferry.</source>
        <translation>Downloads laufen im Hintergrund weiter. Klicken Sie auf das Symbol in der Systemleiste, um das Fenster zurückzuholen, oder wählen Sie in seinem Menü „Beenden“, um Ferry zu verlassen.</translation>
    </message>
</context>
<context>
    <name>Ferry::DetailsPane</name>
    <message>
        <source>&amp;Open File</source>
        <translation>Datei ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im Ordner an&amp;zeigen</translation>
    </message>
    <message>
        <source>Copy U&amp;RL</source>
        <translation>U&amp;RL kopieren</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Files of the selected download</source>
        <translation>Dateien des ausgewählten Downloads</translation>
    </message>
    <message>
        <source>No download selected</source>
        <translation>Kein Download ausgewählt</translation>
    </message>
    <message>
        <source>Select a download to see its files.</source>
        <translation>Wählen Sie einen Download aus, um seine Dateien zu sehen.</translation>
    </message>
    <message>
        <source>Id %1 · added %2</source>
        <translation>ID %1 · hinzugefügt %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Requests sent for this file, retries included</source>
        <translation>Für diese Datei gesendete Anfragen, Wiederholungen eingeschlossen</translation>
    </message>
</context>
<context>
    <name>Ferry::FetchRunner</name>
    <message>
        <source>Fetching &quot;%1&quot;</source>
        <translation>Lade „%1“ herunter</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (%3)</source>
        <translation>%1 -&gt; %2 (%3)</translation>
    </message>
    <message>
        <source>Failed: %1 (%2)</source>
        <translation>Fehlgeschlagen: %1 (%2)</translation>
    </message>
    <message>
        <source>Interrupted; continue with: ferry resume %1</source>
        <translation>Unterbrochen; fortsetzen mit: ferry resume %1</translation>
    </message>
    <message>
        <source>ferry: cannot read the outcome of &quot;%1&quot; from the database</source>
        <translation>ferry: Das Ergebnis von „%1“ kann nicht aus der Datenbank gelesen werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>; give a login with --user USER:PASSWORD or in ~/.netrc</source>
        <translation>; geben Sie eine Anmeldung mit --user USER:PASSWORD oder in ~/.netrc an</translation>
    </message>
</context>
<context>
    <name>Ferry::JobNotifications</name>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>Stopped after %1.</source>
        <translation>Nach %1 angehalten.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation>%1 fertig</translation>
    </message>
    <message>
        <source>%1 aborted</source>
        <translation>%1 abgebrochen</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n downloads finished</source>
        <translation>
            <numerusform>%n Download fertig</numerusform>
            <numerusform>%n Downloads fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n downloads ended, %1 failed</source>
        <translation>
            <numerusform>%n Download beendet, %1 fehlgeschlagen</numerusform>
            <numerusform>%n Downloads beendet, %1 fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
</context>
<context>
    <name>Ferry::MainWindow</name>
    <message>
        <source>Ferry</source>
        <translation>Ferry</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>No downloads here yet.
Press %1 to add one, or drop a link on this window.</source>
        <translation>Noch keine Downloads.
Drücken Sie %1, um einen hinzuzufügen, oder ziehen Sie einen Link auf dieses Fenster.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Search titles and ids</source>
        <translation>Titel und IDs durchsuchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>Do&amp;wnload</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>1 download</source>
        <translation>1 Download</translation>
    </message>
    <message>
        <source>%1 downloads</source>
        <translation>%1 Downloads</translation>
    </message>
    <message>
        <source>%1, %2 selected</source>
        <translation>%1, %2 ausgewählt</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Gesamt %1</translation>
    </message>
    <message>
        <source>Remove Downloads</source>
        <translation>Downloads entfernen</translation>
    </message>
    <message>
        <source>Remove the selected download from the list?</source>
        <translation>Den ausgewählten Download aus der Liste entfernen?</translation>
    </message>
    <message>
        <source>Remove %1 downloads from the list?</source>
        <translation>%1 Downloads aus der Liste entfernen?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Also &amp;delete the downloaded files</source>
        <translation>Heruntergeladene Dateien ebenfalls &amp;löschen</translation>
    </message>
    <message>
        <source>Running downloads are stopped. Files are kept unless you tick the box below.</source>
        <translation>Laufende Downloads werden angehalten. Die Dateien bleiben erhalten, außer Sie kreuzen das Feld unten an.</translation>
    </message>
</context>
<context>
    <name>Ferry::RegistrationCommands</name>
    <message>
        <source>Could not add the download: %1</source>
        <translation>Der Download konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Could not resume &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht fortgesetzt werden: %2</translation>
    </message>
    <message>
        <source>Could not abort &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht abgebrochen werden: %2</translation>
    </message>
    <message>
        <source>Could not retry &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht wiederholt werden: %2</translation>
    </message>
</context>
<context>
    <name>Ferry::RegistrationDelegate</name>
    <message>
        <source>%1 · sent %2</source>
        <translation>%1 · gesendet %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No file saved</source>
        <translation>Keine Datei gespeichert</translation>
    </message>
</context>
<context>
    <name>Ferry::RegistrationModel</name>
    <message>
        <source>Id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>Ferry::SettingsDialog</name>
    <message>
        <source>Show a &amp;notification when a download ends</source>
        <translation>Am Ende eines Downloads eine &amp;Benachrichtigung anzeigen</translation>
    </message>
    <message>
        <source>&amp;Closing the window keeps Ferry running in the tray</source>
        <translation>Beim &amp;Schließen des Fensters läuft Ferry in der Systemleiste weiter</translation>
    </message>
    <message>
        <source>Start &amp;hidden in the tray</source>
        <translation>&amp;Versteckt in der Systemleiste starten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Download-Ordner</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>Download-Ordner auswählen</translation>
    </message>
    <message>
        <source>Maximum active downloads</source>
        <translation>Höchstzahl aktiver Downloads</translation>
    </message>
    <message>
        <source>Connections per file</source>
        <translation>Verbindungen pro Datei</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>Speed limit in KiB per second</source>
        <translation>Geschwindigkeitsbegrenzung in KiB pro Sekunde</translation>
    </message>
    <message>
        <source>Download &amp;folder:</source>
        <translation>Download-&amp;Ordner:</translation>
    </message>
    <message>
        <source>Maximum &amp;active downloads:</source>
        <translation>Höchstzahl &amp;aktiver Downloads:</translation>
    </message>
    <message>
        <source>C&amp;onnections per file:</source>
        <translation>Verbindungen &amp;pro Datei:</translation>
    </message>
    <message>
        <source>&amp;Speed limit:</source>
        <translation>&amp;Geschwindigkeitsbegrenzung:</translation>
    </message>
    <message>
        <source>Choose a folder for downloads.</source>
        <translation>Wählen Sie einen Ordner für Downloads.</translation>
    </message>
    <message>
        <source>Use a full path, starting with /.</source>
        <translation>Verwenden Sie einen vollständigen Pfad, der mit / beginnt.</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>Das ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>You cannot write to this folder.</source>
        <translation>Sie können in diesen Ordner nicht schreiben.</translation>
    </message>
    <message>
        <source>This folder does not exist and cannot be created.</source>
        <translation>Dieser Ordner existiert nicht und kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Connections per server</source>
        <translation>Verbindungen pro Server</translation>
    </message>
    <message>
        <source>Open connections to one server, counting every download. One file may still use as many as its connections per file.</source>
        <translation>Offene Verbindungen zu einem Server, über alle Downloads gezählt. Eine einzelne Datei darf trotzdem so viele nutzen, wie ihre Verbindungen pro Datei erlauben.</translation>
    </message>
    <message>
        <source>Connections in total</source>
        <translation>Verbindungen insgesamt</translation>
    </message>
    <message>
        <source>Open connections to all servers together.</source>
        <translation>Offene Verbindungen zu allen Servern zusammen.</translation>
    </message>
    <message>
        <source>Connections per se&amp;rver:</source>
        <translation>Verbindungen pro Se&amp;rver:</translation>
    </message>
    <message>
        <source>&amp;Total connections:</source>
        <translation>Verbindungen &amp;insgesamt:</translation>
    </message>
    <message>
        <source>The total must be at least the number of connections per server.</source>
        <translation>Die Gesamtzahl darf nicht kleiner sein als die Zahl der Verbindungen pro Server.</translation>
    </message>
    <message>
        <source>From the environment (http_proxy, https_proxy, all_proxy)</source>
        <translation>Aus den Umgebungsvariablen (http_proxy, https_proxy, all_proxy)</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Dieser Proxy:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>http://proxy.example:3128 or socks5h://127.0.0.1:1080</source>
        <translation>http://proxy.example:3128 oder socks5h://127.0.0.1:1080</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>Proxy-URL</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s URL.</source>
        <translation>Geben Sie die URL des Proxys ein.</translation>
    </message>
    <message>
        <source>Use an http://, socks5:// or socks5h:// URL with a host.</source>
        <translation>Verwenden Sie eine URL mit http://, socks5:// oder socks5h:// und einem Host.</translation>
    </message>
</context>
<context>
    <name>Ferry::TerminalProgress</name>
    <message>
        <source>%1%</source>
        <extracomment>Percent done in the terminal&apos;s progress line.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>saved to %1 (%2)</source>
        <translation>gespeichert unter %1 (%2)</translation>
    </message>
    <message>
        <source>saved to %1 (%2 in %3, %4)</source>
        <translation>gespeichert unter %1 (%2 in %3, %4)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds, such as &quot;0.4 s&quot; or &quot;12 s&quot;.</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>Ferry::Texts</name>
    <message>
        <source>Aborted</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The server answered with an error</source>
        <translation>Der Server hat mit einem Fehler geantwortet</translation>
    </message>
    <message>
        <source>The download failed (network error, redirect problem or checksum mismatch)</source>
        <translation>Der Download ist fehlgeschlagen (Netzwerkfehler, Problem mit einer Weiterleitung oder falsche Prüfsumme)</translation>
    </message>
    <message>
        <source>Not enough disk space</source>
        <translation>Nicht genug Speicherplatz</translation>
    </message>
    <message>
        <source>The download was larger than its size limit</source>
        <translation>Der Download war größer als sein Größenlimit</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Unbekannter Fehler</translation>
    </message>
    <message>
        <source>The id must not be empty</source>
        <translation>Die ID darf nicht leer sein</translation>
    </message>
    <message>
        <source>The id is longer than 1 MiB</source>
        <translation>Die ID ist länger als 1 MiB</translation>
    </message>
    <message>
        <source>A registration with the id &quot;%1&quot; is already active</source>
        <translation>Eine Registrierung mit der ID „%1“ ist bereits aktiv</translation>
    </message>
    <message>
        <source>At least one URL is needed</source>
        <translation>Mindestens eine URL wird benötigt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL</source>
        <translation>„%1“ ist keine gültige URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a user name or password; Ferry does not store credentials in URLs</source>
        <translation>„%1“ enthält einen Benutzernamen oder ein Passwort; Ferry speichert keine Zugangsdaten in URLs</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL</source>
        <translation>„%1“ ist keine http- oder https-URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses a port that is blocked for safety</source>
        <translation>„%1“ verwendet einen Port, der aus Sicherheitsgründen gesperrt ist</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a line break and &apos;&lt;&apos;, which looks like injected markup</source>
        <translation>„%1“ enthält einen Zeilenumbruch und &apos;&lt;&apos;, was nach eingeschleustem Markup aussieht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is blocked by policy</source>
        <translation>„%1“ ist durch eine Richtlinie gesperrt</translation>
    </message>
    <message>
        <source>Requests in no-cors mode cannot be fetched in the background</source>
        <translation>Anfragen im no-cors-Modus können nicht im Hintergrund abgerufen werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an allowed HTTP method</source>
        <translation>„%1“ ist keine erlaubte HTTP-Methode</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is invalid or managed by Ferry itself</source>
        <translation>Der Header „%1“ ist ungültig oder wird von Ferry selbst verwaltet</translation>
    </message>
    <message>
        <source>Cannot read the body file &quot;%1&quot;</source>
        <translation>Die Datei für den Rumpf „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>GET and HEAD requests cannot have a body</source>
        <translation>GET- und HEAD-Anfragen können keinen Rumpf haben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid checksum (expected sha256-, sha384- or sha512- followed by base64, or 64 hex digits)</source>
        <translation>„%1“ ist keine gültige Prüfsumme (erwartet: sha256-, sha384- oder sha512- gefolgt von Base64, oder 64 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>Cannot write to the folder &quot;%1&quot;</source>
        <translation>In den Ordner „%1“ kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>An option has an invalid value</source>
        <translation>Eine Option hat einen ungültigen Wert</translation>
    </message>
    <message>
        <source>Not enough free space in &quot;%1&quot;</source>
        <translation>Nicht genug freier Speicher in „%1“</translation>
    </message>
    <message>
        <source>The database could not be written: %1</source>
        <translation>Die Datenbank konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The registration is not active</source>
        <translation>Die Registrierung ist nicht aktiv</translation>
    </message>
    <message>
        <source>The event is no longer active</source>
        <translation>Das Ereignis ist nicht mehr aktiv</translation>
    </message>
    <message>
        <source>updateUI() was already called for this event</source>
        <translation>updateUI() wurde für dieses Ereignis bereits aufgerufen</translation>
    </message>
    <message>
        <source>The event was not created by Ferry</source>
        <translation>Das Ereignis wurde nicht von Ferry erzeugt</translation>
    </message>
    <message>
        <source>The records of this registration are no longer available</source>
        <translation>Die Einträge dieser Registrierung sind nicht mehr verfügbar</translation>
    </message>
    <message>
        <source>The response is not available</source>
        <translation>Die Antwort ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Only registrations made of GET requests can be paused</source>
        <translation>Nur Registrierungen aus GET-Anfragen können pausiert werden</translation>
    </message>
    <message>
        <source>The registration &quot;%1&quot; is being run by another Ferry process</source>
        <translation>Die Registrierung „%1“ wird von einem anderen Ferry-Prozess ausgeführt</translation>
    </message>
    <message>
        <source>No active registration has the id &quot;%1&quot;</source>
        <translation>Keine aktive Registrierung hat die ID „%1“</translation>
    </message>
    <message>
        <source>URL %1: %2</source>
        <translation>URL %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>noch %n s</numerusform>
            <numerusform>noch %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>noch %n min</numerusform>
            <numerusform>noch %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>noch %1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n days left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Lädt herunter</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Lädt hoch</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed: server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Failed: network or checksum error</source>
        <translation>Netzwerk- oder Prüfsummenfehler</translation>
    </message>
    <message>
        <source>Failed: larger than its limit</source>
        <translation>Fehler: größer als erlaubt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Waiting for a connection</source>
        <translation>Wartet auf eine Verbindung</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindet</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s</source>
        <translation>
            <numerusform>Neuer Versuch in %n s</numerusform>
            <numerusform>Neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Neuer Versuch</translation>
    </message>
    <message>
        <source>The server did not accept the request</source>
        <translation>Der Server hat die Anfrage nicht angenommen</translation>
    </message>
    <message>
        <source>The server asks for a login</source>
        <translation>Der Server verlangt eine Anmeldung</translation>
    </message>
    <message>
        <source>The server refuses access to the file</source>
        <translation>Der Server verweigert den Zugriff auf die Datei</translation>
    </message>
    <message>
        <source>The server has no such file</source>
        <translation>Der Server hat diese Datei nicht</translation>
    </message>
    <message>
        <source>The proxy asks for a login</source>
        <translation>Der Proxy verlangt eine Anmeldung</translation>
    </message>
    <message>
        <source>The server took too long to answer</source>
        <translation>Der Server hat zu lange nicht geantwortet</translation>
    </message>
    <message>
        <source>The file was removed from the server</source>
        <translation>Die Datei wurde vom Server entfernt</translation>
    </message>
    <message>
        <source>The server cannot send the rest of the file</source>
        <translation>Der Server kann den Rest der Datei nicht senden</translation>
    </message>
    <message>
        <source>The server is getting too many requests</source>
        <translation>Der Server erhält zu viele Anfragen</translation>
    </message>
    <message>
        <source>The server had an internal error</source>
        <translation>Im Server ist ein interner Fehler aufgetreten</translation>
    </message>
    <message>
        <source>The server&apos;s gateway failed</source>
        <translation>Das Gateway des Servers ist ausgefallen</translation>
    </message>
    <message>
        <source>The server is unavailable for now</source>
        <translation>Der Server ist vorübergehend nicht erreichbar</translation>
    </message>
    <message>
        <source>The server failed</source>
        <translation>Der Server ist gescheitert</translation>
    </message>
    <message>
        <source>The server refused the download</source>
        <translation>Der Server hat den Download abgelehnt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A reason and its HTTP status code: &quot;The server has no such file (404)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Stopped: disk full</source>
        <translation>Angehalten: Datenträger voll</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Das Zertifikat von %1 ist nicht vertrauenswürdig: %2</translation>
    </message>
    <message>
        <source>The connection to %1 broke off before the file was complete</source>
        <translation>Die Verbindung zu %1 ist abgebrochen, bevor die Datei vollständig war</translation>
    </message>
    <message>
        <source>The download from %1 failed: %2</source>
        <translation>Der Download von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The file from %1 does not match its checksum</source>
        <translation>Die Datei von %1 stimmt nicht mit ihrer Prüfsumme überein</translation>
    </message>
    <message>
        <source>Failed: certificate not trusted</source>
        <translation>Fehler: Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Failed: network error</source>
        <translation>Fehler: Netzwerkfehler</translation>
    </message>
    <message>
        <source>Failed: checksum mismatch</source>
        <translation>Fehler: Prüfsumme stimmt nicht</translation>
    </message>
</context>
<context>
    <name>Ferry::TrayController</name>
    <message>
        <source>&amp;Pause All</source>
        <translation>Alle &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Resume All</source>
        <translation>Alle &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Abort</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>paused at %1</source>
        <translation>pausiert bei %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more in the window…</source>
        <translation>
            <numerusform>%n weiterer Download im Fenster…</numerusform>
            <numerusform>%n weitere Downloads im Fenster…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Hide Ferry</source>
        <translation>Ferry &amp;ausblenden</translation>
    </message>
    <message>
        <source>&amp;Show Ferry</source>
        <translation>Ferry an&amp;zeigen</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n aktiver Download</numerusform>
            <numerusform>%n aktive Downloads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n pausierter Download</numerusform>
            <numerusform>%n pausierte Downloads</numerusform>
        </translation>
    </message>
    <message>
        <source>No active downloads</source>
        <translation>Keine aktiven Downloads</translation>
    </message>
    <message>
        <source>A download failed</source>
        <translation>Ein Download ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Add Download…</source>
        <translation>Download &amp;hinzufügen…</translation>
    </message>
</context>
<context>
    <name>Ferry::UrlProbe</name>
    <message>
        <source>Asking the server…</source>
        <translation>Server wird gefragt…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · size unknown</source>
        <translation>%1 · Größe unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>One of them failed: %1</source>
        <translation>Einer davon schlug fehl: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of them failed, the first: %1</source>
        <translation>
            <numerusform>%n davon schlug fehl, der erste: %1</numerusform>
            <numerusform>%n davon schlugen fehl, der erste: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ferry::WindowActions</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add from &amp;Clipboard</source>
        <translation>Aus der &amp;Zwischenablage hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Pause or Resume</source>
        <translation>Pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>A&amp;bort</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im Ordner an&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>URL &amp;kopieren</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Remove with &amp;Files…</source>
        <translation>Mit &amp;Dateien entfernen…</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Add a download (%1)</source>
        <translation>Einen Download hinzufügen (%1)</translation>
    </message>
    <message>
        <source>Remove the selected downloads from the list</source>
        <translation>Die ausgewählten Downloads aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Remove the selected downloads and delete their files</source>
        <translation>Die ausgewählten Downloads entfernen und ihre Dateien löschen</translation>
    </message>
    <message>
        <source>Download the same URLs again</source>
        <translation>Dieselben URLs noch einmal herunterladen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ferry: cannot open the database: %1</source>
        <translation>ferry: Die Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Ferry</source>
        <translation>Ferry</translation>
    </message>
    <message>
        <source>Ferry cannot open its list of downloads.</source>
        <translation>Ferry kann seine Download-Liste nicht öffnen.</translation>
    </message>
    <message>
        <source>ferry: %1 holds no readable certificate; https downloads will not be trusted</source>
        <translation>ferry: %1 enthält kein lesbares Zertifikat; https-Downloads gelten nicht als vertrauenswürdig</translation>
    </message>
    <message>
        <source>ferry: ignoring %1</source>
        <translation>ferry: %1 wird ignoriert</translation>
    </message>
    <message>
        <source>ferry: cannot read %1</source>
        <translation>ferry: %1 kann nicht gelesen werden</translation>
    </message>
</context>
</TS>
