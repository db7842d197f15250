## The sign-in check's page and results, and the callback (full app only: the first
## visit does not carry these sentences).

## src/components/check_view.rs: what the sign-in check showed.

check-view-forget = 清除此次登录
check-view-title = 登录结果
check-view-name = 名称
check-view-sign-in-name = 登录名
check-view-tenant-id = 租户 ID
check-view-account = 帐户
# What kind of account signed in.
check-view-account-member = 此组织的成员
check-view-account-guest = 来自其他组织的来宾
check-view-account-personal = 个人 Microsoft 帐户（其访问令牌对应用不透明，因此只显示已授予的范围）
check-view-account-unknown = 未知
# Beside "Microsoft Graph"; $name is the name Microsoft Graph gave for the account, /me is a technical address.
check-view-graph-answered = 对 /me 的应答为“{ $name }”：访问令牌有效
check-view-permissions = 权限
check-view-col-status = 状态
check-view-col-permission = 权限
check-view-col-who = 谁可以授予
check-view-col-why = 应用为何需要
# A permission's status, after ✓ or ✗.
check-view-granted = 已授予
check-view-missing = 缺少
# Who may grant a permission.
check-view-grant-admin-by-default = 默认需要管理员同意
check-view-grant-managed-blocked = 在 Microsoft 管理的同意设置（2025 年）下，用户无法授予
check-view-grant-admin-and-managed = 默认需要管理员同意；在 Microsoft 管理的同意设置（2025 年）下，用户无法授予
check-view-grant-users = 如果组织允许，用户可以授予
check-view-roles = 管理员角色
# After a role's ID.
check-view-role-unknown = （本页面不认识的角色）
check-view-no-roles = 令牌中未列出任何目录角色。
check-view-id-checks = ID 令牌检查
# The result of one check, after ✓ or ✗.
check-view-pass = 通过
check-view-fail = 未通过
check-view-tokens = 令牌
check-view-tokens-note = 仅供故障排除使用：签名未经验证，此处的任何内容都不会用于做出判断。令牌保存在此标签页的内存中，直到您清除它们或关闭标签页为止。
# $token names the token, such as "ID token" (in English).
check-view-token-summary = { $token } — 已解码，未验证
check-view-token-encrypted = 已加密：无法显示其内容。
check-view-token-opaque = 不透明：不是 JWT（个人 Microsoft 帐户通常如此），因此没有可解码的内容。
# $reason is technical, in English.
check-view-token-undecodable = 无法解码：{ $reason }。

## src/pages/check.rs: the sign-in check before signing in (/check).

check-page-title = 登录检查
# $product is the app's name.
check-page-lead = 请使用遇到问题的帐户登录。本页面会向 Microsoft 查询您的组织已授予 { $product } 的哪些权限，并显示缺少哪些权限以及谁能解决。
check-page-sign-in = 登录以检查
# $account is a sign-in name such as alex@contoso.com.
check-page-hint = 登录时会建议使用帐户 { $account }。
# $authority is the address of Microsoft's sign-in service.
check-page-authority = 您将在 { $authority } 登录。您的令牌保存在此标签页的内存中，不会发送到其他任何地方。
check-page-asks-for = { $product } 请求的权限
# Column headings of the table of permissions.
check-page-col-api = API
check-page-col-permission = 权限
check-page-col-why = 原因

## src/pages/callback.rs: where Microsoft sends the browser back after signing in.

# $tenant is an organization's ID or domain.
callback-admin-consent-tenant = Microsoft 的响应中指明了租户 { $tenant }。链接可以伪造这个值，因此它不能作为证明：请运行登录检查，确认权限已被授予。
callback-admin-consent = 请运行登录检查，确认权限已被授予。
# Why a response was refused. $key is a parameter's name.
callback-rejected-duplicate = 响应中重复出现了参数“{ $key }”，真实的响应绝不会这样。已拒绝该响应。
callback-rejected-issuer = 响应中指明的登录服务器与此次登录所用的不同。已拒绝该响应。
callback-rejected-no-pending = 此浏览器中没有正在进行的登录，因此该响应并非由此处请求。已拒绝该响应；请重新开始登录检查。
callback-rejected-state-missing = 响应中没有 state，因此无法与此浏览器发起的登录相匹配。已拒绝该响应。
callback-rejected-state-mismatch = 该响应属于另一次登录，而不是此浏览器发起的这次登录（或者已被使用过）。已拒绝该响应。
callback-rejected-expired = 登录耗时超过 10 分钟，因此已被丢弃。请重新开始登录检查。
callback-rejected-implicit-tokens = 响应在地址中携带了令牌，而本页面从不这样请求令牌。已拒绝该响应，且未读取这些令牌。
callback-rejected-no-code = 响应中既没有代码，也没有错误。请重新开始登录检查。
callback-working-title = 正在完成登录…
# $authority is the address of Microsoft's sign-in service.
callback-working-text = 正在 { $authority } 用一次性代码换取令牌。令牌会保存在此标签页的内存中。
callback-failed-title = 无法完成登录
callback-timeout = 登录服务在 12 秒内没有应答。
# "Web" and "Single-page application" are platform names in the Microsoft Entra admin center.
callback-network = 浏览器无法读取令牌终结点的应答。通常是因为应用的重定向 URI 注册为“Web”而不是“单页应用程序”（因此应答中缺少 CORS 标头），或者网络筛选器阻止了请求。
callback-retry = 重试
callback-start-over = 重新开始
