## /check: the result of the sign-in check.

check-signed-in-as = Sesión iniciada como { $user }.
check-signed-in = Sesión iniciada.
# $total is a number of permissions.
check-all-granted = Todos los permisos que { $product } necesita están concedidos ({ $total }). Si la aplicación sigue fallando, pegue su error en la página de inicio.
# $missing and $total are numbers, $names lists permission names.
check-missing = Faltan permisos ({ $missing } de { $total }): { $names }.
check-role-can-grant-all = Su rol puede concederlos ahora.
check-role-can-grant-delegated = Su rol puede conceder ahora estos permisos delegados.
check-admin-must-grant = Un administrador tiene que concederlos.
check-graph-app-roles = { $product } también usa permisos de aplicación de Microsoft Graph, que su rol no puede conceder; debe concederlos un Administrador de roles con privilegios o un Administrador global.
# $resource is a service such as Microsoft Graph, $reason the error it gave (in English).
check-token-failed = No se pudo obtener el token para { $resource }: { $reason }

## Why a sign-in could not start (rare: the browser lacks what the protection needs).

check-start-no-random = Este navegador no ofrece números aleatorios seguros, así que no se puede proteger el inicio de sesión.
check-start-no-storage = Este navegador no permite el almacenamiento de sesión, que el inicio de sesión necesita durante un momento.
check-start-refused = El navegador se negó a abrir la página de inicio de sesión.
