## The error-code pages (full app only).

## src/pages/errors.rs: the list of error codes (/errors) and one code (/errors/{code}).

errors-index-title = 登录错误代码
# $count is a number.
errors-index-lead = 本页面收录的所有 AADSTS 代码（共 { $count } 个），包括其含义和解决方法。
errors-search-label = 按编号或关键字搜索
# Examples of what to search for.
errors-search-placeholder = 90094、同意、条件访问…
errors-no-match = 没有匹配的代码。请改为在首页上粘贴完整的错误。
errors-not-a-code-title = 这不是 AADSTS 代码
errors-not-a-code-text = 代码是类似 90094 的数字。请检查编号，或在首页上粘贴完整的错误。
errors-see-all-codes = 查看所有代码
# $code is a code such as AADSTS1234567.
errors-not-catalogued-title = 我们的目录中还没有收录 { $code }
errors-not-catalogued-text = Microsoft 的错误查询页面提供每个代码的最新说明。
errors-open-on-microsoft = 在 Microsoft 网站上打开 { $code }
errors-see-known-codes = 查看我们收录的所有代码
# The link back to the list, above a code's page.
errors-breadcrumb = 错误代码
errors-description-unavailable = 无法加载此代码的说明。下面的结论和解决方法仍然适用，Microsoft 的页面上有其说明。
# Followed by the code's technical name, such as InvalidResource.
errors-microsoft-name = Microsoft 的名称：
errors-verdict = 结论
# Followed by an OAuth error such as invalid_client.
errors-arrives-as = 通常对应的 OAuth 错误
errors-who-can-fix = 谁能解决
errors-microsoft-page = Microsoft 页面
errors-how-to-fix = 解决方法
errors-see-as-user = 以用户视角查看
