## The support report ([data-report]) and the "Details for support" table. Keep IDs,
## codes and values as they are: support searches for them.

# $product is the app's name.
report-title = { $product } — informe de diagnóstico
report-verdict = Veredicto: { $verdict } — { $headline }
report-code-titled = Código: { $code } ({ $title })
report-code = Código: { $code }
report-code-not-catalogued = Código: { $code } (no está en el catálogo)
report-all-codes = Todos los códigos: { $codes }
report-oauth-error = Error de OAuth: { $error }
report-message = Mensaje: { $message }
report-trace-id = Id. de seguimiento: { $id }
report-correlation-id = Id. de correlación: { $id }
report-request-id = Id. de solicitud: { $id }
report-timestamp = Marca de tiempo: { $value }
report-tenant = Organización (inquilino): { $tenant }
report-app = Aplicación: { $name } ({ $app_id })
report-app-named-in-error = la indicada en el error
report-admin-consent-response = Respuesta: punto de conexión de consentimiento del administrador
report-missing-permissions = Permisos que faltan: { $names }
report-input = Entrada: { $kind }
report-fixes = Soluciones recomendadas: { $fixes }
report-warning = Advertencia ({ $id }): { $title }
report-note = Nota: { $note }
report-signed-in-as = Sesión iniciada como: { $name }
report-browser = Navegador: { $browser }
report-checked = Comprobado: { $time }
report-link = Vínculo a este diagnóstico: { $link }

## What kind of input the page read (report-input).

input-unknown = nada reconocible
input-authorize-redirect = una redirección de inicio de sesión
input-admin-consent-response = una respuesta de consentimiento del administrador
input-token-json = un error del punto de conexión de tokens (JSON)
input-error-page-copy = texto copiado de la página de error de inicio de sesión de Microsoft
input-xml-fault = un error en XML (fault)
input-free-text = texto pegado
