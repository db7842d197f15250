## The page around every route: header, navigation, footer, the language switch.

# The browser tab's title; $product is the app's name.
page-title = { $product } · サインインのヘルプ
skip-to-content = コンテンツにスキップ
brand-sub = · サインインのヘルプ
nav-label = メイン
nav-start = スタート
nav-check = サインイン チェック
nav-admin = 管理者向け
nav-support = サポート向け
nav-errors = エラー コード
demo-banner = デモ モード: サインイン先は Microsoft ではなく、ローカルの Entra エミュレーターです。
# $product is the app's name, $company its maker, $contact the support address.
footer-made-by = { $product } は { $company } が提供しています。お問い合わせ: { $contact }
footer-developers = { $company } の開発者の方へ: 失敗したサインインをここに転送してください
footer-privacy = このページはすべてブラウザー内で動作します。貼り付けた内容はこの中にとどまり、サインインのトークンはメモリ内にだけ保持され、ほかの場所へ送信されることはありません。
language-switch-label = 言語
# Shown beside the switch on every page except in English.
language-english-pages = 管理者向けとサポート向けのページ、および診断の管理者向け・サポート向けの表示は、現在は英語のみです。
# $reason says why, in English.
language-load-failed = このページの翻訳を読み込めなかったため ({ $reason })、英語で表示しています。

## How sentences and list items are joined in this language. Written as string literals,
## because Fluent trims spaces at the ends of a value. Japanese and Chinese write sentences
## without a space between them ({""}) and list words with 、.

sentence-separator = {""}
list-separator = 、
