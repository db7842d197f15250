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
copy-button-copy-report = Copiar informe para el soporte técnico
copy-button-copy-message = Copiar mensaje
copy-button-copy-justification = Copiar justificación
# A command to type into the Windows command prompt.
copy-button-copy-command = Copiar comando
# "Application ID" is the field's name in the Microsoft Entra admin center.
copy-button-copy-application-id = Copiar id. de aplicación
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

## src/pages/not_found.rs: an address this site does not have.

not-found-title = Esta página no existe
not-found-text = Puede que la dirección esté mal escrita o que sea de una versión anterior de este sitio.
not-found-home = Ir a la página de inicio

## src/pages/other_build.rs: a page of the full site opened in the smaller build.

other-build-text = Esta página forma parte del sitio de ayuda completo.
other-build-open = Abrirla
