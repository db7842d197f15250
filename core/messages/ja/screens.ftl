## The screens of the user's side: the start page, the diagnosis around the core's
## sentences, the sign-in check, the callback, the error-code pages. Codes, IDs, parameter
## names (error_uri, error_subcode) and addresses stay as they are.

## src/pages/home.rs: the start page (/).

# $product is the app's name.
home-title = { $product } に接続できませんか?
home-lead = 表示されている内容を教えてください。何が起きたのか、誰が解決できるのか、具体的な手順をお伝えします。
home-paste-label = エラー メッセージ、エラー ページのアドレス、またはログの行を貼り付けてください
# An example inside the empty box; keep the code and "Trace ID" as they are.
home-paste-placeholder = 例: AADSTS90094: The grant requires admin permission. Trace ID: …
home-too-long = 2 MB を超えるテキストです。エラー メッセージとその詳細だけを貼り付けてください。
home-privacy = 貼り付けた内容はこのブラウザー内にとどまり、アップロードされることはありません。
# The button that reads what was pasted.
home-diagnose = 診断する
home-screens-title = または、表示された画面を選んでください
# The titles of Microsoft's sign-in error screens, with the quotation marks: use the title
# Microsoft shows in your language, so the reader recognises the screen they saw.
home-screen-need-admin-approval = 「管理者の承認が必要」
home-screen-approval-required = 「承認が必要です」
home-screen-app-risky = 「このアプリは危険である可能性があります」
home-screen-cant-get-there = 「ここからはアクセスできません」
home-screen-conditional-access = 条件付きアクセスによるブロック
home-screen-app-disabled = 「Application is disabled」(アプリケーションが無効です)
home-roles-title = または、あなたの立場から始めてください
home-role-user = アプリを使っています
# $product is the app's name.
home-role-user-text = { $product } で今サインインできるかどうか、何が不足しているかを確認します。
home-role-admin = 管理者です
home-role-admin-text = テナント用のリンクと正確な設定で、{ $product } に同意を付与します。
home-role-support = サポート担当者です
home-role-support-text = お客様のために、適切な診断を開くリンクを作成します。

## src/components/diagnosis_view.rs: the verdict card and the list of fixes.

diagnosis-view-description-unavailable = このコードの説明を読み込めませんでした。下の解決方法はそのまま有効で、エラーのリンク先に Microsoft の説明があります。
# Before the error code, which links to the code's page: "Error AADSTS90094 · details".
diagnosis-view-error = エラー
# Links to the "Details for support" section further down.
diagnosis-view-details-link = 詳細
# Follows a sentence that names another possible diagnosis.
diagnosis-view-see-alternative = その診断を見る
# Followed by badges such as "Your IT administrator".
diagnosis-view-who-can-fix = 解決できる人:
diagnosis-view-fixes-title = 対処方法 (上から順に)
# Printed sheets only. $shown and $total are numbers, $link is an address.
diagnosis-view-print-more = この用紙には最初の解決方法だけを載せています ({ $total } 件中 { $shown } 件)。残りは次のアドレスにあります: { $link }
diagnosis-view-notes-label = 注意事項

## src/components/fix_card.rs: one fix.

# Who does the fix, in a badge.
fix-card-actor-user = あなた
fix-card-actor-admin = IT 管理者
fix-card-actor-vendor = アプリの提供元
fix-card-actor-microsoft = Microsoft
# Followed by why the fix widens access for every app.
fix-card-widens = アクセス範囲が広がります:
fix-card-open-consent-link = 管理者の同意リンクを開く
# Followed by how to see that the fix worked.
fix-card-check = 解決の確認方法:

## src/components/copy_button.rs: copy buttons, and what each one copies.

copy-button-copy = コピー
# Shown in the button for two seconds after copying.
copy-button-copied = コピーしました
copy-button-failed = 選択して手動でコピーしてください
copy-button-copy-link = リンクをコピー
copy-button-copy-admin-link = 管理者用リンクをコピー
copy-button-copy-report = サポート用レポートをコピー
copy-button-copy-message = メッセージをコピー
copy-button-copy-justification = 理由をコピー
# A command to type into the Windows command prompt.
copy-button-copy-command = コマンドをコピー
# "Application ID" is the field's name in the Microsoft Entra admin center.
copy-button-copy-application-id = アプリケーション ID をコピー
copy-button-copy-powershell = PowerShell をコピー
copy-button-copy-azure-cli = Azure CLI をコピー

## src/components/audience_switch.rs: "Who are you?" buttons above the fixes.

# Names the group of buttons "I use the app", "I'm an admin", "I'm support" for screen readers.
audience-switch-label = 解決方法の表示対象

## src/components/ask_admin.rs: under "Ask your IT administrator", the message with a link
## for the reader's organization.

ask-admin-email-label = 職場のメール アドレス (リンクがあなたの組織向けに開くようにするため)
ask-admin-find = 自分の組織を使用する
ask-admin-privacy = 組織の ID を調べるためにドメインだけを使用します。アドレス自体は保存も送信もされません。
ask-admin-no-email = alex@contoso.com のような、職場のメール アドレスを入力してください。
ask-admin-unreachable = 応答を読み取れませんでした。サインイン サービスに接続できませんでした。
# $domain is what the reader typed after the @.
ask-admin-not-found = { $domain } は、このクラウドの Microsoft Entra に登録されていません。つづりを確認するか、組織の検証済みドメイン (例: yourcompany.onmicrosoft.com) を使用してください。
ask-admin-other-cloud = あなたの組織は別の Microsoft クラウドにサインインしているため、このページでは調べられません。
# $reason says what was wrong with the answer, in English.
ask-admin-unreadable = 応答を読み取れませんでした: { $reason }。
# $tenant is the organization's ID.
ask-admin-message-for = あなたの組織 ({ $tenant }) 向けのメッセージ
ask-admin-open-email = メールで開く

## src/components/support_details.rs: the "Details for support" section (fixes.ftl refers
## to it by this name).

support-details-title = サポート向けの詳細
# The labels of the table of facts; the values are codes and IDs.
support-details-codes = コード
support-details-oauth-error = OAuth エラー
support-details-message = メッセージ
support-details-trace-id = トレース ID
support-details-correlation-id = 相関 ID
support-details-request-id = 要求 ID
support-details-timestamp = タイムスタンプ
support-details-tenant = テナント
support-details-app-id = アプリ ID
support-details-app-name = アプリ名
# Which known wording of an error screen the pasted text matched.
support-details-recognised = 認識した文言
# What kind of text was read, such as "pasted text".
support-details-input = 入力
support-details-microsoft-page = Microsoft のページ
# After an error_uri address that is shown as text.
support-details-untrusted-uri = (Microsoft のアドレスではないため、リンクにしていません)
support-details-full-description = エラーの説明全文
support-details-truncated = (切り詰め済み: このページに表示できる長さを超えていました)
support-details-report-title = サポート チケット用のレポート
support-details-report-privacy = トークン、サインイン コードは含まれません。メール アドレスも、含めることを選ばない限り含まれません。
# A checkbox, when the reader has signed in.
support-details-include-name = 自分のサインイン名とメール アドレスを含める
# A checkbox.
support-details-include-email = メール アドレスを含める (既定では削除されます)
support-details-download = .txt としてダウンロード
support-details-share-title = この診断を共有する
support-details-share-note = このリンクを開くと、別のデバイスでも同じ診断が表示されます。リンクに含まれるのは上記のコードと ID だけで、トークンやあなたのメール アドレスが含まれることはありません。
support-details-share-link = この診断へのリンク
support-details-admin-link = IT 管理者向けのリンク
# After the link above.
support-details-admin-link-note = (管理者向けの手順が開きます)

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

## src/pages/errors.rs: the list of error codes (/errors) and one code (/errors/{code}).

errors-index-title = サインイン エラー コード
# $count is a number.
errors-index-lead = このページが把握しているすべての AADSTS コード (全 { $count } 件) と、その意味、解決方法です。
errors-search-label = 番号または語句で検索
# Examples of what to search for.
errors-search-placeholder = 90094、同意、条件付きアクセス…
errors-no-match = 一致するコードはありません。代わりに、エラー全体をスタート ページに貼り付けてください。
errors-not-a-code-title = これは AADSTS コードではありません
errors-not-a-code-text = コードは 90094 のような番号です。番号を確認するか、エラー全体をスタート ページに貼り付けてください。
errors-see-all-codes = すべてのコードを見る
# $code is a code such as AADSTS1234567.
errors-not-catalogued-title = { $code } は、まだこのサイトのカタログに登録されていません
errors-not-catalogued-text = Microsoft のエラー検索ページには、すべてのコードの最新の説明があります。
errors-open-on-microsoft = Microsoft のサイトで { $code } を開く
errors-see-known-codes = 登録済みのすべてのコードを見る
# The link back to the list, above a code's page.
errors-breadcrumb = エラー コード
errors-description-unavailable = このコードの説明を読み込めませんでした。下の判定と解決方法はそのまま有効で、Microsoft のページに説明があります。
# Followed by the code's technical name, such as InvalidResource.
errors-microsoft-name = Microsoft での名前:
errors-verdict = 判定
# Followed by an OAuth error such as invalid_client.
errors-arrives-as = 通常届く OAuth エラー
errors-who-can-fix = 解決できる人
errors-microsoft-page = Microsoft のページ
errors-how-to-fix = 解決方法
errors-see-as-user = ユーザーの視点で見る

## src/pages/not_found.rs: an address this site does not have.

not-found-title = このページは存在しません
not-found-text = アドレスが間違っているか、このサイトの古いバージョンのアドレスである可能性があります。
not-found-home = スタート ページへ

## src/pages/other_build.rs: a page of the full site opened in the smaller build.

other-build-text = このページは、ヘルプ サイトの完全版に含まれています。
other-build-open = 開く
