## The support report ([data-report]) and the "Details for support" table. Keep IDs,
## codes and values as they are: support searches for them.

# $product is the app's name.
report-title = { $product } — 診断レポート
report-verdict = 判定: { $verdict } — { $headline }
report-code-titled = コード: { $code } ({ $title })
report-code = コード: { $code }
report-code-not-catalogued = コード: { $code } (カタログ未登録)
report-all-codes = すべてのコード: { $codes }
report-oauth-error = OAuth エラー: { $error }
report-message = メッセージ: { $message }
report-trace-id = トレース ID: { $id }
report-correlation-id = 相関 ID: { $id }
report-request-id = 要求 ID: { $id }
report-timestamp = タイムスタンプ: { $value }
report-tenant = テナント: { $tenant }
report-app = アプリ: { $name } ({ $app_id })
report-app-named-in-error = エラーに記載されたアプリ
report-admin-consent-response = 応答: 管理者の同意エンドポイント
report-missing-permissions = 不足しているアクセス許可: { $names }
report-input = 入力: { $kind }
report-fixes = 推奨される解決方法: { $fixes }
report-warning = 警告 ({ $id }): { $title }
report-note = 注意: { $note }
report-signed-in-as = サインインしたユーザー: { $name }
report-browser = ブラウザー: { $browser }
report-checked = 確認日時: { $time }
report-link = この診断へのリンク: { $link }

## What kind of input the page read (report-input).

input-unknown = 識別できる内容なし
input-authorize-redirect = サインインのリダイレクト
input-admin-consent-response = 管理者の同意の応答
input-token-json = トークン エンドポイントのエラー (JSON)
input-error-page-copy = Microsoft のサインイン エラー ページからコピーしたテキスト
input-xml-fault = XML の障害応答
input-free-text = 貼り付けられたテキスト
