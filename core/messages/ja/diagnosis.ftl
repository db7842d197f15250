## What the verdict card says under the headline.

summary-not-catalogued = { $code } は、このサイトのカタログにまだ登録されていません。Microsoft のエラー検索ページに説明があります。下の詳細は、サポートが必要とする情報です。
summary-admin-consent-granted = 管理者が組織を代表してアクセス許可を承諾したと、Microsoft が報告しています。ユーザーはすぐに接続できます。全体に反映されるまで数分かかることがあります。
# $wording is Microsoft's English wording that was found, e.g. Need admin approval.
summary-recognised = Microsoft の表示「{ $wording }」を認識しました。
# $language is a language name (a message below), $wording Microsoft's words as found, $label the same screen's English name.
summary-recognised-localized = Microsoft の{ $language }の画面「{ $wording }」(英語では「{ $label }」) を認識しました。
# $library is a client library (MSAL.NET), $token the error name it reported, $meaning one of the library-* messages.
summary-library = { $library } が「{ $token }」を報告しました: { $meaning }
summary-unknown-looked = AADSTS コード、OAuth エラー、Microsoft のサインイン画面の文言 (英語とほか 9 言語)、クライアント ライブラリのエラー名を探しましたが、どれも見つかりませんでした。
summary-unknown-nothing = 要求 ID、相関 ID、時刻も含まれていません。エラー画面全体 (「詳細」を選択すると表示されます)、エラー ページのアドレス、またはログに記録されたエラーを貼り付けてください。
# $found lists what was found, e.g. "request ID 1234…, time 2025-03-04 10:11:12Z".
summary-unknown-found = ただし、{ $found } が含まれています。サポートはこれらを使ってサインインを特定できます。診断するには、エラーの残りの部分 (コードが書かれた行) を貼り付けてください。
found-request-id = 要求 ID { $value }
found-correlation-id = 相関 ID { $value }
found-trace-id = トレース ID { $value }
found-time = 時刻 { $value }
found-app-id = アプリ ID { $value }
found-organization = 組織 { $value }

language-japanese = 日本語
language-german = ドイツ語
language-french = フランス語
language-spanish = スペイン語
language-portuguese = ポルトガル語
language-italian = イタリア語
language-dutch = オランダ語
language-chinese = 中国語
language-korean = 韓国語

## A client library's error, when no code came with it. Each completes summary-library.

library-cancelled = サインイン ウィンドウが、完了する前に閉じられたかキャンセルされました。
library-consent-required = アプリが要求したアクセス許可に、まだ同意が得られていません。
library-interaction-required = アプリは自動でサインインできず、あなたがサインインし直す必要があります (追加の確認、セッションの期限切れ、またはポリシーのため)。
library-claims-challenge = サービスが、追加の要件 (条件付きアクセス ポリシー、または取り消されたセッション) を満たす新しいサインインを求めています。これはアプリが要求する必要があります。

## An OAuth error value, when no AADSTS code came with it.

oauth-invalid-request = サインイン要求の形式が正しくないか、必要な情報が欠けています。アプリが要求を正しく作成していません。
oauth-unauthorized-client = アプリにはこの種類のサインインを使用する許可がないか、この組織ではそのサインインを利用できません。
oauth-access-denied = アクセスが拒否されました。同意の画面が拒否またはキャンセルされたか、ポリシーによってサインインが拒否されました。
oauth-unsupported-response-type = アプリが、その登録で許可されていない種類の応答を要求しました。
oauth-invalid-scope = アプリが、有効でない形式でアクセス許可を要求しました。
oauth-server-error = Microsoft のサインイン サービスで予期しないエラーが発生しました。数分後にもう一度お試しください。
oauth-temporarily-unavailable = Microsoft のサインイン サービスが一時的に混雑しているか、利用できません。しばらくしてからもう一度お試しください。
oauth-invalid-resource = アプリが呼び出そうとしているサービスが存在しないか、この組織で設定されていません。
oauth-login-required = 有効なサインイン セッションがありません。画面上でサインインする必要があります。
oauth-interaction-required = サインイン画面での操作 (サインイン、多要素認証、または同意) が必要です。
oauth-consent-required = アプリのアクセス許可への同意がありません。誰かが画面上で同意を付与する必要があります。
oauth-invalid-grant = サインイン コードまたは保存されたサインイン情報が無効になっています。もう一度サインインしてください。
oauth-invalid-client = アプリが Microsoft に対して自身を証明できませんでした。アプリの登録または資格情報に誤りがあります。
oauth-unsupported-grant-type = アプリが、この登録ではサポートされていない種類のトークン要求を使用しました。
oauth-permission-denied = 管理者が同意の要求をキャンセルしました。
oauth-other = このエラー値は、OAuth の標準にも Microsoft のドキュメントにも記載されていません。

## The second reading of a cancel without a code.

alternative-admin-approval = または: ウィンドウが閉じる前に Microsoft が「管理者の承認が必要」または「承認が必要です」と表示していた場合は、{ $product } にはまず管理者の承認が必要で、やり直しても解決しません。

## Notes under the fixes.

note-dropped-code = このページに認証コードが渡されました。このコードは無視され、表示も保存も共有もされていません。認証コードは 1 回限りの資格情報です。誰かに求められても、決して渡さないでください。
note-dropped-token = このページにトークンが渡されました。このトークンは無視され、表示も保存も共有もされていません。
# $key is a parameter name such as redirect_uri.
note-dropped-redirect = リンクに「{ $key }」のアドレスが含まれていました。このページはリンクから取り出したアドレスにあなたを移動させることはないため、無視しました。
note-dropped-authority = リンクでサインイン サーバーを指定しようとしていました。それを指定できるのはこのサイト自体の設定だけなので、無視しました。
# $others lists codes, $primary is one code.
note-other-codes = 入力には { $others } も含まれていますが、具体的な原因は { $primary } です。
# $permissions lists permission names such as Mail.Read.
note-managed-consent = 以前は同僚が接続できていた場合: 2025 年以降、「Let Microsoft manage your consent settings」(Microsoft に同意設定の管理を任せる) を選択している組織では、サードパーティ製アプリの { $permissions } にユーザーが同意できなくなりました。以前の同意は引き続き有効ですが、新しいユーザーには管理者の同意が必要です。
note-ignored-parameters = 無視したパラメーター: { $names }。
note-duplicate-parameters = 次のパラメーターが複数回出現したため、最初の値だけを使用しました: { $names }。
note-truncated = 入力の一部が長すぎたため、読み取る前に切り詰めました。

## Warnings a person must not miss.

warning-unknown-client-title = これは { $product } とは別のアプリに関するものです
# $app is an application ID, possibly followed by the app's name in quotes.
warning-unknown-client = 入力にはアプリケーション ID { $app } が含まれていますが、これは { $product } ではなく、{ $product } のアプリ一覧にも含まれていません。このサイトでは、このアプリの同意リンクは提供しません。正体のわからないアプリに同意を付与させることこそ、同意フィッシングの手口です。まずアプリの提供元に確認してください。
warning-unsolicited-title = このサインインは、このページが開始したものではありません
warning-unsolicited = このエラーは、このブラウザーが開始したサインインからではなく、リンクで渡されたものです。そのため、本当に Microsoft が表示した内容かどうかを確認できません。情報として表示しているだけで、これに基づく処理は何も行っていません。
warning-unverified-publisher-title = { $product } の発行元は検証されていません
warning-unverified-publisher = Microsoft は発行元「{ $publisher }」を検証していません (検証には、アプリにリンクされた Microsoft Cloud Partner Program ID (旧 MPN ID) が必要です)。そのため、「検証済みの発行元」の設定ではユーザーは同意できません。また、2020 年 11 月以降に登録された、検証されていないマルチテナント アプリは危険とみなされるため、ユーザーはまったく同意できない場合があります。その場合は、管理者が同意を付与する必要があります。付与する前に、アプリケーション ID ({ $app_id }) を確認してください。
warning-broad-scope-title = 付与する前にアクセス許可を確認してください
# $permissions lists permission names.
warning-broad-delegated = 次のアクセス許可は、複数のメールボックスやディレクトリ全体のデータへの広範なアクセスを与えます: { $permissions }。
warning-broad-application = アプリケーションのアクセス許可 ({ $permissions }) により、アプリはサインインしているユーザーなしで、対象となるすべてのメールボックスまたはアカウントに対して動作できます。管理者が範囲を制限するまでこの状態が続きます。
warning-broad-default = 同意リンクは .default を要求しています。これは、ここに表示されているものだけでなく、アプリの登録に構成されているすべてのアクセス許可を意味します。承諾する前に、Microsoft の同意画面に表示される一覧を確認してください。

## Who can fix it (badges), and whose voice the page speaks in.

fixer-user = あなた
fixer-admin = IT 管理者
fixer-vendor = アプリの提供元
fixer-microsoft = Microsoft (一時的)
audience-user = アプリの利用者
audience-admin = 管理者
audience-support = サポート担当者
