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
support-details-report-privacy = トークンやサインイン コードは含まれません。メール アドレスも、含めることを選ばない限り含まれません。
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

## src/pages/not_found.rs: an address this site does not have.

not-found-title = このページは存在しません
not-found-text = アドレスが間違っているか、このサイトの古いバージョンのアドレスである可能性があります。
not-found-home = スタート ページへ

## src/pages/other_build.rs: a page of the full site opened in the smaller build.

other-build-text = このページは、ヘルプ サイトの完全版に含まれています。
other-build-open = 開く
