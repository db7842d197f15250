## The support report ([data-report]) and the "Details for support" table. Keep IDs,
## codes and values as they are: support searches for them.

# $product is the app's name.
report-title = { $product } — 诊断报告
report-verdict = 结论：{ $verdict } — { $headline }
report-code-titled = 代码：{ $code }（{ $title }）
report-code = 代码：{ $code }
report-code-not-catalogued = 代码：{ $code }（未收录）
report-all-codes = 所有代码：{ $codes }
report-oauth-error = OAuth 错误：{ $error }
report-message = 消息：{ $message }
report-trace-id = 跟踪 ID：{ $id }
report-correlation-id = 关联 ID：{ $id }
report-request-id = 请求 ID：{ $id }
report-timestamp = 时间戳：{ $value }
report-tenant = 租户：{ $tenant }
report-app = 应用：{ $name }（{ $app_id }）
report-app-named-in-error = 错误中提到的应用
report-admin-consent-response = 响应：管理员同意终结点
report-missing-permissions = 缺少的权限：{ $names }
report-input = 输入：{ $kind }
report-fixes = 建议的解决方法：{ $fixes }
report-warning = 警告（{ $id }）：{ $title }
report-note = 备注：{ $note }
report-signed-in-as = 登录身份：{ $name }
report-browser = 浏览器：{ $browser }
report-checked = 检查时间：{ $time }
report-link = 此诊断的链接：{ $link }

## What kind of input the page read (report-input).

input-unknown = 无可识别内容
input-authorize-redirect = 登录重定向
input-admin-consent-response = 管理员同意响应
input-token-json = 令牌终结点错误（JSON）
input-error-page-copy = 从 Microsoft 登录错误页面复制的文本
input-xml-fault = XML 错误响应
input-free-text = 粘贴的文本
