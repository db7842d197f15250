## The error-code pages (full app only).

## src/pages/errors.rs: the list of error codes (/errors) and one code (/errors/{code}).

errors-index-title = Fehlercodes bei der Anmeldung
# $count is a number.
errors-index-lead = Jeder AADSTS-Code, den diese Seite kennt (insgesamt { $count }), mit seiner Bedeutung und der Lösung.
errors-search-label = Nach Nummer oder Stichwörtern suchen
# Examples of what to search for.
errors-search-placeholder = 90094, Einwilligung, bedingter Zugriff…
errors-no-match = Kein Code passt. Fügen Sie stattdessen den ganzen Fehler auf der Startseite ein.
errors-not-a-code-title = Das ist kein AADSTS-Code
errors-not-a-code-text = Codes sind Nummern wie 90094. Prüfen Sie die Nummer, oder fügen Sie den ganzen Fehler auf der Startseite ein.
errors-see-all-codes = Alle Codes ansehen
# $code is a code such as AADSTS1234567.
errors-not-catalogued-title = { $code } ist noch nicht in unserem Katalog
errors-not-catalogued-text = Die Nachschlageseite von Microsoft hat die aktuelle Beschreibung jedes Codes.
errors-open-on-microsoft = { $code } auf der Microsoft-Website öffnen
errors-see-known-codes = Alle bekannten Codes ansehen
# The link back to the list, above a code's page.
errors-breadcrumb = Fehlercodes
errors-description-unavailable = Die Beschreibung dieses Codes konnte nicht geladen werden. Das Ergebnis und die Lösungen unten gelten trotzdem, und die Seite von Microsoft beschreibt den Code.
# Followed by the code's technical name, such as InvalidResource.
errors-microsoft-name = Name bei Microsoft:
errors-verdict = Ergebnis
# Followed by an OAuth error such as invalid_client.
errors-arrives-as = Kommt meist als
errors-who-can-fix = Wer das beheben kann
errors-microsoft-page = Seite von Microsoft
errors-how-to-fix = So beheben Sie es
errors-see-as-user = Aus Sicht eines Benutzers ansehen
