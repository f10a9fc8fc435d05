// swift-format-ignore-file
// Generated from Sources/KefuRubric/Words/*.words — do not edit by hand. After changing a words
// file run: KEFU_UPDATE_WORDS=1 swift test --filter EmbeddedWordsTests

/// The words files, embedded so the single binary needs nothing beside it.
enum EmbeddedWords {
  static let files: [(rule: String, text: String)] = [
    (
      "account_safety",
      #"""
# 账号安全（account_safety）的词语。
# 格式：[名字] 开始一组词，「说明：」写这组词做什么用，其余每行是词，一行一个或用 | 隔开；
# [名字] 词表 是规则代码和句式里用到的一组词（不单独查找）；[名字] 字类 是一组单字，一行写下所有字。详见 docs/rubric.md 的「词语文件」。

[safety-link]
说明：Links and share codes (the normalised `¥…¥` of 淘口令 is found by `shareCode`).
http:// | https:// | www. | .com | .cn | .net | .cc | .top | .vip | t.cn/ | dwz. | 复制这段
复制整段 | 复制链接 | 打开链接 | 点击链接 | 点这个链接 | 点开链接

[safety-off-platform]
说明：Off-platform contact or payment. (旺旺 and the shop's own channels are fine.)
微信 | 加微信 | 加我微信 | 加个微信 | 微信号 | 微信联系 | 微信转账 | 微信付 | 加v | 加vx | 加wx
vx: | wx: | 威信 | 薇信 | v信 | qq | 加qq | 加我qq | qq号 | qq联系 | 扣扣 | 加q | 支付宝转账
直接转账 | 转账给我 | 扫码付款 | 扫码支付 | 付款码 | 收款码 | 二维码 | 线下交易 | 私下交易
不走淘宝 | 不走平台 | 不用拍 | 绕过平台 | 私聊 | 私下转账 | 私下付款 | 私人微信 | 个人微信
私人qq | 个人qq

[safety-open-link]
说明：Opening or logging in to a link: the trap when the buyer sent it (我点开看看).
点开 | 打开 | 点进去 | 点进 | 点一下 | 点击 | 登录 | 登陆 | 扫一下 | 扫码看

[safety-link-word]
说明：What marks a message as carrying a link (in the buyer's message or named in the reply).
链接 | 网址 | 网页 | 口令 | http | www. | .com | .cn | t.cn/ | dwz.

[safety-refusal-before]
说明：Words that refuse what follows them in the clause (我们不会让您加私人微信, 请勿私下转账), or put it in someone else's mouth as a warning (有人让您加微信).
不会 | 不要 | 不能 | 不可以 | 不可 | 不用 | 不需要 | 不必 | 不加 | 不提供 | 不接受 | 不支持
不私下 | 不走 | 不让 | 不打开 | 不点 | 不建议 | 不方便 | 从不 | 绝不 | 决不 | 别 | 勿 | 禁止
谨防 | 小心 | 提防 | 防止 | 没有 | 拒绝 | 不存在 | 有人 | 别人 | 冒充 | 骗子 | 其他客服
别的客服

[safety-refusal-after]
说明：Words that refuse what stands before them in the clause: 私人微信我们是不加的.
不加 | 不能 | 不会 | 不可以 | 不可 | 不提供 | 不支持 | 不方便 | 不给 | 是不 | 不打开 | 打不开
不点

[safety-other-account]
说明：The buyer speaking for someone else's order or from another account.
我是她 | 我是他 | 帮她 | 帮他 | 替她 | 替他 | 她老公 | 他老婆 | 我老婆 | 我老公 | 我媳妇
我女朋友 | 我男朋友 | 我朋友 | 我家人 | 我妈 | 我爸 | 换了个号 | 换了一个号 | 换号了 | 另一个号
另一个账号 | 别的号 | 别的账号 | 小号 | 大号 | 不是这个号 | 这个号不是 | 用别的号 | 原来的号
之前的号 | 号被盗 | 登不上 | 登录不了

[safety-change]
说明：The change the buyer asks for.
改地址 | 改一下地址 | 修改地址 | 换地址 | 地址改 | 改收货 | 改个地址 | 改成 | 改到 | 寄到 | 送到
改电话 | 改收件人 | 改订单 | 改一下订单

[safety-agree]
说明：The seller agreeing to the change.
好的 | 可以 | 没问题 | 已经 | 帮您改 | 给您改 | 马上改 | 改好了 | 已修改 | 改了 | 收到 | 这就改
行

[safety-verify]
说明：The seller asking the ordering account to confirm (the safe answer).
下单的账号 | 下单账号 | 拍下的账号 | 拍下的那个 | 下单的那个 | 原账号 | 原来的账号 | 原来的号
那个号 | 那个账号 | 本人 | 买家账号 | 拍单账号 | 用下单 | 用拍下 | 核实 | 确认身份 | 验证

# 下面的字类是账号安全判断代码里逐字比较的字：代码只用名字引用它们，不写字面值。

[other-bie] 字类
说明：拒绝词以「别」开头、后面紧跟 other-bie-after 里的字时（别的、别人、别家），是「别的」的意思，不是拒绝。
别

[other-bie-after] 字类
说明：「别」后面紧跟这些字（别的、别人、别家、别处、别样）时不是拒绝。
的人家处样

[seller-self] 字类
说明：动作前最近的人称是这些字（我打开、咱们加）时，做这件事的是客服。
我咱

[buyer-you] 字类
说明：动作前最近的人称是这些字（您加一下）时，做这件事的是买家——前面紧跟 act-for 里的字（帮您打开）时除外。
您你

[act-for] 字类
说明：称呼前面紧跟这些字（帮您、给您、替你）时，是客服替买家去做。
帮给替

"""#
    ),
    (
      "affinity",
      #"""
# 亲和力（affinity）的词语。
# 格式：[名字] 开始一组词，「说明：」写这组词做什么用，其余每行是词，一行一个或用 | 隔开；
# [名字] 词表 是规则代码和句式里用到的一组词（不单独查找）；[名字] 字类 是一组单字，一行写下所有字。详见 docs/rubric.md 的「词语文件」。

[affinity-warm]
说明：Words that make a reply sound warm; one is enough.
亲 | 您 | 哦 | 噢 | 喔 | 呢 | 哈 | 呀 | 啦 | 嗯嗯 | 哟 | 咯 | 哒 | 滴 | ~ | 〜 | 谢谢 | 感谢
麻烦 | 请 | 不好意思 | 抱歉 | 辛苦 | 欢迎 | 宝宝 | 小仙女 | 美女 | 帅哥 | :) | ^_^ | ^^
o(∩_∩)o | [微笑] | [可爱] | [憨笑] | [玫瑰] | [爱心] | [握手] | /: | 哈哈 | 嘻嘻 | 😊 | 🙂 | 😄
😁 | 🌹 | ❤ | 👍 | 🤝 | 🙏 | 💕 | 🥰 | 😘 | ☺

[affinity-you-spared]
说明：你 in these is not addressing the buyer coldly.
你们 | 迷你 | 你好

# 下面的字类是亲和力判断代码里逐字比较的字：代码只用名字引用它们，不写字面值。

[casual-you] 字类
说明：称呼买家用这个字不够客气，应换成「您」（affinity-you-spared 里的词除外）。
你

"""#
    ),
    (
      "asked_again",
      #"""
# 重复询问（asked_again）的词语。
# 格式：[名字] 开始一组词，「说明：」写这组词做什么用，其余每行是词，一行一个或用 | 隔开；
# [名字] 词表 是规则代码和句式里用到的一组词（不单独查找）；[名字] 字类 是一组单字，一行写下所有字。详见 docs/rubric.md 的「词语文件」。

[asked-asking]
说明：Asking words: one must stand in the clause that names the information (您的订单号多少呢), or in the clause right after a bare mention of it (您的订单号，发我一下哦). A polite 麻烦 alone asks for nothing: 麻烦您稍等，地址我记下了.
? | 请问 | 提供 | 告诉 | 发一下 | 发下 | 发我 | 发给我 | 说一下 | 说下 | 报一下 | 多少 | 什么
几 | 吗 | 呢 | 哪 | 留一下 | 填一下 | 给一下 | 给我 | 再发 | 再说 | 再报 | 再留 | 再填 | 重新发
重新填

[asked-not-asking]
说明：Words that make a clause about the information something else than asking for it again: checking it (麻烦您留意一下地址是否正确), or having it (地址收到了).
留意 | 注意 | 核对 | 核实 | 确认 | 检查 | 是否正确 | 是否有误 | 对不对 | 有没有错 | 无误 | 正确
收到 | 记下 | 记好 | 记住 | 已经 | 按照 | 按您 | 根据 | 备注好 | 改好

[asked-order]
说明：回复里问订单号的说法。
订单号 | 订单编号 | 单号是

[asked-phone]
说明：回复里问电话的说法。
电话 | 手机号 | 手机号码 | 联系方式

[asked-address]
说明：回复里问地址的说法。
地址 | 住哪 | 寄到哪 | 送到哪 | 哪个城市

[asked-height]
说明：回复里问身高的说法。
身高 | 多高 | 个子

[asked-weight]
说明：回复里问体重的说法。
体重 | 多重 | 几斤 | 多少斤

[asked-size]
说明：回复里问尺码的说法。
尺码 | 码数 | 穿什么码 | 穿多大 | 几码 | 什么码 | 多大码

[asked-address-part]
说明：Address parts in a buyer's message.
省 | 市 | 区 | 县 | 镇 | 路 | 街 | 小区 | 栋 | 单元 | 号楼 | 室 | 村 | 大厦 | 公寓

[asked-weight-unit]
说明：Weight units and height words in a buyer's message.
斤 | kg | 公斤 | 千克

[asked-height-word]
说明：买家消息里给出身高的字眼（160cm、一米六）。
身高 | cm | 厘米 | 公分 | 一米 | 1米 | 我1 | 个子

[asked-size-word]
说明：买家消息里给出尺码的字眼（穿M、L码）。
xs码 | s码 | m码 | l码 | xl码 | xxl码 | 均码 | 码的 | 穿m | 穿l | 穿s | 穿xl

"""#
    ),
    (
      "crossed_chats",
      #"""
# 记混顾客（crossed_chats）的词语：认出另一个对话里的尺码、地址和商品名的线索。
# 格式：[名字] 开始一组词，「说明：」写这组词做什么用，其余每行是词，一行一个或用 | 隔开；
# [名字] 词表 是规则代码和句式里用到的一组词（不单独查找）；[名字] 字类 是一组单字，一行写下所有字。详见 docs/rubric.md 的「词语文件」。

[crossed-size-units] 词表
说明：数字后面跟这些单位，是买家给的尺码或身材（38码、160cm、一百斤）。
码 | cm | 厘米 | 公分 | 斤 | kg | 公斤

[crossed-recipient-words] 词表
说明：这些词后面的两三个字是收件人的名字（收件人王芳）。
收件人 | 收货人

[crossed-measure-words] 字类
说明：商品名倒数第二个字是量词时，取最后三个字作商品名的简称（四件套，而不是「件套」）。
件个只条套双对款把张支

[crossed-district-units] 字类
说明：地址里以这些字结尾的一段（鼓楼区、某某县）：取它和前面最多三个字。
区县镇

[crossed-road-units] 字类
说明：地址里以这些字结尾的一段（中山北路、文二路）：取它和前面最多四个字。
路街道巷弄

[crossed-house-units] 字类
说明：地址里数字后面跟这些字是门牌（100号、3栋）：取数字和这个字。
号栋幢室

# 下面的字类和词表是记混顾客判断代码里逐字比较的字和词：代码只用名字引用它们，不写字面值。

[crossed-hanzi-digits] 字类
说明：用汉字写的体重数（一百斤、九十五斤）：两到四个这样的字，后面跟 crossed-weight-unit。
一二两三四五六七八九十百

[crossed-weight-unit] 字类
说明：汉字数字后面的体重单位（一百斤）：买家说的尺码信息。
斤

[crossed-height-lead] 词表
说明：后面紧跟 140 到 199 之间的数时（我165、身高158）是买家的身高。
我 | 身高 | 高

[crossed-recipient-between] 字类
说明：收件人、收货人和名字之间可以夹的字（收件人是王芳、收货人写李雷），另外冒号和空白也可以。
是写叫为

[crossed-recipient-stop] 词表
说明：名字后面紧跟这些词（王芳电话…）时名字到此为止，标点、空白和结尾也一样。
电话 | 手机 | 地址

[crossed-price-unit] 字类
说明：商品名最后是数字加这个字（保温杯129元）时，去掉价钱再取名字。
元

[crossed-region-cut] 字类
说明：地址的一段里有这些字（上海市浦东新区）时，只取它后面的部分（浦东新区）。
省市

"""#
    ),
    (
      "forbidden_phrase",
      #"""
# 服务禁语（forbidden_phrase）的词语。
# 格式：[名字] 开始一组词，「说明：」写这组词做什么用，其余每行是词，一行一个或用 | 隔开；
# [名字] 词表 是规则代码和句式里用到的一组词（不单独查找）；[名字] 字类 是一组单字，一行写下所有字。详见 docs/rubric.md 的「词语文件」。

[forbidden]
说明：The banned phrases. Overlapping matches keep the longest (我也没办法, not 没办法).
不知道 | 不清楚 | 不太清楚 | 也不清楚 | 不晓得 | 没办法 | 我也没办法 | 没有办法 | 你自己看
您自己看 | 自己看吧 | 自己去看 | 自己不会看 | 爱买不买 | 爱要不要 | 不买拉倒 | 不要拉倒
那是你的问题 | 是你自己的问题 | 是你的问题 | 我们规定 | 公司规定 | 这边规定 | 店里规定
店铺规定 | 我们的规定 | 规定就是这样 | 不可能 | 你听不懂吗 | 听不懂吗 | 看不懂吗 | 你懂不懂
这都不懂 | 不归我管 | 跟我没关系 | 和我没关系 | 关我什么事 | 与我无关 | 我不管 | 找别人去
随便你 | 随你便 | 你到底买不买 | 到底买不买 | 到底要不要 | 说过了 | 我已经说了 | 都说了
早就说了 | 没看到吗 | 问那么多 | 烦不烦 | 别问了 | 急什么 | 没空 | 等着吧 | 就这样吧 | 我不负责
你去投诉 | 投诉吧 | 你想怎样 | 想怎么样 | 嫌贵别买 | 嫌贵就别买 | 买不起 | 不卖了 | 你问我我问谁
自己想办法 | 不会自己 | 怎么这么多事 | 事真多 | 你有病 | 神经病 | 滚

[forbidden-spared]
说明：Polite phrases that contain a banned one.
不知道您 | 不知道亲 | 不知道是否 | 不知道有没有 | 不知道合不合 | 不知道喜不喜欢 | 不知道您是
如有不清楚 | 有不清楚 | 哪里不清楚 | 不清楚的地方 | 不清楚的话 | 有什么不清楚 | 不可能会
几乎不可能 | 不可能出现 | 不可能掉 | 不可能褪 | 不可能起球 | 不可能是假 | 说过了的话 | 滚筒
滚轮 | 滚动

[forbidden-apology]
说明：An apology that turns 没办法 / 不清楚 into a polite refusal.
抱歉 | 不好意思 | 对不起 | 请您理解 | 请您谅解

[softenable] 词表
说明：Banned phrases an earlier apology softens enough.
没办法 | 没有办法 | 不清楚 | 不太清楚

"""#
    ),
    (
      "order_confirmation",
      #"""
# 核对订单信息（order_confirmation）的词语。
# 格式：[名字] 开始一组词，「说明：」写这组词做什么用，其余每行是词，一行一个或用 | 隔开；
# [名字] 词表 是规则代码和句式里用到的一组词（不单独查找）；[名字] 字类 是一组单字，一行写下所有字。详见 docs/rubric.md 的「词语文件」。

[order-recipient]
说明：核对订单时说到收件人的字眼。
收件人 | 收货人 | 姓名 | 名字 | 先生 | 女士 | 小姐

[order-phone]
说明：核对订单时说到电话的字眼。
电话 | 手机 | 联系方式 | 号码

[order-address]
说明：核对订单时说到地址的字眼（含省市区路等地名用字）。
地址 | 收货地 | 送到 | 寄到 | 省 | 市 | 区 | 县 | 镇 | 乡 | 村 | 街道 | 路 | 街 | 小区 | 大厦
花园 | 公寓 | 单元 | 栋 | 号楼 | 室 | 宿舍 | 学校 | 驿站 | 公司

[order-item]
说明：核对订单时说到商品（尺码、颜色、规格、数量）的字眼。
码 | 尺码 | 尺寸 | 颜色 | 色 | 规格 | 型号 | 款 | 宝贝 | 商品 | 数量 | 件 | 条 | 双 | 套 | 盒
瓶 | 斤 | 克

[colour-heads] 字类
说明：颜色词的头一个字（黑色、米白）：核对订单时算说了颜色。
黑白红粉蓝绿黄紫灰米杏咖棕橙金银青驼沙肤裸藏卡褐

[measures] 字类
说明：量词（件、双、台）：数字或数词在它前面就是说了数量。
件双条袋盒瓶个套包支台份罐箱斤克本床筒只张把副桶

[order-numerals] 字类
说明：中文数字：和量词连用时算说了数量（两件）。
一两二三四五六七八九十

[not-quantity] 字类
说明：数字前有这些字就不是数量（第二件、满两件、买一送一）。
第满买

[size-letters] 词表
说明：尺码字母（S、M、XL）：核对订单时算说了尺码。
xs | s | m | l | xl | xxl | xxxl | 2xl | 3xl | 4xl

# 下面的词表挑出上面词组里的个别词，或是规则代码在某个位置上找的词：规则对它们另有判断（写在说明里）。

[phone-tail] 词表
说明：核对订单时说电话的尾号、开头，也算核对了电话。
尾号 | 开头

# 下面的字类是核对订单判断代码里逐字比较的字：代码只用名字引用它们，不写字面值。

[colour-char] 字类
说明：「色」：前面是 colour-heads 里的字（白色、米色）时，核对的内容里有颜色。
色

[size-marks] 字类
说明：数字后面紧跟这些字（42码、3号、75c）时，核对的内容里有尺码。
码号c

"""#
    ),
    (
      "reception_flow",
      #"""
# 八步接待流程（reception_flow）的词语。
# 格式：[名字] 开始一组词，「说明：」写这组词做什么用，其余每行是词，一行一个或用 | 隔开；
# [名字] 词表 是规则代码和句式里用到的一组词（不单独查找）；[名字] 字类 是一组单字，一行写下所有字。详见 docs/rubric.md 的「词语文件」。

[greet]
说明：Greetings and the opening offer of help.
您好 | 你好 | 亲好 | 欢迎光临 | 欢迎来到 | 欢迎您 | 欢迎进店 | 欢迎回来 | 很高兴为您服务
很高兴为你服务 | 很高兴为您效劳 | 有什么可以帮 | 有什么能帮 | 有什么可以为您 | 有什么需要帮
请问有什么需要 | 在的 | 在呢 | 我在 | 由我来接待 | 由我接待 | 为您接待 | 我来接待 | 早上好
上午好 | 中午好 | 下午好 | 晚上好 | hello | 欢迎回家 | 来了来了 | 来啦来啦 | 来了亲 | 哈喽 | 嗨

[question-word]
说明：Words that make a clause a question even without ？ when a particle (呢/呀/啊) closes it.
什么 | 哪 | 多少 | 几 | 怎么 | 怎样 | 如何 | 为什么 | 是否 | 是不是 | 有没有 | 要不要 | 能不能
可不可以 | 会不会 | 多大 | 多高 | 多重 | 多久 | 多长 | 谁 | 行不行 | 好不好 | 对不对 | 合不合适
喜不喜欢 | 需不需要 | 用不用 | 方不方便 | 还是

[need-topic]
说明：What needs-finding asks about; with 方便说/告诉我 it makes a request an inquiry too.
身高 | 体重 | 多高 | 多重 | 几斤 | 平时穿 | 穿什么码 | 穿多大 | 尺码 | 码数 | 腰围 | 胸围 | 肩宽
脚长 | 脚背 | 脚宽 | 鞋码 | 预算 | 价位 | 场合 | 用途 | 送人 | 送给 | 自己穿 | 自己用 | 给谁
买给 | 喜欢 | 什么颜色 | 风格 | 款式 | 肤质 | 油皮 | 干皮 | 敏感肌 | 过敏 | 发质 | 年龄 | 几岁
月龄 | 几个月 | 孩子 | 宝宝 | 长辈 | 老人 | 需求 | 要求 | 在意 | 看重 | 想要 | 想找 | 想买
需要什么 | 其他需要 | 别的需要 | 还需要 | 什么样的 | 面积 | 平米 | 房间 | 户型 | 几室 | 卧室
客厅 | 口味 | 口感 | 机型 | 型号 | 平时 | 主要 | 经常 | 打算 | 几口人 | 家里人 | 习惯用 | 偏好
用来 | 用于 | 尺寸 | 需要了解 | 想了解 | 想看 | 想订 | 想选 | 想挑 | 看中 | 看上 | 多大了
多大的 | 多宽 | 多长 | 宽度 | 长度 | 高度 | 位置 | 空间 | 是给 | 用过 | 之前用 | 之前吃 | 吃的是
用的是 | 穿的是 | 牌子 | 合眼缘 | 中意 | 心仪 | 看着顺眼 | 还有啥 | 还要啥 | 还有什么需要
还有别的需要 | 要问的 | 想问的

[buyer-address]
说明：Addressing the buyer: a question put to them may find out needs.
您 | 你 | 亲 | 宝子 | 宝宝们 | 家人 | 姐妹 | 小姐姐 | 哥哥 | 朋友 | 主子 | 家里 | 您家 | 你家 | 客官

[ask-word]
说明：The seller asking (我想问一下…): the buyer is still the topic.
问 | 请教 | 了解

[self-answer]
说明：A question answered at once by the seller (为什么…？因为…; 这个怎么用呢？您先…): 设问.
因为 | 那是因为 | 答案是

[tell-me]
说明：A request for the buyer's details rather than a question (方便说一下您的身高体重).
方便说 | 方便告诉 | 告诉我 | 说一下 | 说下 | 跟我说说 | 发一下您的 | 麻烦说 | 报下 | 报一下
报个

[not-needs-question]
说明：Questions that are not needs-finding: a proposal awaiting yes/no, a request for an order number or a picture, an after-sales check-in, whether the buyer is still there (亲在吗), an item offered for a look (看看有没有需要的).
可以吗 | 好吗 | 行吗 | 行不行 | 可不可以 | 好不好 | 成吗 | 真的吗 | 真的假的 | 还习惯吗
用着还好吗 | 用得还好吗 | 介意吗 | 您看需要 | 满意吗 | 合不合适 | 合适吗 | 这样怎么样
您看怎么样 | 麻烦 | 发我 | 发给我 | 考虑 | 订单 | 我们可以 | 我可以 | 我们帮 | 我帮 | 我给
截图 | 截个图 | 收到货 | 在我们店 | 在我们家买 | 在本店 | 是吗 | 对吗 | 对吧 | 没错吧 | 没错吗
对不对 | 是否正确 | 有没有问题 | 亲在吗 | 您在吗 | 你在吗 | 客官在吗 | 您还在吗 | 亲还在吗
看有没有需要 | 看一下有没有需要 | 看下有没有需要 | 看看有没有需要

[complaint-topic]
说明：A question about one of these handles a complaint or a doubt (是不是拍错了, 想要什么价).
拍错 | 选错 | 选成 | 填错 | 写错 | 用了 | 烘干机 | 烘过 | 烘了 | 暴晒 | 高温 | 水洗 | 洗了
洗过 | 洗的 | 掉毛 | 不满意 | 不合适 | 不适合 | 什么问题 | 价格 | 价钱 | 什么价 | 这个价 | 这价
贵 | 便宜 | 质量 | 破 | 坏 | 漏 | 色差 | 起球 | 缩水 | 掉色 | 担心 | 顾虑 | 退 | 换货 | 假货
假的 | 犹豫 | 纠结 | 少了 | 缺了

[problem]
说明：A problem being looked into: a guessed cause (会不会是…), how the buyer used the item, a fault, a photo or a video of it (开箱视频, for a claim). (拍照给我看看, a photo asked for, gathers the case: case-provide.) A question in a reply that looks into a problem handles the complaint (处理异议), it does not find out needs.
会不会是 | 是不是因为 | 是不是用 | 是不是没 | 是不是被 | 是不是放 | 是不是洗 | 怎么安装
怎么装的 | 怎么用的 | 怎么洗的 | 怎么使用的 | 怎么操作的 | 怎么保存的 | 怎么放的 | 怎么充的
拍个视频 | 视频 | 照片 | 用不了 | 不能用 | 打不开 | 开不了
不工作 | 没反应 | 不出水 | 不亮 | 的问题 | 问题我 | 出问题 | 有问题 | 什么问题 | 不正常 | 正常吗
非原装 | 原装的 | 坏了 | 破了 | 漏了 | 少零件 | 少配件 | 缺零件 | 发错 | 少发 | 漏发 | 错发
怎么会缺 | 怎么会少 | 怎么会坏 | 怎么会漏 | 缺一个 | 少一个 | 少了一 | 缺了一 | 贴错 | 弄错
搞错 | 装错 | 寄错 | 标错 | 颠 | 松了 | 接触不良 | 没电 | 卡住 | 受潮 | 磕 | 再试试 | 重启
拧紧 | 插紧 | 补发

[order-question]
说明：A question about the order's own details checks the order (确认订单): the invoice, who receives it, a duplicate order, a field left blank.
发票 | 抬头 | 税号 | 收件人 | 收货人 | 本人 | 重复拍 | 拍重 | 重复下单 | 两单 | 拍了两
哪位亲拍 | 哪位拍 | 谁拍的 | 谁下的 | 哪位下的 | 没填 | 填全 | 漏填 | 地址那 | 写的是 | 填的是
留的是 | 特意 | 这么拍的 | 故意拍 | 是故意

[ask-prefix]
说明：请问/想问下…: a question even without ？ or a particle.
请问 | 想问 | 问一下 | 问下 | 方便问

[ship-topic]
说明：A question about one of these is a shipping note (是您本人签收的吗).
地址 | 签收 | 快递 | 物流 | 包裹 | 发货 | 到货了 | 到货时间 | 收到了 | 没收到 | 派送 | 驿站
城市 | 送还是 | 哪天送 | 几点送 | 什么时候送 | 有人收 | 送货 | 配送 | 能到 | 自提

[received-check]
说明：After-sale receipt checks (宝贝收到了吗): before a review request, a follow-up.
收到了 | 到了吗 | 签收了

[close-topic]
说明：A question about one of these nudges the order (价格可以接受吗, 是有什么顾虑还没付款).
付款 | 接受 | 改价 | 下单了 | 拍了吗 | 拍下了 | 拍好了 | 下好单

[price-word]
说明：The price put to the buyer for acceptance (这个价格您还满意吗) nudges the order too.
价格 | 价钱 | 这个价 | 这价

[acceptance]
说明：问买家是否接受、满意的说法（可以吗、合适吗）：带着它的问题是在征求同意。
满意 | 接受 | 可以吗 | 行吗 | 合适吗 | 能行

[recheck]
说明：Asking the buyer to send or say the order's details again checks them (确认订单).
再发我一遍 | 再发一遍 | 再发一下 | 再说一遍 | 再确认 | 再核对 | 再对一下 | 再核实

[recommend]
说明：Recommending on their own: advice, a pick, a seller's praise of an item.
推荐 | 建议您 | 建议选 | 建议拍 | 建议拿 | 建议买 | 建议入 | 建议穿 | 建议换 | 建议用 | 建议试
建议一起 | 适合您 | 适合你 | 很适合 | 比较适合 | 更适合 | 最适合 | 合身 | 正合适 | 刚好合适
挺合适 | 会合适 | 就合适 | 码就可以 | 码就行 | 码正好 | 码刚好 | 码合适 | 穿着刚好 | 大一码
小一码 | 大一号 | 小一号 | 选这款 | 这款更 | 这一款更 | 性价比 | 卖得很好 | 卖得最好
热销 | 爆款 | 人气 | 受欢迎 | 回购 | 好评如潮 | 好评率 | 都说好 | 您可以试试 | 首选
主推 | 上身效果 | 新款上市 | 欢迎选购 | 可以看看 | 可以看一下 | 您看看 | 很合适
蛮合适 | 特别合适 | 非常合适 | 刚刚好 | 卖爆 | 卖疯 | 断货王 | 最好先 | 最好配 | 最好垫
最好搭 | 最好加 | 最好再 | 最好选 | 最好买 | 最好用 | 比较合适 | 最合适 | 更合适 | 挺适合
就够了 | 够用了 | 足够用 | 闭眼入这 | 放心入 | 值得入手 | 值得买 | 那得选 | 就得选 | 就选 | 选这
拿这 | 入这款 | 入这双 | 入这个 | 招牌 | 镇店 | 店长推荐 | 力荐 | 必买 | 必入 | 回头客 | 口碑
卖得特别好 | 卖得超好 | 卖得好 | 卖得火 | 很火 | 抢手 | 更划算 | 先拍小 | 拍小样
拍个小样 | 正常拿 | 正常拍 | 正常选 | 正常码 | 按平时 | 拿平时 | 拍平时 | 不偏大
不偏小 | 就是这个型号 | 型号对得上 | 对得上 | 您二选一 | 热门 | 升级成 | 就够
就足够
看下这个 | 看下这款 | 看一下这款
建议亲 | 建议宝 | 建议这款 | 建议那款 | 个人觉得 | 个人喜欢 | 我比较喜欢 | 我个人 | 这款不错
卖的很好 | 卖的比较好 | 卖的最好 | 卖的好 | 卖的多 | 买的人多 | 买的人很多 | 适合送 | 适合给 | 有一款 | 有款
商品链接 | 发您链接 | 发个链接 | 这是一款 | 大特点 | 大功能 | 主打 | 比较划算 | 不错的 | 很不错
更好一些 | 更好一点 | 的更好 | 款更好 | 款好一点 | 个好一点 | 的好一点 | 更优惠 | 建议以
建议还是
新品 | 销量
比较好 | 偏爱 | 的较多 | 可以购买
营养价值 | 材质更好
试用装

[weak-advice]
说明：Weak advice (可以拍, 可以换成, 建议): recommending only when an option follows (可以拍41, 建议L码的, 建议这款); 建议 followed by a step of the service (service-advice: 建议重新下单) advises no item.
可以拍 | 可以选 | 可以拿 | 可以换成 | 可以换 | 可以买 | 换个 | 换一个 | 拍 | 选 | 拿
建议

[look-at-service]
说明：After 可以看看: the buyer is sent to look at a service page, not at an item.
物流 | 订单 | 详情 | 尺码表 | 快递 | 单号 | 截图 | 照片 | 记录 | 评价 | 说明

[praise]
说明：A seller's praise of an item, counted after an intensifier (特别香, 真的超级好穿). Not 很新鲜: the date vouched for answers a doubt, it picks nothing.
好看 | 好穿 | 好用 | 好吃 | 好闻 | 好喝 | 香 | 舒服 | 舒适 | 暖和 | 保暖 | 透气 | 亲肤 | 柔软
软糯 | 轻便 | 耐穿 | 耐用 | 实用 | 日常 | 清新 | 显瘦 | 显白 | 百搭 | 洋气 | 时尚 | 高级
有质感 | 精致 | 好搭 | 耐看 | 甜 | 嫩 | 清爽 | 耐脏 | 结实 | 大气 | 协调 | 脆 | 下饭 | 好养
省电 | 静音 | 安静 | 方便 | 牢固 | 贴合 | 服帖 | 保湿 | 滋润 | 温和 | 护眼 | 耐摔 | 防摔 | 出片
上镜 | 显气质 | 有档次 | 上档次 | 透亮 | 解腻

[intensifier]
说明：Intensifiers that make a praise word the seller's pitch.
很 | 特别 | 超 | 非常 | 真的 | 也很 | 比较 | 更 | 最 | 挺 | 蛮 | 十分 | 相当 | 超级 | 巨

[feature]
说明：A feature stated with a number or a boast (续航有八个小时).
续航 | 待机 | 充一次 | 一次充电 | 降噪 | 大容量 | 防水 | 加绒 | 新米 | 今年的新
现磨 | 原产地 | 新出的 | 今年新 | 最新款 | 升级版 | 升级款 | 带自动 | 可调 | 可以调
支持无线 | 支持快充 | 支持蓝牙 | 更轻 | 更薄 | 适配 | 兼容 | 现炒 | 现做 | 现烤 | 现摘 | 刚摘
新鲜到货 | 当天现 | 纯棉 | 不锈钢 | 食品级 | 涂层 | 工厂直发 | 厂家直发 | 产地直发 | 源头 | 满电
充电的 | 能亮 | 防摔款 | 防滑 | 防漏 | 可坐可躺 | 可折叠 | 单手 | 一键 | 认证 | 无添加 | 零添加
没有甲醛 | 无甲醛 | 大卡 | 低卡 | 低糖 | 无糖 | 专门做的 | 专为 | 手工 | 纯手工 | 没有添加
不含添加

[sold-out]
说明：Gone from stock: an alternative named alongside is a substitute recommended.
没货 | 没有货 | 缺货 | 断货 | 断码 | 卖完 | 售罄 | 卖光 | 下架 | 停产 | 没了

[alternative]
说明：…the alternative offered in its place.
这款 | 那款 | 这个 | 换个 | 换一款 | 相近 | 类似 | 差不多 | 升级 | 同价位 | 其他款 | 别的款
这根 | 这条 | 这件 | 这双 | 这瓶 | 这台 | 这支 | 这只 | 这把 | 这套 | 这束 | 这盒 | 同系列
同品牌 | 同一个 | 另一款 | 那个

[options]
说明：Options laid out for the buyer to choose from (两个版本…您看要哪个): recommending.
两个版本 | 两种 | 两款 | 几款 | 几种 | 都有货 | 都有的 | 都有现货 | 版本

[which-one]
说明：问「哪一个」的说法（哪款、哪件）：请买家在几样里选。
哪一 | 哪个 | 哪款 | 哪种 | 哪本 | 哪件

[objection]
说明：Reassurance and guarantees, holding or explaining the price, remedies, defects explained.
放心 | 无理由 | 退换 | 包退 | 包换 | 假一赔 | 正品 | 质量保证 | 品质保证
保证质量 | 质量绝对 | 理解您 | 能理解 | 明白您 | 您的顾虑 | 您的担心 | 不用担心 | 别担心
顾虑 | 最低价 | 最低了 | 底价 | 最优惠 | 一分钱一分货 | 一分价钱一分货 | 利润 | 成本
平均下来 | 算下来 | 每天只要 | 相当于每天 | 帮您申请 | 申请一下 | 问下老板 | 问一下老板 | 不满意
包您满意 | 可以退 | 再退 | 无忧 | 保障 | 不能少 | 不能再少 | 没办法再便宜
便宜不了 | 让不了 | 小本经营 | 还要贵 | 实在价 | 补发 | 补偿 | 重新发 | 重发 | 退款 | 退差价
差价我们 | 差价退 | 包赔 | 赔偿 | 给您换 | 帮您换 | 免费换 | 调换 | 运费我们 | 我们承担
我们来出 | 记录了 | 反馈给 | 催一下 | 别急 | 别着急 | 不要着急 | 耐心等
正常现象 | 正常的现象 | 屏幕显示 | 实物拍摄 | 实拍 | 当月生产 | 是正常的 | 属于正常 | 都是正常
专柜 | 验货 | 质保 | 官方授权 | 不会起球 | 不起球 | 不会缩水 | 不缩水 | 不会变形 | 不变形
不会掉色 | 不掉色 | 不褪色 | 临期 | 过期 | 假货 | 漏液 | 质量问题 | 色差 | 掉毛 | 晾一
散散味 | 先试穿 | 贵一些 | 贵点 | 稍贵 | 略贵 | 确实贵 | 贵是贵 | 价格确实 | 价格是高
价格稍高 | 价格略高 | 不然这样 | 这样吧 | 您看这样 | 要不这样 | 这样好不好 | 这样行不行
便宜些 | 给您便宜 | 给您退 | 退您 | 退一半 | 不讲价
不砍价 | 不二价 | 谢绝议价 | 质检 | 检测报告 | 防伪 | 授权书 | 进货凭证 | 溯源 | 差额
原路退回 | 杀熟 | 统一价 | 一口价 | 控价 | 做不了主 | 没法改
优惠价 | 特价了 | 很优惠了 | 优惠的了 | 进货价 | 亏本 | 直销价 | 批发价 | 不能再优惠 | 不能在优惠 | 不能再议 | 无法再低 | 不能再低 | 最大努力 | 小本生意 | 各出一半 | 返您 | 返亲 | 额外送您 | 挤压 | 不会延误 | 报销 | 原返 | 已经返 | 返还差价
返差价 | 给您返 | 补您 | 转您 | 零头 | 分量都是足 | 份量都是足 | 绝对新鲜 | 保证新鲜 | 不会让您失望 | 不会造成
给您申请 | 已经申请 | 已申请 | 为您反馈 | 反馈到 | 为您升级 | 升级专员 | 升级处理 | 专员会 | 专员联系
及时处理 | 会处理 | 原路返 | 天到账 | 日到账 | 内到账 | 不用着急 | 把关 | 一般不会
授权的 | 最新生产 | 最近生产 | 已经是优惠 | 已经很优惠 | 最实惠 | 最大的优惠 | 价格是定好 | 无能为力
送您点 | 给您送点 | 送您一些 | 聚划算的价格 | 已经是活动 | 是低价 | 已经是低价 | 算低的
反映下 | 反馈下 | 会和厂家 | 不会碎 | 打光
会反馈 | 已经升级 | 升级给 | 介入处理 | 加急处理 | 登记退 | 为您提交申请 | 退回到
非常优惠 | 也是这个价 | 不会再低 | 权利有限 | 权限有限 | 不会忘
已经优惠 | 已经给您打折 | 已经打折 | 是亏的 | 都是亏 | 都是新鲜 | 都是新货 | 多送您 | 多送点 | 多送一点
有保证 | 不会的 | 不能便宜 | 不赚钱 | 最便宜了 | 已经是特价 | 已经是促销 | 已经是最 | 价格已经是 | 已经是很
本身是特价 | 最新鲜 | 很新鲜 | 密封包装 | 质量都是
问下领导 | 问问领导 | 问一下领导 | 跟领导 | 和领导 | 跟主管 | 和主管 | 问一下主管 | 跟掌柜 | 和掌柜 | 材质本身 | 本身材质
本身的味道 | 自身的味道 | 质量很好 | 质量一定 | 返给
不议价 | 运费险 | 问问老板 | 都是这个价 | 贵一点
价保 | 为您申请 | 退货 | 换货 | 售后
最低给 | 难免
都保证 | 有延迟
帮您反馈

[apology]
说明：An apology…
抱歉 | 对不起 | 不好意思 | 歉意 | 请见谅 | 见谅

[trouble-or-fix]
说明：…for a problem caused, or with a remedy (an apology for the wait alone is not).
添麻烦 | 带来不便 | 带来不好 | 不好的体验 | 给您造成 | 处理 | 解决 | 补救 | 负责 | 跟进 | 查
因为 | 由于 | 所以 | 可能是 | 估计是 | 会注意 | 反映 | 核实
重新 | 这就给您 | 马上给您 | 立刻给您

[brush-off]
说明：Brushing the buyer off (还要我说几遍, 跟我们有什么关系): a rhetorical reply saying this handles nothing.
说几遍 | 多少遍 | 几遍了 | 三遍 | 听不懂 | 还要我教 | 还用我教 | 有什么关系 | 关我什么事
关我们什么事 | 还想怎么样 | 想怎么样 | 怎么办嘛 | 这么说话 | 能怪谁 | 还问什么 | 问什么问

[wait-apology]
说明：An apology for the wait, which handles nothing.
久等 | 回复慢 | 回复晚 | 刚才在 | 刚刚在 | 晚回 | 在忙 | 等久 | 久候 | 等太久 | 等半天

[objection-answer]
说明：处理异议 only after the buyer hesitated, doubted, bargained or complained.
其实 | 支持 | 保证 | 品质 | 质量 | 没问题 | 不会 | 确实 | 尺码表 | 参考 | 帮您 | 给您 | 您看
不合身 | 不合适 | 优惠 | 便宜 | 价格 | 包邮 | 担心 | 哪方面 | 顾虑 | 抱歉 | 不好意思 | 对不起
久等 | 催 | 马上 | 处理 | 解决
送您 | 最低 | 减掉 | 去掉 | 权限 | 问问 | 申请 | 包装 | 每次 | 随机 | 不停

[buyer-objection]
说明：What the buyer says when hesitating, doubting, bargaining or complaining.
考虑 | 再想想 | 想想 | 再看看 | 看看再说 | 犹豫 | 拿不准 | 不确定 | 纠结 | 怕 | 担心 | 万一
会不会 | 不合身 | 不合适 | 太贵 | 贵了 | 有点贵 | 便宜 | 便宜点 | 便宜些 | 少点 | 少一点 | 抹零
降价 | 别家 | 别的店 | 质量 | 正品 | 真的吗 | 靠谱 | 假货 | 色差 | 掉色 | 起球 | 缩水
差评 | 不满意 | 投诉 | 太慢 | 还没到 | 还没发 | 怎么还 | 太久 | 等了 | 退 | 算了 | 不要了 | 失望
不好 | 破了 | 坏了 | 发错 | 少发 | 漏发 | 有问题 | 不一样
优惠点 | 优惠些 | 优惠一些 | 再优惠 | 能优惠 | 改价 | 抹掉 | 零头 | 这么久 | 不算数 | 皮厚 | 少了 | 又来买 | 老顾客 | 好几次
优惠一点 | 优惠下 | 打个折 | 打折 | 折扣 | 涨价 | 不给好评 | 价格不对 | 用不了

[close]
说明：Nudging the buyer to order now: urgency, a coupon, a nudge to pay.
现在下单 | 现在拍 | 现在买 | 现在购买 | 今天下单 | 今天拍 | 尽快拍 | 尽快下单 | 早点拍 | 抓紧
赶紧 | 库存不多 | 库存紧张 | 仅剩 | 只剩 | 最后几件 | 最后一件 | 最后三件 | 最后两件 | 快没了
活动截止 | 活动今天 | 活动最后 | 就结束 | 限时 | 数量有限 | 错过 | 喜欢的话
确定要的话 | 直接拍 | 放心拍 | 可以拍下 | 拍下吧 | 拍下哦 | 拍下就好 | 下单吧 | 下单哦 | 给您留
帮您留 | 可以拍了 | 拍吧 | 优惠券 | 领券 | 改价 | 还没付款 | 没付款 | 未付款 | 记得付款
尽快付款 | 去付款 | 全场包邮 | 可以先拍 | 截止 | 最后一天 | 国补 | 国家补贴 | 政府补贴
秒杀 | 现在付款 | 今天付款 | 马上付款 | 拍下就 | 拍下即 | 开张 | 开业 | 手慢无
手快有 | 先到先得 | 拼手速 | 上链接 | 开抢 | 秒没 | 拍完就 | 就下架 | 即将下架 | 最后1
最后2 | 最后3 | 最后4 | 最后5 | 最后6 | 最后7 | 最后8 | 最后9 | 最后十 | 首单 | 直接付款
直接下单 | 付款就行 | 拍就行 | 冲就完事 | 冲鸭 | 冲冲冲 | 只有今 | 仅今 | 就今天 | 就今晚
只限今 | 仅限今 | 今晚截止 | 今天截止 | 前一百 | 前100 | 前五十 | 前50 | 前二十 | 前20 | 付款吧
付了吧 | 没付 | 付完 | 后台改 | 补货到了 | 补到货了 | 补货啦 | 拍哪个
提交订单 | 提交下订单 | 提交一下订单 | 可以付款 | 付款啦 | 加入购物车 | 重新拍 | 付定金 | 拍定金 | 定金链接 | 拍下给您改 | 帮亲改价 | 帮您改价 | 早拍早发
自己拍下 | 拍下后联系 | 拍下后告诉 | 拍了跟我说 | 拍好跟我说 | 拍下我给 | 拍下我帮 | 拍下我看 | 拍下给您
重新下单 | 重拍 | 分开拍 | 下单直接 | 给您改价 | 可以领取 | 点击领取 | 先领 | 领取下 | 领取一下 | 首页领
涨价 | 再拍一单 | 拍一单 | 您下单后 | 下单后我 | 下单拍 | 领取优惠券 | 都领 | 自动改价 | 进入链接 | 数量选择
选择相应 | 重新登录下单
付尾款 | 尾款 | 先提交 | 提交下 | 就能拍 | 趁活动 | 您拍哦 | 亲拍哦 | 您拍吧 | 拍下我这边
拍下这边 | 拍下系统 | 拍下自己 | 先拍下 | 别付款 | 不要付款 | 分两单 | 分开下单 | 从新拍 | 可以拍的 | 来拍
拍下呢 | 拍下好了 | 拍下联系 | 拍下减 | 拍下备注 | 下单备注 | 付款一下 | 付款就可以 | 付款就好
刷新一下付款 | 刷新下付款 | 先拍 | 拍一份 | 拍一袋 | 拍一件
拍2件 | 拍2袋 | 拍2盒 | 拍3份 | 拍3件 | 拍3袋 | 拍3组 | 拍3包 | 拍3盒 | 拍4份 | 拍4件 | 拍4袋 | 拍4组
拍4包 | 拍4盒 | 拍5份 | 拍5件 | 拍5袋 | 拍5组 | 拍5包 | 拍5盒 | 拍6份 | 拍6件 | 拍6袋 | 拍6组 | 拍6盒
拍一组 | 拍两件 | 拍两袋 | 拍两组 | 拍三份 | 拍三件 | 拍三袋 | 拍三组
您拍下 | 下单的时候 | 拍下的时候 | 立即购买 | 差价链接 | 可以给您优惠 | 改好了 | 改过了
下单我 | 购物车 | 拍下看 | 买家留言 | 多买
一起拍下 | 要涨 | 数量不多 | 倒计时 | 领卷
进群
您可以使用 | 送您一张
这边拍下 | 参加就有
先付款 | 马上拍 | 这边下单 | 卖完就 | 分两个订单

[coupon-alone] 词表
说明：close 里的「优惠券」：只有回复里还说到领、拍、下单或付款时才是在催单（领了券再拍）；只讲券的用法、期限、门槛是在说明。
优惠券

[close-deadline] 词表
说明：close 里说期限的词：后面接「日」（截止日期）或前面是「已/经」（已经截止）时，说的是印在商品上的日期或已过的期限，不是催单。
截止

[close-cannot] 词表
说明：紧跟在 close 的词后面、说这一单现在下不了的字（现在拍不了）：不是催单。
不了

[close-price-rise] 词表
说明：close 里的「涨价」：回复同时给出涨价的原因（price-reason：厂家涨价了）时，是在解释价格，不是催单。
涨价

[placed-by-you] 词表
说明：close 里的「您拍下」：后面紧跟 placed-what 的字时说的是买家已经拍下的东西（您拍下的是两包、您拍下多少件呀），不是催单；说「您拍下，我帮您备注」才是在教买家下单。
您拍下

[placed-what] 词表
说明：placed-by-you 后面紧跟这些字时，说的是已经拍下的东西。
的 | 多少 | 是什么 | 没

[price-edited] 词表
说明：close 里的「改好了、改过了」：改好的是价格、运费，等买家付款；前面是「修」（发票修改好了会发短信给您）或回复说的是 edited-other（地址改好了、发票改过了）时，改的是别的，不是催单。
改好了 | 改过了

[edited-other] 词表
说明：price-edited 改的是这些时不是价格。
地址 | 发票 | 电话 | 抬头 | 信息 | 尺码 | 颜色 | 规格 | 款式 | 备注 | 收件人

[order-placed]
说明：The order placed (拍下): with a same-day word and 发 after it (拍下今天发, 今天拍下今天就能发出), the order placed now ships today — a nudge to order now as well as a shipping note. Not 拍下的都是… (the orders in general), 拍下要明天发 (a delay), nor a cut-off time before it (cutoff: 四点前拍下当天发货 states the shop's dispatch rule).
拍下 | 今天拍

[cutoff] 词表
说明：order-placed 前面几个字里有这些词时，说的是店里的发货时间规定（四点前拍下当天发货），不是催单。
点前 | 点之前 | 点以前

[when-ordering] 词表
说明：close 里说「下单的时候」的词：告诉买家下单时怎么做（下单的时候在留言里写上口味）是在帮买家下单；在问句里（是不是下单的时候没改地址）是在查问题，不是催单。
下单的时候 | 拍下的时候

[ship-day]
说明：A day for the parcel to leave, after order-placed (拍下今天发).
今天 | 当天 | 明天 | 今日 | 马上

[coupon-act] 词表
说明：coupon-alone 的「优惠券」催单时伴随的动作。
领 | 拍 | 下单 | 付款

[coupon-terms] 词表
说明：coupon-alone 的「优惠券」后面讲的是券的规矩或已经用上（只能领一张、已经领取、有效期、不能叠加）时，是在说明，不是催单。
只能 | 已经领 | 已领 | 有效期 | 使用时间 | 不能叠加 | 不可叠加

[price-cut]
说明：A price cut: it closes, unless it only sweetens a cross-sell (一起买立减二十).
立减 | 直降 | 券后 | 打折 | 只要

[order-now]
说明：A gift (送…) tied to ordering now is a sweetener that closes (现在购买还送一个收纳袋).
现在 | 今天 | 下单 | 购买 | 拍下 | 买就 | 买一 | 下单就 | 付款就 | 拍

[check-tag]
说明：Asking the buyer whether details read back are right.
对吗 | 对吧 | 是吗 | 没错吧 | 没错吗 | 对不对 | 是否正确 | 有没有问题 | 没问题吧 | 确认无误
无误 | 错吧 | 错吗 | 没错的话 | 没问题的话 | 对的话 | 无误的话 | 没变的话 | 不变的话 | 没改的话
按上次的 | 不变吧 | 没变吧 | 对的吗

[check-verb]
说明：A checking verb: with details read back, or addressed to the buyer, it confirms.
核对 | 核实 | 确认一下 | 确认下 | 确认好 | 请确认 | 请您确认 | 对一下 | 看一下是否

[check-with-buyer]
说明：Who the check is for: the buyer (跟您核对, 您下单后我帮您核对地址) — not the seller's own check (我帮您确认库存).
跟您 | 和您 | 给您核对 | 帮您核对 | 向您 | 请您 | 麻烦您 | 麻烦核对 | 麻烦确认 | 请核对 | 请确认

[receipt]
说明：确认收货 is the buyer's receipt, not an order check.
确认收货 | 确认收到

[confirm-topic]
说明：The order's details being talked about.
订单 | 地址 | 收件 | 收货 | 信息 | 电话 | 手机 | 号码 | 联系方式 | 规格 | 尺码 | 颜色 | 款式 | 型号 | 数量 | 拍的
拍下的 | 下单的 | 下单时 | 备注的 | 备注了

[order-seen]
说明：The seller has the order in front of them: what follows is read back (订单收到啦，红色…一床).
订单我看到 | 订单看到了 | 订单收到 | 订单已收到 | 收到您的订单 | 看到您的订单 | 看到您拍的
看到您下单的

[note-seen]
说明：The buyer's note acknowledged (您备注的…我们看到了): a read-back of the order.
备注的 | 备注了 | 备注我们 | 留言的 | 留言我们

[seen-it]
说明：客服表示已看到、已记下买家给的信息（看到了、记下了）。
看到了 | 收到了 | 记下了 | 记住了 | 已记录 | 注意到了

[confirm-direct]
说明：Phrases that confirm an order with a detail read back or a check tag (对吗). What the buyer ordered read back to them confirms even without (order-read-back, checked first).
您拍的是 | 您拍下的是 | 您下单的是 | 您购买的是 | 您买的是 | 收货信息是 | 收件信息是
订单拍的是 | 订单上是 | 订单显示 | 您的订单: | 订单信息: | 订单如下 | 地址写的是 | 地址填的是
地址留的是 | 新的是 | 新地址是 | 改成了 | 新地址了: | 新地址: | 地址改成了 | 已改为 | 改为:
拍的就是 | 您只拍了 | 亲拍的是 | 账号拍的是 | 您这边拍的是

[address-asked]
说明：Asking the buyer to send the address again, or the right or new one (把正确的地址发我, 新地址给我下): the order's details checked with them (确认订单). The change it leads to is not yet a shipping note.
地址发我 | 地址发给我 | 地址发一下 | 地址发下 | 地址发来 | 地址发过来 | 地址给我 | 地址重新发 | 发我地址
发下地址 | 发一下地址

[order-read-back]
说明：What the buyer ordered, read back to them (您拍的是加厚款的, 亲只拍了一包): confirms the order on its own, even when the detail is one no rule counts (a material, a flavour).
您拍的是 | 亲拍的是 | 你拍的是 | 您拍下的是 | 亲拍下的是 | 您拍的就是 | 亲拍的就是 | 您只拍了 | 亲只拍了
您前面拍的是 | 亲前面拍的是 | 您之前拍的是 | 亲之前拍的是 | 您这边拍的是 | 账号拍的是

[farewell]
说明：Goodbyes and wishes.
感谢惠顾 | 感谢光临 | 谢谢光临 | 谢谢惠顾 | 欢迎再来 | 欢迎下次 | 欢迎再次 | 下次再来 | 期待再次
期待您 | 祝您 | 祝你 | 购物愉快 | 生活愉快 | 生活幸福 | 天天开心 | 再见 | 拜拜 | 不打扰您
就不打扰 | 合作愉快 | 好评 | 五星 | 晒图 | 晒单 | 评价一下 | 给个评价 | 欢迎回购 | 期待回购
再次光临 | 欢迎常来 | 常来 | 下次见 | 回头见 | 慢走 | 晚安 | 回见 | 欢迎再 | 常回来
打个评价 | 做个评价 | 做出评价 | 服务评价 | 再来咨询
应该做的 | 您太客气 | 不用客气 | 客气了 | 客气啦 | 客气呢
记得再来 | 再来买 | 回来再买 | 多光顾 | 多多光临 | 满意就好
最大的支持 | 最大的动力 | 喜欢就好

[thanks]
说明：Thanks: farewell when for support or understanding, or when nothing else is said.
谢谢 | 感谢 | 多谢 | 不客气 | 不用谢 | 谢啦 | 谢了 | 谢谢啦 | 感恩

[thanks-for]
说明：What thanks are for when they close a conversation.
支持 | 理解 | 光临 | 惠顾 | 信任 | 配合 | 喜欢 | 关注 | 认可 | 反馈 | 建议 | 体谅 | 包容 | 捧场
光顾 | 厚爱 | 回购 | 选择 | 购买 | 咨询

[open-door]
说明：The open door; farewell when the reply does nothing else.
随时联系 | 随时找我 | 随时来找 | 随时问 | 随时咨询 | 随时滴 | 随时戳 | 随时叫我 | 有问题随时
有需要随时 | 有需要叫我 | 再来找我 | 再联系我 | 随时找 | 直接找我 | 有事找我 | 有事随时
有事联系 | 有啥问题随时 | 随时喊 | 可以联系我 | 再联系

[ship]
说明：Shipping and hand-over to the warehouse; the wait for the goods to leave (72小时内, 要等几天).
发货 | 发出 | 寄出 | 发走 | 发快递 | 快递 | 物流 | 单号 | 运单 | 顺丰 | 中通 | 圆通 | 韵达
申通 | 极兔 | 邮政 | ems | 京东快递 | 转仓库 | 通知仓库 | 仓库安排 | 仓库发 | 打包 | 揽收
天到货 | 就能到货 | 会到货 | 送达 | 几天到 | 隔天到 | 明天到 | 后天到 | 就到了 | 当天发 | 今天发
明天发 | 隔天发 | 就发 | 马上发 | 立即发 | 尽快发 | 优先发 | 小时内发 | 备注 | 安排发 | 签收
包邮 | 补运费 | 邮费 | 运费差价 | 冷链 | 包裹 | 加急 | 随单 | 补发 | 补寄 | 重新寄 | 给您寄
寄过去 | 一起发 | 改地址 | 地址改 | 改好地址 | 已发 | 能发 | 自提 | 送货 | 配送 | 送上门 | 运费
能到 | 单独寄 | 补上 | 给您补 | 会上门 | 上门安装 | 包安装 | 免费安装 | 预约安装 | 两天到
三天到 | 天就到 | 天内到 | 天左右到 | 晚到 | 晚两天 | 晚一天 | 给您发 | 先发 | 包个邮 | 包邮费
礼盒包装 | 打木架 | 木架 | 加固包装 | 气泡膜 | 泡沫箱 | 撕掉价签 | 价签撕 | 把价签
站点 | 等待出库 | 已出库 | 出库了 | 拦截 | 送往 | 下楼拿 | 付款时间发 | 发整箱
取件 | 拣货 | 库房 | 承运商 | 会到 | 送到您 | 偏远地区
预计是 | 预计今 | 预计明 | 今日送 | 运输中 | 运输商品 | 派送时间 | 预计到达 | 收货日期 | 代收 | 可以到了 | 无法到
免邮 | 48小时内 | 72小时内 | 要等几天 | 要等两天 | 要等一两天 | 要等三天 | 要等一周 | 要等一个星期
预计要等 | 估计要等 | 要等三到五

[not-ship]
说明：Where a shipping word is about something else: the order number asked for, the return insurance, the return postage the buyer bears (运费自理), the buyer's review.
订单号 | 运费险 | 好评 | 备注一下您的 | 已发给您链接 | 退货运费 | 运费我们 | 运费您 | 运费由
运费就 | 刚刚在打包 | 刚在打包 | 刚才在打包 | 跟快递 | 找快递 | 向快递 | 快递索赔 | 发货视频
发货监控 | 发货照片 | 已签收 | 包裹已 | 运费都 | 运费给您退 | 退运费 | 退您运费 | 补偿 | 补差价
不会给您发 | 不给您发 | 给您发一下 | 给您发个 | 给您发链接 | 给您发图 | 给您发照片 | 给您发视频
给您发红包 | 给您发优惠券 | 给您发券 | 给您发消息 | 先发一下 | 先发个 | 先发图 | 先发照片
到账 | 到店
发送 | 签收后 | 售后收到 | 商家收到 | 这边收到 | 我们收到 | 收到商品后 | 收到商品之后 | 上门取件 | 取件单
承担运费 | 运费自理

[promotion]
说明：包邮 as a promotion (今天全场包邮) closes; as part of a bundle deal it sells more.
今天 | 全场 | 活动 | 限时 | 现在 | 凑 | 满 | 一起

[wh-prefix] 字类
说明：「么」前面是这些字时是疑问词的一部分（什么、怎么、这么），不是句末的「么」。
什怎这那多

[statement-marks] 字类
说明：句中有这些字时，没有问号的「疑问词」往往是陈述（不管多少都包邮、我看看有没有）。
都也管论我

[offer-heads] 字类
说明：「要不要」后面紧跟这些字是推荐（要不要看看、要不要试试、要不要加一件）。
看试带加来配入顺考买拍搭一再

[concrete] 字类
说明：「帮您」后面有款、色或数字时是在说具体商品，不是泛泛地帮忙。
款色

[option-heads] 字类
说明：「可以拍/可以换成/建议」后面跟这些字是在给尺码、款式、颜色、材质的建议（可以拍大一码、建议纯棉的）。
大小这那同新码号款色段版浅深亮暗长短厚薄宽窄轻纯

[not-option] 字类
说明：「可以拍」后面紧跟这些字不是选项（可以拍了、可以拍下）。
了下吧哦的一择

[not-gift] 字类
说明：「送」后面跟这些字是送货，不是赠品（送到、送达、送货）。
到达货人给

[praise-after] 字类
说明：「好评」后面跟这些字是在夸商品（好评如潮、好评率很高），不是请买家给好评。
如率很多不

[delivery-time] 字类
说明：Before 送, a time: 下午送 / 周六送 is a delivery, not a gift.
午天晚早点末日六上

[numerals] 字类
说明：中文数字（一到九），用于折扣（八折）和数量。
一二两三四五六七八九

[concession-fillers] 字类
说明：「给您/给亲」和让出的价钱之间可以夹的字（给您最低算75、给亲优惠点价格是80）。
最低算个到一起共总优惠点的价格是

[greet-fillers] 字类
说明：「在」后面的语气字：「在呢」「在滴亲」是打招呼。
的呢哦呀啊亲哈滴哒嘞哟噢

[hello] 词表
说明：greet 里的「您好」「你好」：回复已经说了一阵之后（好的我查一下，您好）或收尾时（您好，还有什么需要帮您的吗）再说，是在招呼或称呼买家，不算开场问好。
您好 | 你好

[order-verbs] 字类
说明：「要不要」后面跟这些字是在催下单（要不要拍、要不要买）。
拍下买

[mishandling] 字类
说明：What a buyer may have done to the item: 放 洗 烘 摔 泡 晒 碰 压 插.
放洗烘摔泡晒碰压插

[advice-verbs] 字类
说明：After 的话…可以: choosing, growing, wearing, eating — advice (光照够的话可以养月季).
养种选买入试戴配穿喝吃拍

[not-pick] 字类
说明：After 可以拍: a photo or the order placed, not an item picked (可以拍一下照片, 可以拍下).
照下视张一个

[show-verbs] 字类
说明：「您看看」前面是这些字时是在给买家看东西（帮您看看、发您看看），不算推荐。
帮发给

[packing] 词表
说明：Packing services (ship when offered, a detail when read back).
礼盒包装 | 打木架 | 木架 | 加固包装 | 气泡膜 | 泡沫箱

[variant-heads] 字类
说明：After 还有 in a statement: another colour, style or size on offer (还有燕麦色).
色款码号

[staff] 字类
说明：After 售后: a person or a team introduced (售后专员小林), or the team's review (结果要等售后审核), not an after-sales promise.
专客团部小同组审

[product-facts] 词表
说明：Product facts that answer a doubt when there is one (不起球); said on their own they sell.
不会起球 | 不起球 | 不会缩水 | 不缩水 | 不会变形 | 不变形 | 不会掉色 | 不掉色 | 不褪色

[not-tag-before] 字类
说明：Before a closing 不 (厉害不, 要三人位的不): not a negation in a statement (要不, 也不, 都不).
要可倒也都并绝从再还就才决毫一

[pointer-particles] 字类
说明：order-pointer 的词自带的句末语气字（此单么、这个订单嘛）：和 pointer-names 一起时就算在问。
吗么嘛

[threshold-mark] 字类
说明：「满99包邮」的「满」：后面跟着数字再接包邮时说的是包邮条件。
满

[address-change] 词表
说明：ship 里改地址的词：回复是在请买家发地址（address-asked）时，改还没发生，不算发货说明。
改地址 | 地址改 | 改好地址

[pointer-names] 字类
说明：order-pointer 里点名订单或联系方式的字（此单么、是这个电话吗）：这样的词自带的吗/么/嘛就算在问，哪怕订单号跟在后面（麻烦看下是这个订单么 + 单号）。
单号话系

[done-marks] 字类
说明：Before a closing 没有/没 (量过没有, 拍了没): a done-or-not question.
过了完好

[particles] 字类
说明：句末语气词：分句以它们结尾时可能是问句。
吗么呢呀啊嘛吧哇

[fillers] 字类
说明：句末的填充字（亲、哦、哈）：判断句末语气词时跳过。
亲哦哈啦喔噢

# 下面的词表挑出上面词组里的个别词：规则对它们另有判断（写在说明里）。

[wait-alone] 词表
说明：wait-apology 里的这些词出现在开头的分句、分句里又没有道歉时，算问好（久等啦，…）。
久等

[needs-particle] 词表
说明：question-word 里要有句末语气词才算疑问的词（茶几、还是这款好）。
几 | 还是

[choice-word] 词表
说明：question-word 里给买家出选择的词（您要黑色还是白色）；分句以它开头（…还是寄给家人的）是接着上一句出的选择，分句里的确认话题后面跟它也是在请买家确认。
还是

[clarify-words] 词表
说明：question-word 里问「什么/哪/怎么/多少/几」的词：整条回复只有几个字的这种问句（哪两件呢、什么意思、多少克的）是在问清买家的情况，算接待咨询。
什么 | 哪 | 怎么 | 多少 | 几

[which-who] 词表
说明：question-word 里问「哪个/谁」的词：后面几个字内有「不」时是反问式的陈述（哪个不好）。
哪 | 谁

[guess-words] 词表
说明：question-word 里猜测式发问的词（是不是、会不会）。
是不是 | 会不会

[shall-we] 词表
说明：question-word 里「要不要」：后面跟下单动词是促成交易，跟看/试/加是推荐。
要不要

[why-word] 词表
说明：question-word 里的「为什么」：问了马上自己回答（因为…）是设问。
为什么

[look-offers] 词表
说明：recommend 里请买家「看看」的词：紧挨着物流、详情页等服务字眼时不算推荐商品。
可以看看 | 可以看一下 | 您看看

[you-look] 词表
说明：recommend 里的「您看看」：前面是帮/发/给时是给买家看东西，不算推荐。
您看看

[recommend-later] 词表
说明：recommend 里的「推荐」：答应稍后再推荐时不算推荐。
推荐

[buy-again] 词表
说明：recommend 里的「回购」：「欢迎回购」「期待回购」是告别。
回购

[fits] 词表
说明：recommend 里的「合身」：「合身就好/就行」是欢迎买家反馈，不是建议。
合身

[better-deal] 词表
说明：recommend 里的「更划算」：前面是「拍/买」时说的是优惠券省钱，不是挑选商品。
更划算

[check-tag-wrong] 词表
说明：check-tag 里问「错没错」的词：这样问是在核对订单，不是问买家的需求。
错吧 | 错吗

[after-sales] 词表
说明：objection 里的「售后」：后面是专员、客服等字时是在介绍人。
售后

[resend] 词表
说明：objection 里的「重发」：前面是「体」时是「体重发我」，不是重新发货。
重发

[be-patient] 词表
说明：objection 里的「耐心等」：紧跟在感谢后面（感谢您的耐心等待）又没有说到问题时不算处理异议；没有道歉、没说到麻烦或补救、买家也没抱怨时（请您耐心等待一下）只是请买家等，也不算。
耐心等

[reship] 词表
说明：objection 里补发、重发的词：前面有「已」时是在报告发货状态。
补发 | 重发 | 重新发

[relieved] 词表
说明：objection 里的「放心」：前面是「我就」或后面紧跟「了」时（收到了我就放心了）是客服自己放下了心，不是让买家放心；「您就放心吧」仍是让买家放心。
放心

[bare-denial] 词表
说明：objection 里的「不会的」：回复除了它只有语气字和称呼（不会的哦、不会的客官）时是光秃秃的否认，没有说理由，不算处理异议；说了理由（不会的，每袋都单独封口）才算。
不会的

[bare-fillers] 字类
说明：bare-denial 旁边不算内容的字：语气字和称呼。
亲哦哈啦喔噢呢呀啊嘛吧哇吗么客官宝

[remedy-asked]
说明：A yes-no question naming a remedy the buyer may want (您这边是想退掉吗, 退款是吗, 需要退掉吗) asks what they want: it finds out their case and offers nothing. With the seller's offer in it (seller-offers: 帮您申请换货可以吗) it handles the complaint; a choice between remedies (退货还是换货) too.
退货 | 退款 | 换货 | 退换 | 退掉 | 退费 | 要退 | 退定金

[seller-offers] 词表
说明：In a question naming a remedy, the seller offering it (帮您申请换货可以吗, 给您退款好吗).
帮您 | 给您 | 为您 | 帮你 | 给你 | 我帮 | 我给 | 可以帮

[exchange-for-you] 词表
说明：objection 里「给您换」的词：后面紧跟快递字眼时换的是快递，不是商品。
给您换 | 帮您换

[worry] 词表
说明：complaint-topic 里的「担心」：同一分句后面有「的话」时是在回应买家的顾虑。
担心

[pay-first-try] 词表
说明：close 里的「可以先拍」「先拍」：后面几个字里有「试」时是推荐小样，不是催单。
可以先拍 | 先拍

[only-costs] 词表
说明：price-cut 里的「只要」：后面必须紧跟数字才是报价。
只要

[free-shipping] 词表
说明：ship 里的「包邮」：在反问里或和促销字眼同一分句时不算发货说明。
包邮

[short-of] 字类
说明：「满99包邮」前后说还差多少、凑单（还差12块包邮、凑满199包邮）时是在卖更多；没有这些字时，「满+数字+包邮」说的是包邮条件，同一分句里有别的促销字眼（全场、活动）也仍是发货说明。
凑差

[gathering] 词表
说明：promotion 里凑单、满减一类的字眼：和「包邮」一起时不算把包邮当促销。
凑 | 满 | 一起

[remark] 词表
说明：ship 里的「备注」：核对订单时复述买家的备注，不算发货说明。
备注

[address-word] 词表
说明：ship-topic 里的「地址」：陈述句里说地址改了、换了，算发货说明。
地址

[good-review] 词表
说明：farewell 里的「好评」：后面是「如、率、很…」或前面是「是」时是在夸商品。
好评

[condition-mark] 词表
说明：假设的标记：「的话」后面给出的建议（…的话可以选大字款）算推荐。
的话

[help-words] 词表
说明：After 还有 / 有什么: what the seller offers to do (帮到您, 为您效劳, 需要咨询) — a closing question or an offer of help.
帮 | 为您 | 效劳 | 咨询 | 服务

[more-words] 词表
说明：After 还有, with 问题: what more the buyer may have (还有其他问题吗 closes the talk).
其他 | 其它 | 别的 | 什么 | 没有其他 | 没有别的 | 没有什么 | 啥

[order-pointer]
说明：The order, or the contact on it, pointed at for a yes (是这个订单吗, 此单是么, 这是您的手机号嘛): confirms it. A pointer naming the order or the contact (pointer-names) that ends in its own 吗/么/嘛 asks even when the order number follows it.
这个订单 | 这一单 | 这个商品 | 这笔订单 | 这个单子 | 是这个吗 | 这个是吗 | 这个的是吗 | 是这个的吗
这单吗 | 这单么 | 订单么 | 这个单号 | 这个吗 | 这个么 | 这款吗 | 这款么 | 这款是吗 | 是这款吗
这件吗 | 这件是吗
这个订单嘛 | 是这个订单么 | 是这个订单吗 | 此单么 | 此单是么 | 此单吗 | 此单是吗 | 这个号码吗 | 这个号码可以吗
是这个电话吗 | 是您的手机号吗 | 是您的手机号嘛 | 是您的联系方式吗 | 是您的电话吗

[case-details]
说明：What the seller needs from the buyer to take up the case; asked for, it finds out the buyer's situation (请您提供一下订单号).
订单号 | 单号 | 联系方式 | 联系电话 | 姓名 | 照片 | 图片
截图 | 手机号 | 资料 | 链接
订单编号 | 服务单号 | 验证码 | 号码 | 要修改的信息 | 邮箱

[case-photo] 词表
说明：Of the case details, the pictures: asked for while looking into a fault they handle the complaint instead.
照片 | 图片

[screenshot] 词表
说明：Of the case details, the screenshot: asked for with a farewell (好评截图发我) it is the review shown, not the case gathered.
截图

[offer-proof]
说明：A shop offer the buyer earns by doing something (收藏店铺、加购、关注): the screenshot asked for with it (收藏好截图发我，送您试吃) proves the step for the gift, it gathers no case.
收藏 | 关注 | 加购 | 购物车 | 添加

[case-link] 词表
说明：Of the case details, the product link: it gathers the case only when asked for (链接发一下), not when a question merely names it (是哪位亲拍的这个链接).
链接

[case-requests]
说明：Asking the buyer for a case detail (提供一下, 发一下, 告知, 留下您的联系方式, 说下订单号).
提供 | 发一下 | 发下 | 发我 | 发给我 | 告知 | 告诉 | 给我 | 发过来
看一下 | 看下 | 给下 | 留一下 | 拍个 | 拍张 | 拍照 | 留下 | 留个 | 说下

[quantity-asked]
说明：How much the buyer wants, asked (您要买多少呢): finding out the need.
要多少 | 买多少 | 要几 | 买几 | 拍多少 | 拍几 | 多少的优惠券

[inquiry-purpose] 词表
说明：The purpose said just before a needs question (为了帮您选得更合适，请问…): it finds out, it recommends nothing yet.
为了 | 帮您 | 帮你 | 给您

[fact-compare] 词表
说明：Read with nothing around it, a clause comparing two items (纯棉的比无纺布的柔软) answers a question nobody can see.
比 | 没有 | 不如 | 类似

[settled-words] 词表
说明：A buyer who has what they came for (bought, thanks, nothing more): a help offer after it closes the talk.
谢谢 | 感谢 | 多谢 | 谢了 | 拍了 | 拍好了 | 拍下了 | 下单了 | 下好单 | 付款了 | 付好了 | 已付 | 没有了 | 没了
没别的 | 没其他 | 不用了 | 好的 | 好滴 | 好嘞 | 知道了 | 明白了 | 收到了 | ok

[buyer-question-words] 词表
说明：Question words in the buyer's message: a fact in the reply then answers rather than recommends.
什么 | 怎么 | 多少 | 哪 | 有没有 | 是不是 | 能不能 | 可不可以 | 会不会 | 多久 | 多大 | 几个 | 几天

[buyer-advice-words] 词表
说明：The buyer asking for advice (推荐一下, 哪款好): the facts of the reply are then the seller's pick, a recommendation.
推荐 | 哪个好 | 哪款好 | 哪种好 | 哪个更 | 哪款更 | 哪种更 | 选哪 | 买哪 | 怎么选 | 适合 | 建议 | 合适 | 介绍
有什么好 | 帮我挑 | 帮我选
选择哪 | 哪个最好 | 哪种最好 | 哪款最好

[promo-answer] 词表
说明：Coupons and promotions explained to a buyer who asked or bargained (优惠券每个账号限领一张): an answer, not a nudge to order. (Sending them to claim a coupon, 去首页把满减券领了再拍, still nudges.)
优惠券 | 领券 | 截止 | 改价
恢复原价 | 付定金 | 拍定金 | 定金链接 | 限量

[advice-pick] 词表
说明：Answering a buyer who asked which to choose (孕妇吃哪个最好), a statement naming one (最好是原味的, 第二款合适) is the seller's pick: a recommendation.
这款 | 那款 | 第一款 | 第二款 | 第三款 | 最好是 | 最好选 | 建议 | 可以选 | 选择 | 您买 | 亲买 | 就买

[case-question]
说明：A wh-question about what happened or where the buyer is (是什么问题呢, 因为什么要退, 哪个省的): gathering the case, finding out the buyer's situation.
什么问题 | 什么原因 | 因为什么 | 问题是什么 | 哪个省 | 哪里的 | 哪个店 | 什么时候 | 哪一款 | 哪款
之前的问题 | 上一次的问题 | 上次的问题 | 有什么提示 | 什么提示 | 什么时间 | 什么支付 | 怎么支付
什么方式 | 什么地址 | 用什么 | 什么情况 | 怎么了

[service-advice]
说明：After 建议: a step of the service advised (建议您申请售后, 建议您耐心等一等, 建议您留意来电, 建议您在后台查看), not a product.
申请 | 联系 | 等 | 尝试 | 登录 | 注册 | 找人 | 耐心 | 亲自 | 咨询 | 拨打 | 关注 | 留意 | 取消 | 重新 | 使用一下
领取 | 领 | 退 | 就算 | 去 | 查看
保持 | 拒收 | 点击 | 搜索 | 提报 | 根据 | 在网页 | 在京东 | 在后台 | 在商城 | 在“

[postage-terms] 词表
说明：promotion 里的「满」：「满99包邮」说的是包邮条件，仍是发货说明（凑单、一起买包邮是在卖更多）。
满

[price-reason]
说明：A reason given for the price or a price held in so many words (冲销量, 价格已经很低了, 优惠不了, 厂家涨价了): handling the bargaining.
冲销量 | 亏本促销 | 很低了 | 做不到 | 没法优惠 | 优惠不了 | 不能优惠 | 价格上不能 | 价格方面 | 就是优惠的 | 不影响
厂家涨价 | 厂家都涨价 | 供货商涨价 | 原材料 | 进价 | 产量减少 | 已经涨价 | 也涨价 | 价格也涨
无法再便宜 | 价格上没办法 | 很便宜了 | 已经是打 | 少不了 | 供货不足 | 货紧缺 | 价格上涨 | 因为涨价 | 运费高 | 运费比较贵

[quantity-measures] 字类
说明：「拍」+数字后面是这些量词时说的是买几份（拍2份、拍6包），不是推荐尺码型号（拍41）。
份包件袋箱组盒斤罐个把套支瓶片条

[look-at-item] 词表
说明：recommend 里请买家看某一款的词（亲看下这款）：前面是「我」或帮/发/给时是客服自己看、给买家看东西，不算推荐。
看下这个 | 看下这款 | 看一下这款
建议亲 | 建议宝 | 建议这款 | 建议那款 | 个人觉得 | 个人喜欢 | 我比较喜欢 | 我个人 | 这款不错
卖的很好 | 卖的比较好 | 卖的最好 | 卖的好 | 卖的多 | 买的人多 | 买的人很多 | 适合送 | 适合给 | 有一款 | 有款
商品链接 | 发您链接 | 发个链接 | 这是一款 | 大特点 | 大功能 | 主打 | 比较划算 | 不错的 | 很不错
更好一些 | 更好一点 | 的更好 | 款更好 | 款好一点 | 个好一点 | 的好一点 | 更优惠 | 建议以

[case-provide]
说明：Asking the buyer to provide something for the case (请您提供一下, 辛苦您提供下, 拍照给我看看) or to tell what happened (您请说, 说说是怎么回事; not 您说一下哪里坏了, which meets the complaint): finding out the buyer's situation even when the detail is not named. Not 为您提供 / 给您提供, the seller providing.
您提供 | 请提供 | 提供一下 | 提供下 | 提供给我 | 您请说 | 您说下呢 | 说下您的问题 | 说一下您的问题
描述下您的问题 | 描述一下您的问题 | 简单描述下 | 简单描述一下 | 需要咨询的订单 | 要咨询的订单
拍我看 | 拍给我看 | 拍照给我 | 拍照发我 | 拍下发我 | 拍一下发我 | 拍照看 | 拍照片看 | 拍下照片 | 拍下图片 | 拍个图
拍我下 | 拍我一下 | 拍照片我看 | 拍一下照片 | 您发个照片 | 亲发个照片 | 您发个图 | 亲发个图
您发个链接 | 亲发个链接 | 链接发我 | 链接发一下 | 链接发下 | 发一下链接 | 发下链接

[wants-asked]
说明：What or how much the buyer wants, or where they are (您是哪里的, for the postage), asked even without a question mark (您要多少, 亲要哪种口味, 您要几盒, 收到几包): finding out the need — not when it is about the price being argued (那您想要什么价).
您要多少 | 您要什么 | 亲要什么 | 你要什么 | 亲要多少 | 您要哪 | 亲要哪 | 要多少的 | 您这边要多少 | 想要什么
您要买多少 | 亲要买多少 | 需求量 | 您要几 | 亲要几 | 你要几 | 您想要几 | 亲想要几 | 收到几 | 拆了几
您是哪里的 | 亲是哪里的 | 你是哪里的 | 你们是哪里的 | 您哪里的 | 亲哪里的 | 客官哪里的 | 客官是哪里的 | 亲亲是哪里的
要到哪里

[case-status]
说明：A yes-no question about where the buyer's case stands — whether they have already cancelled, applied, uploaded, bound an account (取消了吗, 资质上传了吗, 邮箱已经解绑了吗, 已经跟快递联系过了是吗): gathering the case. A question naming the remedy the buyer may want (需要退掉吗) also finds out their case (remedy-asked).
取消了 | 拒收 | 申请了 | 申请换 | 解绑 | 绑定 | 上传了 | 开通了 | 注册了 | 登录了 | 升级了 | 资质 | 有发票 | 是否完整
提交了 | 操作了 | 收到了吧 | 改公司 | 需要添加 | 需要修改 | 了是吗 | 了是么

[intent-question]
说明：A question about what the buyer means to do (您是要改成电子发票吗, 您是需要取消订单的吗): finding out the buyer's case — unless it names the complaint (您是想退货还是换货), which it then handles.
您是想 | 您是要 | 您是需要 | 是想要

# 下面的字类和词表是步骤判断代码里逐字比较的字和词：代码只用名字引用它们，不写字面值。

[question-ma] 字类
说明：是非问的「吗」：紧跟在问候语后面（您好吗）时不是问好；分句以它收尾、又没有疑问词时，是把细节念给买家确认（地址是浦东那个吗）；「看看吗」「试试吗」是推荐。
吗

[me-particle] 字类
说明：句末的「么」：它前面是 wh-prefix 里的字时（什么、怎么）属于疑问词本身，不算句末语气词。
么

[yes-no-particles] 字类
说明：分句以这些语气词收尾就是问句，不需要疑问词（能用吗、有货么）。
吗么

[wh-particles] 字类
说明：分句以这些语气词收尾时，还要有 question-word 里的词才算问句（什么颜色呢、多大呀）。
呢呀啊嘛哇

[guess-particle] 字类
说明：句末的「吧」是猜测或求证：猜买家的需求（买给爸爸的吧）算了解需求，核对订单细节（地址是公司的吧）算确认订单。
吧

[buyer-question-particles] 字类
说明：买家的话以这些字结尾时是在提问，回复里的商品事实于是算回答，不算推荐。
吗呢么嘛

[here] 字类
说明：「在」：「在的」「在呢亲」或只回一个「在」是打招呼；greet 里以「在」开头的词前面紧跟别的汉字时（现在的、实在的）是别的词的一部分。
在

[not] 字类
说明：「不」：句末的「不」把陈述变成问句（厉害不）；疑问词后面几个字内有「不」是泛指（谁不想要）；「合不合适」里的「不合适」不是抱怨；「能不香吗」是夸；「拍下今天发不了」是做不到；以「不」开头的异议词（不起球）前面的否定不算。
不

[not-yet] 字类
说明：「没」：句末的「没有」「没」问做没做（量过没有、拍了没）。
没

[negation] 字类
说明：紧挨在词前（或在加强词和词之间）的否定字：否定了后面的词（不满意、没起球、不包邮）。
不没

[have] 字类
说明：「有」：句末「没有」的「有」（量过没有）；「有什么」「有啥」开头的帮忙询问。
有

[what-heads] 字类
说明：「有」后面紧跟这些字，是「有什么/有啥」开头的询问（有什么可以帮您）。
什啥

[you-chars] 字类
说明：称呼买家的字：「您/你」之后再有「是/要/想」和「还是」，是给买家出选择；「帮您换」是换货补救。
您你

[you-or-dear] 字类
说明：「给」后面紧跟这些字再跟价钱，是让价给买家（给您80、给亲最低75）。
您亲你

[choosing-verbs] 字类
说明：称呼买家之后、「还是」之前出现这些字时，是在问买家选哪一样（您是要静音的还是风大的）。
是要想

[is] 字类
说明：「是」：确认话题后面跟「是」是念细节请买家确认；商品事实前面有「是」、后面有「的」是在陈述（这款是纯棉的）；「都是好评」是夸商品。
是

[me] 字类
说明：「我」：以它开头的问句问的是客服自己（我们怎么舍得）；「我看一下这款」是客服自己在看；「我就放心了」是客服自己的宽心。
我

[try-look] 字类
说明：叠用后接「吗」（看看吗、试试吗）是在推荐。
看试

[welcome-heads] 字类
说明：「回购」前隔一个字是这些字时（欢迎回购、期待回购），是告别，不是推荐。
欢期

[just] 字类
说明：「就」：「合身就好」是欢迎买家反馈；「我就放心了」是客服自己的宽心。
就

[fine] 字类
说明：「合身就」后面接这些字（合身就好、合身就行）是欢迎买家反馈，不是建议。
好行

[deal-verbs] 字类
说明：「更划算」前面紧跟这些字（领了再拍更划算）是在说优惠省钱，不是挑款。
拍买

[non] 字类
说明：「非」紧跟在卖点前（非纯棉）时，那个卖点不成立。
非

[de] 字类
说明：「的」：卖点后面紧跟「的」（纯棉的有两款）是在说种类，不是推销。
的

[not-at-once] 字类
说明：「拍下」和发货日子之间有这些字（拍下的订单当天发、拍下要明天发）时，不是催买家马上拍。
的要

[colour-first] 字类
说明：「还有」之后「色」前面是这个字（还有别的颜色）时说的是颜色这个词，不是另一种颜色。
颜

[other-heads] 字类
说明：「还有」后面紧跟这些字（还有别的、还有其他）是泛泛地问，不是给出另一个款。
别其

[pick-verb] 字类
说明：「可以拍」后面跟 not-pick 里的字时是拍照或下单，不是挑款。
拍

[can-will] 字类
说明：「能不香吗」「会不好用吗」：这些字在「不」前面的反问是在夸商品。
能会

[helping] 字类
说明：「推荐」前面几个字里有这些字（我帮您推荐、给您推荐）时，是答应稍后推荐。
帮给为

[help-give] 字类
说明：「帮您换」「给你换」：这些字接称呼再接「换」是客服换货补救，不是尺码建议。
帮给

[exchange] 字类
说明：「换」：「帮您换」是换货补救；地址「改」「换」了算发货。
换

[done-le] 字类
说明：「了」：「我就放心了」是客服自己的宽心；「发了亲」是简短地说已发货。
了

[body] 字类
说明：「体」紧跟在「重发」类词前（体重发我）时，是体重，不是补发。
体

[already] 字类
说明：「已」：「已补发」是状态汇报；折扣前几个字里有「已」（已经打8折了）是价格里已有的折扣。
已

[already-chars] 字类
说明：「截止」前面紧跟这些字（已截止、已经截止）是截止已过，不是催单。
已经

[mend] 字类
说明：「改好了」前面是「修」（修改好了）时改的是别的东西，不是价格。
修

[day] 字类
说明：「截止」后面紧跟「日」（截止日期）是商品上印的日期，不是催单。
日

[try] 字类
说明：「先拍」后面几个字里有「试」（先拍小样试试）是推荐小样，不是催单。
试

[ten] 字类
说明：「十」和 numerals 一起组成价钱或数量（只要十块、给您十五）。
十

[push] 字类
说明：短分句以「冲」结尾（家人们冲）是直播式的催单。
冲

[dont] 字类
说明：「冲」前面紧跟这些字（别冲、不冲）时不是催单。
别不

[gift-verb] 字类
说明：「现在购买」之后的「送」是下单送赠品。
送

[discount] 字类
说明：数字后面的「折」（8折、九折）是打折。
折

[send-verbs] 字类
说明：「拍下今天」之后的这些字（拍下今天发、今天寄出）是拍下就发货。
发寄

[after] 字类
说明：「折」后面紧跟「后」（折后价）是价格里已有的折扣。
后

[price] 字类
说明：「价」：回复里有「价」时「改好了」可能是改了价格。
价

[change] 字类
说明：「改」：「改好了」「改一下」在说价格时是改价给买家。
改

[not-changed] 字类
说明：「改」后面紧跟这些字（改不了、改成）时不是改好了价格。
不成

[changed-after] 字类
说明：「改」后面紧跟这些字（改好了、改一下、改了）是价格改了或马上改。
好一下了

[send] 字类
说明：「发」开头的短分句（发了亲）是简短地说已发货。
发

[change-verbs] 字类
说明：说地址的分句里有这些字（地址改好了、换个地址）是地址改了，算发货。
改换

[for-you] 字类
说明：「提供」前面紧跟这些字（为您提供、给您提供）是客服提供，不是请买家提供。
为给

[give] 字类
说明：「给」接称呼再接价钱（给您80）是让价。
给

[money-units] 字类
说明：让出的价钱后面紧跟这些字（给您七块、80元）才是价钱。
元块

[one] 字类
说明：价钱后面紧跟「一」（给您80一箱）说的是单价。
一

[still-have] 词表
说明：「还有」：后面几个字内有帮忙的话或「其他问题」是收尾时问还需要什么；陈述里后面跟 variant-heads 是给出另一个款。
还有

[can-do] 词表
说明：「的话…可以」后面跟 advice-verbs 是针对买家情况的建议（光照够的话可以养月季）。
可以

[just-right] 词表
说明：数字或字母后面紧跟这些词（4L刚好、M码正好）是说某个尺码或型号正合适。
刚好 | 正好

[problem-word] 词表
说明：「还有其他问题吗」：「还有」之后有 more-words 和这个词是收尾时的询问。
问题

[advise-word] 词表
说明：recommend 和 weak-advice 里以这些词开头的词（建议您、建议）后面紧跟 service-advice 时，建议的是售后的一步，不是商品。
建议

[help-open] 词表
说明：greet 里以这些词开头的词（有什么可以帮您）在事情办完之后说，是收尾，不是问好。
有什么 | 请问有什么

"""#
    ),
    (
      "rhetorical_question",
      #"""
# 禁用反问句（rhetorical_question）的词语。
# 格式：[名字] 开始一组词，「说明：」写这组词做什么用，其余每行是词，一行一个或用 | 隔开；
# [名字] 词表 是规则代码和句式里用到的一组词（不单独查找）；[名字] 字类 是一组单字，一行写下所有字。详见 docs/rubric.md 的「词语文件」。

[blamed-verbs] 词表
说明：Verbs of "doing it right" a buyer is blamed for skipping: 怎么不早说, 为什么不看详情.
早 | 先 | 提前 | 看 | 仔细 | 认真 | 问 | 说 | 联系 | 备注 | 自己 | 注意 | 留言 | 咨询 | 确认
量 | 对照 | 拍 | 选 | 好好 | 去看 | 去问 | 查

[reading-verbs] 词表
说明：What people read and are blamed for missing: 您没看详情页吗.
看 | 注意 | 仔细 | 认真 | 读 | 听 | 留意 | 瞧

[disputed-judgements] 词表
说明：Judgements a buyer makes that a seller disputes with 哪里…了.
贵 | 差 | 小 | 大 | 短 | 长 | 薄 | 厚 | 难看 | 丑 | 不好 | 不一样 | 有色差 | 色差 | 假 | 慢 | 旧
不值 | 过分 | 不对 | 坑 | 骗 | 不合适 | 不舒服 | 掉色 | 起球 | 有问题 | 质量差 | 不行 | 夸张
离谱 | 不像 | 不正 | 粗糙 | 透 | 硬 | 紧 | 松 | 肥 | 瘦

[conditional-words] 词表
说明：Words that make a clause conditional, so a negation in it asks nothing: 如果不是质量问题的话…
如果 | 要是 | 假如 | 假若 | 若是 | 若 | 万一 | 只要 | 即使 | 就算 | 的话 | 是否

[polite-endings] 词表
说明：Polite request endings: a 不 earlier in the clause does not make these rhetorical (这款不是纯棉的，对吗？ asks to confirm).
可以吗 | 行吗 | 好吗 | 对吗 | 是吗 | 可以么 | 好么 | 对么

[complaint-words] 词表
说明：What a buyer's complaint sounds like (for the shapes that depend on it).
质量 | 坏 | 破 | 假 | 色差 | 不一样 | 差评 | 投诉 | 退 | 贵 | 慢 | 没收到 | 少 | 错 | 骗 | 垃圾
问题 | 怎么回事 | 不对 | 小了 | 大了 | 不合适 | 掉色 | 起球 | 脏 | 难看 | 失望 | 不满意 | 生气
太差 | 烂

[dried-food] 词表
说明：What comes before a 干 that names a dried food (芒果干、牛肉干、葡萄干): 「您要的是芒果干吗」 asks which product, it blames nobody.
果 | 肉 | 萄 | 鱼 | 豆 | 笋 | 菜 | 虾 | 饼 | 卜 | 薯 | 梅 | 莓 | 杏 | 贝 | 蕉 | 柿 | 桃 | 瓜 | 枣 | 鱿 | 菇

[second] 词表
说明：第二人称：句式里指买家的字眼。
你 | 您 | 你们 | 您们

[incredulous] 词表
说明：An incredulous adverb and verb that turn a bare question (？, no 吗/呢) into a retort: 都拆封了还想退？ 这种小瑕疵也要退？ The `also` ones need 这/那/连/都 before them.
还想 | 还要 | 还会 | 还敢 | 还嫌 | 还在乎 | 还指望 | 竟然 | 居然 | 还好意思 | 还非要

[incredulous-also] 词表
说明：「也要/也想」一类：前面有「这种/这点/连」时，光秃秃的问句就是反问（这种小瑕疵也要退？）。
也要 | 也想 | 也得 | 也会 | 也值得

[trivialising-leads] 词表
说明：What must come before an `also` adverb: 这种小瑕疵也要退？ (not 这款也要？, which confirms).
这种 | 这点 | 这么 | 那么 | 连 | 这样 | 那种 | 一点 | 小

[offered-next] 词表
说明：What an offer looks like after 还想/还要: 您还想看看别的款式？ is not a retort.
看看 | 看一下 | 了解 | 试试 | 选 | 加购 | 再看 | 再买 | 入手 | 咨询 | 问问 | 别的 | 其他
点别的 | 一件 | 一个 | 一双 | 同款

[still-after-which] 词表
说明：还/又 + a verb in a bare question (？, no 吗/呢) talks back when the buyer is addressed or something was conceded first: 都跟您说了发不了，您还催？ 现在又说不对？
没 | 有 | 在 | 是 | 可以 | 行 | 好 | 需要 | 要不要 | 能不能 | 会不会 | 满意 | 合适 | 喜欢 | 记得
差 | 剩 | 想看 | 要看 | 想了解 | 用 | 能 | 会 | 得 | 算 | 挺 | 蛮 | 不错 | 很 | 比较 | 真 | 给
款 | 原 | 价 | 要别 | 要其他 | 要一 | 想要一 | 继续 | 方便 | 不确定 | 不清楚 | 不方便

[again-verbs] 词表
说明：「又」后面的动词：买家被说「又问/又催/又改」时是顶撞。
说 | 要 | 来 | 问 | 催 | 嫌 | 改 | 不 | 怪 | 提 | 找

[concessions] 词表
说明：What has to come first for such a bare 还…？ to be a retort.
都 | 已经 | 明明 | 本来 | 早就 | 这么 | 那么 | 这种 | 这点

[question-words] 词表
说明：Question words that make a bare question genuine: 您还要几件？
什么 | 哪 | 几 | 多少 | 谁 | 怎样 | 如何 | 为什么 | 为啥 | 还是 | 多大 | 多久 | 多长

[trivialised-things] 词表
说明：What 有什么…的 waves away: 有什么好犹豫的, 有啥可担心的, 有什么大不了的.
好 | 可怕 | 可担心 | 可犹豫 | 可比 | 可说 | 可挑 | 可嫌 | 可怀疑 | 可纠结 | 大不了 | 难 | 奇怪
稀奇 | 怕 | 担心 | 犹豫 | 纠结 | 嫌 | 值得 | 不放心 | 不相信 | 不信 | 不敢 | 麻烦 | 不满足

[pointless-things] 词表
说明：What 有什么… says is pointless when it closes the clause: 催我有什么用呢？
用 | 意义 | 关系 | 区别啊 | 办法 | 好说 | 好讲 | 好处

[assertion-words] 词表
说明：Words that make …好不好 / …好吗 an assertion rather than a request: 我们明明发货了好吗.
明明 | 本来 | 根本 | 压根 | 早就 | 早都 | 本来就 | 真的是 | 好好看 | 看清楚 | 看仔细 | 很正常
挺正常 | 再正常不过

[genuine-openings] 词表
说明：Clause openings that make a negated question a real check: 是优惠券不能用吗？
是 | 请问 | 您是说 | 你是说 | 您的意思是 | 亲是 | 就是说

[telling-verbs] 词表
说明：Verbs of telling before a count of times: 我都回答三遍了吧？ 您问了好几次了吧
说 | 讲 | 回答 | 答 | 解释 | 告诉 | 强调 | 重复 | 问

[repeat-counts] 词表
说明：How many times, two or more (一遍 is a plain offer: 我再说一遍).
两 | 三 | 四 | 五 | 六 | 七 | 八 | 九 | 十 | 几 | 好几 | 无数 | N | n | 2 | 3 | 4 | 5 | 6 | 7
8 | 9

[check-offers] 词表
说明：The seller checking or acting, elsewhere in the reply, which makes 难道… a guess, not a reproach, when the buyer is not its subject: 难道是快递送错了？我马上帮您查一下 / 难道是系统没同步？我去后台刷新一下. (A bare 您看看 does not count: it points the buyer away.)
帮您 | 给您查 | 我查 | 我看一下 | 我看看 | 发我看 | 发给我看 | 我去 | 我问 | 我核 | 我确认
我联系 | 我刷新 | 我这就 | 我马上 | 我先 | 马上查 | 核实 | 核对 | 查一下 | 查查 | 确认一下
问一下 | 问问 | 刷新 | 联系快递 | 联系仓库 | 联系他 | 联系师傅

[moved-verbs] 词表
说明：Verbs before 到哪去 that ask where something goes: 您寄到哪里去呢？ 包裹跑到哪去了？
寄 | 发 | 送 | 运 | 搬 | 放 | 拿 | 走 | 开 | 跑 | 飞 | 去 | 来 | 转 | 退 | 派 | 丢 | 收 | 签
寄送 | 配送 | 送货 | 弄 | 藏

[proposals] 词表
说明：Proposals closed by …的好不好: 咱换个浅一点的好不好, 要不试试小一码的好吗.
换个 | 换一个 | 换成 | 换件 | 换双 | 换款 | 试试 | 试一下 | 选个 | 选一个 | 拍个 | 拍一个 | 来个
来一个 | 要个 | 要一个 | 改成 | 挑个 | 挑一个 | 咱换 | 咱们换 | 咱选 | 咱试 | 咱拍 | 要不 | 不如

[try-offers] 词表
说明：Suggestions to try after a guess at a cause (难道是充电线接触不良？您换根线试试), which make 难道是… a diagnosis rather than a reproach.
试试 | 试一下 | 试一试 | 给您换 | 给您补 | 给您退 | 给您重新 | 我们给您 | 给您寄

[help-offers] 词表
说明：The seller offering to help right after a question about the buyer's ability, which makes it a real question: 您不会用吗？我教您.
教您 | 教你 | 我给您发 | 我给你发 | 给您发个 | 帮您 | 帮你 | 我来 | 给您演示 | 我让 | 给您安排
我们可以

[fix-offers] 词表
说明：Offers to put an order right, after which 您不是说要白色的吗？ checks rather than blames.
帮您改 | 给您改 | 帮您换 | 给您换 | 帮您备注 | 给您备注 | 需要帮您 | 要不要帮您 | 要帮您
帮您修改 | 帮您调整 | 给您调整 | 帮您取消 | 给您取消

[pressing-degrees] 词表
说明：Degree words that make …了好吧？ press a judgement on the buyer: 这个价格已经很良心了好吧?
已经 | 很 | 够 | 挺 | 算 | 太 | 非常 | 超 | 最 | 本来 | 明明 | 真的 | 都是 | 这么 | 那么

[pressed-facts] 词表
说明：Facts pressed with …好吧？ whatever the clause ends with: 我们都是正品好吧？
都是 | 本来就 | 明明 | 根本 | 肯定是 | 绝对是 | 当然是 | 得很 | 得不得了 | 很正常 | 挺正常
再正常不过 | 很合理 | 很划算 | 很实惠 | 良心价

[recall-words] 词表
说明：Words before 不是…吗 that recall what the buyer did or said: 您之前不是买过吗？
之前 | 刚才 | 刚刚 | 上次 | 原来 | 以前 | 早先

[recall-benefits] 词表
说明：What the seller offers after such a recollection (besides 给您/帮您): 老顾客有九折哦.
可以 | 优惠 | 折 | 券 | 送您 | 赠 | 福利 | 积分

[denied-troubles] 词表
说明：Troubles that 能有什么… says cannot exist: 能有什么问题.
问题 | 区别 | 差别 | 事 | 影响 | 毛病 | 风险 | 不 | 坏处 | 危险 | 差 | 假

[open-trouble-questions] 词表
说明：What makes 会有什么问题 an open question or a condition: 请问会有什么影响吗？ 万一有什么问题…
请问 | 不知道 | 担心 | 怕 | 看看 | 是否 | 会不会 | 有没有 | 了解 | 想知道 | 说说 | 介绍 | 对比
万一 | 如果 | 要是 | 可能 | 吗

[asserted-after] 词表
说明：Assertions after a lone 您说呢？ that make it a retort: 您说呢？正品肯定贵啊.
当然 | 本来就 | 明摆着 | 显然 | 一分钱一分货 | 那还用说 | 谁都知道 | 都知道 | 必须的 | 废话

[investigations] 词表
说明：The seller apologising or looking into it, which makes 怎么会…呢 / 不会吧 surprise rather than denial: 不会吧，刚买就坏了？您拍个视频我看看.
抱歉 | 不好意思 | 帮您查 | 帮您看 | 帮您核实 | 帮您问 | 帮您处理 | 帮您联系 | 我看看 | 我看一下
我查 | 我核实 | 我联系 | 我问问 | 发我看 | 给我看 | 拍张照 | 拍个照 | 拍个视频 | 发个视频 | 发我
核实 | 问问 | 查一下 | 查查 | 我马上 | 我这就 | 联系快递

[universal-which] 词表
说明：Who or what "which one" asks about when the answer meant is "every one": 哪个孩子不摔杯子啊, 哪个商家不想多卖.
哪个孩子 | 哪个小孩 | 哪个宝宝 | 哪个宝妈 | 哪个妈妈 | 哪个家长 | 哪个女生 | 哪个女孩 | 哪个男生
哪个人 | 哪个姑娘 | 哪个小姑娘 | 哪个年轻人 | 哪个老人 | 哪个买家 | 哪个顾客 | 哪个客人
哪个商家 | 哪个卖家 | 哪个店 | 哪个牌子 | 哪个品牌 | 哪个厂家 | 哪个厂 | 哪个快递 | 哪个平台
哪个主播 | 哪个做生意的 | 哪位妈妈 | 哪位宝妈 | 哪位家长 | 哪位顾客 | 哪个行业 | 哪样东西
哪件衣服 | 哪双鞋 | 有几个 | 有几家 | 有几个人

[which-ones] 词表
说明："Which one" words that, followed by 不是, mean "all of them are": 哪个不是两百多？
哪个 | 哪一个 | 哪款 | 哪一款 | 哪件 | 哪一件 | 哪样 | 哪种 | 哪一种 | 哪家 | 哪一家 | 哪位
哪次 | 哪一次 | 哪回 | 哪天 | 谁家 | 谁

[price-leads] 词表
说明：What a price sounds like before 能买到/能有/能是…吗: 这个价能买到真皮吗.
这个价 | 这价 | 这种价 | 这样的价 | 这点钱 | 这么点钱 | 这么便宜 | 几十块 | 几块钱 | 十几块
块钱 | 这个价位 | 这价位 | 这么低的价 | 这个售价 | 这点价 | 白菜价

# 下面的词表是检测代码（不是句式）用到的词。

[you] 词表
说明：「你/您」：句子里有它就是在对买家说话。
你 | 您

[think-again-middles] 词表
说明：「您（自己/好好/仔细）想想」中间可以插的词。
自己 | 好好 | 仔细

[how-after-want] 词表
说明：「还想怎么/还要怎么」：有疑问词也照样是反问（您还想怎么样？）。
还想怎么 | 还要怎么

[done-words] 词表
说明：「…不就行了」一类结尾：说成这样是在打发买家。
行了 | 好了 | 可以了 | 完了 | 得了 | 成了 | 是了 | 结了

[offer-words] 词表
说明：卖家主动提出帮忙、给东西的说法：跟在提醒后面时是在核对，不是责怪。
给您 | 帮您 | 为您 | 我们给 | 我给 | 我帮 | 给你 | 帮你

[what-leads] 词表
说明：「什么…不…」前面可以有的时间词（现在什么快递不压箱子）；按顺序试。
现在的 | 如今的 | 这年头 | 现在 | 如今

[what-cancels] 词表
说明：「什么…不…」所在分句里有这些词就不是断言（是在问买家，或是假设）。
您 | 你 | 请问 | 如果 | 的话 | 不管 | 无论 | 不论 | 都 | 也 | 时候 | 情况

[what-after-no] 词表
说明：「什么…不」后面紧跟这些词时是在问（什么不清楚、什么不合适）。
重要 | 要紧 | 限 | 影响 | 一样 | 同 | 明白 | 清楚 | 懂 | 了解 | 知道 | 确定 | 合适 | 满意 | 喜欢 | 方便
会 | 能 | 可以 | 行 | 好

[what-offers] 词表
说明：「什么…不…」后面的回复里有这些词时是在提供帮助（什么地方不清楚随时问我）。
可以 | 随时 | 跟我说 | 告诉我 | 联系 | 帮您 | 给您 | 帮你 | 给你 | 说一声 | 问我 | 找我 | 推荐 | 建议 | 比如
换 | 退 | 吗 | 呢 | ？ | ?

[guesses] 词表
说明：猜测的说法：问完马上自己回答时（…难道是没电了？不是，是…）算设问。
难道 | 莫非 | 难不成

[answer-negations] 词表
说明：自问自答时回答开头的否定。
不 | 没

# ———— 句式 ————
# 每个 [名字] 句式 是一种反问句：一个「词」（锚点，几种写法任选其一）加上几条条件，全部满足才算。
# 条件一行一条，写法「条件：词 | 词」，词多时可以换行接着写（行首空两格）；@名字 表示上面的某个词表。
# 类型：难道、否定加吗、怪买家没看、责怪、否认、反驳、顶撞、不当回事、不耐烦（决定提示语）
# 后面接 / 后面不接：锚点后面紧跟（或不能紧跟）的词；前面不是：锚点前面紧挨着不能是的词
# 前面要有 / 后面要有：同一分句里锚点前面（后面）要有的词；分句里没有：同一分句里不能有的词
# 句中要有：同一句里要有的词；句中前面没有：同一句里锚点前面不能有的词
# 整条回复没有：整条回复里都不能有的词；后文要有：这一句后面的回复里要有的词
# 结尾：不限（默认）、吗（分句以吗/么/嘛结尾）、问句（吗/么/嘛/呢结尾，或句末？！）、
#       问号（吗/么/嘛结尾，或句末？！）、就行了（…不就行了/好了，或吗/嘛结尾）、
#       单独成句（这一句只有它）、带吧（同「问句」，另外「吧？」也算）
# 可跨分句：是（结尾的语气词可以在下一个分句）；买家刚抱怨：是（买家刚抱怨过才算）
# 句式从上到下依次试，一句话里先符合的那个算数。

[nandao-1] 句式
说明：难道您没收到通知吗？ 难不成还要我们送上门？
说明：(not 难道您说的是去年那款？, a guess at what the buyer means)
类型：难道
词：难道 | 难不成 | 难不能 | 莫非 | 莫不是
后面不接：说明 | 您说的是 | 你说的是 | 您指的是 | 你指的是 | 您问的是 | 你问的是 | 您要的是
  你要的是 | 您找的是 | 你找的是 | 您是说 | 你是说 | 您是指 | 你是指 | 您想要的是

[denial-1] 句式
说明：怎么可能有假货！ 这怎么会是旧的呢？ 哪能呢 岂不是白跑一趟
类型：否认
词：怎么可能 | 怎可能 | 哪可能 | 哪能 | 哪会 | 怎能 | 怎会 | 咋可能 | 哪儿可能
后面不接：这么 | 那么

[denial-2] 句式
说明：哪里能这么便宜 / 哪儿会骗您 (not 哪里能看到物流, 哪里会漏水呢, which ask where).
类型：否认
词：哪里能 | 哪儿能 | 哪里会 | 哪儿会
后面接：这么 | 那么 | 比 | 跟 | 和 | 随便 | 乱 | 骗 | 坑 | 有假 | 是假 | 卖假 | 故意 | 让您
  让你 | 不管 | 不要 | 舍得
分句里没有：请问

[denial-3] 句式
说明：怎么可能这么便宜？好多亲都这么问，因为… — the seller voices the buyer's doubt (设问) and
说明：answers it; without the answer it denies.
类型：否认
词：怎么可能 | 怎可能 | 哪可能 | 哪能 | 哪会 | 怎能 | 怎会 | 咋可能 | 哪儿可能
后面接：这么 | 那么
整条回复没有：这么问 | 都问 | 会问 | 常问 | 因为 | 原因 | 秘诀 | 答案 | 其实是

[denial-4] 句式
类型：否认
词：怎么会 | 咋会
后面不接：这样 | 这么 | 那样 | 那么 | 出现这 | 发生这 | 突然这样
整条回复没有：@investigations
句中前面没有：咦 | 诶 | 欸 | 奇怪

[denial-5] 句式
类型：否认
词：怎么能 | 怎么可以 | 咋能 | 咋可以
后面接：这样 | 这么 | 那样 | 那么 | 随便 | 说 | 不 | 怪 | 乱 | 算 | 叫 | 是 | 让 | 要求 | 赖

[denial-6] 句式
说明：这怎么能跟大牌比 / 咋能和专柜一样 — a comparison ruled out.
类型：否认
词：怎么能 | 怎么可以 | 咋能 | 怎能 | 哪能
后面接：跟 | 和 | 拿 | 与
后面要有：比 | 一样 | 相比 | 相提并论 | 一个价

[blame-1] 句式
类型：责怪
词：您怎么就不 | 你怎么就不 | 你们怎么就不 | 您咋就不 | 你咋就不

[blame-2] 句式
类型：责怪
词：怎么就 | 咋就
后面接：认定 | 觉得 | 说 | 肯定 | 断定 | 确定 | 怪 | 赖 | 认为 | 成了 | 变成 | 是我 | 算我

[denial-7] 句式
说明：哪家快递不是这个速度？ 谁家的衣服洗了不缩水？
类型：否认
词：哪家 | 谁家 | 哪个店 | 哪个商家 | 哪个卖家 | 哪个牌子 | 哪一家 | 哪个品牌
后面要有：不 | 没
结尾：问号

[denial-8] 句式
说明：Without ？ too, when the buyer is not asked about (谁家的毛衣不起点球呀), unlike
说明：您之前买的哪家不起球呀 or 不管哪家都不…
类型：否认
词：哪家 | 谁家 | 哪个店 | 哪个商家 | 哪个卖家 | 哪一家
分句里没有：请问 | 不管 | 无论 | 不论 | 的话 | 如果 | 您 | 你 | 都不 | 也不 | 都没 | 也没
后面要有：不 | 没

[denial-9] 句式
说明：哪个孩子不摔杯子啊 / 有几个女生不爱美的 — "which one does not" meaning "every one does"
说明：(not 哪个尺码合适？, 哪件不合适您说一声: no one named, or the buyer is asked).
类型：否认
词：@universal-which
分句里没有：请问 | 不管 | 无论 | 不论 | 的话 | 如果 | 您 | 你 | 都不 | 也不 | 都没 | 也没
  不知道
后面要有：不 | 没

[denial-10] 句式
说明：同样配方的哪个不是两百多？ / 哪款不是手工缝的 — "which one is not" meaning "all are".
类型：否认
词：@which-ones
后面接：不是 | 没有
后面不接：不是您 | 不是你 | 没有收到 | 没有到 | 没有发 | 没有货
前面不是：不管 | 无论 | 不论 | 随便 | 是
分句里没有：请问 | 的话 | 如果 | 具体
结尾：问号

[denial-11] 句式
类型：否认
词：@which-ones
后面接：不是
后面不接：不是您 | 不是你
前面不是：不管 | 无论 | 不论 | 随便 | 是
分句里没有：请问 | 的话 | 如果 | 具体 | 您 | 你 | 呢

[denial-12] 句式
说明：哪个商家愿意亏本卖？ 哪家快递会送上楼？ — "which one would" meaning "none would".
类型：否认
词：哪个商家 | 哪个卖家 | 哪个店 | 哪家店 | 哪个老板 | 哪个厂家 | 谁家 | 哪个傻子
后面接：愿意 | 会 | 肯 | 舍得 | 敢 | 能
分句里没有：请问 | 比较 | 更 | 最 | 您 | 你 | 一点 | 合适 | 方便 | 的话
结尾：问号

[talking-back-1] 句式
说明：谁会拿自己的招牌开玩笑 / 谁愿意花钱买罪受 — "who would" meaning "nobody would", no ？ needed
说明：(not 谁会在家收货呢, 到时候谁会联系您).
类型：顶撞
词：谁会 | 谁愿意 | 谁舍得 | 谁肯 | 谁敢
后面接：拿 | 把 | 为了 | 为这 | 为那 | 自砸 | 砸 | 跟钱 | 和钱 | 冒 | 花钱 | 故意 | 做这种
  干这种 | 做亏本 | 亏本 | 卖假 | 卖二手 | 卖次品 | 专门 | 没事 | 自找 | 去买 | 买假 | 用假
  放着
前面不是：不管 | 无论 | 不论 | 随便 | 任
分句里没有：请问

[denial-13] 句式
说明：我们会拿招牌开玩笑吗？ — joking with one's own name, asked.
类型：否认
词：开玩笑 | 砸招牌 | 砸自己的招牌 | 砸牌子 | 自砸招牌
前面要有：会拿 | 能拿 | 敢拿 | 会用 | 敢用 | 会砸 | 敢砸 | 会自 | 会为了 | 会因为 | 能为了
分句里没有：不会 | 不敢 | 绝不 | 从不 | 不能 | 请问
结尾：问句

[denial-14] 句式
说明：怎么舍得让宝宝用劣质的呢 / 哪忍心骗您 — "how could we bear to" meaning "we never would".
类型：否认
词：怎么舍得 | 怎么忍心 | 怎么肯 | 咋舍得 | 咋忍心 | 怎会舍得 | 哪舍得 | 哪里舍得 | 哪儿舍得
  哪忍心 | 哪里忍心 | 哪儿忍心 | 怎么好意思 | 咋好意思 | 哪好意思 | 哪里好意思 | 哪儿好意思
后面不接：扔 | 丢 | 删 | 退 | 不要 | 浪费 | 送人 | 给别人 | 换掉
前面不是：不 | 都 | 也 | 您 | 你
分句里没有：请问

[denial-15] 句式
说明：这么重的实木床，能便宜到哪去 / 又能差到哪里 — "how far could it go" meaning "not far".
类型：否认
词：到哪去 | 到哪里去 | 到哪儿去 | 到哪里 | 到哪儿
前面不是：@moved-verbs
前面要有：能 | 会 | 又
分句里没有：请问 | 您 | 你 | 了吗 | 不知道

[denial-16] 句式
说明：别家能有这个价？ 外面能买到这么便宜的？ — a comparison the buyer is dared to find.
类型：否认
词：能有这 | 能有那 | 会有这 | 能找到这 | 能买到这 | 能找到那 | 能买到那 | 能拿到这 | 有这个价
  有这价 | 买得到这 | 找得到这 | 能比这 | 能比我们
前面要有：别家 | 别的店 | 别的家 | 别人家 | 其他家 | 其他店 | 外面 | 别处 | 实体店 | 商场 | 超市
  市面上 | 线下 | 全网 | 同行 | 专柜 | 哪
分句里没有：请问 | 不知道 | 是否
后面要有：价 | 便宜 | 质量 | 做工 | 品质 | 优惠 | 好 | 性价比 | 料 | 实惠 | 划算 | 低
结尾：问号

[denial-17] 句式
说明：您觉得这个价能买到真皮吗 / 几十块钱能是纯羊毛？ — the price answers the doubt.
类型：否认
词：能买到 | 能买得到 | 买得到 | 能有 | 能是 | 会是 | 能用上 | 能用到 | 能做到 | 能找到 | 能拿到
  能做出
前面要有：@price-leads
分句里没有：请问 | 不知道 | 是否 | 还能买到吗 | 几件 | 几个 | 几双 | 几瓶 | 几盒 | 多少
结尾：问号
整条回复没有：帮您 | 给您申请 | 我问问 | 我查

[dismissive-1] 句式
说明：能差多少呢 / 又能贵到几个钱 — minimising the difference the buyer worries about.
类型：不当回事
词：又能差多少 | 又能贵多少 | 又能多多少 | 能差几个钱 | 能贵几个钱 | 能多几个钱 | 又能差几块
  又能贵几块
分句里没有：请问 | 不知道 | 您 | 你

[denial-18] 句式
说明：不是摔的还能是什么 / 还能是啥原因 — "what else could it be" meaning "it is that".
类型：否认
词：还能是什么 | 还能是啥 | 还会是什么 | 还会是啥 | 还能是谁 | 还会是谁 | 还能有什么 | 还能有啥
  还能是哪
分句里没有：请问 | 会不会 | 可能 | 不知道
整条回复没有：帮您查 | 我查 | 核实 | 问问 | 查一下 | 查查 | 排查 | 试试

[denial-19] 句式
说明：哪还有这么划算的 / 哪里还有比这便宜的 — a boast, with or without ？.
类型：否认
词：哪还有这么 | 哪里还有这么 | 哪儿还有这么 | 哪还有这样 | 哪里还有这样 | 哪儿还有这样
  哪还有比这 | 哪里还有比这 | 哪儿还有比这 | 哪还找得到 | 哪里还找得到 | 哪儿还找得到
分句里没有：请问

[denial-20] 句式
说明：哪个妈妈舍得给孩子用差的？ — "which one would" meaning "none would".
类型：否认
词：@universal-which
后面接：会 | 愿意 | 肯 | 舍得 | 敢 | 想
分句里没有：请问 | 不管 | 无论 | 不论 | 的话 | 如果 | 您 | 你 | 比较 | 更 | 最 | 合适 | 方便
结尾：问号

[disputing-1] 句式
说明：这哪叫贵啊 / 这哪算瑕疵 — disputing the buyer's word for it.
类型：反驳
词：哪叫 | 哪算 | 哪里算 | 哪儿算 | 哪里叫 | 哪儿叫 | 哪能叫 | 哪能算 | 哪称得上
后面不接：进 | 在 | 入
前面要有：这 | 那
分句里没有：请问

[dismissive-2] 句式
类型：不当回事
词：叫什么 | 叫啥
后面接：质量问题 | 问题 | 贵 | 破损 | 瑕疵 | 色差 | 毛病
前面要有：这 | 那
分句里没有：请问 | 名字 | 颜色 | 型号 | 色号

[dismissive-3] 句式
说明：为了五块钱投诉，值得吗？ — weighing the buyer's fuss.
类型：不当回事
词：值得吗 | 值当吗 | 值得么 | 值当么 | 犯得上吗 | 划得来吗
分句里没有：请问
句中要有：为了 | 为这 | 为那 | 就为 | 为个 | 为一

[dismissive-4] 句式
说明：都用了半年了还想退 / 才九块九还指望用三年 — incredulity without ？.
类型：不当回事
词：还想退 | 还要退 | 还想换 | 还要换 | 还指望 | 还好意思 | 还想让 | 还想免费 | 还要求 | 还想白
  还想要全
前面要有：都 | 已经 | 才
分句里没有：请问 | 如果 | 的话 | 吗 | 需要 | 可以 | 我们 | 我才

[denial-21] 句式
说明：还有比这更划算的吗？ — a boast dared.
类型：否认
词：还有比这 | 有比这 | 还有比我们 | 有比我们 | 还有比咱
分句里没有：请问
后面要有：便宜 | 划算 | 实惠 | 低 | 好 | 优惠 | 值 | 良心
结尾：问号

[dismissive-5] 句式
说明：九块九的东西能用几年？ — the price answers how long it lasts.
类型：不当回事
词：能用几年 | 能穿几年 | 能用几次 | 能穿几次 | 能用多久 | 能穿多久 | 能撑多久 | 能用几天
  能穿几天 | 能用一辈子 | 能穿一辈子 | 能用十年
前面要有：@price-leads | 便宜货 | 便宜的 | 九块九 | 几块 | 十块 | 地摊货 | 块的
分句里没有：请问 | 一般 | 正常

[dismissive-6] 句式
说明：还能指望什么做工 / 我还能为了几块钱骗您什么 — "what more could one expect" meaning "nothing"
说明：(not 还能选什么颜色呢, which offers).
类型：不当回事
词：还能 | 又能 | 还会 | 又会
分句里没有：请问 | 吗
后面要有：指望什么 | 指望啥 | 要求什么 | 要求啥 | 奢望什么 | 奢望啥 | 图什么 | 图啥 | 图您什么
  图你什么 | 骗您什么 | 骗你什么 | 骗您啥 | 骗你啥 | 坑您什么 | 坑你什么 | 坑您啥 | 坑你啥
  贪您什么 | 贪你什么 | 赚您什么 | 赚你什么

[denial-22] 句式
说明：四十块包邮的四件套会是全棉的吗 — a price that answers the doubt (not 这款会是全棉的吗).
类型：否认
词：会是 | 能是 | 能买到 | 买得到 | 能买得到
前面要有：块 | 元 | 毛钱
分句里没有：请问 | 不知道 | 是否 | 会不会 | 什么 | 哪 | 几 | 多少
后面要有：全棉 | 纯棉 | 全羊毛 | 纯羊毛 | 羊绒 | 真丝 | 桑蚕丝 | 真皮 | 头层 | 实木 | 纯铜
  纯银 | 纯金 | 正品 | 原装 | 大牌 | 进口 | 手工 | 全新 | 纯 | 真
结尾：问号

[denial-23] 句式
说明：您觉得物流会免费给送上楼吗 — an expectation the buyer is asked to see is unreasonable.
类型：否认
词：您觉得 | 你觉得 | 您认为 | 你认为
分句里没有：请问 | 要不要 | 需不需要 | 需要
后面要有：会免费 | 能免费 | 肯免费 | 愿意免费 | 会白送 | 能白送 | 会白给 | 会倒贴 | 肯倒贴
  会亏本 | 肯亏本 | 愿意亏本 | 会赔本 | 会赔钱 | 会亏钱 | 会不要钱
结尾：吗

[dismissive-7] 句式
说明：有必要每天问一遍物流吗 — the buyer's fuss weighed (not 有必要加固一下包装吗).
类型：不当回事
词：有必要
前面不是：没 | 是否
分句里没有：请问
后面要有：每天 | 天天 | 一直 | 老是 | 总是 | 反复 | 一遍遍 | 一遍一遍 | 生气 | 发火 | 计较
  较真 | 投诉 | 差评 | 闹 | 为了 | 为这 | 为那 | 为几 | 为一点 | 为个
结尾：吗

[talking-back-2] 句式
说明：您这是买东西还是考我呢 — sarcasm in the shape of a choice question.
类型：顶撞
词：还是考 | 还是在考 | 还是来考 | 还是找茬 | 还是来找茬 | 还是在找茬 | 还是逗 | 还是在逗
  还是来逗 | 还是为难 | 还是在为难 | 还是来为难 | 还是找事 | 还是来找事 | 还是开玩笑
  还是在开玩笑 | 还是刁难 | 还是在刁难 | 还是审 | 还是在审 | 还是耍 | 还是在耍 | 还是砸场子
  还是来砸场子 | 还是捣乱 | 还是来捣乱 | 还是拿我
前面要有：您 | 你
分句里没有：请问

[denial-24] 句式
说明：都穿出去拍过照了，怎么退 — "how could it be returned" meaning "it cannot"
说明：(not 您想怎么退呢？我帮您操作).
类型：否认
词：怎么退 | 咋退 | 怎么换 | 咋换 | 怎么给您退 | 怎么给你退 | 怎么给您换 | 怎么给你换 | 怎么能退
  怎么还能退 | 怎么二次销售 | 怎么再卖 | 怎么卖
分句里没有：请问 | 想 | 要 | 打算 | 准备 | 的话 | 如果 | 吗 | 都 | 知道 | 流程 | 教 | 方便
整条回复没有：申请 | 点击 | 订单 | 流程 | 步骤 | 操作 | 教您 | 帮您 | 给您发 | 就行 | 就可以
  可以 | 告诉您 | 地址 | 运费险
句中要有：都 | 已经

[blame-3] 句式
说明：颜色写那么大还能拍错？！ — marvelling at the buyer's mistake.
类型：责怪
词：还能 | 还会 | 还可以
分句里没有：请问 | 会不会 | 是不是 | 不会 | 担心 | 怕 | 万一 | 吗 | 呢 | 如果 | 的话
后面要有：错 | 弄混 | 搞混 | 看岔 | 弄反 | 搞反 | 看反
结尾：问号
整条回复没有：不会的 | 放心 | 帮您 | 给您 | 别担心 | 不用担心 | 我看看 | 我查

[denial-25] 句式
说明：您觉得我们会给您发假货吗 — asking the buyer to say "no" to what they fear.
类型：否认
词：您觉得我们会 | 你觉得我们会 | 您觉得我会 | 你觉得我会 | 您认为我们会 | 你认为我们会
  您觉得咱会 | 您觉得商家会 | 你觉得商家会 | 您觉得谁会 | 你觉得谁会 | 您觉得哪家 | 你觉得哪家
  您觉得有人会 | 你觉得有人会
后面不接：帮 | 为 | 给您推荐 | 怎么 | 什么时候
分句里没有：请问 | 几 | 多少 | 哪天
结尾：吗

[denial-26] 句式
说明：现在什么东西不涨价？ — "what does not" meaning "everything does".
类型：否认
词：什么东西不 | 啥东西不 | 现在什么不 | 现在啥不 | 什么不涨
分句里没有：请问 | 您 | 你 | 能 | 可以 | 方便 | 需要 | 建议
结尾：问号

[talking-back-3] 句式
说明：谁稀罕那点运费 / 我还能说什么 / 您倒是说说哪里不好
类型：顶撞
词：谁稀罕 | 谁在乎 | 谁在意 | 我还能说什么 | 我能说什么 | 我们还能说什么 | 还能说啥
  您倒是说说 | 你倒是说说 | 您倒说说 | 你倒说说
分句里没有：请问

[blame-4] 句式
类型：责怪
词：怎么就不能 | 咋就不能 | 怎么就不会 | 怎么就不肯 | 咋就不会
分句里没有：请问
整条回复没有：@check-offers

[dismissive-8] 句式
说明：这么便宜的价格还要什么包装 (not 您还要什么颜色呢)
类型：不当回事
词：还要什么 | 还想要什么 | 还要啥 | 还想要啥 | 还挑什么 | 还挑啥
前面要有：这么便宜 | 这个价 | 这价 | 白送 | 免费 | 都送 | 已经送 | 送了 | 包邮了 | 打折了 | 折了
分句里没有：请问 | 吗 | 呢 | 您还要 | 你还要

[blame-5] 句式
说明：这种小划痕您也好意思退
类型：责怪
词：也好意思 | 还好意思 | 倒好意思
后面不接：麻烦 | 请
分句里没有：请问 | 不好意思

[talking-back-4] 句式
说明：谁买衣服不先看尺码表 — "who does not" with the verb in between.
类型：顶撞
词：谁买 | 谁用 | 谁穿 | 谁网购 | 谁上网买 | 谁做生意 | 谁开店 | 谁养 | 谁家买 | 谁收到
后面不接：的 | 了
分句里没有：请问 | 您 | 你 | 的话 | 不管 | 无论 | 不论 | 都 | 是谁
后面要有：不 | 没

[denial-27] 句式
说明：我们哪敢卖假货啊 / 去哪给您变出货来
类型：否认
词：哪敢 | 哪里敢 | 哪儿敢 | 怎么敢 | 咋敢 | 变出来 | 变出货 | 变一个出来 | 变一件出来
  变个出来 | 变出一
分句里没有：请问

[did-not-read-1] 句式
说明：您也不看看这是什么价 — a reproach with or without ？.
类型：怪买家没看
词：也不看看 | 也不想想 | 也不瞧瞧 | 都不看看 | 也不问问 | 也不量量
分句里没有：别的 | 其他 | 要不要 | 请问

[talking-back-5] 句式
说明：哪条规定说拆了封还能退的 — demanding the rule the buyer cannot name.
类型：顶撞
词：哪条规定 | 哪条法律 | 哪条规矩 | 哪条政策 | 哪条条款 | 哪个规定 | 哪里规定 | 哪儿规定
  哪规定 | 什么规定说 | 啥规定说 | 哪本书 | 哪条规则 | 哪里写着 | 哪儿写着 | 哪写着 | 哪里写了
  哪儿写了 | 哪写了
分句里没有：请问 | 您说的 | 你说的 | 具体 | 根据 | 依据 | 按照 | 是哪
后面要有：说 | 写 | 规定 | 允许 | 要求 | 能 | 可以 | 不 | 必须 | 得 | 了 | 的

[blame-6] 句式
说明：您自己量错了还怪我们 — turning the blame back without ？.
类型：责怪
词：还怪 | 还赖 | 还来怪 | 还来赖 | 还埋怨 | 还怨 | 反倒怪 | 倒怪 | 反而怪 | 反过来怪 | 还要怪
  倒赖 | 反倒赖 | 反而赖
后面接：我 | 咱 | 商家 | 卖家 | 客服 | 店 | 快递 | 别人 | 人家 | 平台 | 仓库 | 产品
分句里没有：请问 | 不会 | 不能

[blame-7] 句式
说明：都用了一个月了才说过敏？ — "only now" after the buyer had the goods for long.
类型：责怪
词：才说 | 才来说 | 才讲 | 才提 | 才反映 | 才来问 | 才来找 | 才联系 | 才想起 | 才发现 | 才告诉
  才来讲 | 才申请
前面要有：都 | 已经 | 现在 | 这会儿 | 这时候 | 到现在 | 过了
分句里没有：请问 | 我们 | 我才 | 咱
结尾：问号

[blame-8] 句式
说明：这都能弄坏?! 这样也能拍错？ — marvelling at the buyer's mistake.
类型：责怪
词：都能 | 也能 | 都会 | 也会 | 都可以 | 也可以
前面要有：这 | 那 | 连 | 这样 | 这么
分句里没有：请问 | 会不会 | 是不是 | 不会 | 担心 | 怕 | 万一
后面要有：坏 | 错 | 丢 | 破 | 断 | 漏 | 搞混 | 弄混 | 忘 | 看岔 | 弄脏 | 弄丢 | 搞丢 | 搞砸 | 扯
  摔 | 洗缩 | 烫
结尾：问号
整条回复没有：不会的 | 放心 | 帮您 | 给您 | 别担心 | 不用担心

[talking-back-6] 句式
说明：您这是在教我做生意吗 — sarcasm about what the buyer is doing.
类型：顶撞
词：您这是在 | 你这是在 | 您这是要 | 你这是要 | 您这是想 | 你这是想 | 您是在 | 你是在 | 您是想
  你是想 | 您是要 | 你是要 | 你们这是在 | 您这不是在 | 你这不是在 | 您这是 | 你这是
后面接：教 | 怪 | 威胁 | 为难 | 找茬 | 找事 | 开玩笑 | 逗 | 质疑 | 命令 | 考验 | 刁难 | 故意
  讹 | 敲诈 | 碰瓷 | 吓唬 | 挑刺 | 抬杠 | 教训 | 指责 | 审问 | 骂 | 白嫖 | 薅羊毛 | 闹 | 拿我
  拿我们 | 耍 | 看不起
结尾：问句

[denial-28] 句式
说明：是觉得我们在骗人咯？ 我们会为了这点钱骗您吗？
类型：否认
词：骗 | 坑 | 故意
分句里没有：担心 | 怕 | 顾虑 | 被骗 | 被坑 | 防
结尾：带吧
句中要有：我们 | 我 | 店 | 商家 | 卖家

[blame-9] 句式
类型：责怪
词：故意
前面要有：@second
分句里没有：不是故意
结尾：带吧

[dismissive-9] 句式
类型：不当回事
词：现实吗 | 现实么 | 还能再低 | 还能再便宜 | 还能更便宜 | 还能再少 | 还能更低 | 有道理吗
  讲道理吗
结尾：不限

[impatience-1] 句式
说明：我们是正规品牌的好吗 (not 咱换个浅一点的好不好, which proposes).
类型：不耐烦
词：的好吗 | 的好不好 | 的好伐 | 的好么
分句里没有：@proposals | 给您 | 帮您 | 为您 | 给你 | 帮你

[denial-29] 句式
类型：否认
词：你怎么能 | 您怎么能 | 你怎么可以 | 您怎么可以 | 你们怎么能

[denial-30] 句式
类型：否认
词：岂
后面不接：止

[denial-31] 句式
说明：我们会卖假货吗？ 这能是我们的问题吗？
类型：否认
词：假
前面要有：会 | 能 | 可能
分句里没有：担心 | 怕 | 是不是 | 请问 | 是否 | 不会
结尾：吗

[denial-32] 句式
类型：否认
词：能是 | 会是
前面要有：这 | 那 | 我们 | 我
分句里没有：请问 | 可能 | 会不会 | 是不是
结尾：吗
整条回复没有：@investigations

[denial-33] 句式
说明：我们什么时候说过包邮了？ 我有说过包邮吗？
类型：否认
词：什么时候说过 | 啥时候说过 | 哪里说过 | 哪儿说过 | 哪说过 | 几时说过 | 什么时候答应
  啥时候答应 | 什么时候承诺 | 啥时候承诺 | 什么时候讲过 | 啥时候讲过 | 什么时候保证 | 啥时候保证
  哪里答应 | 哪儿答应 | 哪答应 | 哪里承诺 | 哪儿承诺

[denial-34] 句式
类型：否认
词：有说过 | 有讲过 | 有答应 | 有承诺
前面要有：我
结尾：吗

[denial-35] 句式
说明：您见过哪家店这个价包邮的？
类型：否认
词：见过哪 | 见过谁家 | 见过这么 | 见过那么 | 见过有 | 还有哪家 | 哪家店会 | 哪家店能 | 哪家会
  哪家能 | 哪家店有 | 找得到第二家 | 找得到更
结尾：问号

[denial-36] 句式
类型：否认
词：不会吧
前面不是：应该 | 一般 | 肯定 | 也
整条回复没有：@investigations

[denial-37] 句式
类型：否认
词：能一样 | 能比 | 能有假 | 能差 | 能不好 | 会有假 | 会是假 | 还能骗 | 会骗 | 能骗 | 会坑
  能坑
分句里没有：多少 | 几 | 请问
结尾：问句
整条回复没有：对比 | 帮您比 | 给您比 | 帮您算 | 给您算

[denial-38] 句式
类型：否认
词：比吗 | 比么 | 比得了吗
前面要有：能 | 可以
整条回复没有：对比 | 帮您比 | 给您比

[denial-39] 句式
类型：否认
词：到哪里去 | 到哪儿去 | 到哪去
前面不是：@moved-verbs
结尾：问句

[did-not-read-2] 句式
说明：您没看详情页吗？ 你不会自己看吗？ 您是不是没看尺码表啊？
类型：怪买家没看
词：没 | 没有
后面接：@reading-verbs
前面要有：@second
结尾：问号

[did-not-read-3] 句式
类型：怪买家没看
词：没看 | 没有看 | 没注意 | 没仔细 | 没认真 | 没留意 | 都不看
结尾：吗

[did-not-read-4] 句式
类型：怪买家没看
词：不会自己 | 自己不会 | 自己没 | 自己不
结尾：问句

[did-not-read-5] 句式
类型：怪买家没看
词：是不是不会 | 是不是不懂 | 是不是不识

[did-not-read-6] 句式
说明：您是不是没看尺码表啊？ (not 是不是没按到底呀, a guess at what went wrong)
类型：怪买家没看
词：是不是没 | 是不是没有
后面接：@reading-verbs | 有看 | 有仔细 | 有认真 | 有注意

[did-not-read-7] 句式
类型：怪买家没看
词：看不懂 | 听不懂 | 看不明白 | 听不明白 | 看不出来 | 不识字 | 不懂吗 | 不明白吗 | 不知道吗
  不清楚吗 | 不懂么
前面要有：@second | 都 | 连 | 还
结尾：问号

[negated-question-1] 句式
说明：不是说了七天无理由吗？ 这不就行了吗 不也一样吗 还不够便宜吗 能不贵吗
类型：否定加吗
词：不是说 | 不是跟 | 不是和 | 不是告诉 | 不是已经 | 不是早 | 不是都
结尾：吗
可跨分句：是

[negated-question-2] 句式
类型：否定加吗
词：不是 | 不就 | 不也 | 不都 | 不还 | 不正 | 不早 | 不挺 | 不够 | 不算 | 不一直 | 不照样
  不觉得 | 不认为 | 就不能 | 都不能 | 还不能 | 不明摆着 | 不很明显 | 不很清楚
前面不是：要 | 若 | 倒 | 可 | 并
结尾：吗

[negated-question-3] 句式
说明：您不会用吗？我教您 asks before helping; 这都不会吗 reproaches.
类型：否定加吗
词：不会
前面不是：要 | 若 | 倒 | 可 | 并
结尾：吗
整条回复没有：@help-offers

[did-not-read-8] 句式
说明：您不会看一下详情页啊？ 您就不能多等两天吗？ — asking why the buyer did not do it themselves.
类型：怪买家没看
词：你不会 | 您不会
后面接：@reading-verbs | 查 | 问 | 算 | 量 | 找 | 搜 | 翻 | 点开 | 对照
结尾：问号
整条回复没有：@help-offers

[negated-question-4] 句式
类型：否定加吗
词：您不能 | 你不能 | 您就不能 | 你就不能 | 您不可以 | 你不可以 | 您就不会 | 你就不会
后面接：等 | 多等 | 再等 | 耐心 | 理解 | 体谅 | 自己 | 先看 | 忍 | 接受 | 包容 | 好好 | 仔细
  看看 | 早点 | 提前 | 别
分句里没有：请问 | 的话
结尾：问号
整条回复没有：@help-offers

[negated-question-5] 句式
说明：这还不够便宜？ 这都不够清楚？ — a bare ？ after 还不/都不 + what should satisfy.
类型：否定加吗
词：还不 | 都不
后面接：够清楚 | 够明白 | 够便宜 | 够划算 | 够优惠 | 够实惠 | 够好 | 够快 | 够详细 | 够多 | 清楚
  明白 | 便宜 | 划算 | 简单 | 明显 | 实惠 | 值 | 满足 | 知足
前面要有：这 | 那 | 都 | 了
结尾：问号

[denial-40] 句式
说明：又不是我让您选的颜色 / 我们又没说过包邮 — a retort without ？ (not 又轻又不是很贵, 既…又不是).
说明：不贵，又不是很厚 lists one more quality.
类型：否认
词：又不是 | 又没说 | 又没让 | 又没叫 | 又没答应 | 又没承诺 | 又没逼 | 又没有说 | 又没讲
后面不接：很 | 特别 | 非常
句中前面没有：又 | 既

[negated-question-6] 句式
类型：否定加吗
词：没说 | 没告诉 | 没跟 | 没和 | 没提醒
前面要有：我
结尾：吗

[negated-question-7] 句式
说明：这样不好吗？ 这个价不划算吗？
类型：否定加吗
词：不好吗 | 不行吗 | 不可以吗 | 不对吗 | 不够吗 | 不划算吗 | 不值吗 | 不便宜吗 | 不合理吗
  不正常吗 | 不公平吗 | 不香吗 | 不好看吗 | 不实惠吗 | 不好么 | 不行么
前面要有：这 | 那

[disputing-2] 句式
类型：反驳
词：怎么就
后面接：@disputed-judgements
后面要有：了
结尾：问号

[talking-back-7] 句式
类型：顶撞
词：我问谁 | 我找谁 | 问我干嘛 | 问我有什么用 | 要我怎么样 | 要我们怎么样 | 想让我怎么样
  要我怎样 | 用你说 | 用您说 | 用得着你 | 用得着您 | 跟您有关系吗 | 关您什么事 | 关您啥事
  关你什么事 | 关你啥事 | 能咋办 | 还能咋样 | 又能咋样 | 那又咋样 | 那又咋了 | 说得过去吗
  像话吗 | 像话么 | 讲不讲道理 | 讲不讲理

[denial-41] 句式
类型：否认
词：可能吗 | 可能么
前面不是：有 | 是否 | 有没有

[dismissive-10] 句式
类型：不当回事
词：算什么 | 算啥 | 合理吗 | 公平吗 | 算哪门子
前面要有：这 | 那
结尾：问号

[dismissive-11] 句式
类型：不当回事
词：犯不上
结尾：带吧

[negated-question-8] 句式
说明：能不贵吗 (not 能不用充电器吗 or 会不舒服吗, which ask whether one can do without, or whether
说明：it will be uncomfortable).
类型：否定加吗
词：能不
后面不接：能 | 会 | 用 | 重新 | 要 | 放 | 带 | 加 | 开 | 去 | 走 | 寄 | 发 | 退 | 换 | 填 | 买
  交 | 付 | 打 | 穿 | 吃 | 装
结尾：吗

[negated-question-9] 句式
类型：否定加吗
词：会不
后面不接：会 | 舒服 | 合适 | 方便 | 习惯 | 喜欢 | 满意 | 清楚 | 知道 | 适应 | 够
分句里没有：您 | 你
结尾：吗

[negated-question-10] 句式
说明：进口的能不贵？ — 能不 + a quality, with ？ instead of 吗 (not 能不用充电器吗, 能不重新发).
类型：否定加吗
词：能不
后面接：贵 | 甜 | 香 | 好吃 | 好看 | 好用 | 暖和 | 舒服 | 结实 | 耐用 | 新鲜 | 便宜 | 软 | 保暖
  划算 | 值 | 火 | 抢手 | 贵点 | 重 | 大 | 快 | 好
后面不接：重新 | 好意思 | 好好 | 快递 | 大于
结尾：问号

[denial-42] 句式
说明：我们何尝不想早点发货 — "when have we not" meaning "we do".
类型：否认
词：何尝 | 何曾

[negated-question-11] 句式
类型：否定加吗
词：还不
后面不接：能 | 可以 | 行 | 太 | 到 | 会用 | 确定 | 想 | 需要 | 方便
结尾：吗

[negated-question-12] 句式
类型：否定加吗
词：不就
前面不是：要 | 再 | 要么 | 否则
结尾：就行了

[negated-question-13] 句式
类型：否定加吗
词：不是说过 | 不是说了 | 不是讲过 | 不是讲了 | 不是告诉过 | 不是告诉您 | 不是告诉你
  不是跟您说 | 不是跟你说 | 不是和您说 | 不是提醒 | 不是写了 | 不是写着 | 不是标了 | 不是标着
  不是注明
后面不接：错

[negated-question-14] 句式
类型：否定加吗
词：还不是
后面接：因为 | 为了 | 一样 | 要 | 得 | 照样 | 你 | 您 | 自己

[blame-10] 句式
说明：怎么不早说？ 为什么不问清楚 凭什么 干嘛非要退 何必呢
类型：责怪
词：怎么不 | 怎么没 | 怎么没有 | 为什么不 | 为什么没 | 为什么没有 | 为啥不 | 为啥没 | 为何不
  咋不 | 咋没
后面接：@blamed-verbs

[blame-11] 句式
类型：责怪
词：凭什么 | 凭啥 | 何必 | 何苦 | 何须 | 何不 | 何至于

[blame-12] 句式
类型：责怪
词：干嘛 | 干吗 | 干么 | 干啥 | 干什么 | 图什么 | 图啥 | 图个啥 | 图个什么
后面不接：用 | 的 | 工作
前面不是：@dried-food
分句里没有：请问

[blame-13] 句式
类型：责怪
词：怎么还 | 怎么又 | 咋还 | 咋又
后面接：问 | 不明白 | 不懂 | 不信 | 不相信 | 不放心 | 不满意 | 在问 | 要问 | 来问 | 说 | 嫌 | 催
  闹 | 不理解 | 是这个问题 | 纠结

[blame-14] 句式
类型：责怪
词：你怎么这么 | 您怎么这么 | 你们怎么这么 | 你怎么那么 | 您怎么那么 | 你怎么老 | 您怎么老
  你怎么总 | 您怎么总 | 你咋这么 | 您咋这么 | 你咋那么 | 您咋那么 | 你咋老 | 您咋老 | 你咋总
  您咋总

[blame-15] 句式
类型：责怪
词：怎么就您 | 怎么就你 | 怎么偏偏 | 怎么光您 | 怎么只有您 | 怎么就只有您

[blame-16] 句式
说明：别人收到都是好的，就您的有问题？
类型：责怪
词：就您 | 就你 | 偏偏您 | 偏偏你 | 只有您 | 只有你 | 光您 | 光你
结尾：问号
句中要有：别人 | 人家 | 其他人 | 大家 | 别的买家 | 其他买家 | 这么多人 | 那么多人 | 好多人
  很多人 | 人人 | 都说好 | 都没问题 | 都好好的 | 别的顾客 | 其他顾客 | 别的亲 | 其他亲

[blame-17] 句式
类型：责怪
词：好意思吗 | 好意思么 | 好意思说 | 好意思问
前面不是：不

[blame-18] 句式
类型：责怪
词：怪我 | 怪我们 | 怪谁 | 赖我 | 赖我们 | 怪商家 | 怪卖家
前面不是：不
结尾：问句

[disputing-3] 句式
说明：哪有色差？ 哪来的假货 （哪里…了 is judged in code: 哪里贵了？）
类型：反驳
词：哪有 | 哪来的 | 哪儿来的 | 哪里来的 | 何来 | 哪来那么 | 哪来这么 | 哪来什么 | 哪儿来那么
  哪儿来这么 | 哪里来那么 | 哪里来这么 | 哪儿有什么 | 哪里有什么
前面不是：不管 | 无论 | 不论

[disputing-4] 句式
类型：反驳
词：哪里有 | 哪儿有
后面接：这么 | 那么 | 什么

[talking-back-8] 句式
说明：谁说不能退的？ 谁让您不选顺丰 我怎么知道
类型：顶撞
词：谁说 | 谁告诉 | 谁让 | 谁叫 | 谁规定 | 谁知道 | 谁不 | 谁敢 | 谁还
前面不是：不管 | 无论 | 不论 | 随便 | 任
分句里没有：请问

[talking-back-9] 句式
说明：谁没遇到过快递慢 / 谁还没踩过坑 — "who has not" meaning "everyone has".
类型：顶撞
词：谁没 | 谁还没 | 谁家没
前面不是：不管 | 无论 | 不论 | 随便 | 任
分句里没有：请问 | 您 | 你 | 还有
后面要有：过

[talking-back-10] 句式
说明：谁跟您讲的包退？ 谁答应您送赠品了 — but 是哪位同事跟您说的呢？ asks who.
类型：顶撞
词：谁跟您说 | 谁跟你说 | 谁和您说 | 谁和你说 | 谁给您说 | 谁给你说 | 谁跟您讲 | 谁跟你讲
  谁和您讲 | 谁和你讲 | 谁答应 | 谁承诺 | 谁同意 | 谁保证
前面不是：是 | 不管 | 无论 | 不论 | 随便 | 任
分句里没有：请问 | 哪位

[talking-back-11] 句式
类型：顶撞
词：谁能 | 谁会
后面接：想到 | 保证 | 料到 | 知道 | 想得到 | 不 | 嫌 | 骗 | 故意
前面不是：不管 | 无论 | 不论 | 随便 | 任

[talking-back-12] 句式
类型：顶撞
词：谁的问题 | 谁的责任 | 谁的错 | 谁的原因
结尾：问句

[talking-back-13] 句式
类型：顶撞
词：我怎么知道 | 我们怎么知道 | 我怎么会知道 | 我们怎么会知道 | 我们咋知道 | 我哪知道
  我哪儿知道 | 我哪里知道 | 我咋知道 | 鬼知道 | 天知道 | 关我什么事 | 关我们什么事 | 关我啥事
  关我们啥事 | 跟我有什么关系 | 跟我们有什么关系 | 跟我有啥关系 | 跟我们有啥关系
  和我有什么关系 | 和我们有什么关系 | 和我有啥关系 | 什么叫 | 啥叫 | 你什么意思 | 您什么意思
  你啥意思 | 您啥意思 | 这话什么意思 | 这话啥意思 | 这是什么意思啊 | 这是啥意思啊

[talking-back-14] 句式
说明：我们这边哪晓得… 客服哪知道… (not 本来以为…，哪知道下雪了, which narrates)
类型：顶撞
词：哪知道 | 哪晓得 | 哪里知道 | 哪儿知道 | 哪里晓得 | 哪儿晓得 | 哪清楚 | 哪管得 | 哪控制得
前面不是：从 | 在 | 去 | 到
前面要有：我 | 咱 | 商家 | 卖家 | 店 | 客服 | 谁
分句里没有：以为 | 本来 | 原本 | 本想 | 谁知

[talking-back-15] 句式
类型：顶撞
词：你以为 | 您以为 | 你们以为
结尾：问句

[dismissive-12] 句式
说明：有必要吗？ 至于吗 用得着这么生气吗 有这么夸张吗
类型：不当回事
词：有必要 | 有这个必要 | 有那个必要
后面接：吗 | 么 | 嘛 | 这么 | 那么 | 为

[dismissive-13] 句式
类型：不当回事
词：还嫌
结尾：问号

[dismissive-14] 句式
类型：不当回事
词：也值得 | 还值得 | 也至于 | 也犯得着
结尾：问句

[dismissive-15] 句式
类型：不当回事
词：至于
结尾：吗

[dismissive-16] 句式
类型：不当回事
词：不至于吧 | 犯得着 | 用得着
结尾：不限

[dismissive-17] 句式
类型：不当回事
词：犯不着 | 用不着 | 没必要
结尾：带吧

[dismissive-18] 句式
类型：不当回事
词：还叫 | 也叫 | 也算 | 还算 | 也能算 | 也能叫 | 还能算 | 还能叫 | 都能算 | 都能叫 | 也可以算
  也配叫 | 也称得上
后面不接：在 | 进 | 入
前面要有：这 | 那
结尾：问号

[dismissive-19] 句式
说明：这能算质量问题吗？ 这能叫贵？ (not 这个能算在满减里吗)
类型：不当回事
词：能算 | 能叫 | 算得上 | 称得上 | 谈得上
后面不接：在 | 进 | 入 | 作 | 是
前面要有：这 | 那
分句里没有：请问 | 是否 | 会不会
后面要有：问题 | 质量 | 瑕疵 | 破损 | 贵 | 色差 | 毛病 | 大事 | 缺陷 | 假 | 坑 | 骗
结尾：问号

[dismissive-20] 句式
说明：这价还贵？ 都打五折了还嫌贵
类型：不当回事
词：还贵 | 还算贵 | 还叫贵 | 还不便宜
前面要有：这 | 那 | 都 | 价 | 了
分句里没有：请问 | 会不会 | 是不是
结尾：问号
整条回复没有：不贵 | 不会贵 | 不算贵

[dismissive-21] 句式
类型：不当回事
词：白送 | 白给 | 倒贴 | 还少吗 | 还少么 | 还不多吗
结尾：吗

[dismissive-22] 句式
类型：不当回事
词：有这样 | 有那样
结尾：吗

[dismissive-23] 句式
类型：不当回事
词：有这么 | 有那么
前面不是：没 | 没有 | 还
结尾：吗

[dismissive-24] 句式
类型：不当回事
词：有你这样 | 有您这样 | 有你这么 | 有您这么
结尾：问句

[impatience-2] 句式
说明：还用问吗？ 要我说几遍 说了多少次了 还能怎么样 那又怎样 不然呢 你说呢
类型：不耐烦
词：还用 | 那还用 | 这还用
后面接：说 | 问 | 讲 | 解释 | 想 | 怀疑 | 担心 | 犹豫 | 考虑 | 我说 | 我讲 | 我教 | 得着

[impatience-3] 句式
类型：不耐烦
词：还需要 | 还要 | 还得
后面接：说 | 问 | 讲 | 解释 | 强调 | 重复 | 我说 | 我讲 | 我解释 | 我重复 | 我教 | 我告诉
结尾：问号

[impatience-4] 句式
类型：不耐烦
词：说了几 | 说了多少 | 说过几 | 说过多少 | 讲了几 | 讲了多少 | 讲过几 | 讲过多少 | 说几遍
  说几次 | 讲几遍 | 解释几遍 | 解释多少 | 重复几遍 | 重复多少 | 告诉您几 | 告诉你几 | 告诉您多少
  告诉你多少

[impatience-5] 句式
类型：不耐烦
词：还能怎么样 | 还能怎样 | 还想怎么样 | 还想怎样 | 还要怎么样 | 还要怎样 | 能怎么办 | 又能怎样
  又能怎么样 | 又能怎么办 | 那又怎样 | 那又怎么样 | 又怎么了 | 那又如何 | 要什么自行车
  早干嘛去了 | 懂不懂 | 明不明白 | 会不会看 | 有完没完 | 您想怎么样 | 你想怎么样 | 还能咋地
  还能咋样 | 还能咋办 | 又能咋地 | 又能咋样 | 又能咋办 | 能咋地 | 还想咋地 | 还想咋样 | 那又咋地
  那又咋样 | 还能怎么办 | 你懂吗 | 您懂吗 | 你明白吗 | 你知道吗 | 吃干饭 | 这还要问 | 那还要问
  这还需要问 | 这还用得着问 | 这还要说 | 那还要说

[impatience-6] 句式
说明：您能不能看完说明再说？ 能不能别老催？ (not 能不能麻烦您发一下订单号, a request)
类型：不耐烦
词：能不能 | 可不可以 | 能否 | 可以不可以
分句里没有：麻烦 | 请 | 帮 | 我们 | 我来 | 给您 | 再说一 | 再说下 | 再说说 | 再说明
后面要有：再说 | 再来问 | 再来找 | 再来说 | 自己先 | 自己看 | 自己查 | 自己量 | 自己算 | 别老
  别总 | 别再 | 别一直 | 别催 | 不要老 | 不要总 | 不要再 | 不要一直 | 不要催 | 好好 | 认真点
  仔细点 | 看清楚 | 搞清楚 | 弄清楚 | 想清楚 | 想好再 | 看完再 | 讲点道理 | 讲道理 | 讲理
  讲讲道理

[impatience-7] 句式
说明：那您说怎么办嘛 (not 您说怎么办都行 or 您说怎么办比较好呢)
类型：不耐烦
词：您说怎么办 | 你说怎么办 | 您说该怎么办 | 你说该怎么办 | 您说能怎么办 | 你说能怎么办
  您说我能怎么办 | 你说我能怎么办 | 您说我们能怎么办 | 你说我们能怎么办 | 你让我怎么办
  您让我怎么办
后面不接：比较 | 合适 | 都 | 就 | 我们就 | 更 | 好 | 才
结尾：问句
整条回复没有：帮您 | 给您退 | 给您换 | 给您补 | 或者 | 还是

[denial-43] 句式
说明：我们像是那种人吗？ 图您什么呢？ 快递的事我们能做主吗？
类型：否认
词：像是那种 | 像那种 | 像是骗 | 像骗 | 像是坑 | 像坑
结尾：吗

[denial-44] 句式
类型：否认
词：图您什么 | 图你什么 | 图您啥 | 图你啥 | 图您点什么 | 图你点什么

[denial-45] 句式
类型：否认
词：能做主 | 能决定 | 能控制 | 能左右 | 管得住 | 能管得 | 说了算
前面要有：我 | 咱
结尾：吗

[denial-46] 句式
说明：我们怎么能保证快递不丢？ (not 我们怎么能帮到您呢)
类型：否认
词：我怎么能 | 我们怎么能 | 我又怎么能 | 我们又怎么能
后面不接：帮 | 为 | 让您 | 让你 | 更 | 联系 | 找到 | 提供 | 做得更 | 改进
结尾：问句

[dismissive-25] 句式
说明：这很难理解吗？ 有那么难懂吗
类型：不当回事
词：难理解 | 难懂 | 很难吗 | 很复杂吗 | 那么难 | 这么难
前面要有：这 | 那 | 有
分句里没有：请问 | 会不会 | 是不是
结尾：吗
整条回复没有：不难 | 很简单

[dismissive-26] 句式
说明：您觉得这个价还能买到更好的吗？
类型：不当回事
词：还能买到 | 还能找到 | 能买到更 | 能找到更 | 还买得到
分句里没有：请问
后面要有：更 | 这么 | 这样 | 比这
结尾：吗

[did-not-read-9] 句式
说明：说了没货就是没货，听不懂吗？ (not 哪里看不懂吗？我给您发视频)
类型：怪买家没看
词：听不懂吗 | 看不懂吗 | 听不明白吗 | 看不明白吗 | 听不懂么 | 看不懂么
分句里没有：哪 | 是 | 什么 | 请问 | 如果 | 有 | 还有
整条回复没有：帮您 | 给您发 | 教您 | 我给您 | 我来

[impatience-8] 句式
说明：现在才说，让我们怎么开？
类型：不耐烦
词：让我怎么 | 让我们怎么 | 叫我怎么 | 叫我们怎么 | 要我怎么 | 要我们怎么
后面不接：帮 | 为 | 处理 | 配合 | 称呼 | 联系

[talking-back-16] 句式
说明：您当我们是菜市场吗？ 您不会连订单都找不到吧？ 您仔细找过了吗？
类型：顶撞
词：当我们是 | 把我们当 | 当我是 | 把我当 | 拿我们当 | 拿我当
结尾：带吧

[did-not-read-10] 句式
类型：怪买家没看
词：连
后面不接：续 | 衣 | 锁 | 接 | 帽 | 线 | 忙
后面要有：都不 | 都没 | 也不 | 也没 | 都找不 | 都看不 | 都分不 | 都搞不
结尾：带吧

[did-not-read-11] 句式
类型：怪买家没看
词：仔细找 | 仔细看 | 认真看 | 认真找 | 好好找 | 好好看 | 仔细检查 | 仔细读 | 仔细查
前面要有：@second
后面要有：过 | 了吗
结尾：吗

[blame-19] 句式
类型：责怪
词：就怪 | 就赖 | 就说是 | 就认定 | 就断定 | 就觉得是
结尾：问号

[blame-20] 句式
类型：责怪
词：干嘛的 | 干什么的 | 干啥的
分句里没有：买 | 用 | 拿 | 要 | 请问 | 您 | 你
结尾：问号

[impatience-9] 句式
类型：不耐烦
词：您明白吗 | 您懂了吗 | 明白了吗 | 懂了吗 | 听明白了吗 | 听懂了吗 | 看明白了吗 | 看懂了吗
  还要怎么 | 还想怎么 | 还能怎么 | 证据呢 | 凭据呢 | 证据在哪
后面不接：帮 | 为 | 服务 | 样帮 | 处理

[dismissive-27] 句式
类型：不当回事
词：有用吗 | 有用么 | 有用吧
前面要有：催 | 急 | 闹 | 吵 | 骂 | 投诉 | 生气 | 差评 | 说

[blame-21] 句式
说明：您下单前没算过吗？ 您不看评价的吗？
类型：责怪
词：下单前 | 下单之前 | 拍之前 | 拍下前 | 买之前 | 购买前 | 付款前 | 拍的时候 | 买的时候
  下单的时候
分句里没有：是不是 | 会不会 | 可能 | 请问 | 是否
后面要有：没 | 不
结尾：问号

[did-not-read-12] 句式
说明：您不瞧瞧自己选的颜色？ (not 您不看看这款白色的吗, which offers)
类型：怪买家没看
词：不看看 | 不瞧瞧 | 不想想 | 不查查 | 不问问 | 不量量 | 不先看看 | 不自己看看 | 不好好看看
  不仔细看看
前面要有：@second
分句里没有：别的 | 其他 | 其它 | 新款 | 同款 | 这款 | 那款 | 我们家 | 活动 | 优惠 | 推荐 | 搭配
  要不要 | 考虑
结尾：问号

[did-not-read-13] 句式
类型：怪买家没看
词：不看 | 不问 | 不查 | 不读 | 不量 | 不想想
后面不接：看 | 一下 | 了
前面要有：@second | 都
结尾：吗

[denial-47] 句式
说明：我们能管得了吗？ 上哪儿买得到？ 有哪个商家愿意…？
类型：否认
词：管得了 | 管得着 | 控制得了 | 决定得了 | 做得了主 | 左右得了
结尾：问号

[denial-48] 句式
类型：否认
词：上哪儿 | 上哪里 | 上哪去 | 上哪找 | 上哪买 | 去哪儿找 | 去哪找 | 去哪里找 | 去哪买
  去哪儿买 | 去哪里买 | 到哪找 | 到哪儿找 | 到哪里找 | 到哪买 | 到哪儿买 | 到哪里买 | 哪里找得到
  哪儿找得到 | 哪找得到 | 哪买得到 | 哪儿买得到 | 哪里买得到 | 哪里还有这 | 哪儿还有这
  哪还有这 | 哪里还能买到 | 哪儿还能买到 | 哪还能买到 | 有哪个 | 有哪家 | 有谁会 | 有谁愿意
  有哪位
分句里没有：请问
结尾：问号

[talking-back-17] 句式
类型：顶撞
词：哪个
后面要有：跟您说 | 跟你说 | 和您说 | 说过 | 答应 | 告诉您 | 告诉你 | 承诺
结尾：问号

[did-not-read-14] 句式
说明：您看了没有？ 看没看详情？
类型：怪买家没看
词：看了没 | 看过没 | 看没看 | 读了没 | 看到没 | 看见没 | 看没看到 | 注意到没
前面要有：@second | 到底 | 究竟

[impatience-10] 句式
类型：不耐烦
词：不然呢 | 所以呢 | 那又怎样 | 你说呢 | 你觉得呢
分句里没有：请问

[impatience-11] 句式
类型：不耐烦
词：您说呢 | 您觉得呢 | 你说是不是 | 您说是不是
结尾：单独成句
买家刚抱怨：是

[impatience-12] 句式
说明：您说呢？正品肯定贵啊 — followed by an assertion it needs no complaint to be a retort.
类型：不耐烦
词：您说呢 | 您说是不是 | 你说是不是 | 您说对不对 | 你说对不对
结尾：单独成句
后文要有：@asserted-after | 肯定 | 就是

[impatience-13] 句式
类型：不耐烦
词：您觉得呢 | 您看呢
结尾：单独成句
后文要有：@asserted-after

[impatience-14] 句式
说明：用不用我念给您听？ — sarcasm dressed as an offer (not 要不要我把地址念给您听一下).
类型：不耐烦
词：我念给您听 | 我念给你听 | 我读给您听 | 我读给你听 | 我一个字一个字
前面要有：用不用 | 要不要 | 需不需要 | 需要 | 用

[denial-49] 句式
说明：能有什么问题，放心用就是了 / 新买的会有什么毛病 (not 会有什么影响吗？, 万一有什么问题…)
类型：否认
词：能有什么 | 能有啥 | 能出什么 | 能出啥
后面接：@denied-troubles
分句里没有：@open-trouble-questions

[denial-50] 句式
说明：会有… may also be a question the seller asks and answers: 会有什么影响呢？其实不影响使用.
类型：否认
词：会有什么 | 会有啥 | 会出什么 | 会出啥
后面接：@denied-troubles
分句里没有：@open-trouble-questions
整条回复没有：其实 | 不影响 | 不会的 | 一般 | 答案 | 主要是 | 原因

[impatience-15] 句式
类型：不耐烦
词：发什么火 | 生什么气 | 着什么急 | 闹什么脾气 | 发什么脾气 | 较什么真 | 嚷什么 | 急什么 | 急啥
  怕什么 | 怕啥 | 慌什么 | 催什么 | 吵什么 | 闹什么 | 嫌什么 | 计较什么 | 纠结什么 | 犹豫什么
  着急什么 | 还担心什么 | 还怕什么 | 还怀疑什么 | 还嫌什么 | 还想要什么 | 还要求什么
  还指望什么 | 还奢望什么 | 还图什么 | 慌啥 | 催啥 | 吵啥 | 闹啥 | 嫌啥 | 计较啥 | 纠结啥
  犹豫啥 | 着啥急 | 生啥气 | 发啥火 | 还担心啥 | 还怕啥 | 还怀疑啥 | 还嫌啥 | 还想要啥
  还指望啥 | 还图啥
前面不是：不用 | 别

[impatience-16] 句式
类型：不耐烦
词：你确定 | 您确定
结尾：问号
买家刚抱怨：是

[impatience-17] 句式
说明：这下满意了吧？ 还问？ 差几块钱也计较？
类型：不耐烦
词：满意了吧 | 行了吧 | 够了吧 | 总该明白 | 总该懂 | 该明白了吧 | 该懂了吧 | 总行了吧
结尾：问句

[impatience-18] 句式
类型：不耐烦
词：还问 | 又问 | 还要问 | 还说 | 还挑 | 还计较 | 也计较 | 还较真
结尾：问号

[impatience-19] 句式
类型：不耐烦
词：第一次网购 | 第一次上网买 | 第一天网购 | 头一回网购 | 头一次网购 | 没网购过 | 没长眼
  眼睛在哪 | 眼睛长哪 | 眼睛呢 | 有意思吗 | 有意思么 | 有意义吗 | 真的假的

[denial-51] 句式
类型：否认
词：不是吧
前面不是：应该 | 一般 | 肯定 | 也 | 应该也

[blame-22] 句式
类型：责怪
词：能怪 | 可以怪 | 怪得了 | 怪得着 | 赖得着
结尾：问句

# 下面的字类是反问句检测代码里逐字比较的字：代码只用名字引用它们，不写字面值。

[what-not-thing] 字类
说明：「什么/啥」后面紧跟这些字（什么时候、什么事情、什么都）时，不是「什么东西都不…」那种泛指的陈述。
时情地原样意事都也么的

[answer-skip] 字类
说明：问句后面紧跟的简短回答（不贵的、没有呢）里，这些字不用来比对问句里的字：只看其余的字在问句里出现过没有（自问自答）。
不没了的啊呀吗呢吧哦亲

[standalone-leads] 字类
说明：「单独成句」的句式前面只许有这些字（亲、那、哎、嗯）。
亲那这哎唉嗯呃哦

[count-digits] 字类
说明：「都第」和「次/遍」之间的数（都第三次了、都第几遍了）：不耐烦。
一二两三四五六七八九十几0123456789

[where-not-after] 字类
说明：「哪/哪里」后面紧跟这些字（哪都、哪个、哪款、哪天）时，不是「哪里贵了」那样的反驳。
都也里的个款种位些天样怕一件边

[where-place-before] 字类
说明：「哪里」前面紧跟这些字（在哪里、寄到哪里、发哪）时是在问地方，不是反驳。
是在到去从往找寄发送

# 下面是分句结尾语气词、代码判断的几种句式用到的字和词。快速预筛（先看一条回复可不可能有反问句）由句式的词和这些字类、词表自动算出，改这里预筛跟着变。

[tail-fillers] 字类
说明：分句真正结束后客服顺口加的字（吗亲、的呀、好吗~）：找句末语气词时先跳过它们。
亲呀啊哦噢喔哈哇嗷呐哟呦

[particle-ma] 字类
说明：疑问语气词「吗」：分句以它结尾（跳过顺口的字以后）算问句。
吗

[particle-emphatic] 字类
说明：语气词「嘛」：和「吗」一样能收住反问（这不就是您要的嘛）。
嘛

[particle-me] 字类
说明：「么」在句末当「吗」读（到账了么），前面是 me-not-after 里的字时除外。
么

[particle-ne] 字类
说明：语气词「呢」：只有在句末才算问句的结尾，句中的「呢」是提起话题（至于色差呢，…）。
呢

[particle-ba] 字类
说明：语气词「吧」：多半是商量或猜测，只有少数句式（带吧、好吧？、都说了三遍了吧）把它当反问的结尾。
吧

[not-particle-before] 字类
说明：「吗/嘛」前面是这个字时（干吗、干嘛）是在问「为什么」，不是句末语气词。
干

[me-not-after] 字类
说明：「么」前面是这些字时（什么、怎么、那么、多么、要么、干么）是词的一部分，不当「吗」读。
什怎那这多要干

[negation-chars] 字类
说明：否定字「不/没」：「还没收到吗？！」这种带否定的问句，以及「什么东西不坏」里的「不」。
不没

[negation-bu] 字类
说明：「好不好、行不行」中间的「不」，以及「X不X」（是不是、要不要）这种正反问里的「不」。
不

[negation-not-before] 字类
说明：否定字后面紧跟这些字（不好）时，「…吗？！」不算带否定的反问。
好

[guess-is] 字类
说明：「难道」后面紧跟「是」是在猜原因（难道是快递送错了？），后面给买家办法时不算反问。
是

[perfective] 字类
说明：「了」：哪里贵了、都说了三遍了、扫一下不就知道了，这些句式要以它收尾或含有它。
了

[think-addressees] 字类
说明：「您想想」一类分句开头称呼买家的字。
您你

[think] 字类
说明：「想想/想一想」里的「想」。
想

[think-again] 词表
说明：「想」后面接这些词，构成「想想、想一想」。
一想 | 想

[think-look] 字类
说明：「您想一想看」末尾可以带的字。
看

[nandao-tails] 词表
说明：分句以这些词收尾时（还能骗您不成？）和「难道」开头一样是反问。
不成

[nandao-tail-leads] 词表
说明：分句里有这些词时，以 nandao-tails 收尾的分句即使不带问号也算反问（还能骗您不成）。
还 | 难道

[challenge-how] 词表
说明：单独成分句、后面还有话的「怎么」（怎么，您不信？）是在顶撞买家。
怎么

[challenge-how-tails] 字类
说明：challenge-how 后面还能跟的一个字（怎么着，…）。
着

[nth-leads] 词表
说明：「都第几次/都第三遍」的开头：后面接数（count-digits）和 nth-units，说明已经问了好几次，不耐烦。
都第

[nth-units] 字类
说明：「都第三次、都第几遍」里数后面的量词。
次遍

[repeat-units] 字类
说明：「回答三遍了吧、问了好几次了吧」里计次数的量词：带着问号或「吧/嘛」数说过几遍，是不耐烦。
遍次回

[still] 字类
说明：「您还催？」里的「还」：后面不接 still-after-which 里的词时，加在光秃秃的问句上是顶撞。
还

[again] 字类
说明：「现在又说不对？」里的「又」：后面接 again-verbs 里的动词时是顶撞。
又

[where-starts] 字类
说明：「哪里贵了、哪儿小了」这种反驳买家的句式从这个字开始。
哪

[where-suffixes] 字类
说明：「哪」后面可以紧跟的字，合成「哪里、哪儿」。
里儿

[where-asking] 词表
说明：分句里有这些词时（请问是哪里破了）是在真心问地方，不算反驳。
请问

[have-what] 字类
说明：「有什么好犹豫的、有啥可担心的、有什么用」这种句式从这个字开始。
有

[have-not] 字类
说明：「有什么/有啥」前面是这个字（没有什么、还没有啥）时是陈述，不是反问。
没

[what-words] 词表
说明：「什么/啥」：有什么好…的、贵什么贵、什么东西都不坏这几种句式里的疑问词。
什么 | 啥

[nominal-de] 字类
说明：「有什么好犹豫的」末尾的「的」：句式要以它收尾。
的

[ok-words] 字类
说明：「好不好、行不行、好吗、行吗」里的字：这是正品好不好！是不耐烦地把话压给买家。
好行

[ok-ba] 字类
说明：能和「吧」连成「好吧？」的字（这个价已经很良心了好吧？）。
好

[judged-endings] 字类
说明：「好吧？」前面紧跟这些字（良心了好吧、便宜的好吧、够好啦好吧）时，和 pressing-degrees 一起说明是在下判断。
了的啦

"""#
    ),
    (
      "upsell",
      #"""
# 关联销售（upsell）的词语。
# 格式：[名字] 开始一组词，「说明：」写这组词做什么用，其余每行是词，一行一个或用 | 隔开；
# [名字] 词表 是规则代码和句式里用到的一组词（不单独查找）；[名字] 字类 是一组单字，一行写下所有字。详见 docs/rubric.md 的「词语文件」。

[upsell-offer]
说明：Phrases that offer an extra item on their own.
一起买 | 一起拍 | 一起带 | 一起下单 | 一起入 | 一起购买 | 一块买 | 一块拍 | 顺便带 | 顺手带
顺便买 | 顺便拍 | 顺便看看 | 再带一 | 再带个 | 再带件 | 再带条 | 再带双 | 再来一 | 再拿一
多拿一 | 多买一 | 多带一 | 再配一 | 再加一 | 加一件 | 加一条 | 加一双 | 加购 | 一起备 | 一起用
一起喂 | 一起吃 | 一起涂 | 配着用 | 搭着用 | 搭配购买 | 搭配着买 | 连带 | 配套 | 再加个
可以加个 | 再配个 | 配成一套 | 配成套 | 凑成一套 | 组成一套 | 顺便推荐 | 我们有卖 | 我们也有卖
店里有卖 | 店里也有卖 | 本店有售 | 我们家有卖 | 一起屯 | 一起囤 | 多屯 | 多囤 | 屯两 | 囤两
屯几 | 囤几 | 一起配 | 记得加个 | 记得加一 | 记得配个 | 记得配一 | 记得带个
记得带一

[upsell-deal]
说明：Deals that need the buyer to take more: a second piece, a bundle, a spend threshold.
第二件 | 第2件 | 买二 | 买两 | 买三 | 买2 | 买3 | 组合价 | 组合优惠 | 组合购买 | 套餐价 | 有套装
套装价 | 套装更 | 换购 | 加价购 | 凑单 | 凑一 | 凑个 | 凑够 | 再凑 | 凑满 | 还差 | 再挑 | 再选一
再买一 | 再加1 | 再加2 | 再加3 | 再加4 | 再加5 | 再加6 | 再加7 | 再加8 | 再加9

[upsell-not-deal]
说明：A deal explained or an order queried, not pushed: 第二件半价指的是同一款, 是要买两份还是重复拍了.
指的是 | 是同款 | 不参加 | 不参与 | 不能换 | 仅限 | 限同款 | 不同款 | 重复拍 | 拍重 | 两单
不要钱 | 拍一发二 | 拍一送一

[upsell-included]
说明：What comes with the item (随机附赠的配件包, 自带电池): nothing more to buy.
附赠 | 随机附 | 随机赠 | 随机送 | 赠送的 | 自带 | 标配 | 包含 | 含有 | 送的

[upsell-add-on]
说明：After a purchase named (拍了这套牙刷的，…): what is added on top of it.
也上架 | 上架了 | 换购 | 加个 | 加一 | 带个 | 带走 | 记得加 | 顺手 | 记得配 | 配个 | 配一
也可以带 | 也可以加 | 建议加 | 建议带 | 建议配

[upsell-pairing]
说明：Words that offer a matching item when a concrete item follows them.
搭配 | 配上 | 配一 | 配个 | 配条 | 配双 | 配件 | 配着 | 配起来 | 搭一 | 看看我们 | 看看店里

[upsell-item]
说明：Items a shop commonly sells alongside another.
鞋 | 包 | 帽 | 围巾 | 丝巾 | 腰带 | 皮带 | 外套 | 开衫 | 披肩 | 裤 | 裙 | 袜 | 打底 | 内搭
项链 | 耳环 | 耳钉 | 手链 | 发夹 | 发圈 | 胸针 | t恤 | 衬衫 | 吊带 | 背心 | 钢化膜 | 贴膜
手机壳 | 保护壳 | 充电器 | 数据线 | 耳机 | 支架 | 收纳 | 洗衣液 | 护理液 | 清洁 | 替换装
补充装 | 滤芯 | 刷头 | 电池 | 礼盒 | 小样 | 面膜 | 精华 | 乳液 | 爽肤水 | 护发素 | 防晒 | 眼霜
零食 | 茶 | 杯 | 垫 | 罩 | 内存卡 | 冻干 | 咖啡豆 | 猫砂 | 玩具 | 伞 | 蒸笼 | 配件 | 唇釉 | 口红
唇膏 | 腮红 | 眼影 | 卸妆 | 化妆棉 | 粉扑 | 散粉 | 锅 | 铲 | 碗 | 盘 | 勺 | 刷 | 毛巾 | 枕
床单 | 笔 | 灯 | 喷雾 | 精油 | 鞋油 | 保鲜剂 | 底座 | 猫条 | 猫抓板 | 幕布 | 围兜

[classifier] 字类
说明：Classifiers: 加一袋 / 备一个 / 带一包 offer one more of something.
件条双袋盒瓶个套包支台份罐张副对把只块片卷根本颗管箱筒桶

[counts] 字类
说明：数量字（一、两、几）：和量词连用（一袋、两包）是在说一件具体的东西。
一两几

[offer-verbs] 字类
说明：加购的动词（加、带、备、配、囤）：后面跟数量和量词是在推荐再买一件（囤一盒；「囤一些」没有量词，是同一件多买点）。
加带备配囤屯

[buy-verbs] 字类
说明：购买的动词（拍、买、选）：后面跟数量和量词是在说买的东西。
拍买选挑入来拿

[upsell-other-goods]
说明：Other goods left unnamed (顺带一些其他产品, 再买些小商品, 挑选点宝贝): an extra purchase when a take verb and an indefinite amount come just before.
其他产品 | 其他商品 | 其他宝贝 | 其它产品 | 其它商品 | 别的产品 | 别的商品 | 别的宝贝 | 小商品 | 小东西
宝贝 | 其他东西 | 别的东西

[some-amount] 词表
说明：不定的数量（一些、些、点）：带一些、买些、挑选点后面跟「其他产品、小商品、宝贝」，是在请买家另外多拿几样。
一些 | 些 | 点 | 一点 | 几样

[take-verbs] 字类
说明：拿货的动词（带、买、选、挑、凑、拍、加）：跟在不定数量前面（带一些、买些、挑选点）。
带买选挑凑拍加

[upsell-shop-goods]
说明：The shop's other goods…
我们家的 | 我家的 | 店里的 | 本店的 | 我们店的 | 店铺里的 | 我们店里的 | 我们的

[upsell-invite]
说明：…offered to the buyer as well.
要不要 | 也可以看看 | 也可以考虑 | 可以考虑一下 | 可以看看 | 不妨 | 也推荐 | 也很适合
也在做活动 | 也在打折 | 也有活动 | 也有优惠 | 也很实用 | 顺便 | 也带 | 一起看看

[upsell-bought]
说明：买了咖啡机的话 / 瑜伽垫买了的话: what goes with a purchase is offered next.
买了 | 入了 | 拍了 | 下单了 | 买

[upsell-buyer-of-it]
说明：买口红的宝子 / 买了…的话: whoever buys the item, addressed.
的话 | 的宝子 | 的亲 | 的朋友 | 的姐妹 | 的家人 | 的小伙伴

[upsell-not-extra]
说明：Not another item: a different model instead, or a page to read.
新款 | 另一款 | 其他款 | 别的款 | 另外一款 | 同款 | 详情 | 尺码表 | 评价 | 质量 | 衣服都
东西都

[upsell-purchased]
说明：What the buyer already bought: pairing the item on sale with it sells the item as an extra.
您刚买的 | 您刚拍的 | 您买的 | 您拍的 | 您刚下单的 | 您上次买的 | 您上周买的 | 您之前买的
您之前拍的 | 您已经买的 | 您已经拍的

[upsell-own]
说明：The buyer's own things: pairing with them is styling advice, not a sale.
您的 | 您自己的 | 你自己的 | 你的 | 家里的 | 您现有的 | 您手上的

[upsell-substitution]
说明：An item out of stock or swapped: what follows is a substitution.
没货 | 没有货 | 缺货 | 断货 | 断码 | 卖完 | 售罄 | 卖光 | 没有了 | 换成 | 换一款 | 换个 | 换款
代替 | 替代 | 改拍 | 换一个 | 停产

[upsell-negation]
说明：Negations before an offer word (没有搭配的裤子卖, 不用单独拍).
没有 | 没 | 不用 | 不需要 | 无需 | 不含 | 不 | 收藏

[vague-thing] 字类
说明：数量和量词后面是这些字时说的不是具体商品（一件小东西、一个别的）。
小东别其

[gift-words] 词表
说明：Giving words that make a named addon a gift rather than an offer.
送您 | 送你 | 送一 | 送个 | 赠送 | 赠您 | 赠一 | 免费给 | 白送

# 下面的词表挑出上面词组里的个别词，或是规则代码在某个位置上找的词：规则对它们另有判断（写在说明里）。

[loose-pairing] 词表
说明：upsell-pairing 里泛泛的搭配说法：不提本店商品时不算关联销售（这件配着牛仔裤好看）。
搭配 | 配着 | 配起来 | 搭一

[add-to-cart] 词表
说明：upsell-offer 里的「加购」：前面是您/你、后面是了/的时是买家自己加了购物车。
加购

[bare-buy] 词表
说明：upsell-bought 里单独的「买」：要点名是哪位买家买的（买口红的宝子），「想买的话」不算已买。
买

[if-so] 词表
说明：upsell-buyer-of-it 里的「的话」：跟在单独的「买」后面（想买的话）不算已经买了。
的话

[this-one] 词表
说明：优惠后面提到「这款」就是点名了要加的商品（再凑26块就能满减了，这款护手霜…）。
这款

[trade-up] 词表
说明：upsell-deal 里的换购：前面紧挨着说到的商品就是要加的东西（精华水加一块钱换购）。
换购 | 加价购

[read-back-extra] 词表
说明：冒号后复述订单时，商品前面有这些字就是在另外推荐，不是复述。
再 | 另外 | 也 | 顺 | 一起

[buy-more] 词表
说明：「拍/买/选」加数量量词前面有这些字时是在推荐多买一件（再拍一件）。
再 | 顺便 | 顺手 | 一起 | 单独 | 另外 | 也 | 多

[comes-with] 词表
说明：剧本里的关联商品前面有这些字时是商品自带的，不是推荐（自带杯套）。
自带 | 带有 | 没有 | 不含 | 不带

[buy-more-of-it] 词表
说明：upsell-deal 里「买二、买三」这类：后面几个字内没有折扣（折、减、半价）时，是同一件多买几份（买二送一、买三个最低多少钱），不是关联销售。
买二 | 买两 | 买三 | 买2 | 买3

[second-piece] 词表
说明：upsell-deal 里的「第二件」：第二件半价、第二件0元说的是同一件再买一件，是同一件多买；只有旁边说出了另一样商品（同系列的防晒第二件七折），才是关联销售。
第二件 | 第2件

[this-item] 词表
说明：second-piece 前面的商品名紧跟在这些字后面时（这款保温杯第二件半价），说的就是眼前这件商品，不是另一样。
这款 | 这件 | 这套 | 本款 | 该款 | 此款

[discount-cue] 词表
说明：「买二、买三」后面几个字内有这些字（在「送」之前），才是第二件的优惠（买两件打九折）。
折 | 减 | 半价 | 第二件 | 第2件

[favourite] 词表
说明：「加购」前面说过这些词，是请买家收藏加购关注店铺，不是推荐再买一件。
收藏

[rule-told] 词表
说明：「加购」后面几个字内有这些词，是在讲换购的规矩，不是推荐。
只能 | 仅限 | 限购 | 限一

[order-together] 词表
说明：upsell-offer 里的「一起拍」：后面紧跟「下」（和所需商品一起拍下、加入购物车一起拍下）是在教怎么下一单，不是推荐别的商品。
一起拍

# 下面的字类和词表是关联销售判断代码里逐字比较的字和词：代码只用名字引用它们，不写字面值。

[spend-mark] 字类
说明：「满」：满减、满折的门槛（满199减30）；回复里没有它、也没有推荐的词和「再加一件」，就不必往下看。
满

[offer-not-before] 字类
说明：否定词前面紧跟这个字（要不要）时是在推荐，不是否定。
要

[more-after-spend] 字类
说明：满减门槛之后有这些字（再买一件、凑一凑）才是在劝买家多买。
再凑

[pair-heads] 字类
说明：买家买过的东西前面两个字内有这些字（配您刚买的、和您买的）时，是把在卖的东西当搭配推荐。
配搭和

[place-order-after] 字类
说明：「一起拍」后面紧跟这个字（一起拍下）是在教怎么下一单。
下

[our-goods] 词表
说明：upsell-shop-goods 里泛指店里商品的词：后面几个字内要跟着具体商品才算推荐别的商品。
我们的

[bought-de] 字类
说明：买过的东西之后，这个字紧接分句结束（拍了这套牙刷的，）说的是买家已买的整件东西。
的

[read-back-asks] 字类
说明：冒号后复述的件数后面有这些字（？、吗）时是在问，不只是念给买家核对。
?？吗

[cart-you] 字类
说明：「加购」前面两个字内有这些字（您加购了）说的是买家自己的购物车。
您你

[cart-after] 字类
说明：「加购」后面紧跟这些字（加购了、加购的）说的是买家已经加购。
了的

[add-verb] 字类
说明：「加」：前面几个字已经念了一个件数（一箱纯牛奶加一箱酸奶）时是在复述订单，不是推荐。
加

[deal-after-spend] 字类
说明：「满」加数字之后几个字内有这些字（满199减30、满2件打8折、满100送）才是满减活动。
减折送

[gift-marks] 字类
说明：「买二」之后有这些字（买二送一）时，只看它前面有没有折扣字。
送赠

"""#
    ),
  ]
}
