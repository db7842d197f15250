## The sign-in check's page and results, and the callback (full app only: the first
## visit does not carry these sentences).

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
