## The sign-in check's page and results, and the callback (full app only: the first
## visit does not carry these sentences).

## src/components/check_view.rs: what the sign-in check showed.

check-view-forget = このサインインを消去する
check-view-title = サインインで確認できた内容
check-view-name = 名前
check-view-sign-in-name = サインイン名
check-view-tenant-id = テナント ID
check-view-account = アカウント
# What kind of account signed in.
check-view-account-member = この組織のメンバー
check-view-account-guest = 別の組織からのゲスト
check-view-account-personal = 個人用 Microsoft アカウント (アクセス トークンの中身はアプリから読めないため、付与されたスコープだけを表示しています)
check-view-account-unknown = 不明
# Beside "Microsoft Graph"; $name is the name Microsoft Graph gave for the account, /me is a technical address.
check-view-graph-answered = /me に「{ $name }」と応答しました。アクセス トークンは有効です
check-view-permissions = アクセス許可
check-view-col-status = 状態
check-view-col-permission = アクセス許可
check-view-col-who = 付与できる人
check-view-col-why = アプリが必要とする理由
# A permission's status, after ✓ or ✗.
check-view-granted = 付与済み
check-view-missing = 不足
# Who may grant a permission.
check-view-grant-admin-by-default = 既定で管理者の同意が必要
check-view-grant-managed-blocked = Microsoft が管理する同意設定 (2025 年) ではユーザーは付与できません
check-view-grant-admin-and-managed = 既定で管理者の同意が必要。Microsoft が管理する同意設定 (2025 年) ではユーザーは付与できません
check-view-grant-users = 組織が許可していれば、ユーザーが付与できます
check-view-roles = 管理者ロール
# After a role's ID.
check-view-role-unknown = (このページが認識していないロール)
check-view-no-roles = トークンにディレクトリ ロールは含まれていません。
check-view-id-checks = ID トークンのチェック
# The result of one check, after ✓ or ✗.
check-view-pass = 合格
check-view-fail = 不合格
check-view-tokens = トークン
check-view-tokens-note = トラブルシューティングのためだけに表示しています。署名は検証されておらず、ここにある内容は判断には使われません。トークンは、消去するかタブを閉じるまで、このタブのメモリ内にだけ保持されます。
# $token names the token, such as "ID token" (in English).
check-view-token-summary = { $token } — デコード済み、未検証
check-view-token-encrypted = 暗号化されています。内容は表示できません。
check-view-token-opaque = 非透過: JWT ではないため (個人用 Microsoft アカウントでは通常の動作です)、デコードするものはありません。
# $reason is technical, in English.
check-view-token-undecodable = デコードできませんでした: { $reason }。

## src/pages/check.rs: the sign-in check before signing in (/check).

check-page-title = サインイン チェック
# $product is the app's name.
check-page-lead = 問題が起きているアカウントでサインインしてください。このページは、{ $product } のどのアクセス許可を組織が付与しているかを Microsoft に問い合わせ、不足しているものと、それを解決できる人を表示します。
check-page-sign-in = サインインして確認する
# $account is a sign-in name such as alex@contoso.com.
check-page-hint = サインインでは、アカウント { $account } が候補として表示されます。
# $authority is the address of Microsoft's sign-in service.
check-page-authority = サインイン先は { $authority } です。トークンはこのタブのメモリ内にとどまり、ほかの場所へは送信されません。
check-page-asks-for = { $product } が要求するアクセス許可
# Column headings of the table of permissions.
check-page-col-api = API
check-page-col-permission = アクセス許可
check-page-col-why = 理由

## src/pages/callback.rs: where Microsoft sends the browser back after signing in.

# $tenant is an organization's ID or domain.
callback-admin-consent-tenant = Microsoft の応答にはテナント { $tenant } が示されています。この値はリンクで偽装できるため証明にはなりません。サインイン チェックを実行して、アクセス許可が付与されたことを確認してください。
callback-admin-consent = サインイン チェックを実行して、アクセス許可が付与されたことを確認してください。
# Why a response was refused. $key is a parameter's name.
callback-rejected-duplicate = 応答でパラメーター「{ $key }」が繰り返されていました。本物の応答ではこうなることはないため、拒否しました。
callback-rejected-issuer = 応答に示されたサインイン サーバーが、このサインインで使用したものと異なります。拒否しました。
callback-rejected-no-pending = このブラウザーでは進行中のサインインがないため、この応答はここで要求されたものではありません。拒否しました。サインイン チェックを最初からやり直してください。
callback-rejected-state-missing = 応答に state が含まれていないため、このブラウザーが開始したサインインと照合できません。拒否しました。
callback-rejected-state-mismatch = この応答は、このブラウザーが開始したものとは別のサインインのものです (または既に使用済みです)。拒否しました。
callback-rejected-expired = サインインに 10 分以上かかったため、破棄しました。サインイン チェックを最初からやり直してください。
callback-rejected-implicit-tokens = 応答のアドレスにトークンが含まれていましたが、このページがトークンをそのように要求することはありません。拒否し、トークンは読み取っていません。
callback-rejected-no-code = 応答にコードもエラーも含まれていませんでした。サインイン チェックを最初からやり直してください。
callback-working-title = サインインを完了しています…
# $authority is the address of Microsoft's sign-in service.
callback-working-text = { $authority } で 1 回限りのコードをトークンと交換しています。トークンはこのタブのメモリ内にとどまります。
callback-failed-title = サインインを完了できませんでした
callback-timeout = サインイン サービスが 12 秒以内に応答しませんでした。
# "Web" and "Single-page application" are platform names in the Microsoft Entra admin center.
callback-network = ブラウザーがトークン エンドポイントの応答を読み取れませんでした。多くの場合、アプリのリダイレクト URI が「シングルページ アプリケーション」ではなく「Web」として登録されている (そのため応答に CORS ヘッダーがない) か、ネットワーク フィルターが要求をブロックしています。
callback-retry = もう一度試す
callback-start-over = 最初からやり直す
