## /check: the result of the sign-in check.

check-signed-in-as = Accesso eseguito come { $user }.
check-signed-in = Accesso eseguito.
# $total is a number of permissions.
check-all-granted = Tutte le autorizzazioni necessarie a { $product } sono concesse ({ $total }). Se l'app continua a non funzionare, incolli il suo errore nella pagina iniziale.
# $missing and $total are numbers, $names lists permission names.
check-missing = Autorizzazioni mancanti ({ $missing } su { $total }): { $names }.
check-role-can-grant-all = Il suo ruolo le consente di concederle subito.
check-role-can-grant-delegated = Il suo ruolo le consente di concedere subito queste autorizzazioni delegate.
check-admin-must-grant = Deve concederle un amministratore.
check-graph-app-roles = { $product } usa anche autorizzazioni applicazione di Microsoft Graph, che il suo ruolo non può concedere; deve concederle un amministratore ruolo con privilegi o un amministratore globale.
# $resource is a service such as Microsoft Graph, $reason the error it gave (in English).
check-token-failed = Impossibile ottenere il token per { $resource }: { $reason }

## Why a sign-in could not start (rare: the browser lacks what the protection needs).

check-start-no-random = Questo browser non offre numeri casuali sicuri, quindi l'accesso non può essere protetto.
check-start-no-storage = Questo browser non consente l'archiviazione di sessione, che serve all'accesso per un momento.
check-start-refused = Il browser ha rifiutato di aprire la pagina di accesso.
