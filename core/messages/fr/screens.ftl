## The screens of the user's side: the start page, the diagnosis around the core's
## sentences, the sign-in check, the callback, the error-code pages. Codes, IDs, parameter
## names (error_uri, error_subcode) and addresses stay as they are.

## src/pages/home.rs: the start page (/).

# $product is the app's name.
home-title = Un problème pour connecter { $product } ?
home-lead = Dites-nous ce que vous voyez : nous vous dirons ce qui s’est passé, qui peut corriger le problème et comment, précisément.
home-paste-label = Collez le message d’erreur, l’adresse de la page d’erreur ou une ligne de journal
# An example inside the empty box; keep the code and "Trace ID" as they are.
home-paste-placeholder = Par exemple : AADSTS90094: The grant requires admin permission. Trace ID: …
home-too-long = Cela fait plus de 2 Mo de texte. Collez uniquement le message d’erreur et ses détails.
home-privacy = Ce que vous collez reste dans ce navigateur ; rien n’est jamais envoyé.
# The button that reads what was pasted.
home-diagnose = Diagnostiquer
home-screens-title = Ou choisissez l’écran que vous avez vu
# The titles of Microsoft's sign-in error screens, with the quotation marks: use the title
# Microsoft shows in your language, so the reader recognises the screen they saw.
home-screen-need-admin-approval = « Approbation de l’administrateur requise »
home-screen-approval-required = « Approbation requise »
home-screen-app-risky = « Cette application peut présenter un risque »
home-screen-cant-get-there = « Vous ne pouvez pas y accéder à partir d’ici »
home-screen-conditional-access = Bloqué par l’accès conditionnel
home-screen-app-disabled = « Application is disabled » (application désactivée)
home-roles-title = Ou partez de votre rôle
home-role-user = J’utilise l’application
# $product is the app's name.
home-role-user-text = Vérifiez si { $product } peut vous connecter maintenant, et ce qui manque.
home-role-admin = Je suis administrateur
home-role-admin-text = Accordez le consentement pour { $product }, avec le lien pour votre locataire et les paramètres exacts.
home-role-support = Je fais partie du support
home-role-support-text = Créez un lien qui ouvre le bon diagnostic pour un client.

## src/components/diagnosis_view.rs: the verdict card and the list of fixes.

diagnosis-view-description-unavailable = La description de ce code n’a pas pu être chargée ; les solutions ci-dessous restent valables, et le lien de l’erreur mène à la description de Microsoft.
# Before the error code, which links to the code's page: "Error AADSTS90094 · details".
diagnosis-view-error = Erreur
# Links to the "Details for support" section further down.
diagnosis-view-details-link = détails
# Follows a sentence that names another possible diagnosis.
diagnosis-view-see-alternative = Voir ce diagnostic
# Followed by badges such as "Your IT administrator".
diagnosis-view-who-can-fix = Qui peut corriger le problème :
diagnosis-view-fixes-title = Que faire, dans l’ordre
# Printed sheets only. $shown and $total are numbers, $link is an address.
diagnosis-view-print-more = Cette feuille ne montre que les premières solutions ({ $shown } sur { $total }). Les autres se trouvent sur { $link }
diagnosis-view-notes-label = Remarques

## src/components/fix_card.rs: one fix.

# Who does the fix, in a badge.
fix-card-actor-user = Vous
fix-card-actor-admin = Administrateur informatique
fix-card-actor-vendor = Éditeur de l’application
fix-card-actor-microsoft = Microsoft
# Followed by why the fix widens access for every app.
fix-card-widens = Élargit l’accès :
fix-card-open-consent-link = Ouvrir le lien de consentement administrateur
# Followed by how to see that the fix worked.
fix-card-check = Vérifier que cela a fonctionné :

## src/components/copy_button.rs: copy buttons, and what each one copies.

copy-button-copy = Copier
# Shown in the button for two seconds after copying.
copy-button-copied = Copié
copy-button-failed = Sélectionnez et copiez manuellement
copy-button-copy-link = Copier le lien
copy-button-copy-admin-link = Copier le lien pour l’administrateur
copy-button-copy-report = Copier le rapport pour le support
copy-button-copy-message = Copier le message
copy-button-copy-justification = Copier la justification
# A command to type into the Windows command prompt.
copy-button-copy-command = Copier la commande
# "Application ID" is the field's name in the Microsoft Entra admin center.
copy-button-copy-application-id = Copier l’ID d’application
copy-button-copy-powershell = Copier la commande PowerShell
copy-button-copy-azure-cli = Copier la commande Azure CLI

## src/components/audience_switch.rs: "Who are you?" buttons above the fixes.

# Names the group of buttons "I use the app", "I'm an admin", "I'm support" for screen readers.
audience-switch-label = Afficher la solution pour

## src/components/ask_admin.rs: under "Ask your IT administrator", the message with a link
## for the reader's organization.

ask-admin-email-label = Votre adresse e-mail professionnelle, pour que le lien s’ouvre pour votre organisation
ask-admin-find = Utiliser mon organisation
ask-admin-privacy = Seul le domaine est utilisé, pour trouver l’ID de votre organisation ; l’adresse elle-même n’est ni conservée ni envoyée.
ask-admin-no-email = Saisissez votre adresse e-mail professionnelle, par exemple alex@contoso.com.
ask-admin-unreachable = La réponse n’a pas pu être lue : le service de connexion est injoignable.
# $domain is what the reader typed after the @.
ask-admin-not-found = { $domain } n’est pas connu de Microsoft Entra dans ce cloud. Vérifiez l’orthographe, ou utilisez un domaine vérifié de votre organisation (par exemple votreentreprise.onmicrosoft.com).
ask-admin-other-cloud = Votre organisation se connecte à un autre cloud Microsoft ; cette page ne peut donc pas la trouver.
# $reason says what was wrong with the answer, in English.
ask-admin-unreadable = La réponse n’a pas pu être lue : { $reason }.
# $tenant is the organization's ID.
ask-admin-message-for = Message pour votre organisation ({ $tenant })
ask-admin-open-email = Ouvrir dans la messagerie

## src/components/support_details.rs: the "Details for support" section (fixes.ftl refers
## to it by this name).

support-details-title = Détails pour le support
# The labels of the table of facts; the values are codes and IDs.
support-details-codes = Codes
support-details-oauth-error = Erreur OAuth
support-details-message = Message
support-details-trace-id = ID de trace
support-details-correlation-id = ID de corrélation
support-details-request-id = ID de demande
support-details-timestamp = Horodatage
support-details-tenant = Locataire
support-details-app-id = ID d’application
support-details-app-name = Nom de l’application
# Which known wording of an error screen the pasted text matched.
support-details-recognised = Formulation reconnue
# What kind of text was read, such as "pasted text".
support-details-input = Entrée
support-details-microsoft-page = Page de Microsoft
# After an error_uri address that is shown as text.
support-details-untrusted-uri = (pas une adresse Microsoft, donc pas un lien)
support-details-full-description = Description complète de l’erreur
support-details-truncated = (tronqué : le texte était plus long que ce que cette page affiche)
support-details-report-title = Rapport pour une demande de support
support-details-report-privacy = Aucun jeton, aucun code de connexion, et aucune adresse e-mail, sauf si vous les incluez.
# A checkbox, when the reader has signed in.
support-details-include-name = Inclure mon nom de connexion et les adresses e-mail
# A checkbox.
support-details-include-email = Inclure les adresses e-mail (elles sont retirées par défaut)
support-details-download = Télécharger en .txt
support-details-share-title = Partager ce diagnostic
support-details-share-note = Le lien ouvre ce même diagnostic sur un autre appareil. Il contient les codes et les ID ci-dessus, jamais de jeton ni votre adresse e-mail.
support-details-share-link = Lien vers ce diagnostic
support-details-admin-link = Lien pour votre administrateur informatique
# After the link above.
support-details-admin-link-note = (ouvre les étapes destinées à l’administrateur)

## src/pages/not_found.rs: an address this site does not have.

not-found-title = Cette page n’existe pas
not-found-text = L’adresse est peut-être mal saisie, ou elle vient d’une ancienne version de ce site.
not-found-home = Aller à la page d’accueil

## src/pages/other_build.rs: a page of the full site opened in the smaller build.

other-build-text = Cette page fait partie du site d’aide complet.
other-build-open = L’ouvrir
