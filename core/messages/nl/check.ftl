## /check: the result of the sign-in check.

check-signed-in-as = Aangemeld als { $user }.
check-signed-in = Aangemeld.
# $total is a number of permissions.
check-all-granted = Alle machtigingen die { $product } nodig heeft, zijn verleend ({ $total }). Werkt de app nog steeds niet, plak de fout dan op de startpagina.
# $missing and $total are numbers, $names lists permission names.
check-missing = Ontbrekende machtigingen ({ $missing } van { $total }): { $names }.
check-role-can-grant-all = Uw rol kan ze nu verlenen.
check-role-can-grant-delegated = Uw rol kan deze gedelegeerde machtigingen nu verlenen.
check-admin-must-grant = Een beheerder moet ze verlenen.
check-graph-app-roles = { $product } gebruikt ook toepassingsmachtigingen voor Microsoft Graph, die uw rol niet kan verlenen; die moeten worden verleend door een beheerder met bevoorrechte rol of een globale beheerder.
# $resource is a service such as Microsoft Graph, $reason the error it gave (in English).
check-token-failed = Het token voor { $resource } kon niet worden opgehaald: { $reason }

## Why a sign-in could not start (rare: the browser lacks what the protection needs).

check-start-no-random = Deze browser biedt geen veilige willekeurige getallen, dus een aanmelding kan niet worden beveiligd.
check-start-no-storage = Deze browser staat geen sessieopslag toe, terwijl de aanmelding die even nodig heeft.
check-start-refused = De browser weigerde de aanmeldingspagina te openen.
