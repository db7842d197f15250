## The screens of the user's side: the start page, the diagnosis around the core's
## sentences, the sign-in check, the callback, the error-code pages. Codes, IDs, parameter
## names (error_uri, error_subcode) and addresses stay as they are.

## src/pages/home.rs: the start page (/).

# $product is the app's name.
home-title = ¿Tiene problemas para conectar { $product }?
home-lead = Cuéntenos qué ve y le diremos qué ha pasado, quién puede solucionarlo y cómo hacerlo exactamente.
home-paste-label = Pegue el mensaje de error, la dirección de la página de error o una línea de un registro
# An example inside the empty box; keep the code and "Trace ID" as they are.
home-paste-placeholder = Por ejemplo: AADSTS90094: The grant requires admin permission. Trace ID: …
home-too-long = Eso supera los 2 MB de texto. Pegue solo el mensaje de error y sus detalles.
home-privacy = Lo que pegue se queda en este navegador; nunca se sube a ningún sitio.
# The button that reads what was pasted.
home-diagnose = Diagnosticar
home-screens-title = O elija la pantalla que vio
# The titles of Microsoft's sign-in error screens, with the quotation marks: use the title
# Microsoft shows in your language, so the reader recognises the screen they saw.
home-screen-need-admin-approval = «Se necesita la aprobación del administrador»
home-screen-approval-required = «Aprobación necesaria»
home-screen-app-risky = «Esta aplicación puede ser peligrosa»
home-screen-cant-get-there = «You can't get there from here» [No se puede acceder desde aquí]
home-screen-conditional-access = Bloqueado por el acceso condicional
home-screen-app-disabled = «Application is disabled» [La aplicación está deshabilitada]
home-roles-title = O empiece por quién es usted
home-role-user = Uso la aplicación
# $product is the app's name.
home-role-user-text = Compruebe si { $product } puede iniciar su sesión ahora y qué falta.
home-role-admin = Soy administrador
home-role-admin-text = Conceda el consentimiento para { $product }, con el vínculo para su organización y la configuración exacta.
home-role-support = Soy de soporte técnico
home-role-support-text = Cree un vínculo que abra el diagnóstico adecuado para un cliente.

## src/components/diagnosis_view.rs: the verdict card and the list of fixes.

diagnosis-view-description-unavailable = No se pudo cargar la descripción de este código; las soluciones de abajo siguen siendo válidas, y el vínculo del error lleva a la descripción de Microsoft.
# Before the error code, which links to the code's page: "Error AADSTS90094 · details".
diagnosis-view-error = Error
# Links to the "Details for support" section further down.
diagnosis-view-details-link = detalles
# Follows a sentence that names another possible diagnosis.
diagnosis-view-see-alternative = Ver ese diagnóstico
# Followed by badges such as "Your IT administrator".
diagnosis-view-who-can-fix = Quién puede solucionarlo:
diagnosis-view-fixes-title = Qué hacer, por orden
# Printed sheets only. $shown and $total are numbers, $link is an address.
diagnosis-view-print-more = Esta hoja solo muestra las primeras soluciones ({ $shown } de { $total }). Las demás están en { $link }
diagnosis-view-notes-label = Notas

## src/components/fix_card.rs: one fix.

# Who does the fix, in a badge.
fix-card-actor-user = Usted
fix-card-actor-admin = Administrador de TI
fix-card-actor-vendor = Proveedor de la aplicación
fix-card-actor-microsoft = Microsoft
# Followed by why the fix widens access for every app.
fix-card-widens = Amplía el acceso:
fix-card-open-consent-link = Abrir el vínculo de consentimiento del administrador
# Followed by how to see that the fix worked.
fix-card-check = Compruebe que ha funcionado:

## src/components/copy_button.rs: copy buttons, and what each one copies.

copy-button-copy = Copiar
# Shown in the button for two seconds after copying.
copy-button-copied = Copiado
copy-button-failed = Selecciónelo y cópielo a mano
copy-button-copy-link = Copiar vínculo
copy-button-copy-admin-link = Copiar vínculo para el administrador
copy-button-copy-report = Copiar informe para soporte técnico
copy-button-copy-message = Copiar mensaje
copy-button-copy-justification = Copiar justificación
# A command to type into the Windows command prompt.
copy-button-copy-command = Copiar comando
# "Application ID" is the field's name in the Microsoft Entra admin center.
copy-button-copy-application-id = Copiar Id. de aplicación
copy-button-copy-powershell = Copiar PowerShell
copy-button-copy-azure-cli = Copiar CLI de Azure

## src/components/audience_switch.rs: "Who are you?" buttons above the fixes.

# Names the group of buttons "I use the app", "I'm an admin", "I'm support" for screen readers.
audience-switch-label = Mostrar la solución para

## src/components/ask_admin.rs: under "Ask your IT administrator", the message with a link
## for the reader's organization.

ask-admin-email-label = Su correo electrónico profesional, para que el vínculo se abra para su organización
ask-admin-find = Usar mi organización
ask-admin-privacy = Solo se usa el dominio, para buscar el id. de su organización; la dirección en sí no se guarda ni se envía.
ask-admin-no-email = Escriba su dirección de correo electrónico profesional, por ejemplo, alex@contoso.com.
ask-admin-unreachable = No se pudo leer la respuesta: no se pudo contactar con el servicio de inicio de sesión.
# $domain is what the reader typed after the @.
ask-admin-not-found = Microsoft Entra no conoce { $domain } en esta nube. Revise cómo está escrito o use un dominio verificado de su organización (por ejemplo, suempresa.onmicrosoft.com).
ask-admin-other-cloud = Su organización inicia sesión en otra nube de Microsoft, así que esta página no puede buscarla.
# $reason says what was wrong with the answer, in English.
ask-admin-unreadable = No se pudo leer la respuesta: { $reason }.
# $tenant is the organization's ID.
ask-admin-message-for = Mensaje para su organización ({ $tenant })
ask-admin-open-email = Abrir en el correo electrónico

## src/components/support_details.rs: the "Details for support" section (fixes.ftl refers
## to it by this name).

support-details-title = Detalles para el soporte técnico
# The labels of the table of facts; the values are codes and IDs.
support-details-codes = Códigos
support-details-oauth-error = Error de OAuth
support-details-message = Mensaje
support-details-trace-id = Id. de seguimiento
support-details-correlation-id = Id. de correlación
support-details-request-id = Id. de solicitud
support-details-timestamp = Marca de tiempo
support-details-tenant = Organización (inquilino)
support-details-app-id = Id. de aplicación
support-details-app-name = Nombre de la aplicación
# Which known wording of an error screen the pasted text matched.
support-details-recognised = Texto reconocido
# What kind of text was read, such as "pasted text".
support-details-input = Entrada
support-details-microsoft-page = Página de Microsoft
# After an error_uri address that is shown as text.
support-details-untrusted-uri = (no es una dirección de Microsoft, así que no se muestra como vínculo)
support-details-full-description = Descripción completa del error
support-details-truncated = (recortado: el texto era más largo de lo que muestra esta página)
support-details-report-title = Informe para una incidencia de soporte técnico
support-details-report-privacy = Sin tokens, sin códigos de inicio de sesión y sin direcciones de correo electrónico, salvo que usted las incluya.
# A checkbox, when the reader has signed in.
support-details-include-name = Incluir mi nombre de inicio de sesión y mis direcciones de correo electrónico
# A checkbox.
support-details-include-email = Incluir las direcciones de correo electrónico (se quitan de forma predeterminada)
support-details-download = Descargar como .txt
support-details-share-title = Compartir este diagnóstico
support-details-share-note = El vínculo abre este mismo diagnóstico en otro dispositivo. Incluye los códigos y los id. de arriba, nunca un token ni su dirección de correo electrónico.
support-details-share-link = Vínculo a este diagnóstico
support-details-admin-link = Vínculo para su administrador de TI
# After the link above.
support-details-admin-link-note = (abre los pasos para el administrador)

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

## src/pages/errors.rs: the list of error codes (/errors) and one code (/errors/{code}).

errors-index-title = Códigos de error de inicio de sesión
# $count is a number.
errors-index-lead = Todos los códigos AADSTS que conoce esta página ({ $count } en total), con su significado y cómo solucionarlos.
errors-search-label = Buscar por número o por palabras
# Examples of what to search for.
errors-search-placeholder = 90094, consentimiento, acceso condicional…
errors-no-match = Ningún código coincide. En su lugar, pegue el error completo en la página de inicio.
errors-not-a-code-title = Eso no es un código AADSTS
errors-not-a-code-text = Los códigos son números como 90094. Revise el número o pegue el error completo en la página de inicio.
errors-see-all-codes = Ver todos los códigos
# $code is a code such as AADSTS1234567.
errors-not-catalogued-title = { $code } todavía no está en nuestro catálogo
errors-not-catalogued-text = La página de búsqueda de errores de Microsoft tiene la descripción actual de cada código.
errors-open-on-microsoft = Abrir { $code } en el sitio de Microsoft
errors-see-known-codes = Ver todos los códigos que conocemos
# The link back to the list, above a code's page.
errors-breadcrumb = Códigos de error
errors-description-unavailable = No se pudo cargar la descripción de este código. Su veredicto y las soluciones de abajo siguen siendo válidos, y la página de Microsoft lo describe.
# Followed by the code's technical name, such as InvalidResource.
errors-microsoft-name = Nombre de Microsoft:
errors-verdict = Veredicto
# Followed by an OAuth error such as invalid_client.
errors-arrives-as = Suele llegar como
errors-who-can-fix = Quién puede solucionarlo
errors-microsoft-page = Página de Microsoft
errors-how-to-fix = Cómo solucionarlo
errors-see-as-user = Verlo como lo vería un usuario

## src/pages/not_found.rs: an address this site does not have.

not-found-title = Esta página no existe
not-found-text = Puede que la dirección esté mal escrita o que sea de una versión anterior de este sitio.
not-found-home = Ir a la página de inicio

## src/pages/other_build.rs: a page of the full site opened in the smaller build.

other-build-text = Esta página forma parte del sitio de ayuda completo.
other-build-open = Abrirla
