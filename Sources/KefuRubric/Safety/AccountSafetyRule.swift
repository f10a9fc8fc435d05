import KefuScenario

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
      "绕过平台", "私聊",
    ])
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
    [Self.link, Self.offPlatform, Self.otherAccount, Self.changeRequest, Self.agree, Self.verify]
  }

  // MARK: Description

  public var description: RuleDescription {
    RuleDescription(
      id: "account_safety", name: "账号安全",
      explanation: """
        网上交易要防骗，也要保护买家。客服不发站外链接和口令，不把买家引到微信、QQ 私下交易或转账，\
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

  public func judge(
    _ reply: Reply, context: ReplyContext, settings: RubricSettings,
    into judgement: inout ReplyJudgement
  ) {
    guard !reply.scalars.isEmpty else { return }
    if let hit = reply.hits(AccountSafetyRule.link).first {
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
    if let hit = reply.hits(AccountSafetyRule.offPlatform).first {
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
