## The page around every route: header, navigation, footer, the language switch.

# The browser tab's title; $product is the app's name.
page-title = { $product } · 登录帮助
skip-to-content = 跳到主要内容
brand-sub = · 登录帮助
nav-label = 主导航
nav-start = 首页
nav-check = 登录检查
nav-admin = 面向管理员
nav-support = 面向支持人员
nav-errors = 错误代码
demo-banner = 演示模式：登录会转到本地 Entra 模拟器，而不是 Microsoft。
# $product is the app's name, $company its maker, $contact the support address.
footer-made-by = { $product } 由 { $company } 开发。如有疑问：{ $contact }。
footer-developers = { $company } 的开发人员：请将失败的登录转发到这里
footer-privacy = 此页面完全在您的浏览器中运行。您粘贴的内容只保留在这里；登录令牌仅保存在内存中，绝不会发送到其他任何地方。
language-switch-label = 语言
# Shown beside the switch on every page except in English.
language-english-pages = 面向管理员和支持人员的页面，以及诊断结果的管理员视图和支持人员视图，目前仅提供英文版。
# $reason says why, in English.
language-load-failed = 此页面无法加载翻译（{ $reason }），因此以英文显示。

## How sentences and list items are joined in this language. Written as string literals,
## because Fluent trims spaces at the ends of a value. Japanese and Chinese write sentences
## without a space between them ({""}) and list words with 、.

sentence-separator = {""}
list-separator = 、
