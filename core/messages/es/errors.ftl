## The error-code pages (full app only).

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
