## /check: the result of the sign-in check.

check-signed-in-as = Connecté en tant que { $user }.
check-signed-in = Connecté.
# $total is a number of permissions.
check-all-granted = Toutes les autorisations nécessaires à { $product } sont accordées ({ $total }). Si l’application échoue encore, collez son erreur sur la page d’accueil.
# $missing and $total are numbers, $names lists permission names.
check-missing = Autorisations manquantes ({ $missing } sur { $total }) : { $names }.
check-role-can-grant-all = Votre rôle vous permet de les accorder dès maintenant.
check-role-can-grant-delegated = Votre rôle vous permet d’accorder dès maintenant ces autorisations déléguées.
check-admin-must-grant = Un administrateur doit les accorder.
check-graph-app-roles = { $product } utilise aussi des autorisations d’application Microsoft Graph, que votre rôle ne peut pas accorder ; elles doivent l’être par un administrateur de rôle privilégié ou un administrateur général.
# $resource is a service such as Microsoft Graph, $reason the error it gave (in English).
check-token-failed = Impossible d’obtenir le jeton pour { $resource } : { $reason }

## Why a sign-in could not start (rare: the browser lacks what the protection needs).

check-start-no-random = Ce navigateur ne fournit pas de nombres aléatoires sécurisés ; la connexion ne peut donc pas être protégée.
check-start-no-storage = Ce navigateur n’autorise pas le stockage de session, dont la connexion a besoin un court instant.
check-start-refused = Le navigateur a refusé d’ouvrir la page de connexion.
