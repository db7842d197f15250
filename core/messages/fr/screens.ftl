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
home-role-support = Je suis au support
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

## src/components/check_view.rs: what the sign-in check showed.

check-view-forget = Oublier cette connexion
check-view-title = Ce que montre la connexion
check-view-name = Nom
check-view-sign-in-name = Nom de connexion
check-view-tenant-id = ID de locataire
check-view-account = Compte
# What kind of account signed in.
check-view-account-member = membre de cette organisation
check-view-account-guest = invité d’une autre organisation
check-view-account-personal = compte Microsoft personnel (ses jetons d’accès sont opaques pour les applications ; seules les étendues accordées sont donc affichées)
check-view-account-unknown = inconnu
# Beside "Microsoft Graph"; $name is the name Microsoft Graph gave for the account, /me is a technical address.
check-view-graph-answered = a répondu à /me avec « { $name } » : le jeton d’accès fonctionne
check-view-permissions = Autorisations
check-view-col-status = État
check-view-col-permission = Autorisation
check-view-col-who = Qui peut l’accorder
check-view-col-why = Pourquoi l’application en a besoin
# A permission's status, after ✓ or ✗.
check-view-granted = Accordée
check-view-missing = Manquante
# Who may grant a permission.
check-view-grant-admin-by-default = consentement administrateur requis par défaut
check-view-grant-managed-blocked = les utilisateurs ne peuvent pas l’accorder avec les paramètres de consentement gérés par Microsoft (2025)
check-view-grant-admin-and-managed = consentement administrateur requis par défaut ; les utilisateurs ne peuvent pas l’accorder avec les paramètres de consentement gérés par Microsoft (2025)
check-view-grant-users = les utilisateurs peuvent l’accorder, si l’organisation le permet
check-view-roles = Rôles d’administrateur
# After a role's ID.
check-view-role-unknown = (un rôle que cette page ne connaît pas)
check-view-no-roles = Le jeton ne mentionne aucun rôle d’annuaire.
check-view-id-checks = Vérifications du jeton d’ID
# The result of one check, after ✓ or ✗.
check-view-pass = réussi
check-view-fail = échec
check-view-tokens = Jetons
check-view-tokens-note = Affichés uniquement pour le dépannage : les signatures ne sont pas vérifiées, et rien ici ne sert à prendre des décisions. Les jetons restent dans la mémoire de cet onglet jusqu’à ce que vous les oubliiez ou fermiez l’onglet.
# $token names the token, such as "ID token" (in English).
check-view-token-summary = { $token } — décodé, non vérifié
check-view-token-encrypted = Chiffré : son contenu ne peut pas être affiché.
check-view-token-opaque = Opaque : ce n’est pas un JWT (c’est normal pour les comptes Microsoft personnels), il n’y a donc rien à décoder.
# $reason is technical, in English.
check-view-token-undecodable = Impossible à décoder : { $reason }.

## src/pages/check.rs: the sign-in check before signing in (/check).

check-page-title = Test de connexion
# $product is the app's name.
check-page-lead = Connectez-vous avec le compte qui rencontre le problème. Cette page demande à Microsoft quelles autorisations de { $product } votre organisation a accordées, et montre ce qui manque et qui peut le corriger.
check-page-sign-in = Se connecter pour vérifier
# $account is a sign-in name such as alex@contoso.com.
check-page-hint = La connexion proposera le compte { $account }.
# $authority is the address of Microsoft's sign-in service.
check-page-authority = Vous vous connecterez sur { $authority }. Vos jetons restent dans la mémoire de cet onglet ; rien n’est envoyé ailleurs.
check-page-asks-for = Ce que demande { $product }
# Column headings of the table of permissions.
check-page-col-api = API
check-page-col-permission = Autorisation
check-page-col-why = Pourquoi

## src/pages/callback.rs: where Microsoft sends the browser back after signing in.

# $tenant is an organization's ID or domain.
callback-admin-consent-tenant = La réponse de Microsoft indique le locataire { $tenant }. Un lien peut falsifier cette valeur, ce n’est donc pas une preuve : lancez le test de connexion pour confirmer que les autorisations sont accordées.
callback-admin-consent = Lancez le test de connexion pour confirmer que les autorisations sont accordées.
# Why a response was refused. $key is a parameter's name.
callback-rejected-duplicate = La réponse répétait le paramètre « { $key } », ce que ne fait jamais une réponse authentique. Elle a été refusée.
callback-rejected-issuer = La réponse indique un autre serveur de connexion que celui utilisé pour cette connexion. Elle a été refusée.
callback-rejected-no-pending = Ce navigateur n’a aucune connexion en cours : la réponse n’a donc pas été demandée ici. Elle a été refusée ; relancez le test de connexion.
callback-rejected-state-missing = La réponse ne contient pas de paramètre state : elle ne peut donc pas être rattachée à la connexion lancée par ce navigateur. Elle a été refusée.
callback-rejected-state-mismatch = La réponse appartient à une autre connexion que celle lancée par ce navigateur (ou elle a déjà été utilisée). Elle a été refusée.
callback-rejected-expired = La connexion a pris plus de 10 minutes ; elle a donc été abandonnée. Relancez le test de connexion.
callback-rejected-implicit-tokens = La réponse contenait des jetons dans l’adresse, ce que cette page ne demande jamais. Elle a été refusée et les jetons n’ont pas été lus.
callback-rejected-no-code = La réponse ne contenait ni code ni erreur. Relancez le test de connexion.
callback-working-title = Finalisation de la connexion…
# $authority is the address of Microsoft's sign-in service.
callback-working-text = Échange du code à usage unique contre des jetons auprès de { $authority }. Ils restent dans la mémoire de cet onglet.
callback-failed-title = La connexion n’a pas pu aboutir
callback-timeout = Le service de connexion n’a pas répondu dans les 12 secondes.
# "Web" and "Single-page application" are platform names in the Microsoft Entra admin center.
callback-network = Le navigateur n’a pas pu lire la réponse du point de terminaison de jeton. En général, l’URI de redirection de l’application est inscrit comme « Web » au lieu de « Application monopage » (Single-page application), si bien que la réponse n’a pas d’en-têtes CORS ; ou un filtre réseau a bloqué la demande.
callback-retry = Réessayer
callback-start-over = Recommencer

## src/pages/errors.rs: the list of error codes (/errors) and one code (/errors/{code}).

errors-index-title = Codes d’erreur de connexion
# $count is a number.
errors-index-lead = Tous les codes AADSTS que connaît cette page ({ $count } au total), avec leur signification et la façon de les corriger.
errors-search-label = Rechercher par numéro ou par mots
# Examples of what to search for.
errors-search-placeholder = 90094, consentement, accès conditionnel…
errors-no-match = Aucun code ne correspond. Collez plutôt l’erreur complète sur la page d’accueil.
errors-not-a-code-title = Ce n’est pas un code AADSTS
errors-not-a-code-text = Les codes sont des nombres comme 90094. Vérifiez le numéro, ou collez l’erreur complète sur la page d’accueil.
errors-see-all-codes = Voir tous les codes
# $code is a code such as AADSTS1234567.
errors-not-catalogued-title = { $code } ne figure pas encore dans notre catalogue
errors-not-catalogued-text = La page de recherche de Microsoft donne la description actuelle de chaque code.
errors-open-on-microsoft = Ouvrir { $code } sur le site de Microsoft
errors-see-known-codes = Voir tous les codes que nous connaissons
# The link back to the list, above a code's page.
errors-breadcrumb = Codes d’erreur
errors-description-unavailable = La description de ce code n’a pas pu être chargée. Son verdict et ses solutions ci-dessous restent valables, et la page de Microsoft le décrit.
# Followed by the code's technical name, such as InvalidResource.
errors-microsoft-name = Nom chez Microsoft :
errors-verdict = Verdict
# Followed by an OAuth error such as invalid_client.
errors-arrives-as = Arrive généralement sous la forme
errors-who-can-fix = Qui peut corriger le problème
errors-microsoft-page = Page de Microsoft
errors-how-to-fix = Comment corriger le problème
errors-see-as-user = Voir comme un utilisateur

## src/pages/not_found.rs: an address this site does not have.

not-found-title = Cette page n’existe pas
not-found-text = L’adresse est peut-être mal saisie, ou elle vient d’une ancienne version de ce site.
not-found-home = Aller à la page d’accueil

## src/pages/other_build.rs: a page of the full site opened in the smaller build.

other-build-text = Cette page fait partie du site d’aide complet.
other-build-open = L’ouvrir
