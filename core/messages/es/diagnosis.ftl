## What the verdict card says under the headline.

summary-not-catalogued = { $code } todavía no está en el catálogo de este sitio. La página de búsqueda de errores de Microsoft lo describe, y los detalles de abajo son lo que necesita el soporte técnico.
summary-admin-consent-granted = Microsoft indica que un administrador aceptó los permisos en nombre de la organización. Los usuarios ya pueden conectarse; puede tardar unos minutos en aplicarse en todas partes.
# $wording is Microsoft's English wording that was found, e.g. Need admin approval.
summary-recognised = Se reconoció el texto de Microsoft «{ $wording }».
# $language is a language name (a message below), $wording Microsoft's words as found, $label the same screen's English name.
summary-recognised-localized = Se reconoció la pantalla de Microsoft en { $language } «{ $wording }» («{ $label }» en inglés).
# $library is a client library (MSAL.NET), $token the error name it reported, $meaning one of the library-* messages.
summary-library = { $library } notificó «{ $token }»: { $meaning }
summary-unknown-looked = Se buscó un código AADSTS, un error de OAuth, el texto de las pantallas de inicio de sesión de Microsoft (en inglés y en otros nueve idiomas) y el nombre de error de una biblioteca cliente, y no se encontró nada de eso.
summary-unknown-nothing = Tampoco hay id. de solicitud, id. de correlación ni hora: pegue la pantalla de error completa («Más detalles» los muestra), la dirección de la página de error o el error de un registro.
# $found lists what was found, e.g. "request ID 1234…, time 2025-03-04 10:11:12Z".
summary-unknown-found = Sí contiene { $found }: con estos datos, el soporte técnico puede encontrar el inicio de sesión. Pegue el resto del error (la línea con el código) para obtener un diagnóstico.
found-request-id = id. de solicitud { $value }
found-correlation-id = id. de correlación { $value }
found-trace-id = id. de seguimiento { $value }
found-time = hora { $value }
found-app-id = id. de aplicación { $value }
found-organization = organización { $value }

language-japanese = japonés
language-german = alemán
language-french = francés
language-spanish = español
language-portuguese = portugués
language-italian = italiano
language-dutch = neerlandés
language-chinese = chino
language-korean = coreano

## A client library's error, when no code came with it. Each completes summary-library.

library-cancelled = la ventana de inicio de sesión se cerró o se canceló antes de terminar.
library-consent-required = la aplicación todavía no tiene consentimiento para los permisos que pidió.
library-interaction-required = la aplicación no pudo iniciar sesión en segundo plano y necesita que usted vuelva a iniciar sesión (por una verificación adicional, una sesión caducada o una directiva).
library-claims-challenge = el servicio pidió un nuevo inicio de sesión que cumpla un requisito adicional (una directiva de acceso condicional o una sesión revocada), y es la aplicación la que tiene que solicitarlo.

## An OAuth error value, when no AADSTS code came with it.

oauth-invalid-request = La solicitud de inicio de sesión tenía un formato incorrecto o le faltaba algo; la aplicación la creó mal.
oauth-unauthorized-client = La aplicación no tiene permitido usar este tipo de inicio de sesión, o no está disponible en esta organización.
oauth-access-denied = Se denegó el acceso: se rechazó o se canceló la pantalla de consentimiento, o una directiva rechazó el inicio de sesión.
oauth-unsupported-response-type = La aplicación pidió un tipo de respuesta que su registro no permite.
oauth-invalid-scope = La aplicación pidió los permisos en un formato que no es válido.
oauth-server-error = El servicio de inicio de sesión de Microsoft tuvo un error inesperado. Vuelva a intentarlo dentro de unos minutos.
oauth-temporarily-unavailable = El servicio de inicio de sesión de Microsoft está sobrecargado o no está disponible temporalmente. Vuelva a intentarlo en breve.
oauth-invalid-resource = El servicio al que la aplicación quiere llamar no existe o no está configurado en esta organización.
oauth-login-required = No hay ninguna sesión iniciada activa; tiene que iniciar sesión de forma interactiva.
oauth-interaction-required = Microsoft necesita que haga algo en la pantalla de inicio de sesión (iniciar sesión, completar la autenticación multifactor o dar su consentimiento).
oauth-consent-required = Falta el consentimiento a los permisos de la aplicación; alguien tiene que concederlo de forma interactiva.
oauth-invalid-grant = El código de inicio de sesión o el inicio de sesión guardado ya no es válido; vuelva a iniciar sesión.
oauth-invalid-client = La aplicación no pudo demostrar su identidad ante Microsoft; su registro o sus credenciales son incorrectos.
oauth-unsupported-grant-type = La aplicación usó un tipo de solicitud de token que este registro no admite.
oauth-permission-denied = El administrador canceló la solicitud de consentimiento.
oauth-other = Este valor de error no figura ni en el estándar OAuth ni en la documentación de Microsoft.

## The second reading of a cancel without a code.

alternative-admin-approval = O bien: si Microsoft mostró «Se necesita la aprobación del administrador» o «Aprobación necesaria» antes de que se cerrara la ventana, { $product } necesita primero la aprobación de un administrador, y volver a intentarlo no servirá de nada.

## Notes under the fixes.

note-dropped-code = Esta página recibió un código de autorización. Se ignoró y no se muestra, ni se guarda ni se comparte: es una credencial de un solo uso y nadie debería pedírsela.
note-dropped-token = Esta página recibió un token. Se ignoró y no se muestra, ni se guarda ni se comparte.
# $key is a parameter name such as redirect_uri.
note-dropped-redirect = El vínculo incluía una dirección «{ $key }». Esta página nunca le lleva a una dirección tomada de un vínculo, así que se ignoró.
note-dropped-authority = El vínculo intentaba elegir el servidor de inicio de sesión. Solo la configuración propia de esta instalación puede hacerlo, así que se ignoró.
# $others lists codes, $primary is one code.
note-other-codes = La entrada también menciona { $others }; { $primary } es la causa concreta.
# $permissions lists permission names such as Mail.Read.
note-managed-consent = Si sus compañeros pudieron conectarse antes: desde 2025, las organizaciones que tienen «Let Microsoft manage your consent settings» [Dejar que Microsoft administre la configuración de consentimiento] ya no permiten que los usuarios den su consentimiento a { $permissions } para aplicaciones de terceros. Los consentimientos anteriores siguen funcionando; los usuarios nuevos necesitan el consentimiento de un administrador.
note-ignored-parameters = Parámetros ignorados: { $names }.
note-duplicate-parameters = Estos parámetros aparecían más de una vez; solo se usó el primer valor: { $names }.
note-truncated = Una parte de la entrada era demasiado larga y se recortó antes de leerla.

## Warnings a person must not miss.

warning-unknown-client-title = Esto se refiere a una aplicación distinta de { $product }
# $app is an application ID, possibly followed by the app's name in quotes.
warning-unknown-client = La entrada indica el id. de aplicación { $app }, que no es { $product } ni está en su lista de aplicaciones. Este sitio no ofrece ningún vínculo de consentimiento para ella: dar el consentimiento a una aplicación que no se puede identificar es justo como funciona el phishing de consentimiento. Compruebe primero la aplicación con su proveedor.
warning-unsolicited-title = Este inicio de sesión no se originó en esta página
warning-unsolicited = El error llegó en un vínculo, no de un inicio de sesión que haya empezado este navegador, así que no se puede confirmar que el texto sea de Microsoft. Se muestra solo a título informativo; no se hizo nada con él.
warning-unverified-publisher-title = El publicador de { $product } no está verificado
warning-unverified-publisher = Microsoft no ha verificado al publicador «{ $publisher }» (para la verificación se necesita un id. de Microsoft Cloud Partner Program, antes id. de MPN, vinculado a la aplicación). Por eso, los usuarios no pueden dar su consentimiento con la opción de «publicadores verificados», y como las aplicaciones multiinquilino (de varias organizaciones) no verificadas y registradas después de noviembre de 2020 se consideran de riesgo, es posible que los usuarios no puedan dar su consentimiento en absoluto: un administrador tiene que conceder el consentimiento. Compruebe el id. de aplicación ({ $app_id }) antes de hacerlo.
warning-broad-scope-title = Revise los permisos antes de concederlos
# $permissions lists permission names.
warning-broad-delegated = Estos permisos dan un acceso amplio a datos de todos los buzones o del directorio: { $permissions }.
warning-broad-application = Los permisos de aplicación ({ $permissions }) permiten que la aplicación actúe sin un usuario con sesión iniciada, en todos los buzones o cuentas que abarcan, hasta que un administrador los limite.
warning-broad-default = El vínculo de consentimiento pide .default, que significa todos los permisos configurados en el registro de la aplicación, no solo los que aparecen aquí. Lea la lista en la pantalla de consentimiento de Microsoft antes de aceptar.

## Who can fix it (badges), and whose voice the page speaks in.

fixer-user = Usted
fixer-admin = Su administrador de TI
fixer-vendor = El proveedor de la aplicación
fixer-microsoft = Microsoft (temporal)
audience-user = Uso la aplicación
audience-admin = Soy administrador
audience-support = Soy de soporte técnico
