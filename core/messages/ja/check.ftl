## /check: the result of the sign-in check.

check-signed-in-as = { $user } としてサインインしています。
check-signed-in = サインインしています。
# $total is a number of permissions.
check-all-granted = { $product } に必要なアクセス許可はすべて付与されています ({ $total } 件)。それでもアプリが失敗する場合は、そのエラーをスタート ページに貼り付けてください。
# $missing and $total are numbers, $names lists permission names.
check-missing = 不足しているアクセス許可 ({ $total } 件中 { $missing } 件): { $names }。
check-role-can-grant-all = あなたのロールで、今すぐこれらを付与できます。
check-role-can-grant-delegated = あなたのロールで、これらの委任されたアクセス許可を今すぐ付与できます。
check-admin-must-grant = これらは管理者が付与する必要があります。
check-graph-app-roles = { $product } は Microsoft Graph のアプリケーションのアクセス許可も使用しますが、これはあなたのロールでは付与できません。特権ロール管理者またはグローバル管理者が付与する必要があります。
# $resource is a service such as Microsoft Graph, $reason the error it gave (in English).
check-token-failed = { $resource } のトークンを取得できませんでした: { $reason }

## Why a sign-in could not start (rare: the browser lacks what the protection needs).

check-start-no-random = このブラウザーは安全な乱数を提供していないため、サインインを保護できません。
check-start-no-storage = このブラウザーではセッション ストレージが許可されていません。サインインの間、一時的にセッション ストレージが必要です。
check-start-refused = ブラウザーがサインイン ページを開くことを拒否しました。
