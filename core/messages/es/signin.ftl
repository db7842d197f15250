## The sign-in check's page and results, and the callback (full app only: the first
## visit does not carry these sentences).

## src/components/check_view.rs: what the sign-in check showed.

check-view-forget = Olvidar este inicio de sesión
check-view-title = Lo que mostró el inicio de sesión
check-view-name = Nombre
check-view-sign-in-name = Nombre de inicio de sesión
check-view-tenant-id = Id. de la organización (inquilino)
check-view-account = Cuenta
# What kind of account signed in.
check-view-account-member = miembro de esta organización
check-view-account-guest = invitado de otra organización
check-view-account-personal = cuenta personal de Microsoft (sus tokens de acceso son opacos para las aplicaciones, así que solo se muestran los ámbitos concedidos)
check-view-account-unknown = desconocida
# Beside "Microsoft Graph"; $name is the name Microsoft Graph gave for the account, /me is a technical address.
check-view-graph-answered = respondió a /me con «{ $name }»: el token de acceso funciona
check-view-permissions = Permisos
check-view-col-status = Estado
check-view-col-permission = Permiso
check-view-col-who = Quién puede concederlo
check-view-col-why = Para qué lo necesita la aplicación
# A permission's status, after ✓ or ✗.
check-view-granted = Concedido
check-view-missing = Falta
# Who may grant a permission.
check-view-grant-admin-by-default = requiere el consentimiento del administrador de forma predeterminada
check-view-grant-managed-blocked = los usuarios no pueden concederlo con la configuración de consentimiento administrada por Microsoft (2025)
check-view-grant-admin-and-managed = requiere el consentimiento del administrador de forma predeterminada; los usuarios no pueden concederlo con la configuración de consentimiento administrada por Microsoft (2025)
check-view-grant-users = los usuarios pueden concederlo, si la organización lo permite
check-view-roles = Roles de administrador
# After a role's ID.
check-view-role-unknown = (un rol que esta página no conoce)
check-view-no-roles = El token no incluye ningún rol de directorio.
check-view-id-checks = Comprobaciones del token de id.
# The result of one check, after ✓ or ✗.
check-view-pass = correcto
check-view-fail = incorrecto
check-view-tokens = Tokens
check-view-tokens-note = Se muestran solo para solucionar problemas: las firmas no se verifican y nada de esto se usa para tomar decisiones. Los tokens se quedan en la memoria de esta pestaña hasta que usted los olvide o cierre la pestaña.
# $token names the token, such as "ID token" (in English).
check-view-token-summary = { $token }: descodificado, no verificado
check-view-token-encrypted = Cifrado: no se puede mostrar su contenido.
check-view-token-opaque = Opaco: no es un JWT (lo normal en las cuentas personales de Microsoft), así que no hay nada que descodificar.
# $reason is technical, in English.
check-view-token-undecodable = No se pudo descodificar: { $reason }.

## src/pages/check.rs: the sign-in check before signing in (/check).

check-page-title = Comprobación de inicio de sesión
# $product is the app's name.
check-page-lead = Inicie sesión con la cuenta que tiene problemas. Esta página pregunta a Microsoft cuáles de los permisos de { $product } ha concedido su organización, y muestra qué falta y quién puede solucionarlo.
check-page-sign-in = Iniciar sesión para comprobar
# $account is a sign-in name such as alex@contoso.com.
check-page-hint = El inicio de sesión le propondrá la cuenta { $account }.
# $authority is the address of Microsoft's sign-in service.
check-page-authority = Iniciará sesión en { $authority }. Sus tokens se quedan en la memoria de esta pestaña; no se envía nada a ningún otro sitio.
check-page-asks-for = Lo que pide { $product }
# Column headings of the table of permissions.
check-page-col-api = API
check-page-col-permission = Permiso
check-page-col-why = Para qué

## src/pages/callback.rs: where Microsoft sends the browser back after signing in.

# $tenant is an organization's ID or domain.
callback-admin-consent-tenant = La respuesta de Microsoft indica la organización { $tenant }. Un vínculo puede falsificar ese valor, así que no es una prueba: ejecute la comprobación de inicio de sesión para confirmar que los permisos están concedidos.
callback-admin-consent = Ejecute la comprobación de inicio de sesión para confirmar que los permisos están concedidos.
# Why a response was refused. $key is a parameter's name.
callback-rejected-duplicate = La respuesta repetía el parámetro «{ $key }», algo que una respuesta auténtica nunca hace. Se rechazó.
callback-rejected-issuer = La respuesta indica un servidor de inicio de sesión distinto del que usó este inicio de sesión. Se rechazó.
callback-rejected-no-pending = Este navegador no tiene ningún inicio de sesión en curso, así que la respuesta no se pidió desde aquí. Se rechazó; vuelva a empezar la comprobación de inicio de sesión.
callback-rejected-state-missing = La respuesta no incluye ningún parámetro state, así que no se puede asociar al inicio de sesión que empezó este navegador. Se rechazó.
callback-rejected-state-mismatch = La respuesta pertenece a un inicio de sesión distinto del que empezó este navegador (o ya se había usado). Se rechazó.
callback-rejected-expired = El inicio de sesión tardó más de 10 minutos, así que se descartó. Vuelva a empezar la comprobación de inicio de sesión.
callback-rejected-implicit-tokens = La respuesta traía tokens en la dirección, algo que esta página nunca pide. Se rechazó y los tokens no se leyeron.
callback-rejected-no-code = La respuesta no tenía ni código ni error. Vuelva a empezar la comprobación de inicio de sesión.
callback-working-title = Terminando el inicio de sesión…
# $authority is the address of Microsoft's sign-in service.
callback-working-text = Canjeando con { $authority } el código de un solo uso por tokens. Los tokens se quedan en la memoria de esta pestaña.
callback-failed-title = No se pudo terminar el inicio de sesión
callback-timeout = El servicio de inicio de sesión no respondió en 12 segundos.
# "Web" and "Single-page application" are platform names in the Microsoft Entra admin center.
callback-network = El navegador no pudo leer la respuesta del punto de conexión de tokens. Normalmente se debe a que el URI de redirección de la aplicación está registrado como «Web» en lugar de «Aplicación de página única» (así que la respuesta no lleva encabezados CORS), o a que un filtro de red bloqueó la solicitud.
callback-retry = Volver a intentarlo
callback-start-over = Empezar de nuevo
