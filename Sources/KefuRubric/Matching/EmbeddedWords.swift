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
您 | 你 | 亲 | 宝子 | 宝宝们 | 家人 | 姐妹 | 小姐姐 | 哥哥 | 朋友 | 主子 | 家里 | 您家 | 你家

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
说明：Questions that are not needs-finding: a proposal awaiting yes/no, a request for an order number or a picture, an after-sales check-in.
可以吗 | 好吗 | 行吗 | 行不行 | 可不可以 | 好不好 | 成吗 | 真的吗 | 真的假的 | 还习惯吗
用着还好吗 | 用得还好吗 | 介意吗 | 您看需要 | 满意吗 | 合不合适 | 合适吗 | 这样怎么样
您看怎么样 | 麻烦 | 发我 | 发给我 | 考虑 | 订单 | 我们可以 | 我可以 | 我们帮 | 我帮 | 我给
截图 | 截个图 | 收到货 | 在我们店 | 在我们家买 | 在本店 | 是吗 | 对吗 | 对吧 | 没错吧 | 没错吗
对不对 | 是否正确 | 有没有问题

[complaint-topic]
说明：A question about one of these handles a complaint or a doubt (是不是拍错了, 想要什么价).
拍错 | 选错 | 选成 | 填错 | 写错 | 用了 | 烘干机 | 烘过 | 烘了 | 暴晒 | 高温 | 水洗 | 洗了
洗过 | 洗的 | 掉毛 | 不满意 | 不合适 | 不适合 | 什么问题 | 价格 | 价钱 | 什么价 | 这个价 | 这价
贵 | 便宜 | 质量 | 破 | 坏 | 漏 | 色差 | 起球 | 缩水 | 掉色 | 担心 | 顾虑 | 退 | 换货 | 假货
假的 | 犹豫 | 纠结 | 少了 | 缺了

[problem]
说明：A problem being looked into: a guessed cause (会不会是…), how the buyer used the item, a fault, a request for a photo of it. A question in a reply that looks into a problem handles the complaint (处理异议), it does not find out needs.
会不会是 | 是不是因为 | 是不是用 | 是不是没 | 是不是被 | 是不是放 | 是不是洗 | 怎么安装
怎么装的 | 怎么用的 | 怎么洗的 | 怎么使用的 | 怎么操作的 | 怎么保存的 | 怎么放的 | 怎么充的
拍个照 | 拍张照 | 拍照 | 拍个视频 | 拍一下照片 | 照片 | 视频 | 用不了 | 不能用 | 打不开 | 开不了
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
小一码 | 大一号 | 小一号 | 选这款 | 拍这款 | 这款更 | 这一款更 | 性价比 | 卖得很好 | 卖得最好
热销 | 爆款 | 人气 | 受欢迎 | 回购 | 好评如潮 | 好评率 | 都说好 | 您可以试试 | 可以考虑 | 首选
主推 | 上身效果 | 新品 | 新款上市 | 上新 | 欢迎选购 | 可以看看 | 可以看一下 | 您看看 | 很合适
蛮合适 | 特别合适 | 非常合适 | 刚刚好 | 卖爆 | 卖疯 | 断货王 | 销量 | 最好先 | 最好配 | 最好垫
最好搭 | 最好加 | 最好再 | 最好选 | 最好买 | 最好用 | 比较合适 | 最合适 | 更合适 | 挺适合
就够了 | 够用了 | 足够用 | 闭眼入这 | 放心入 | 值得入手 | 值得买 | 那得选 | 就得选 | 就选 | 选这
拿这 | 入这款 | 入这双 | 入这个 | 招牌 | 镇店 | 店长推荐 | 力荐 | 必买 | 必入 | 回头客 | 口碑
卖得特别好 | 卖得超好 | 卖得好 | 卖得火 | 很火 | 火爆 | 抢手 | 更划算 | 更实惠 | 先拍小 | 拍小样
拍个小样 | 试用装 | 正常拿 | 正常拍 | 正常选 | 正常码 | 按平时 | 拿平时 | 拍平时 | 不偏大
不偏小 | 就是这款 | 就是这个型号 | 型号对得上 | 对得上 | 二选一 | 热门 | 升级成 | 升级到 | 就够
就足够

[weak-advice]
说明：Weak advice (可以拍, 可以换成): recommending only when an option follows (可以拍41).
可以拍 | 可以选 | 可以拿 | 可以换成 | 可以换 | 可以买 | 换个 | 换一个 | 拍 | 选 | 拿

[look-at-service]
说明：After 可以看看: the buyer is sent to look at a service page, not at an item.
物流 | 订单 | 详情 | 尺码表 | 快递 | 单号 | 截图 | 照片 | 记录 | 评价 | 说明

[praise]
说明：A seller's praise of an item, counted after an intensifier (特别香, 真的超级好穿).
好看 | 好穿 | 好用 | 好吃 | 好闻 | 好喝 | 香 | 舒服 | 舒适 | 暖和 | 保暖 | 透气 | 亲肤 | 柔软
软糯 | 轻便 | 耐穿 | 耐用 | 实用 | 日常 | 清新 | 显瘦 | 显白 | 百搭 | 洋气 | 时尚 | 高级
有质感 | 精致 | 好搭 | 耐看 | 甜 | 鲜 | 嫩 | 清爽 | 耐脏 | 结实 | 大气 | 协调 | 脆 | 下饭 | 好养
省电 | 静音 | 安静 | 方便 | 牢固 | 贴合 | 服帖 | 保湿 | 滋润 | 温和 | 护眼 | 耐摔 | 防摔 | 出片
上镜 | 显气质 | 有档次 | 上档次 | 透亮 | 解腻

[intensifier]
说明：Intensifiers that make a praise word the seller's pitch.
很 | 特别 | 超 | 非常 | 真的 | 也很 | 比较 | 更 | 最 | 挺 | 蛮 | 十分 | 相当 | 超级 | 巨

[feature]
说明：A feature stated with a number or a boast (续航有八个小时).
续航 | 待机 | 充一次 | 一次充电 | 能用一 | 降噪 | 大容量 | 防水 | 加厚 | 加绒 | 新米 | 今年的新
现磨 | 原产地 | 新出的 | 今年新 | 最新款 | 升级版 | 升级款 | 采用 | 带自动 | 可调 | 可以调
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
放心 | 无理由 | 退换 | 退货 | 换货 | 运费险 | 包退 | 包换 | 假一赔 | 正品 | 质量保证 | 品质保证
保证质量 | 质量绝对 | 售后 | 理解您 | 能理解 | 明白您 | 您的顾虑 | 您的担心 | 不用担心 | 别担心
顾虑 | 最低价 | 最低了 | 底价 | 活动价 | 最优惠 | 一分钱一分货 | 一分价钱一分货 | 利润 | 成本
平均下来 | 算下来 | 每天只要 | 相当于每天 | 帮您申请 | 申请一下 | 老板 | 权限 | 不满意
包您满意 | 可以退 | 再退 | 无忧 | 保障 | 不能少 | 不能再少 | 不能再便宜 | 没办法再便宜
便宜不了 | 让不了 | 小本经营 | 还要贵 | 实在价 | 补发 | 补偿 | 重新发 | 重发 | 退款 | 退差价
差价我们 | 差价退 | 包赔 | 赔偿 | 给您换 | 帮您换 | 免费换 | 调换 | 运费我们 | 我们承担
我们来出 | 记录了 | 反馈给 | 帮您催 | 催一下 | 催促 | 别急 | 别着急 | 不要着急 | 耐心等
正常现象 | 正常的现象 | 屏幕显示 | 实物拍摄 | 实拍 | 当月生产 | 是正常的 | 属于正常 | 都是正常
专柜 | 验货 | 质保 | 保修 | 官方授权 | 不会起球 | 不起球 | 不会缩水 | 不缩水 | 不会变形 | 不变形
不会掉色 | 不掉色 | 不褪色 | 临期 | 过期 | 假货 | 破损 | 漏液 | 质量问题 | 色差 | 掉毛 | 晾一
散散味 | 先试穿 | 贵一点 | 贵一些 | 贵点 | 稍贵 | 略贵 | 确实贵 | 贵是贵 | 价格确实 | 价格是高
价格稍高 | 价格略高 | 不然这样 | 这样吧 | 您看这样 | 要不这样 | 这样好不好 | 这样行不行 | 那好吧
便宜点 | 便宜一点 | 便宜些 | 给您便宜 | 给您退 | 退您 | 退一半 | 不议价 | 不还价 | 不讲价
不砍价 | 不二价 | 谢绝议价 | 质检 | 检测报告 | 防伪 | 授权书 | 进货凭证 | 溯源 | 价保 | 差额
原路退回 | 杀熟 | 统一价 | 一口价 | 都是这个价 | 控价 | 改不了 | 做不了主 | 没法改

[apology]
说明：An apology…
抱歉 | 对不起 | 不好意思 | 歉意 | 请见谅 | 见谅

[trouble-or-fix]
说明：…for a problem caused, or with a remedy (an apology for the wait alone is not).
添麻烦 | 带来不便 | 带来不好 | 不好的体验 | 给您造成 | 处理 | 解决 | 补救 | 负责 | 跟进 | 查
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

[buyer-objection]
说明：What the buyer says when hesitating, doubting, bargaining or complaining.
考虑 | 再想想 | 想想 | 再看看 | 看看再说 | 犹豫 | 拿不准 | 不确定 | 纠结 | 怕 | 担心 | 万一
会不会 | 不合身 | 不合适 | 太贵 | 贵了 | 有点贵 | 便宜 | 优惠 | 打折 | 少点 | 少一点 | 抹零
包邮 | 降价 | 别家 | 别的店 | 质量 | 正品 | 真的吗 | 靠谱 | 假货 | 色差 | 掉色 | 起球 | 缩水
差评 | 不满意 | 投诉 | 太慢 | 还没到 | 还没发 | 怎么还 | 太久 | 等了 | 退 | 算了 | 不要了 | 失望
不好 | 破了 | 坏了 | 发错 | 少发 | 漏发 | 有问题 | 不一样

[close]
说明：Nudging the buyer to order now: urgency, a coupon, a nudge to pay.
现在下单 | 现在拍 | 现在买 | 现在购买 | 今天下单 | 今天拍 | 尽快拍 | 尽快下单 | 早点拍 | 抓紧
赶紧 | 库存不多 | 库存紧张 | 仅剩 | 只剩 | 最后几件 | 最后一件 | 最后三件 | 最后两件 | 快没了
恢复原价 | 活动截止 | 活动今天 | 活动最后 | 就结束 | 限时 | 限量 | 数量有限 | 错过 | 喜欢的话
确定要的话 | 直接拍 | 放心拍 | 可以拍下 | 拍下吧 | 拍下哦 | 拍下就好 | 下单吧 | 下单哦 | 给您留
帮您留 | 可以拍了 | 拍吧 | 优惠券 | 领券 | 改价 | 还没付款 | 没付款 | 未付款 | 记得付款
尽快付款 | 付款哦 | 去付款 | 全场包邮 | 可以先拍 | 截止 | 最后一天 | 国补 | 国家补贴 | 政府补贴
全场 | 特价 | 秒杀 | 现在付款 | 今天付款 | 马上付款 | 拍下就 | 拍下即 | 开张 | 开业 | 手慢无
手快有 | 先到先得 | 拼手速 | 上链接 | 开抢 | 抢购 | 秒没 | 拍完就 | 就下架 | 即将下架 | 最后1
最后2 | 最后3 | 最后4 | 最后5 | 最后6 | 最后7 | 最后8 | 最后9 | 最后十 | 首单 | 直接付款
直接下单 | 付款就行 | 拍就行 | 冲就完事 | 冲鸭 | 冲冲冲 | 只有今 | 仅今 | 就今天 | 就今晚
只限今 | 仅限今 | 今晚截止 | 今天截止 | 前一百 | 前100 | 前五十 | 前50 | 前二十 | 前20 | 付款吧
付了吧 | 没付 | 付完 | 后台改 | 补货到了 | 补到货了 | 补货啦 | 拍哪个 | 拍哪款

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
按上次的

[check-verb]
说明：A checking verb: with details read back, or addressed to the buyer, it confirms.
核对 | 核实 | 确认一下 | 确认下 | 确认好 | 请确认 | 请您确认 | 对一下 | 看一下是否

[check-with-buyer]
说明：Who the check is for: the buyer (跟您核对) — not the seller's own check (我帮您确认库存).
跟您 | 和您 | 给您核对 | 向您 | 请您 | 麻烦您 | 麻烦核对 | 麻烦确认 | 请核对 | 请确认

[receipt]
说明：确认收货 is the buyer's receipt, not an order check.
确认收货 | 确认收到

[confirm-topic]
说明：The order's details being talked about.
订单 | 地址 | 收件 | 收货 | 信息 | 电话 | 手机 | 规格 | 尺码 | 颜色 | 款式 | 型号 | 数量 | 拍的
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
说明：Phrases that confirm an order on their own.
您拍的是 | 您拍下的是 | 您下单的是 | 您购买的是 | 您买的是 | 收货信息是 | 收件信息是
订单拍的是 | 订单上是 | 订单显示 | 您的订单: | 订单信息: | 订单如下 | 地址写的是 | 地址填的是
地址留的是 | 新的是 | 新地址是 | 改成了 | 新地址了: | 新地址: | 地址改成了 | 已改为 | 改为:

[farewell]
说明：Goodbyes and wishes.
感谢惠顾 | 感谢光临 | 谢谢光临 | 谢谢惠顾 | 欢迎再来 | 欢迎下次 | 欢迎再次 | 下次再来 | 期待再次
期待您 | 祝您 | 祝你 | 购物愉快 | 生活愉快 | 生活幸福 | 天天开心 | 再见 | 拜拜 | 不打扰您
就不打扰 | 合作愉快 | 好评 | 五星 | 晒图 | 晒单 | 评价一下 | 给个评价 | 欢迎回购 | 期待回购
再次光临 | 欢迎常来 | 常来 | 下次见 | 回头见 | 慢走 | 晚安 | 回见 | 欢迎再 | 常回来

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
有事联系 | 有啥问题随时 | 随时喊

[ship]
说明：Shipping and hand-over to the warehouse.
发货 | 发出 | 寄出 | 发走 | 发快递 | 快递 | 物流 | 单号 | 运单 | 顺丰 | 中通 | 圆通 | 韵达
申通 | 极兔 | 邮政 | ems | 京东快递 | 转仓库 | 通知仓库 | 仓库安排 | 仓库发 | 打包 | 揽收
天到货 | 就能到货 | 会到货 | 送达 | 几天到 | 隔天到 | 明天到 | 后天到 | 就到了 | 当天发 | 今天发
明天发 | 隔天发 | 就发 | 马上发 | 立即发 | 尽快发 | 优先发 | 小时内发 | 备注 | 安排发 | 签收
包邮 | 补运费 | 邮费 | 运费差价 | 冷链 | 包裹 | 加急 | 随单 | 补发 | 补寄 | 重新寄 | 给您寄
寄过去 | 一起发 | 改地址 | 地址改 | 改好地址 | 已发 | 能发 | 自提 | 送货 | 配送 | 送上门 | 运费
能到 | 单独寄 | 补上 | 给您补 | 会上门 | 上门安装 | 包安装 | 免费安装 | 预约安装 | 两天到
三天到 | 天就到 | 天内到 | 天左右到 | 晚到 | 晚两天 | 晚一天 | 给您发 | 先发 | 包个邮 | 包邮费
礼盒包装 | 打木架 | 木架 | 加固包装 | 气泡膜 | 泡沫箱 | 撕掉价签 | 价签撕 | 把价签

[not-ship]
说明：Where a shipping word is about something else: the order number asked for, the return insurance, the buyer's review.
订单号 | 运费险 | 好评 | 备注一下您的 | 已发给您链接 | 退货运费 | 运费我们 | 运费您 | 运费由
运费就 | 刚刚在打包 | 刚在打包 | 刚才在打包 | 跟快递 | 找快递 | 向快递 | 快递索赔 | 发货视频
发货监控 | 发货照片 | 已签收 | 包裹已 | 运费都 | 运费给您退 | 退运费 | 退您运费 | 补偿 | 补差价
不会给您发 | 不给您发 | 给您发一下 | 给您发个 | 给您发链接 | 给您发图 | 给您发照片 | 给您发视频
给您发红包 | 给您发优惠券 | 给您发券 | 给您发消息 | 先发一下 | 先发个 | 先发图 | 先发照片

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
说明：「可以拍/可以换成」后面跟这些字是在给尺码、款式、颜色的建议（可以拍大一码）。
大小这那同新码号款色段版浅深亮暗长短厚薄宽窄轻

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

[greet-fillers] 字类
说明：「在」后面的语气字：「在呢」「在滴亲」是打招呼。
的呢哦呀啊亲哈滴哒嘞哟噢

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
说明：After 售后: a person or a team introduced (售后专员小林), not an after-sales promise.
专客团部小同组

[product-facts] 词表
说明：Product facts that answer a doubt when there is one (不起球); said on their own they sell.
不会起球 | 不起球 | 不会缩水 | 不缩水 | 不会变形 | 不变形 | 不会掉色 | 不掉色 | 不褪色

[not-tag-before] 字类
说明：Before a closing 不 (厉害不, 要三人位的不): not a negation in a statement (要不, 也不, 都不).
要可倒也都并绝从再还就才决毫一

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
说明：question-word 里给买家出选择的词（您要黑色还是白色）。
还是

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
说明：objection 里的「耐心等」：紧跟在感谢后面（感谢您的耐心等待）又没有说到问题时不算处理异议。
耐心等

[reship] 词表
说明：objection 里补发、重发的词：前面有「已」时是在报告发货状态。
补发 | 重发 | 重新发

[exchange-for-you] 词表
说明：objection 里「给您换」的词：后面紧跟快递字眼时换的是快递，不是商品。
给您换 | 帮您换

[worry] 词表
说明：complaint-topic 里的「担心」：同一分句后面有「的话」时是在回应买家的顾虑。
担心

[pay-first-try] 词表
说明：close 里的「可以先拍」：后面几个字里有「试」时是推荐小样，不是催单。
可以先拍

[only-costs] 词表
说明：price-cut 里的「只要」：后面必须紧跟数字才是报价。
只要

[free-shipping] 词表
说明：ship 里的「包邮」：在反问里或和促销字眼同一分句时不算发货说明。
包邮

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
屯几 | 囤几 | 屯一 | 囤一 | 一起配 | 记得加个 | 记得加一 | 记得配个 | 记得配一 | 记得带个
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
说明：加购的动词（加、带、备、配）：后面跟数量和量词是在推荐再买一件。
加带备配

[buy-verbs] 字类
说明：购买的动词（拍、买、选）：后面跟数量和量词是在说买的东西。
拍买选挑入来拿

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

"""#
    ),
  ]
}
