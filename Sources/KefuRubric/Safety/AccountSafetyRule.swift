import KefuScenario
import KefuText

/// 账号安全: the seller sends a link or a share code, moves the conversation or the payment off
/// the platform, or agrees to change an order's address when the request came from a different
/// account than the one that ordered — without asking the ordering account to confirm.
public struct AccountSafetyRule: Rule {
  public init() {}

  // MARK: Data

  /// Links and share codes (the normalised `¥…¥` of 淘口令 is found by `shareCode`).
  static let link = Lexicon(
    "safety-link",
    [
      "http://", "https://", "www.", ".com", ".cn", ".net", ".cc", ".top", ".vip", "t.cn/", "dwz.",
      "复制这段", "复制整段", "复制链接", "打开链接", "点击链接", "点这个链接", "点开链接",
    ])
  /// Off-platform contact or payment. (旺旺 and the shop's own channels are fine.)
  static let offPlatform = Lexicon(
    "safety-off-platform",
    [
      "微信", "加微信", "加我微信", "加个微信", "微信号", "微信联系", "微信转账", "微信付", "加v", "加vx", "加wx", "vx:", "wx:",
      "威信", "薇信", "v信", "qq", "加qq", "加我qq", "qq号", "qq联系", "扣扣", "加q", "支付宝转账", "直接转账", "转账给我",
      "扫码付款", "扫码支付", "付款码", "收款码", "二维码", "线下交易", "私下交易", "不走淘宝", "不走平台", "不用拍",
      "绕过平台", "私聊", "私下转账", "私下付款", "私人微信", "个人微信", "私人qq", "个人qq",
    ])
  /// Opening or logging in to a link: the trap when the buyer sent it (我点开看看).
  static let openLink = Lexicon(
    "safety-open-link",
    ["点开", "打开", "点进去", "点进", "点一下", "点击", "登录", "登陆", "扫一下", "扫码看"])
  /// What marks a message as carrying a link (in the buyer's message or named in the reply).
  static let linkWord = Lexicon(
    "safety-link-word",
    ["链接", "网址", "网页", "口令", "http", "www.", ".com", ".cn", "t.cn/", "dwz."])
  /// Words that refuse what follows them in the clause (我们不会让您加私人微信, 请勿私下转账), or
  /// put it in someone else's mouth as a warning (有人让您加微信).
  static let refusalBefore = Lexicon(
    "safety-refusal-before",
    [
      "不会", "不要", "不能", "不可以", "不可", "不用", "不需要", "不必", "不加", "不提供", "不接受",
      "不支持", "不私下", "不走", "不让", "不打开", "不点", "不建议", "不方便", "从不", "绝不", "决不",
      "别", "勿", "禁止", "谨防", "小心", "提防", "防止", "没有", "拒绝", "不存在",
      // Someone else's request, warned about: 如果有人让您加微信，那是骗子
      "有人", "别人", "冒充", "骗子", "其他客服", "别的客服",
    ])
  /// Words that refuse what stands before them in the clause: 私人微信我们是不加的.
  static let refusalAfter = Lexicon(
    "safety-refusal-after",
    ["不加", "不能", "不会", "不可以", "不可", "不提供", "不支持", "不方便", "不给", "是不", "不打开", "打不开", "不点"])
  /// The buyer speaking for someone else's order or from another account.
  static let otherAccount = Lexicon(
    "safety-other-account",
    [
      "我是她", "我是他", "帮她", "帮他", "替她", "替他", "她老公", "他老婆", "我老婆", "我老公", "我媳妇", "我女朋友",
      "我男朋友", "我朋友", "我家人", "我妈", "我爸", "换了个号", "换了一个号", "换号了", "另一个号", "另一个账号",
      "别的号", "别的账号", "小号", "大号", "不是这个号", "这个号不是", "用别的号", "原来的号", "之前的号", "号被盗",
      "登不上", "登录不了",
    ])
  /// The change the buyer asks for.
  static let changeRequest = Lexicon(
    "safety-change",
    [
      "改地址", "改一下地址", "修改地址", "换地址", "地址改", "改收货", "改个地址", "改成", "改到", "寄到", "送到",
      "改电话", "改收件人", "改订单", "改一下订单",
    ])
  /// The seller agreeing to the change.
  static let agree = Lexicon(
    "safety-agree",
    ["好的", "可以", "没问题", "已经", "帮您改", "给您改", "马上改", "改好了", "已修改", "改了", "收到", "这就改", "行"])
  /// The seller asking the ordering account to confirm (the safe answer).
  static let verify = Lexicon(
    "safety-verify",
    [
      "下单的账号", "下单账号", "拍下的账号", "拍下的那个", "下单的那个", "原账号", "原来的账号", "原来的号", "那个号",
      "那个账号", "本人", "买家账号", "拍单账号", "用下单", "用拍下", "核实", "确认身份", "验证",
    ])

  public var lexicons: [Lexicon] {
    [
      Self.link, Self.offPlatform, Self.otherAccount, Self.changeRequest, Self.agree, Self.verify,
      Self.openLink, Self.linkWord, Self.refusalBefore, Self.refusalAfter,
    ]
  }

  // MARK: Description

  public var description: RuleDescription {
    RuleDescription(
      id: "account_safety", name: "账号安全",
      explanation: """
        网上交易要防骗，也要保护买家。客服不发站外链接和口令，也不点开买家发来的陌生链接（可能是钓鱼网站），\
        不把买家引到微信、QQ 私下交易或转账，\
        沟通和付款都留在平台里，出了问题才有据可查。有人用另一个账号来要求改收货地址或订单（「我是她老公」「我换了个号」），\
        不能直接答应：要请下单的那个账号自己来确认，确认是同一个人的账号后再改。
        """,
      triggers: [
        RuleExample("亲，您点这个链接领券：http://abc.example.com/q"),
        RuleExample("去 www.example.cn 上买更便宜"),
        RuleExample("复制这段 ¥Ab3dE5fG¥ 打开淘宝就能看到"),
        RuleExample("加我微信吧，私下给您便宜"),
        RuleExample("您加下QQ，我们发您图片"),
        RuleExample("直接转账给我就行，不用拍"),
        RuleExample("好的，已经帮您改好了", buyer: ["我是她老公，帮她改一下地址，改成北京市海淀区"]),
        RuleExample("可以的，地址发我", buyer: ["我换了个号，之前那单帮我改一下地址"]),
        RuleExample("好嘞，我点进去瞧瞧", buyer: ["https://m.shop-deal.example.cn/i/42 这家更便宜"]),
        RuleExample("行，我这边登录看一下", buyer: ["你点我发的网址，登录就能看到价格"]),
        RuleExample("我帮您把链接打开看看是哪一款"),
        RuleExample("那我们私下转账吧，省点手续费"),
      ],
      passes: [
        RuleExample("亲，优惠券在店铺首页就能领哦"),
        RuleExample("您有问题可以在旺旺上随时找我"),
        RuleExample(
          "亲，为了您的账号安全，麻烦用下单的账号联系我们来改地址哦",
          buyer: ["我是她老公，帮她改一下地址"]),
        RuleExample("好的，已经帮您改好了", buyer: ["地址写错了，麻烦改成北京市海淀区"]),
        RuleExample("这款是纯棉的，穿着很舒服哦"),
        RuleExample("亲，价格是99.9元哦"),
        RuleExample(
          "亲，站外的链接我们是不点开的，您直接告诉我是哪一款就好",
          buyer: ["https://m.shop-deal.example.cn/i/42 这家更便宜"]),
        RuleExample("我们客服从不让顾客加个人微信，有事在这里留言就好"),
        RuleExample("如果有人让您私下转账，千万别信哦"),
        RuleExample("您打开淘宝首页搜店名就能找到我们"),
        RuleExample("好的，我帮您看看这款还有没有货", buyer: ["这个同款有吗 http://a.example.com/1"]),
      ],
      patienceCost: RubricSettings.standard.patienceCost("account_safety"),
      summary: "不发链接、不引到站外；别的账号要求改地址须先确认")
  }

  // MARK: Judging

  /// A 淘口令-like share code: a run of 6+ letters and digits between two currency signs.
  static func shareCode(_ scalars: [Unicode.Scalar]) -> (Int, Int)? {
    let signs: Set<UInt32> = [0xA5, 0x24, 0x20AC, 0xFFE5, 0x20B3]
    var open: Int?
    var letters = 0
    for (i, s) in scalars.enumerated() {
      if signs.contains(s.value) {
        if let o = open, letters >= 6, i - o - 1 == letters { return (o, i + 1) }
        open = i
        letters = 0
      } else if open != nil {
        if s.value < 0x80 && (ScalarText.isDigit(s) || ScalarText.isLatin(s)) {
          letters += 1
        } else {
          open = nil
        }
      }
    }
    return nil
  }

  // MARK: Clauses, refusals and who acts

  /// Whether the clause refuses the phrase at `hit`: 我们不会让您加私人微信, 私人微信是不加的.
  /// (别 in 别的/别人 refuses nothing.)
  static func refused(_ hit: PhraseHit, in reply: Reply) -> Bool {
    let s = reply.scalars
    let (a, b) = ScalarText.clause(s, hit.start, hit.end)
    for r in reply.hits(refusalBefore) where r.start >= a && r.start < hit.start && r.end <= hit.end
    {
      if s[r.start] == "别" && r.end < s.count && "的人家处样".unicodeScalars.contains(s[r.end]) {
        continue
      }
      return true
    }
    for r in reply.hits(refusalAfter) where r.start >= hit.end && r.end <= b { return true }
    return false
  }

  /// Who does what the phrase at `hit` says, from the nearest person word before it in its
  /// clause: the seller (我, 帮您), the buyer (您, 你), or nobody named.
  enum Actor { case seller, buyer, unnamed }
  static func actor(_ hit: PhraseHit, in s: [Unicode.Scalar]) -> Actor {
    let (a, _) = ScalarText.clause(s, hit.start, hit.end)
    var i = hit.start - 1
    while i >= a {
      switch s[i] {
      case "我", "咱": return .seller
      case "您", "你":
        // 帮您打开 / 给您点开: the seller acts for the buyer.
        if i > a && (s[i - 1] == "帮" || s[i - 1] == "给" || s[i - 1] == "替") { return .seller }
        return .buyer
      default: i -= 1
      }
    }
    return .unnamed
  }

  /// Whether the buyer's recent messages carry a link or share code.
  static func buyerSentLink(_ context: ReplyContext) -> Bool {
    context.recentBuyerMessages(limit: 4).contains { message in
      linkWord.occurs(in: message) || link.occurs(in: message)
        || shareCode(NormalizedText(message).scalars) != nil
    }
  }

  public func judge(
    _ reply: Reply, context: ReplyContext, settings: RubricSettings,
    into judgement: inout ReplyJudgement
  ) {
    guard !reply.scalars.isEmpty else { return }
    let s = reply.scalars
    // The seller opening a link: one the buyer sent, or one the reply names (我打开链接看下).
    var opened = false
    let opens = reply.hits(AccountSafetyRule.openLink)
    if !opens.isEmpty {
      let linkNamed = reply.contains(AccountSafetyRule.linkWord)
      var fromBuyer: Bool? = nil
      for hit in opens {
        let actor = AccountSafetyRule.actor(hit, in: s)
        if actor == .buyer || AccountSafetyRule.refused(hit, in: reply) { continue }
        // 点击链接领券 with no buyer's link tells the buyer to open one: judged below.
        if !(actor == .seller && linkNamed) {
          if fromBuyer == nil { fromBuyer = AccountSafetyRule.buyerSentLink(context) }
          if fromBuyer == false { continue }
        }
        judgement.findings.append(
          reply.finding(
            "account_safety", hit.start, hit.end, "不要打开买家发来的陌生链接，可能是钓鱼网站",
            suggestion: "「亲，为了账户安全，站外链接我们不打开哦，您直接告诉我商品和价格就好」"))
        opened = true
        break
      }
    }
    let links = reply.hits(AccountSafetyRule.link).filter {
      // A URL is sent whatever is said around it; a phrase (打开链接) may be refused or be the
      // seller's own opening, reported above.
      let phrase = AccountSafetyRule.link.phrases[$0.phrase]
      guard phrase.unicodeScalars.contains(where: { ScalarText.isHan($0) }) else { return true }
      return !opened && !AccountSafetyRule.refused($0, in: reply)
    }
    if let hit = links.first {
      judgement.findings.append(
        reply.finding(
          "account_safety", hit.start, hit.end, "不要给买家发链接",
          suggestion: "告诉买家在店铺里怎么找到（如「店铺首页第二排就是」），不发任何链接"))
    } else if let code = AccountSafetyRule.shareCode(reply.scalars) {
      judgement.findings.append(
        reply.finding(
          "account_safety", code.0, code.1, "不要给买家发口令或链接码",
          suggestion: "请买家在店铺里直接搜索商品名"))
    }
    if let hit = reply.hits(AccountSafetyRule.offPlatform).first(where: {
      !AccountSafetyRule.refused($0, in: reply)
    }) {
      judgement.findings.append(
        reply.finding(
          "account_safety", hit.start, hit.end, "把买家引到平台外联系或付款，出了问题无从保障",
          suggestion: "沟通和付款都留在平台里：「亲，有问题在这里随时找我就好」"))
    }
    // An address change asked from another account, agreed without asking for confirmation.
    guard reply.contains(AccountSafetyRule.agree), !reply.contains(AccountSafetyRule.verify)
    else { return }
    let buyer = context.recentBuyerMessages(limit: 4)
    let fromOther = buyer.contains { AccountSafetyRule.otherAccount.occurs(in: $0) }
    let asksChange = buyer.contains { AccountSafetyRule.changeRequest.occurs(in: $0) }
    if fromOther && asksChange {
      judgement.findings.append(
        reply.wholeFinding(
          "account_safety", "另一个账号要求改地址，没有请下单的账号确认就答应了",
          suggestion: "「亲，为了账户安全，请用下单的账号跟我们确认一下，确认后马上为您修改」"))
    }
  }
}
