## /check: the result of the sign-in check.

check-signed-in-as = Conectado como { $user }.
check-signed-in = Conectado.
# $total is a number of permissions.
check-all-granted = Todas as permissões de que { $product } precisa foram concedidas ({ $total }). Se o aplicativo ainda falhar, cole o erro dele na página inicial.
# $missing and $total are numbers, $names lists permission names.
check-missing = Permissões ausentes ({ $missing } de { $total }): { $names }.
check-role-can-grant-all = Sua função pode concedê-las agora.
check-role-can-grant-delegated = Sua função pode conceder essas permissões delegadas agora.
check-admin-must-grant = Um administrador precisa concedê-las.
check-graph-app-roles = { $product } também usa permissões de aplicativo do Microsoft Graph, que sua função não pode conceder; um Administrador de Função Privilegiada ou um Administrador Global precisa concedê-las.
# $resource is a service such as Microsoft Graph, $reason the error it gave (in English).
check-token-failed = Não foi possível obter o token para { $resource }: { $reason }

## Why a sign-in could not start (rare: the browser lacks what the protection needs).

check-start-no-random = Este navegador não oferece números aleatórios seguros, então não é possível proteger a entrada.
check-start-no-storage = Este navegador não permite o armazenamento de sessão, de que a entrada precisa por um momento.
check-start-refused = O navegador se recusou a abrir a página de entrada.
