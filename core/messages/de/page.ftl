## The page around every route: header, navigation, footer, the language switch.

# The browser tab's title; $product is the app's name.
page-title = { $product } · Hilfe bei der Anmeldung
skip-to-content = Zum Inhalt springen
brand-sub = · Hilfe bei der Anmeldung
nav-label = Hauptmenü
nav-start = Start
nav-check = Anmeldeprüfung
nav-admin = Für Administratoren
nav-support = Für den Support
nav-errors = Fehlercodes
demo-banner = Demomodus: Die Anmeldung geht an den lokalen Entra-Emulator, nicht an Microsoft.
# $product is the app's name, $company its maker, $contact the support address.
footer-made-by = { $product } wird von { $company } entwickelt. Fragen: { $contact }.
footer-developers = Für Entwickler von { $company }: Fehlgeschlagene Anmeldungen hierher senden
footer-privacy = Diese Seite läuft vollständig in Ihrem Browser. Was Sie einfügen, bleibt hier; Anmeldetoken werden nur im Arbeitsspeicher gehalten und nirgendwohin sonst gesendet.
language-switch-label = Sprache
# Shown beside the switch on every page except in English.
language-english-pages = Die Seiten für Administratoren und Support sowie die Ansicht einer Diagnose für Administratoren und Support gibt es vorerst nur auf Englisch.
# $reason says why, in English.
language-load-failed = Die Übersetzung dieser Seite konnte nicht geladen werden ({ $reason }), daher wird sie auf Englisch angezeigt.

## How sentences and list items are joined in this language. Written as string literals,
## because Fluent trims spaces at the ends of a value. Japanese and Chinese write sentences
## without a space between them ({""}) and list words with 、.

sentence-separator = {" "}
list-separator = {", "}
