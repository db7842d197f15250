## The page around every route: header, navigation, footer, the language switch.

# The browser tab's title; $product is the app's name.
page-title = { $product } · sign-in help
skip-to-content = Skip to content
brand-sub = · sign-in help
nav-label = Main
nav-start = Start
nav-check = Sign-in check
nav-admin = For admins
nav-support = For support
nav-errors = Error codes
demo-banner = Demo mode: sign-in goes to the local Entra emulator, not to Microsoft.
# $product is the app's name, $company its maker, $contact the support address.
footer-made-by = { $product } is made by { $company }. Questions: { $contact }.
footer-developers = For { $company }'s developers: send failed sign-ins here
footer-privacy = This page runs entirely in your browser. What you paste stays here; sign-in tokens are kept in memory only and never sent anywhere else.
language-switch-label = Language
# Shown beside the switch on every page except in English.
language-english-pages = The pages for administrators and support staff, and the administrator's and support's view of a diagnosis, are in English for now.
# $reason says why, in English.
language-load-failed = This page could not load its translation ({ $reason }), so it is shown in English.

## How sentences and list items are joined in this language. Written as string literals,
## because Fluent trims spaces at the ends of a value. Japanese and Chinese write sentences
## without a space between them ({""}) and list words with 、.

sentence-separator = {" "}
list-separator = {", "}
