# Consent Doctor: the user's side of the page, in English.
# Arguments: $product is the app's name from the deployment profile.

## The verdict card's headline, one per verdict, in the user's voice and the admin's.

headline-admin-consent-required-admin = ユーザーが { $product } に接続するには、この組織の管理者による同意が先に必要です。
headline-admin-consent-required = { $product } を使用するには、組織の管理者による承認が必要です。
headline-admin-consent-workflow-admin = { $product } は承認待ちです。ユーザーは承認を要求でき、レビュー担当者がそれを承認する必要があります。
headline-admin-consent-workflow = { $product } には管理者の承認が必要です。Microsoft の画面から管理者に承認を要求できます。
headline-org-consent-cancelled = { $product } に対する組織全体の同意がキャンセルされたため、何も付与されていません。
headline-user-declined-consent = { $product } のアクセス許可の画面がキャンセルまたは拒否されたため、接続されませんでした。
headline-admin-consent-granted = { $product } への同意が組織全体に付与されました。
headline-app-disabled = この組織では、{ $product } へのサインインが無効になっています。
headline-user-not-assigned-admin = ユーザーが { $product } に割り当てられていません。このアプリは割り当てられたユーザーだけがサインインできます。
headline-user-not-assigned = 組織では { $product } を割り当てられた人だけが使用でき、あなたのアカウントはまだ割り当てられていません。
headline-conditional-access-blocked = 組織のセキュリティ ポリシーにより、{ $product } へのサインインがブロックされました。
headline-app-not-found-in-tenant = { $product }、またはそれが使用するサービスが、この組織のディレクトリに見つかりませんでした。
headline-misconfigured-app = { $product } のサインインの設定に誤りがあります。アプリの提供元による修正が必要です。
headline-sign-in-required = { $product } を使用するには、Microsoft へのサインインをやり直す必要があります。
headline-account-problem = 問題はアプリではなく、サインインに使用したアカウントにあります。
headline-other = { $product } への接続中に、Microsoft がエラーを返しました。
headline-unknown = 入力された内容から、Microsoft のサインイン エラーは見つかりませんでした。
headline-signed-in-ok = { $product } に必要なアクセス許可は、すべて付与されています。
headline-signed-in-missing-scopes = { $product } に必要なアクセス許可の一部が、まだ付与されていません。
