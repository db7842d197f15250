# Consent Doctor: the user's side of the page, in English.
# Arguments: $product is the app's name from the deployment profile.

## The verdict card's headline, one per verdict, in the user's voice and the admin's.

headline-admin-consent-required-admin = { $product } a besoin du consentement d’un administrateur dans cette organisation avant que les utilisateurs puissent connecter l’application.
headline-admin-consent-required = Votre organisation exige qu’un administrateur approuve { $product } avant que vous puissiez l’utiliser.
headline-admin-consent-workflow-admin = { $product } attend une approbation : les utilisateurs peuvent la demander, et un réviseur doit l’accorder.
headline-admin-consent-workflow = Un administrateur doit approuver { $product } ; vous pouvez lui envoyer une demande depuis l’écran de Microsoft.
headline-org-consent-cancelled = Le consentement à { $product } pour toute l’organisation a été annulé ; rien n’a été accordé.
headline-user-declined-consent = L’écran des autorisations de { $product } a été fermé, ou les autorisations ont été refusées ; l’application n’a donc pas été connectée.
headline-admin-consent-granted = Le consentement à { $product } a été accordé pour toute l’organisation.
headline-app-disabled = La connexion à { $product } est désactivée dans cette organisation.
headline-user-not-assigned-admin = L’utilisateur n’est pas affecté à { $product }, qui n’accepte que les utilisateurs affectés.
headline-user-not-assigned = Votre organisation réserve { $product } aux personnes affectées, et votre compte n’est pas encore affecté.
headline-conditional-access-blocked = Une stratégie de sécurité de votre organisation a bloqué la connexion à { $product }.
headline-app-not-found-in-tenant = { $product }, ou un service utilisé par l’application, est introuvable dans l’annuaire de cette organisation.
headline-misconfigured-app = La connexion de { $product } est mal configurée ; c’est à l’éditeur de l’application de la corriger.
headline-sign-in-required = Microsoft vous demande de vous reconnecter pour utiliser { $product }.
headline-account-problem = Le problème vient du compte utilisé pour se connecter, pas de l’application.
headline-other = Microsoft a renvoyé une erreur lors de la connexion de { $product }.
headline-unknown = Aucune erreur de connexion Microsoft n’a été trouvée dans le texte fourni.
headline-signed-in-ok = Tout ce dont { $product } a besoin est accordé.
headline-signed-in-missing-scopes = Certaines autorisations nécessaires à { $product } ne sont pas encore accordées.
