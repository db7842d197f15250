# Consent Doctor: the fix cards ("how to fix it"), in the user's voice.
# Arguments: $product is the app's name and $company its vendor, both from the deployment profile.
# Portal paths, commands, URLs, error codes (AADSTS…) and IDs are filled in by the page and stay as they are.
# Words in "quotes" are labels on Microsoft's own screens: use the label Microsoft shows in your language (see the glossary in docs/translation/).

## How long a fix takes, shown next to who does it.

duration-one-minute = 1 分
duration-two-minutes = 2 分
duration-three-minutes = 3 分
duration-five-minutes = 5 分
duration-ten-minutes = 10 分
duration-fifteen-minutes = 15 分
duration-thirty-minutes = 30 分
duration-one-hour = 1 時間

## An administrator's fix in the user's voice: its steps are replaced by one of these lines.

# The fix is a link only an administrator can use (shown above this line).
fix-in-voice-consent-link = このリンクは IT 管理者が開きます。管理者にしか使えないリンクなので、IT 管理者に送ってください。
# "link for your IT administrator" is the name of a section at the bottom of the same page.
fix-in-voice-admin-does-it = この作業は IT 管理者が行います。このページの一番下にある「IT 管理者向けのリンク」を IT 管理者に送ってください。リンクを開くと、この手順がすべて表示されます。

## request-approval: the user sends Microsoft's approval request (admin consent workflow).

fix-request-approval-title = Microsoft の画面から承認を要求する
fix-request-approval-duration = 1 分、その後は承認待ち
fix-request-approval-intro = あなたの組織では、アプリの承認を管理者に要求できます。要求は、管理者が指定したレビュー担当者に届きます。
fix-request-approval-step-connect = もう一度 { $product } に接続し、「承認が必要です」の画面を表示させます。
fix-request-approval-step-reason = 理由の入力欄に、短い理由を書きます。例:
# The label above the example reason the user can copy.
fix-request-approval-snippet-justification = 理由
# An example reason the user copies into Microsoft's justification box. $purpose is what the app does, from the vendor's profile (in English, lower-cased, e.g. "read your own profile to match your mailbox").
fix-request-approval-justification = 業務で { $product } を使用する必要があります (用途: { $purpose })。
# The same example reason when the vendor's profile names no purpose.
fix-request-approval-justification-any = 業務で { $product } を使用する必要があります。
fix-request-approval-step-send = 「承認要求」を選択し、次に「Back to app」(アプリに戻る) を選択します。
fix-request-approval-step-wait = 要求が承認 (または拒否) されたことを知らせる Microsoft からのメールを待ちます。承認には通常、数分から数日かかります。状況はこのメール以外では確認できません。
fix-request-approval-step-reconnect = 承認されたら、{ $product } への接続をもう一度行います。
fix-request-approval-check = 承認後は、承認の画面が表示されずに接続できます。

## ask-admin: the user sends their IT administrator a prepared message.

fix-ask-admin-title = IT 管理者にアプリの承認を依頼する
fix-ask-admin-duration = 1 分、その後は管理者の対応待ち
fix-ask-admin-intro = 管理者が一度で対応できるよう、必要な情報をすべて含めたメッセージを送ります。
fix-ask-admin-step-copy = このメッセージをコピーして (またはメール ソフトで開いて)、IT 管理者またはヘルプデスクに送ります。
# The label above the message the user copies.
fix-ask-admin-snippet-message = メッセージ
# A link that opens the message in the user's e-mail program.
fix-ask-admin-link-email = メールで開く
fix-ask-admin-step-reconnect = 管理者から対応済みの連絡が来たら、{ $product } への接続をもう一度行います。
fix-ask-admin-check = 承認の画面が表示されずに接続できます。

## The message the user sends their IT administrator, in the user's words. One message per paragraph; the page puts a blank line between paragraphs.

# The e-mail's subject line.
fix-ask-admin-subject = 組織での { $product } の承認のお願い
fix-ask-admin-message-greeting = お世話になっております。
fix-ask-admin-message-problem = { $product } ({ $company } 提供) を自分の Microsoft 365 アカウントに接続しようとしたところ、管理者の承認が必要であると Microsoft の画面に表示されました。
# $permissions is a list, one permission a line: "- Mail.ReadWrite (Microsoft Graph): why the app needs it" (the reason is the vendor's, in English).
fix-ask-admin-message-permissions =
    アプリが要求しているアクセス許可とその理由:
    { $permissions }
# $url is the admin-consent link for the user's organization.
fix-ask-admin-message-consent-link =
    次のリンクから内容を確認し、組織として同意を付与できます (管理者のみ使用できます):
    { $url }
# $url opens this page's diagnosis for administrators.
fix-ask-admin-message-instructions =
    管理者向けの詳しい手順:
    { $url }
# $url is this site's page for administrators.
fix-ask-admin-message-other-ways =
    そのほかの付与方法 (管理センター、PowerShell、Azure CLI):
    { $url }
# $url is this site's read-only check of the organization's settings.
fix-ask-admin-message-tenant-check =
    それでもブロックされる場合は、次の読み取り専用のチェックで、原因となっている組織の設定を特定できます:
    { $url }
# These lines follow each other without blank lines. $app_id is a GUID, $publisher the publisher's name as Microsoft shows it.
fix-ask-admin-message-app-id = アプリケーション ID: { $app_id }
fix-ask-admin-message-publisher = 発行元: { $publisher }
# The publisher is verified by Microsoft.
fix-ask-admin-message-publisher-verified = 発行元: { $publisher } (検証済み)
# $details holds the error code and IDs in one line.
fix-ask-admin-message-details = エラーの詳細: { $details }
fix-ask-admin-message-thanks = よろしくお願いいたします。

## try-again: the user declined or closed Microsoft's permissions screen.

fix-try-again-title = { $product } にもう一度接続して承諾する
fix-try-again-intro = アクセス許可の画面が閉じられたか、拒否されました。不具合ではないので、最初からやり直してください。
fix-try-again-step-start = { $product } への接続をもう一度始めます。
fix-try-again-step-accept = Microsoft がアクセス許可の一覧を表示したら、内容を読んで「承諾」を選択します。
fix-try-again-step-admin = 代わりに「管理者の承認が必要」または「承認が必要です」が表示された場合は、組織の管理者がアプリを承認する必要があります。次の解決方法に進んでください。
fix-try-again-check = アプリに戻り、接続が完了します。

## sign-in-again

fix-sign-in-again-title = もう一度サインインし、すべての確認を完了する
fix-sign-in-again-intro = Microsoft が、改めてご自身でサインインすることを求めています。セッションが終了したか、組織が多要素認証などの追加の確認を求めています。
fix-sign-in-again-step-start = 通常の (アプリに埋め込まれていない) ブラウザー ウィンドウで、{ $product } への接続をもう一度始めます。
fix-sign-in-again-step-prompts = パスワード、認証アプリまたはコード、組織が求める登録など、表示される確認をすべて完了します。
fix-sign-in-again-step-register = 認証アプリが設定されていない場合は、先に Microsoft のセキュリティ情報ページで認証方法を登録します。
fix-sign-in-again-link-security-info = セキュリティ情報を開く
fix-sign-in-again-check = サインインが完了し、アプリに戻ります。

## use-other-account

fix-use-other-account-title = 正しい組織の職場アカウントでサインインする
fix-use-other-account-intro = サインインに使用したアカウントまたは組織が、アプリが想定しているものと一致しません。
fix-use-other-account-step-start = { $product } への接続をもう一度始めます。
fix-use-other-account-step-picker = Microsoft のアカウント選択画面で「別のアカウントを使用する」を選択し、職場または学校のメール アドレスを入力します (個人用の Outlook.com や Hotmail のアカウントは使用しません)。
fix-use-other-account-step-private = 間違ったアカウントが自動的に選択される場合は、ブラウザーのプライベート ウィンドウでもう一度お試しください。
fix-use-other-account-check = アクセス許可の画面が表示されるか、アプリに戻ります。

## reset-password

fix-reset-password-title = パスワードを変更またはリセットする
fix-reset-password-intro = パスワードが間違っているか、有効期限が切れています。
fix-reset-password-step-reset = Microsoft のセルフサービス ページでパスワードをリセットするか (組織で許可されている場合)、ヘルプデスクに依頼します。
fix-reset-password-link-reset = パスワードのリセットを開く
fix-reset-password-step-sign-in = 新しいパスワードでもう一度サインインします。
fix-reset-password-check = サインインが完了します。

## device-compliance

fix-device-compliance-title = 組織が管理するデバイスを使用する
fix-device-compliance-duration = 10 分～1 日
fix-device-compliance-intro = あなたの組織では、このアプリは登録済みで準拠しているデバイス (または承認済みのアプリ) からしか使用できません。
fix-device-compliance-step-managed = 会社が管理しているパソコンやスマートフォンから、もう一度お試しください。
# Company Portal is the name of Microsoft's app (Intune Company Portal).
fix-device-compliance-step-enroll = または、このデバイスを登録します。組織のポータル サイト アプリをインストールしてサインインし、デバイスが準拠と表示されるまで画面の手順に従います。
fix-device-compliance-step-help-desk = 登録できない場合は、どのデバイスやアプリが許可されているかをヘルプデスクに問い合わせてください。
fix-device-compliance-check = 管理対象のデバイスからサインインが完了します。

## run-check: this site's own sign-in check.

fix-run-check-title = サインイン チェックで解決を確認する
fix-run-check-intro = 誰かが設定を変更した後、このサイトでサインインすると、{ $product } のどのアクセス許可が現在付与されているかを確認できます。
fix-run-check-step-open = サインイン チェックを開き、失敗したアカウントでサインインします。
fix-run-check-link-open = サインイン チェックを開く

## paste-more: nothing recognisable was pasted.

fix-paste-more-title = エラー全体を貼り付ける
fix-paste-more-intro = 識別できる情報が見つかりませんでした。エラーを多く貼り付けるほど、診断は正確になります。
fix-paste-more-step-details = Microsoft のエラー画面で「詳細」または「トラブルシューティングの詳細」を選択し、表示された内容をすべてコピーします (エラー コードと ID が含まれています)。
fix-paste-more-step-address = または、エラーの後にブラウザーのアドレス バーに表示されているアドレス全体をコピーします。
fix-paste-more-step-lookup = 画面に 90094 のような番号が表示されている場合は、Microsoft のエラー ページで説明を確認できます。
fix-paste-more-link-lookup = Microsoft のエラー検索を開く
fix-paste-more-step-paste = コピーした内容を、このサイトのスタート ページに貼り付けます。
fix-paste-more-link-start = スタート ページへ

## lookup-code: $code is an error code such as AADSTS90094.

fix-lookup-code-title = Microsoft のエラー ページで { $code } を調べる
fix-lookup-code-intro = Microsoft のエラー検索ページには、すべてのコードの最新の説明があります。
fix-lookup-code-step-open = このコードについての Microsoft の説明を開きます。
fix-lookup-code-link-open = Microsoft のサイトで { $code } を開く

## contact-vendor: only the app's vendor can fix it.

fix-contact-vendor-title = { $company } に報告する
fix-contact-vendor-duration = 1 営業日 (提供元)
fix-contact-vendor-intro = 原因は { $product } の登録方法またはサインイン方法にあり、それを変更できるのは { $company } だけです。
# $email is the vendor's support e-mail address, $url its support website.
fix-contact-vendor-step-contact-email-url = { $company } のサポートに連絡します: { $email } または { $url }
fix-contact-vendor-step-contact-email = { $company } のサポートに連絡します: { $email }
fix-contact-vendor-step-contact-url = { $company } のサポートに連絡します: { $url }
# Only when the vendor gave neither an e-mail address nor a website.
fix-contact-vendor-step-contact-none = { $company } のサポート窓口に連絡します。
fix-contact-vendor-link-email = サポートにメールする
fix-contact-vendor-link-website = サポートを開く
# The subject of the e-mail to the vendor's support.
fix-contact-vendor-email-subject = { $product } のサインイン エラー
# "Details for support" is the name of a section on the same page.
fix-contact-vendor-step-report = このページの「サポート向けの詳細」にあるレポートを添えてください。提供元の技術者が必要とするコード、トレース ID、相関 ID、時刻が含まれています。

## wait-and-retry: a passing problem at Microsoft.

fix-wait-and-retry-title = 数分待ってからもう一度試す
fix-wait-and-retry-duration = 5～15 分
fix-wait-and-retry-intro = これは Microsoft のサービスの一時的な問題です。
fix-wait-and-retry-step-wait = 数分待ってから、もう一度お試しください。
fix-wait-and-retry-step-status = 1 時間以上失敗が続く場合は、Microsoft 365 のサービス正常性を確認するか、下の詳細を添えてサポートに連絡してください。
fix-wait-and-retry-link-status = Microsoft 365 のサービスの状態を開く

## register-device: the device's registration with the organization.

fix-register-device-title = このデバイスを組織にもう一度接続する
fix-register-device-intro = Microsoft はこのデバイスの ID を確認できませんでした。デバイスが登録または参加されていないか、登録が削除または無効化されたか、デバイスのサインイン トークンが古くなっています。
# The path is Windows' own Settings app: use its labels in your language.
fix-register-device-step-windows = Windows で、[設定] › [アカウント] › [職場または学校にアクセスする] を開きます。職場アカウントが表示されない、またはエラーが表示される場合は、いったん [切断] してから接続し直し、再起動します。
# AzureAdJoined, WorkplaceJoined, AzureAdPrt and YES are what the command prints: keep them as they are.
fix-register-device-step-status = デバイスの状態を確認するには、コマンド プロンプトで次のコマンドを実行します。AzureAdJoined または WorkplaceJoined と、AzureAdPrt が YES になっているはずです。そうなっていない場合は、出力結果を IT 管理者に送ってください:
# The label above the command to copy (Windows' Command Prompt).
fix-register-device-snippet-command-prompt = コマンド プロンプト
fix-register-device-step-phone = スマートフォンや Mac では、ポータル サイト (または Microsoft Authenticator) を開いて職場アカウントでサインインし、デバイスを登録します。
# $devices_path and $sign_in_logs_path are menu paths in the Microsoft Entra admin center.
fix-register-device-step-admins = IT 管理者の方へ: { $devices_path } でデバイスを探し、有効になっていること、古い重複ではないことを確認してください。{ $sign_in_logs_path } で、サインインに使用されたデバイス ID を確認できます。
fix-register-device-link-sign-in-logs = サインイン ログを開く
# $command is a command (dsregcmd /status).
fix-register-device-check = このデバイスからサインインでき、{ $command } でデバイスが参加済みまたは登録済みと表示されます。

## app-protection: app protection policies (Microsoft Intune) on phones.

fix-app-protection-title = 組織が保護しているアプリを使用する
fix-app-protection-intro = 条件付きアクセス ポリシーにより、このリソースには組織のアプリ保護ポリシー (Microsoft Intune) を適用しているアプリからしかアクセスできません。今回のサインインは、それを適用していないアプリまたはブラウザーから行われました。
fix-app-protection-step-broker = ブローカー アプリをインストールし、職場アカウントでサインインします。iPhone と iPad では Microsoft Authenticator、Android ではポータル サイトです。
fix-app-protection-step-approved-app = このアプリやブラウザーではなく、組織が承認しているアプリ (スマートフォンの Outlook や Teams など) でデータを開きます。
fix-app-protection-step-ask-admin = スマートフォンでこのアプリを使う必要がある場合は、IT 管理者に相談してください。アプリ保護ポリシーにアプリを追加したり、条件付きアクセス ポリシーを変更したりできるのは IT 管理者だけです。
fix-app-protection-check = 保護されたアプリからサインインできます。

## Fixes an administrator carries out. The user sees the title, the introduction and how to check it worked; the steps stay in English for the administrator.

fix-admin-consent-url-title = 1 つのリンクで全員分の同意を付与する
# $tenant is the organization's domain or tenant ID.
fix-admin-consent-url-intro-tenant = 1 つのリンクで、{ $product } のアクセス許可をあなたの組織 ({ $tenant }) に付与するよう Microsoft に依頼します。対象はこのアプリだけで、ほかには何も変わりません。
fix-admin-consent-url-intro = 1 つのリンクで、{ $product } のアクセス許可を、サインインに使う管理者アカウントの組織に付与するよう Microsoft に依頼します。対象はこのアプリだけで、ほかには何も変わりません。
fix-admin-consent-url-check = ユーザーの 1 人にもう一度接続してもらうか、このサイトのサインイン チェックを実行します。すべてのアクセス許可が付与済みと表示されるはずです。

fix-method-1-title = 管理センターで { $product } にテナント全体の管理者の同意を付与する
fix-method-1-intro = 管理者が { $product } のエンタープライズ アプリケーションから、そのアクセス許可を組織全体に対して一度だけ承認します。以降、ユーザーには確認が表示されません。信頼されるのはこのアプリだけです。
fix-method-1-check = [アクセス許可] ページを更新します。各アクセス許可が [管理者の同意] に、管理者によって付与されたものとして表示されるはずです。その後、ユーザーにもう一度接続してもらいます。

fix-method-2-title = 管理者としてアプリにサインインし、組織の代理として同意する
fix-method-2-intro = 管理者がユーザーと同じ手順で { $product } に接続し、Microsoft のアクセス許可の画面で全員を代表して同意します。アプリがまだディレクトリにない場合は、この操作でディレクトリに追加されます。
fix-method-2-check = ほかのユーザーが、承認の画面を見ずに接続できます。

fix-admin-browser-title = 管理者としてサインイン済みのブラウザーから接続する
fix-admin-browser-intro = 同意は付与されたのにユーザーが失敗し続ける場合 (変更の反映中など) の回避策です。管理者が、管理者として Microsoft 365 にサインイン済みのブラウザーから { $product } に接続します。
fix-admin-browser-check = 接続が成功し、ユーザーも自分のアカウントを接続できるようになります。

fix-review-request-title = { $product } の承認要求をレビューする
fix-review-request-intro = レビュー担当者が { $product } の保留中の要求を開いて承認します。これにより、組織の全員に対する同意が付与されます。
fix-review-request-check = 要求者にメールが届き、もう一度接続できるようになります。

fix-enable-workflow-title = 行き止まりにせず、ユーザーが承認を要求できるようにする
fix-enable-workflow-intro = 管理者の同意ワークフローを有効にすると、「管理者の承認が必要」の代わりに「承認が必要です」が表示され、ユーザーは理由を添えた要求を、指定されたレビュー担当者に送れるようになります。これを有効にしても、何かが自動で承認されることはありません。
fix-enable-workflow-check = 1 時間以内 (通常は数分) に、接続しようとしたユーザーに「承認が必要です」の画面と「承認要求」ボタンが表示されます。

# $publisher is the publisher's name as Microsoft shows it.
fix-solution-b-title = 検証済みの発行元のアプリに対するユーザーの同意を許可する
fix-solution-b-intro = ユーザーは、{ $product } ({ $publisher }) のような検証済みの発行元のアプリに対して、管理者が影響の低いものとして分類したアクセス許可に限り、自分で同意できるようになります。
fix-solution-b-widens = この設定は、このアプリだけでなく、検証済みの発行元のすべてのアプリについて、ユーザーが同意できる範囲を変更します。できれば、このアプリだけに同意を付与する方法を選んでください。
fix-solution-b-check = 管理者ではないユーザーが、承認の画面を見ずにアプリに接続できます。

fix-method-3-title = ユーザーが自分でアプリに同意できるようにする (最も範囲の広い方法)
fix-method-3-intro = ユーザーは、管理者の同意を必要としないアクセス許可について、どの発行元のどのアプリにも同意できるようになります。
fix-method-3-widens = すべてのユーザーが、どのアプリにも自分のデータへのアクセスを許可できるようになります。同意フィッシング攻撃が悪用するのがこの設定です。Microsoft はこれを従来のオプションとしています。セキュリティ ポリシーで認められている場合にのみ使用してください。
fix-method-3-check = ユーザーがアプリに接続し、自分でアクセス許可を承諾できます。

fix-conditional-access-title = サインインをブロックした条件付きアクセス ポリシーを特定する
fix-conditional-access-intro = 条件付きアクセス ポリシーが { $product } へのサインインを拒否しました。これは同意の問題ではないため、同意を付与しても解決しません。アプリを例外にするかどうかは、条件付きアクセスを管理している管理者が判断します。
fix-conditional-access-check = ユーザーがもう一度サインインし、新しいサインイン ログのエントリで条件付きアクセスが「成功」または「適用されていません」と表示されます。

fix-enable-sign-in-title = { $product } へのユーザーのサインインを有効にする
fix-enable-sign-in-intro = { $product } のエンタープライズ アプリケーションが無効になっているため、Microsoft は誰に対してもこのアプリのトークンを発行しません。管理者が [ユーザーのサインインが有効になっていますか?] を [はい] に戻します。
fix-enable-sign-in-check = ユーザーがもう一度サインインできるようになり、新しいサインインが AADSTS7000112 で失敗しなくなります。

fix-assign-users-title = ユーザーを { $product } に割り当てるか、割り当ての要件をオフにする
fix-assign-users-intro = { $product } は [割り当てが必要ですか?] が [はい] に設定されており、割り当てられたユーザーとグループだけがサインインできます。管理者がユーザー (またはそのグループ) を割り当てるか、この要件をオフにします。
fix-assign-users-check = ユーザーが AADSTS50105 のエラーなしで、もう一度サインインできます。

fix-create-service-principal-title = { $product } をディレクトリに追加する
fix-create-service-principal-intro = アプリ (またはアプリが呼び出す Microsoft のサービス) のエンタープライズ アプリケーションが、まだディレクトリにありません。通常は同意を付与すると作成されますが、管理者が直接作成してから同意を付与することもできます。
fix-create-service-principal-check = { $product } が [エンタープライズ アプリケーション] に表示され、サインイン時にこのエラーが表示されなくなります。

fix-app-only-access-title = アプリ専用のアクセスを付与し、対象のメールボックスを限定する
fix-app-only-access-duration = 20 分、反映まで最大 1 時間
# $permissions lists the app's application permissions, e.g. "Mail.Read, Calendars.Read".
fix-app-only-access-intro-listed = サインインしているユーザーなしでサーバー側の同期を行うために、{ $product } はアプリケーションのアクセス許可 ({ $permissions }) を使用します。これには常に管理者の同意が必要で、Exchange Online で制限しない限り、すべてのメールボックスが対象になります。
# The same when the vendor's profile lists no application permission.
fix-app-only-access-intro = サインインしているユーザーなしでサーバー側の同期を行うために、{ $product } はアプリケーションのアクセス許可を使用します。これには常に管理者の同意が必要で、Exchange Online で制限しない限り、すべてのメールボックスが対象になります。
# $command is a PowerShell command (Test-ApplicationAccessPolicy); Granted, Denied and "Access to OData is disabled" are what it and Microsoft Graph return: keep them as they are.
fix-app-only-access-check = { $command } で、メンバーには Granted、それ以外には Denied と表示されます。拒否された呼び出しには "Access to OData is disabled" が返されます。

fix-fix-account-title = ユーザーのアカウントを確認する
fix-fix-account-intro = 問題はアカウント自体にあります。無効化されている、ロックされている、パスワードの有効期限が切れている、または組織のメンバーではない、のいずれかです。
fix-fix-account-check = ユーザーがもう一度サインインできます。

fix-check-firewall-title = ネットワークでサインインが許可されているか確認する
fix-check-firewall-intro = プロキシ、ファイアウォール、テナント制限によって、{ $product } が Microsoft のサインインや Graph のエンドポイントに接続できないことがあります。
fix-check-firewall-check = ネットワーク内から、サインインと同期ができます。

fix-federation-title = 組織がサインインに使用している ID プロバイダーを確認する
fix-federation-intro = このアカウントのサインインは、別の ID プロバイダー (AD FS、Okta、Ping など) またはオンプレミスのエージェント (パススルー認証、シームレス シングル サインオン) に引き渡され、その段階で失敗しました。同意やアプリの提供元では変更できません。変更できるのは、その ID プロバイダーを運用している担当者です。
fix-federation-check = ユーザーがもう一度サインインし、サインイン ログに成功と表示されます。

fix-guest-access-title = 相手の組織のゲスト アカウントを確認する
fix-guest-access-intro = このアカウントは別の組織のゲストとしてサインインしており、ゲストの状態が原因で止められています。招待が承諾されていない、ゲストが削除またはブロックされた、または両組織のテナント間アクセス設定で許可されていない、のいずれかです。
fix-guest-access-check = ゲストが、招待元の組織でアプリにサインインできます。

fix-claim-tenant-title = 管理されていないディレクトリを引き継ぐ
fix-claim-tenant-intro = あなたの組織のディレクトリは、誰かが職場のメール アドレスで Microsoft のサービスに新規登録したときに自動で作成されました。管理者がいないため、そのメール ドメインを所有する人がディレクトリを引き継ぐまで、誰もアプリを承認できません。
fix-claim-tenant-check = Entra ID で、管理されている組織のドメインとして検証済みと表示されます。
