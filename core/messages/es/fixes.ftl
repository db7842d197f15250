# Consent Doctor: the fix cards ("how to fix it"), in the user's voice.
# Arguments: $product is the app's name and $company its vendor, both from the deployment profile.
# Portal paths, commands, URLs, error codes (AADSTS…) and IDs are filled in by the page and stay as they are.
# Words in "quotes" are labels on Microsoft's own screens: use the label Microsoft shows in your language (see the glossary in docs/translation/).

## How long a fix takes, shown next to who does it.

duration-one-minute = 1 minuto
duration-two-minutes = 2 minutos
duration-three-minutes = 3 minutos
duration-five-minutes = 5 minutos
duration-ten-minutes = 10 minutos
duration-fifteen-minutes = 15 minutos
duration-thirty-minutes = 30 minutos
duration-one-hour = 1 hora

## An administrator's fix in the user's voice: its steps are replaced by one of these lines.

# The fix is a link only an administrator can use (shown above this line).
fix-in-voice-consent-link = Este vínculo lo abre su administrador de TI; solo funciona para un administrador, así que envíeselo.
# "link for your IT administrator" is the name of a section at the bottom of the same page.
fix-in-voice-admin-does-it = Esto lo hace su administrador de TI. Envíele el «vínculo para su administrador de TI» que está al final de esta página: abre estos pasos completos.

## request-approval: the user sends Microsoft's approval request (admin consent workflow).

fix-request-approval-title = Envíe la solicitud de aprobación desde la pantalla de Microsoft
fix-request-approval-duration = 1 minuto y luego esperar la aprobación
fix-request-approval-intro = Su organización le permite pedir a un administrador que apruebe la aplicación. La solicitud llega a los revisores que eligió su administrador.
fix-request-approval-step-connect = Vuelva a conectar { $product } hasta que vea «Aprobación necesaria».
fix-request-approval-step-reason = Escriba un motivo breve en el cuadro de justificación, por ejemplo:
# The label above the example reason the user can copy.
fix-request-approval-snippet-justification = Justificación
# An example reason the user copies into Microsoft's justification box. $purpose is what the app does, from the vendor's profile (in English, lower-cased, e.g. "read your own profile to match your mailbox").
fix-request-approval-justification = Necesito { $product } para lo siguiente: { $purpose }.
# The same example reason when the vendor's profile names no purpose.
fix-request-approval-justification-any = Necesito { $product } para mi trabajo.
fix-request-approval-step-send = Seleccione «Solicitar aprobación» y, después, «Volver a la aplicación».
fix-request-approval-step-wait = Espere el correo electrónico de Microsoft que indica que la solicitud se aprobó (o se denegó). La aprobación suele tardar desde unos minutos hasta unos días; no puede ver el estado en ningún otro sitio.
fix-request-approval-step-reconnect = Cuando se apruebe, vuelva a conectar { $product }.
fix-request-approval-check = Después de la aprobación, la conexión funciona sin pantalla de aprobación.

## ask-admin: the user sends their IT administrator a prepared message.

fix-ask-admin-title = Pida a su administrador de TI que apruebe la aplicación
fix-ask-admin-duration = 1 minuto y luego esperar a su administrador
fix-ask-admin-intro = Envíe a su administrador un mensaje con todo lo que necesita para resolverlo de una sola vez.
fix-ask-admin-step-copy = Copie este mensaje (o ábralo en su programa de correo electrónico) y envíelo a su administrador de TI o al servicio de asistencia técnica.
# The label above the message the user copies.
fix-ask-admin-snippet-message = Mensaje
# A link that opens the message in the user's e-mail program.
fix-ask-admin-link-email = Abrir en el correo electrónico
fix-ask-admin-step-reconnect = Cuando su administrador se lo confirme, vuelva a conectar { $product }.
fix-ask-admin-check = La conexión funciona sin pantalla de aprobación.

## The message the user sends their IT administrator, in the user's words. One message per paragraph; the page puts a blank line between paragraphs.

# The e-mail's subject line.
fix-ask-admin-subject = Solicitud de aprobación de { $product } para nuestra organización
fix-ask-admin-message-greeting = Hola:
fix-ask-admin-message-problem = He intentado conectar { $product } (de { $company }) a mi cuenta de Microsoft 365 y Microsoft me ha indicado que un administrador tiene que aprobarlo.
# $permissions is a list, one permission a line: "- Mail.ReadWrite (Microsoft Graph): why the app needs it" (the reason is the vendor's, in English).
fix-ask-admin-message-permissions =
    Qué permisos pide y para qué:
    { $permissions }
# $url is the admin-consent link for the user's organization.
fix-ask-admin-message-consent-link =
    Puede revisar y conceder el consentimiento para nuestra organización con este vínculo (solo funciona para un administrador):
    { $url }
# $url opens this page's diagnosis for administrators.
fix-ask-admin-message-instructions =
    Instrucciones paso a paso para administradores:
    { $url }
# $url is this site's page for administrators.
fix-ask-admin-message-other-ways =
    Otras formas de concederlo (centro de administración, PowerShell, CLI de Azure):
    { $url }
# $url is this site's read-only check of the organization's settings.
fix-ask-admin-message-tenant-check =
    Si sigue bloqueado, esta comprobación de solo lectura encuentra la configuración de nuestra organización que lo provoca:
    { $url }
# These lines follow each other without blank lines. $app_id is a GUID, $publisher the publisher's name as Microsoft shows it.
fix-ask-admin-message-app-id = Id. de aplicación: { $app_id }
fix-ask-admin-message-publisher = Publicador: { $publisher }
# The publisher is verified by Microsoft.
fix-ask-admin-message-publisher-verified = Publicador: { $publisher } (verificado)
# $details holds the error code and IDs in one line.
fix-ask-admin-message-details = Detalles del error: { $details }
fix-ask-admin-message-thanks = Muchas gracias.

## try-again: the user declined or closed Microsoft's permissions screen.

fix-try-again-title = Vuelva a conectar { $product } y acepte
fix-try-again-intro = La pantalla de permisos se cerró o se rechazó. No hay nada roto; empiece de nuevo.
fix-try-again-step-start = Empiece de nuevo a conectar { $product }.
fix-try-again-step-accept = Cuando Microsoft muestre la lista de permisos, léala y seleccione «Aceptar».
fix-try-again-step-admin = Si en su lugar ve «Se necesita la aprobación del administrador» o «Aprobación necesaria», su organización necesita que un administrador apruebe la aplicación: siga la siguiente solución.
fix-try-again-check = Vuelve a la aplicación con la conexión ya establecida.

## sign-in-again

fix-sign-in-again-title = Vuelva a iniciar sesión y complete todos los pasos
fix-sign-in-again-intro = Microsoft necesita un nuevo inicio de sesión interactivo: su sesión terminó, o su organización exige una comprobación adicional, como la autenticación multifactor.
fix-sign-in-again-step-start = Empiece de nuevo a conectar { $product } en una ventana normal del navegador (no en una ventana integrada en otra aplicación).
fix-sign-in-again-step-prompts = Complete todo lo que se le pida: contraseña, aplicación de autenticación o código, y cualquier registro que le pida su organización.
fix-sign-in-again-step-register = Si no tiene configurada la aplicación de autenticación, registre primero un método en la página «Información de seguridad» de Microsoft.
fix-sign-in-again-link-security-info = Abrir Información de seguridad
fix-sign-in-again-check = El inicio de sesión se completa y usted vuelve a la aplicación.

## use-other-account

fix-use-other-account-title = Inicie sesión con su cuenta profesional de la organización correcta
fix-use-other-account-intro = El inicio de sesión usó una cuenta u organización que no coincide con la que espera la aplicación.
fix-use-other-account-step-start = Empiece de nuevo a conectar { $product }.
fix-use-other-account-step-picker = En el selector de cuentas de Microsoft, elija «Usar otra cuenta» y escriba su dirección profesional o educativa (no una cuenta personal de Outlook.com o Hotmail).
fix-use-other-account-step-private = Si se elige automáticamente la cuenta equivocada, vuelva a intentarlo en una ventana privada del navegador.
fix-use-other-account-check = Llega a la pantalla de permisos o vuelve a la aplicación.

## reset-password

fix-reset-password-title = Cambie o restablezca su contraseña
fix-reset-password-intro = La contraseña era incorrecta o ha caducado.
fix-reset-password-step-reset = Restablezca su contraseña en la página de autoservicio de Microsoft (si su organización lo permite) o pida ayuda al servicio de asistencia técnica.
fix-reset-password-link-reset = Abrir el restablecimiento de contraseña
fix-reset-password-step-sign-in = Vuelva a iniciar sesión con la nueva contraseña.
fix-reset-password-check = El inicio de sesión se completa.

## device-compliance

fix-device-compliance-title = Use un dispositivo administrado por su organización
fix-device-compliance-duration = De 10 minutos a un día
fix-device-compliance-intro = Su organización solo permite usar esta aplicación desde dispositivos registrados y compatibles (o desde aplicaciones aprobadas).
fix-device-compliance-step-managed = Vuelva a intentarlo desde un equipo o un teléfono administrado por la empresa.
# Company Portal is the name of Microsoft's app (Intune Company Portal).
fix-device-compliance-step-enroll = O inscriba este dispositivo: instale la aplicación Portal de empresa de su organización, inicie sesión y siga sus pasos hasta que el dispositivo aparezca como compatible.
fix-device-compliance-step-help-desk = Si no es posible inscribirlo, pregunte al servicio de asistencia técnica qué dispositivos o aplicaciones están permitidos.
fix-device-compliance-check = El inicio de sesión se completa desde el dispositivo administrado.

## run-check: this site's own sign-in check.

fix-run-check-title = Confirme la solución con una comprobación de inicio de sesión
fix-run-check-intro = Después de que alguien haga un cambio, este sitio puede iniciar su sesión para comprobar qué permisos de { $product } están concedidos ahora.
fix-run-check-step-open = Abra la comprobación de inicio de sesión e inicie sesión con la cuenta que falló.
fix-run-check-link-open = Abrir la comprobación de inicio de sesión

## paste-more: nothing recognisable was pasted.

fix-paste-more-title = Pegue el error completo
fix-paste-more-intro = No se encontró nada reconocible. Cuanto más texto del error pegue, más preciso será el diagnóstico.
fix-paste-more-step-details = En la pantalla de error de Microsoft, seleccione «Más detalles» o «Detalles de solución de problemas» y copie todo lo que aparezca (incluye el código de error y los id.).
fix-paste-more-step-address = O bien, después del error, copie la dirección completa de la barra de direcciones del navegador.
fix-paste-more-step-lookup = Si la pantalla muestra un número como 90094, la página de errores de Microsoft lo describe.
fix-paste-more-link-lookup = Abrir la búsqueda de errores de Microsoft
fix-paste-more-step-paste = Péguelo en la página de inicio de este sitio.
fix-paste-more-link-start = Ir a la página de inicio

## lookup-code: $code is an error code such as AADSTS90094.

fix-lookup-code-title = Busque { $code } en la página de errores de Microsoft
fix-lookup-code-intro = La página de búsqueda de errores de Microsoft tiene la descripción más reciente de cada código.
fix-lookup-code-step-open = Abra la descripción de Microsoft para este código.
fix-lookup-code-link-open = Abrir { $code } en el sitio de Microsoft

## contact-vendor: only the app's vendor can fix it.

fix-contact-vendor-title = Comuníqueselo a { $company }
fix-contact-vendor-duration = 1 día laborable (proveedor)
fix-contact-vendor-intro = La causa está en cómo se registró { $product } o en cómo inicia sesión; solo { $company } puede cambiarlo.
# $email is the vendor's support e-mail address, $url its support website.
fix-contact-vendor-step-contact-email-url = Póngase en contacto con el soporte técnico de { $company }: { $email } o { $url }.
fix-contact-vendor-step-contact-email = Póngase en contacto con el soporte técnico de { $company }: { $email }.
fix-contact-vendor-step-contact-url = Póngase en contacto con el soporte técnico de { $company }: { $url }.
# Only when the vendor gave neither an e-mail address nor a website.
fix-contact-vendor-step-contact-none = Póngase en contacto con el soporte técnico de { $company } por el canal que use habitualmente.
fix-contact-vendor-link-email = Escribir al soporte técnico
fix-contact-vendor-link-website = Abrir la página de soporte técnico
# The subject of the e-mail to the vendor's support.
fix-contact-vendor-email-subject = Error de inicio de sesión en { $product }
# "Details for support" is the name of a section on the same page.
fix-contact-vendor-step-report = Incluya el informe de «Detalles para el soporte técnico» de esta página: contiene el código, los id. de seguimiento y de correlación y la hora, que sus ingenieros necesitan.

## wait-and-retry: a passing problem at Microsoft.

fix-wait-and-retry-title = Espere unos minutos y vuelva a intentarlo
fix-wait-and-retry-duration = De 5 a 15 minutos
fix-wait-and-retry-intro = Se trata de un problema pasajero del servicio de Microsoft.
fix-wait-and-retry-step-wait = Espere unos minutos y vuelva a intentarlo.
fix-wait-and-retry-step-status = Si sigue fallando durante más de una hora, consulte el estado del servicio de Microsoft 365 o póngase en contacto con el soporte técnico con los detalles de abajo.
fix-wait-and-retry-link-status = Abrir el estado del servicio de Microsoft 365

## register-device: the device's registration with the organization.

fix-register-device-title = Vuelva a conectar este dispositivo a su organización
fix-register-device-intro = Microsoft no pudo confirmar la identidad de este dispositivo: no está registrado ni unido, su registro se eliminó o se deshabilitó, o su token de inicio de sesión del dispositivo está desactualizado.
# The path is Windows' own Settings app: use its labels in your language.
fix-register-device-step-windows = En Windows, abra Configuración › Cuentas › Obtener acceso a trabajo o escuela. Si su cuenta profesional no aparece o muestra un error, desconéctela y vuelva a conectarla; después, reinicie el equipo.
# AzureAdJoined, WorkplaceJoined, AzureAdPrt and YES are what the command prints: keep them as they are.
fix-register-device-step-status = Para ver el estado del dispositivo, ejecute esto en un símbolo del sistema; AzureAdJoined o WorkplaceJoined, y AzureAdPrt, deberían indicar YES. Si no es así, envíe el resultado a su administrador de TI:
# The label above the command to copy (Windows' Command Prompt).
fix-register-device-snippet-command-prompt = Símbolo del sistema
fix-register-device-step-phone = En un teléfono o un Mac, abra Portal de empresa (o Microsoft Authenticator) e inicie sesión con su cuenta profesional para que el dispositivo se registre.
# $devices_path and $sign_in_logs_path are menu paths in the Microsoft Entra admin center.
fix-register-device-step-admins = Administradores de TI: busquen el dispositivo en { $devices_path } y comprueben que está habilitado y que no es un duplicado obsoleto; { $sign_in_logs_path } muestra el id. del dispositivo que usó el inicio de sesión.
fix-register-device-link-sign-in-logs = Abrir los registros de inicio de sesión
# $command is a command (dsregcmd /status).
fix-register-device-check = El inicio de sesión funciona desde este dispositivo y { $command } muestra el dispositivo como unido o registrado.

## app-protection: app protection policies (Microsoft Intune) on phones.

fix-app-protection-title = Use una aplicación protegida por su organización
fix-app-protection-intro = Una directiva de acceso condicional solo permite llegar a este recurso desde una aplicación que aplique la directiva de protección de aplicaciones de su organización (Microsoft Intune), y el inicio de sesión llegó desde una aplicación o un navegador que no la aplica.
fix-app-protection-step-broker = Instale la aplicación de agente e inicie sesión en ella con su cuenta profesional: Microsoft Authenticator en iPhone y iPad, Portal de empresa en Android.
fix-app-protection-step-approved-app = Abra los datos en una aplicación aprobada por su organización (por ejemplo, Outlook o Teams en el teléfono) en lugar de en esta aplicación o en el navegador.
fix-app-protection-step-ask-admin = Si necesita esta aplicación en el teléfono, pregunte a su administrador de TI: solo él puede agregarla a la directiva de protección de aplicaciones o cambiar la directiva de acceso condicional.
fix-app-protection-check = El inicio de sesión funciona desde la aplicación protegida.

## Fixes an administrator carries out. The user sees the title, the introduction and how to check it worked; the steps stay in English for the administrator.

fix-admin-consent-url-title = Conceder el consentimiento para todos con un solo vínculo
# $tenant is the organization's domain or tenant ID.
fix-admin-consent-url-intro-tenant = Un vínculo pide a Microsoft que conceda los permisos de { $product } para su organización ({ $tenant }): solo para esta aplicación; no cambia nada más.
fix-admin-consent-url-intro = Un vínculo pide a Microsoft que conceda los permisos de { $product } para la organización de la cuenta de administrador con la que se inicie sesión: solo para esta aplicación; no cambia nada más.
fix-admin-consent-url-check = Pida a un usuario que vuelva a conectarse, o ejecute la comprobación de inicio de sesión de este sitio: todos los permisos deberían aparecer como concedidos.

fix-method-1-title = Conceder el consentimiento del administrador a { $product } para toda la organización en el centro de administración
fix-method-1-intro = Un administrador aprueba una sola vez los permisos de { $product } para toda la organización desde su aplicación empresarial; después, ya no se pregunta a los usuarios. Solo se confía en esta aplicación.
fix-method-1-check = Actualice la página «Permisos»: cada permiso debería aparecer en «Consentimiento del administrador», concedido por un administrador. Después, pida a un usuario que vuelva a conectarse.

fix-method-2-title = Iniciar sesión en la aplicación como administrador y dar el consentimiento en nombre de la organización
fix-method-2-intro = Un administrador conecta { $product } como lo haría un usuario y, en la pantalla de permisos de Microsoft, da el consentimiento en nombre de todos. Así también se agrega la aplicación al directorio si todavía no está.
fix-method-2-check = Otro usuario se conecta sin ver ninguna pantalla de aprobación.

fix-admin-browser-title = Conectarse desde un navegador que ya tiene iniciada la sesión de administrador
fix-admin-browser-intro = Una solución alternativa cuando se concedió el consentimiento pero los usuarios siguen sin poder conectarse (por ejemplo, mientras se propagan los cambios): el administrador conecta { $product } desde un navegador en el que ya tiene iniciada la sesión de Microsoft 365 como administrador.
fix-admin-browser-check = La conexión se realiza correctamente y los usuarios pueden conectar sus propias cuentas.

fix-review-request-title = Revisar la solicitud de aprobación de { $product }
fix-review-request-intro = Un revisor abre la solicitud pendiente de { $product } y la aprueba, con lo que se concede el consentimiento para todos en la organización.
fix-review-request-check = El solicitante recibe un correo electrónico y puede volver a conectarse.

fix-enable-workflow-title = Permitir que los usuarios soliciten la aprobación en lugar de quedarse sin salida
fix-enable-workflow-intro = Al activar el flujo de trabajo de consentimiento del administrador, «Se necesita la aprobación del administrador» se sustituye por «Aprobación necesaria», donde los usuarios envían una solicitud con una justificación a los revisores elegidos. Por sí mismo no aprueba nada.
fix-enable-workflow-check = En una hora (normalmente en minutos), un usuario que intente conectarse verá «Aprobación necesaria» con un botón «Solicitar aprobación».

# $publisher is the publisher's name as Microsoft shows it.
fix-solution-b-title = Permitir que los usuarios den su consentimiento a aplicaciones de publicadores verificados
fix-solution-b-intro = Así, los usuarios pueden dar su consentimiento por sí mismos a aplicaciones de publicadores verificados, como { $product } ({ $publisher }), para los permisos que un administrador clasifique como de bajo impacto.
fix-solution-b-widens = Esto cambia lo que los usuarios pueden consentir para todas las aplicaciones de publicadores verificados, no solo para esta. Es preferible conceder el consentimiento solo a esta aplicación.
fix-solution-b-check = Un usuario que no es administrador conecta la aplicación sin pantalla de aprobación.

fix-method-3-title = Permitir que los usuarios den su consentimiento a las aplicaciones por sí mismos (la opción más amplia)
fix-method-3-intro = Así, los usuarios pueden dar su consentimiento a cualquier aplicación, de cualquier publicador, para los permisos que no requieren un administrador.
fix-method-3-widens = Esto permite que cualquier usuario dé a cualquier aplicación acceso a sus datos: justo la configuración de la que se aprovechan los ataques de phishing de consentimiento. Microsoft la considera una opción heredada; úsela solo si su directiva de seguridad lo permite.
fix-method-3-check = Un usuario conecta la aplicación y acepta los permisos por sí mismo.

fix-conditional-access-title = Encontrar la directiva de acceso condicional que bloqueó el inicio de sesión
fix-conditional-access-intro = Una directiva de acceso condicional rechazó el inicio de sesión en { $product }. No es un problema de consentimiento: conceder el consentimiento no servirá de nada. El administrador que gestiona el acceso condicional decide si la aplicación recibe una excepción.
fix-conditional-access-check = El usuario vuelve a iniciar sesión; la nueva entrada del registro de inicio de sesión muestra que el acceso condicional se superó o no se aplicó.

fix-enable-sign-in-title = Habilitar { $product } para que los usuarios inicien sesión
fix-enable-sign-in-intro = La aplicación empresarial de { $product } está deshabilitada, así que Microsoft no emite tokens para ella a nadie. Un administrador vuelve a poner «¿Habilitado para que los usuarios inicien sesión?» en Sí.
fix-enable-sign-in-check = Los usuarios pueden volver a iniciar sesión; los nuevos inicios de sesión ya no fallan con AADSTS7000112.

fix-assign-users-title = Asignar el usuario a { $product } o dejar de exigir la asignación
fix-assign-users-intro = { $product } tiene activado «¿Se requiere asignación?», y solo los usuarios y grupos asignados pueden iniciar sesión. Un administrador asigna el usuario (o su grupo) a la aplicación, o desactiva el requisito.
fix-assign-users-check = El usuario vuelve a iniciar sesión sin AADSTS50105.

fix-create-service-principal-title = Agregar { $product } a su directorio
fix-create-service-principal-intro = La aplicación (o un servicio de Microsoft al que llama) todavía no tiene una aplicación empresarial en su directorio. Normalmente se crea al conceder el consentimiento; un administrador también puede crearla directamente y después conceder el consentimiento.
fix-create-service-principal-check = { $product } aparece en «Aplicaciones empresariales» y el inicio de sesión ya no se detiene en este error.

fix-app-only-access-title = Conceder acceso solo de aplicación y limitarlo a los buzones elegidos
fix-app-only-access-duration = 20 minutos, y hasta una hora para que surta efecto
# $permissions lists the app's application permissions, e.g. "Mail.Read, Calendars.Read".
fix-app-only-access-intro-listed = Para sincronizar desde el servidor sin un usuario con sesión iniciada, { $product } usa permisos de aplicación ({ $permissions }). Siempre necesitan el consentimiento del administrador y abarcan todos los buzones, salvo que Exchange Online los limite.
# The same when the vendor's profile lists no application permission.
fix-app-only-access-intro = Para sincronizar desde el servidor sin un usuario con sesión iniciada, { $product } usa sus permisos de aplicación. Siempre necesitan el consentimiento del administrador y abarcan todos los buzones, salvo que Exchange Online los limite.
# $command is a PowerShell command (Test-ApplicationAccessPolicy); Granted, Denied and "Access to OData is disabled" are what it and Microsoft Graph return: keep them as they are.
fix-app-only-access-check = { $command } indica Granted para los miembros y Denied para los demás; las llamadas denegadas devuelven «Access to OData is disabled».

fix-fix-account-title = Comprobar la cuenta del usuario
fix-fix-account-intro = El problema es la propia cuenta: está deshabilitada o bloqueada, su contraseña caducó o no es miembro de la organización.
fix-fix-account-check = El usuario vuelve a iniciar sesión.

fix-check-firewall-title = Comprobar que su red deja pasar el inicio de sesión
fix-check-firewall-intro = Los servidores proxy, los firewalls y las restricciones de inquilino pueden impedir que { $product } llegue a los puntos de conexión de inicio de sesión y de Graph de Microsoft.
fix-check-firewall-check = El inicio de sesión y la sincronización funcionan desde dentro de la red.

fix-federation-title = Comprobar el proveedor de identidades con el que inicia sesión su organización
fix-federation-intro = El inicio de sesión de esta cuenta se delega en otro proveedor de identidades (AD FS, Okta, Ping y similares) o en un agente local (autenticación de paso a través, SSO de conexión directa), y ese paso falló. Ni el consentimiento ni el proveedor de la aplicación pueden cambiarlo; quien administre ese proveedor de identidades, sí.
fix-federation-check = El usuario vuelve a iniciar sesión y el registro de inicio de sesión indica que se realizó correctamente.

fix-guest-access-title = Comprobar la cuenta de invitado en la otra organización
fix-guest-access-intro = La cuenta inicia sesión como invitado de otra organización, y el estado del invitado lo impide: no se aceptó la invitación, se quitó o se bloqueó al invitado, o la configuración de acceso entre inquilinos de las dos organizaciones no lo permite.
fix-guest-access-check = El invitado inicia sesión en la aplicación en la organización que lo invitó.

fix-claim-tenant-title = Tomar el control del directorio no administrado
fix-claim-tenant-intro = El directorio de su organización se creó automáticamente cuando alguien se registró en un servicio de Microsoft con una dirección de correo profesional. Nadie lo administra, así que nadie puede aprobar aplicaciones en él hasta que alguien que sea propietario del dominio de correo electrónico tome el control.
fix-claim-tenant-check = Entra ID muestra el dominio como verificado en su organización administrada.
