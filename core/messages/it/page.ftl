## The page around every route: header, navigation, footer, the language switch.

# The browser tab's title; $product is the app's name.
page-title = { $product } · aiuto per l'accesso
skip-to-content = Vai al contenuto
brand-sub = · aiuto per l'accesso
nav-label = Navigazione principale
nav-start = Inizio
nav-check = Verifica accesso
nav-admin = Amministratori
nav-support = Supporto
nav-errors = Codici di errore
demo-banner = Modalità demo: l'accesso passa dall'emulatore Entra locale, non da Microsoft.
# $product is the app's name, $company its maker, $contact the support address.
footer-made-by = { $product } è realizzato da { $company }. Domande: { $contact }.
footer-developers = Per gli sviluppatori di { $company }: inviare qui gli accessi non riusciti
footer-privacy = Questa pagina funziona interamente nel suo browser. Ciò che incolla resta qui; i token di accesso sono conservati solo in memoria e non vengono mai inviati altrove.
language-switch-label = Lingua
# Shown beside the switch on every page except in English.
language-english-pages = Le pagine per amministratori e personale di supporto, e la vista di una diagnosi per l'amministratore e per il supporto, per ora sono in inglese.
# $reason says why, in English.
language-load-failed = Questa pagina non è riuscita a caricare la traduzione ({ $reason }), quindi viene mostrata in inglese.

## How sentences and list items are joined in this language. Written as string literals,
## because Fluent trims spaces at the ends of a value. Japanese and Chinese write sentences
## without a space between them ({""}) and list words with 、.

sentence-separator = {" "}
list-separator = {", "}
