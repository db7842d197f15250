# Consent Doctor: the user's side of the page, in English.
# Arguments: $product is the app's name from the deployment profile.

## The verdict card's headline, one per verdict, in the user's voice and the admin's.

headline-admin-consent-required-admin = { $product } necesita el consentimiento de un administrador en esta organización para que los usuarios puedan conectarlo.
headline-admin-consent-required = Su organización necesita que un administrador apruebe { $product } para que usted pueda usarlo.
headline-admin-consent-workflow-admin = { $product } está pendiente de aprobación: los usuarios pueden solicitarla y un revisor tiene que aprobarla.
headline-admin-consent-workflow = Un administrador tiene que aprobar { $product }; puede enviarle una solicitud desde la pantalla de Microsoft.
headline-org-consent-cancelled = Se canceló el consentimiento de { $product } para toda la organización, así que no se concedió nada.
headline-user-declined-consent = La pantalla de permisos de { $product } se canceló o se rechazó, así que la aplicación no se conectó.
headline-admin-consent-granted = Se concedió el consentimiento para { $product } en nombre de toda la organización.
headline-app-disabled = { $product } tiene deshabilitado el inicio de sesión en esta organización.
headline-user-not-assigned-admin = El usuario no está asignado a { $product }, que solo admite usuarios asignados.
headline-user-not-assigned = Su organización solo permite usar { $product } a las personas asignadas, y su cuenta todavía no está asignada.
headline-conditional-access-blocked = Una directiva de seguridad de su organización bloqueó el inicio de sesión en { $product }.
headline-app-not-found-in-tenant = No se encontró { $product }, o un servicio que usa, en el directorio de esta organización.
headline-misconfigured-app = El inicio de sesión de { $product } está mal configurado; su proveedor tiene que corregirlo.
headline-sign-in-required = Microsoft necesita que vuelva a iniciar sesión para usar { $product }.
headline-account-problem = El problema está en la cuenta con la que se inició sesión, no en la aplicación.
headline-other = Microsoft devolvió un error al conectar { $product }.
headline-unknown = No se encontró ningún error de inicio de sesión de Microsoft en lo que se proporcionó.
headline-signed-in-ok = { $product } tiene concedido todo lo que necesita.
headline-signed-in-missing-scopes = Todavía no se han concedido algunos permisos que { $product } necesita.
