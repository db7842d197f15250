## What the verdict card says under the headline.

summary-not-catalogued = 本网站的目录中还没有收录 { $code }。Microsoft 的错误查询页面有相关说明，下方的详细信息是支持人员需要的内容。
summary-admin-consent-granted = Microsoft 报告管理员已代表组织接受了这些权限。用户现在就可以连接；全部生效可能需要几分钟。
# $wording is Microsoft's English wording that was found, e.g. Need admin approval.
summary-recognised = 已识别 Microsoft 的提示“{ $wording }”。
# $language is a language name (a message below), $wording Microsoft's words as found, $label the same screen's English name.
summary-recognised-localized = 已识别 Microsoft 的{ $language }页面“{ $wording }”（英文为“{ $label }”）。
# $library is a client library (MSAL.NET), $token the error name it reported, $meaning one of the library-* messages.
summary-library = { $library } 报告了“{ $token }”：{ $meaning }
summary-unknown-looked = 已查找 AADSTS 代码、OAuth 错误、Microsoft 登录页面上的提示文字（英文及其他 9 种语言）和客户端库的错误名称，均未找到。
summary-unknown-nothing = 也没有请求 ID、关联 ID 或时间：请粘贴整个错误页面（点击“更多详细信息”即可显示）、错误页面的地址，或日志中的错误。
# $found lists what was found, e.g. "request ID 1234…, time 2025-03-04 10:11:12Z".
summary-unknown-found = 不过其中包含 { $found }：支持人员可以据此找到这次登录。请粘贴错误的其余部分（含代码的那一行）以进行诊断。
found-request-id = 请求 ID { $value }
found-correlation-id = 关联 ID { $value }
found-trace-id = 跟踪 ID { $value }
found-time = 时间 { $value }
found-app-id = 应用 ID { $value }
found-organization = 组织 { $value }

language-japanese = 日语
language-german = 德语
language-french = 法语
language-spanish = 西班牙语
language-portuguese = 葡萄牙语
language-italian = 意大利语
language-dutch = 荷兰语
language-chinese = 中文
language-korean = 韩语

## A client library's error, when no code came with it. Each completes summary-library.

library-cancelled = 登录窗口在完成之前被关闭或取消。
library-consent-required = 应用请求的权限尚未获得同意。
library-interaction-required = 应用无法静默登录，需要您重新登录（原因可能是需要额外验证、会话已过期或策略要求）。
library-claims-challenge = 服务要求重新登录，以满足一项额外要求（条件访问策略或已撤销的会话），这需要由应用发起请求。

## An OAuth error value, when no AADSTS code came with it.

oauth-invalid-request = 登录请求格式有误或缺少内容；应用构造请求的方式不正确。
oauth-unauthorized-client = 应用不允许使用这种登录方式，或者此组织中无法使用这种登录方式。
oauth-access-denied = 访问被拒绝：同意提示被拒绝或取消，或者某项策略拒绝了此次登录。
oauth-unsupported-response-type = 应用请求了其注册不允许的响应类型。
oauth-invalid-scope = 应用请求权限的格式无效。
oauth-server-error = Microsoft 登录服务遇到了意外错误。请过几分钟再试。
oauth-temporarily-unavailable = Microsoft 登录服务暂时过载或不可用。请稍后再试。
oauth-invalid-resource = 应用要调用的服务不存在，或未在此组织中设置。
oauth-login-required = 没有有效的登录会话；您需要手动登录。
oauth-interaction-required = Microsoft 需要您在登录页面上进行操作（登录、多重身份验证或同意）。
oauth-consent-required = 缺少对应用权限的同意；需要有人以交互方式授予同意。
oauth-invalid-grant = 登录代码或保存的登录信息已失效；请重新登录。
oauth-invalid-client = 应用无法向 Microsoft 证明自己的身份；其注册或凭据有误。
oauth-unsupported-grant-type = 应用使用了此注册不支持的令牌请求类型。
oauth-permission-denied = 管理员取消了同意请求。
oauth-other = 此错误值既不在 OAuth 标准中，也不在 Microsoft 的文档中。

## The second reading of a cancel without a code.

alternative-admin-approval = 另一种可能：如果窗口关闭前 Microsoft 显示了“需要管理员批准”或“需要审批”，则 { $product } 需要先获得管理员批准，重试也无济于事。

## Notes under the fixes.

note-dropped-code = 此页面收到了一个授权代码。它已被忽略，不会显示、存储或共享：这是一次性凭据，任何人都不应向您索要它。
note-dropped-token = 此页面收到了一个令牌。它已被忽略，不会显示、存储或共享。
# $key is a parameter name such as redirect_uri.
note-dropped-redirect = 链接中带有“{ $key }”地址。本页面从不会把您转到取自链接的地址，因此已将其忽略。
note-dropped-authority = 链接试图指定登录服务器。只有本站自身的设置才能指定，因此已将其忽略。
# $others lists codes, $primary is one code.
note-other-codes = 输入中还提到了 { $others }；具体原因是 { $primary }。
# $permissions lists permission names such as Mail.Read.
note-managed-consent = 如果以前同事可以连接：自 2025 年起，选择了“Let Microsoft manage your consent settings”（让 Microsoft 管理您的同意设置）的组织不再允许用户为第三方应用同意 { $permissions }。以前的同意仍然有效；新用户需要管理员同意。
note-ignored-parameters = 已忽略的参数：{ $names }。
note-duplicate-parameters = 以下参数出现了多次，只使用了第一个值：{ $names }。
note-truncated = 部分输入过长，在读取前已被截断。

## Warnings a person must not miss.

warning-unknown-client-title = 这涉及的是 { $product } 以外的另一个应用
# $app is an application ID, possibly followed by the app's name in quotes.
warning-unknown-client = 输入中提到的应用程序 ID { $app } 不是 { $product }，也不在其应用列表中。本网站不为它提供同意链接：为无法确认身份的应用授予同意，正是同意钓鱼的惯用手法。请先向该应用的供应商核实。
warning-unsolicited-title = 此登录并非由本页面发起
warning-unsolicited = 此错误来自一个链接，而不是本浏览器发起的登录，因此无法确认其内容确实来自 Microsoft。它仅作为参考信息显示；未据此执行任何操作。
warning-unverified-publisher-title = { $product } 的发布者未经验证
warning-unverified-publisher = Microsoft 尚未验证发布者“{ $publisher }”（验证需要将 Microsoft Cloud Partner Program ID（以前称为 MPN ID）关联到应用）。因此，在“已验证的发布者”设置下用户无法同意；而且由于 2020 年 11 月之后注册的未经验证的多组织应用会被视为有风险，用户可能根本无法同意：必须由管理员授予同意。授予之前，请先核对应用程序 ID（{ $app_id }）。
warning-broad-scope-title = 授予之前请先查看权限
# $permissions lists permission names.
warning-broad-delegated = 以下权限可广泛访问各个邮箱或整个目录中的数据：{ $permissions }。
warning-broad-application = 应用程序权限（{ $permissions }）允许应用在没有登录用户的情况下，对其覆盖的所有邮箱或帐户执行操作，直到管理员加以限制为止。
warning-broad-default = 同意链接请求的是 .default，即应用注册中配置的所有权限，而不仅是此处列出的权限。接受之前，请阅读 Microsoft 同意页面上的列表。

## Who can fix it (badges), and whose voice the page speaks in.

fixer-user = 您
fixer-admin = 您的 IT 管理员
fixer-vendor = 应用供应商
fixer-microsoft = Microsoft（临时）
audience-user = 我是应用用户
audience-admin = 我是管理员
audience-support = 我是支持人员
