## /check: the result of the sign-in check.

check-signed-in-as = 已以 { $user } 身份登录。
check-signed-in = 已登录。
# $total is a number of permissions.
check-all-granted = { $product } 所需的权限已全部授予（{ $total } 项）。如果应用仍然失败，请将其错误粘贴到首页上。
# $missing and $total are numbers, $names lists permission names.
check-missing = 缺少的权限（{ $total } 项中的 { $missing } 项）：{ $names }。
check-role-can-grant-all = 您的角色现在就可以授予这些权限。
check-role-can-grant-delegated = 您的角色现在就可以授予这些委托的权限。
check-admin-must-grant = 需要由管理员授予这些权限。
check-graph-app-roles = { $product } 还使用 Microsoft Graph 应用程序权限，您的角色无法授予这些权限；必须由特权角色管理员或全局管理员授予。
# $resource is a service such as Microsoft Graph, $reason the error it gave (in English).
check-token-failed = 无法获取 { $resource } 的令牌：{ $reason }

## Why a sign-in could not start (rare: the browser lacks what the protection needs).

check-start-no-random = 此浏览器不提供安全的随机数，因此无法保护登录。
check-start-no-storage = 此浏览器不允许使用会话存储，而登录过程需要短暂使用它。
check-start-refused = 浏览器拒绝打开登录页面。
