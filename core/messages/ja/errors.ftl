## The error-code pages (full app only).

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
