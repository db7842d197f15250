# Consent Doctor: the user's side of the page, in English.
# Arguments: $product is the app's name from the deployment profile.

## The verdict card's headline, one per verdict, in the user's voice and the admin's.

headline-admin-consent-required-admin = 需要此组织的管理员先同意 { $product }，用户才能连接它。
headline-admin-consent-required = 您的组织需要管理员批准 { $product }，您才能使用它。
headline-admin-consent-workflow-admin = { $product } 正在等待批准：用户可以提交请求，审阅者需要批准该请求。
headline-admin-consent-workflow = { $product } 需要管理员批准；您可以在 Microsoft 的页面上向管理员发送请求。
headline-org-consent-cancelled = 针对 { $product } 的组织范围同意已被取消，因此未授予任何权限。
headline-user-declined-consent = { $product } 的权限页面已被取消或拒绝，因此未能连接。
headline-admin-consent-granted = 已为整个组织授予对 { $product } 的同意。
headline-app-disabled = 此组织已禁止登录 { $product }。
headline-user-not-assigned-admin = 该用户未分配到 { $product }，而此应用只允许已分配的用户登录。
headline-user-not-assigned = 您的组织只允许已分配的人员使用 { $product }，而您的帐户尚未分配。
headline-conditional-access-blocked = 您组织的安全策略阻止了对 { $product } 的登录。
headline-app-not-found-in-tenant = 在此组织的目录中找不到 { $product } 或它使用的某项服务。
headline-misconfigured-app = { $product } 的登录设置有误，需要由其供应商修复。
headline-sign-in-required = Microsoft 需要您重新登录才能使用 { $product }。
headline-account-problem = 问题出在登录所用的帐户上，而不是应用本身。
headline-other = 连接 { $product } 时，Microsoft 返回了错误。
headline-unknown = 在您提供的内容中没有找到 Microsoft 登录错误。
headline-signed-in-ok = { $product } 所需的权限已全部授予。
headline-signed-in-missing-scopes = { $product } 所需的部分权限尚未授予。
