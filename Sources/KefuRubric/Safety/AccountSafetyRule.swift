import KefuScenario
import KefuText

/// 账号安全: the seller sends a link or a share code, moves the conversation or the payment off
/// the platform, or agrees to change an order's address when the request came from a different
/// account than the one that ordered — without asking the ordering account to confirm.
public struct AccountSafetyRule: Rule {
  public init() {}

  // MARK: Data

  static let link = Lexicon("safety-link")
  static let offPlatform = Lexicon("safety-off-platform")
  static let openLink = Lexicon("safety-open-link")
  static let linkWord = Lexicon("safety-link-word")
  static let refusalBefore = Lexicon("safety-refusal-before")
  static let refusalAfter = Lexicon("safety-refusal-after")
  static let otherAccount = Lexicon("safety-other-account")
  static let relative = Lexicon("safety-relative")
  static let theirOrder = Lexicon("safety-their-order")
  static let changeRequest = Lexicon("safety-change")
  static let destination = Lexicon("safety-destination")
  static let agree = Lexicon("safety-agree")
  static let verify = Lexicon("safety-verify")
  // The characters compared one by one (named in account_safety.words, never literal).
  static let otherBie = ScalarSet(named: "other-bie")
  static let otherBieAfter = ScalarSet(named: "other-bie-after")
  static let sellerSelf = ScalarSet(named: "seller-self")
  static let buyerYou = ScalarSet(named: "buyer-you")
  static let actFor = ScalarSet(named: "act-for")
  /// The families `judge` reads on every reply, in one static: each `static let` read is a
  /// `swift_once` call.
  private static let judged = (
    openLink: openLink, linkWord: linkWord, link: link, offPlatform: offPlatform, agree: agree,
    verify: verify
  )

  // MARK: Description

  public var description: RuleDescription {
    RuleDescription(
      id: "account_safety", name: "账号安全",
      explanation: """
        网上交易要防骗，也要保护买家。客服不发站外链接和口令，也不点开买家发来的陌生链接（可能是钓鱼网站），\
        不把买家引到微信、QQ 私下交易或转账，\
        沟通和付款都留在平台里，出了问题才有据可查。有人用另一个账号来要求改收货地址或订单（「我是她老公」「我换了个号」「我妈拍的那单地址要改」），\
        不能直接答应：要请下单的那个账号自己来确认，确认是同一个人的账号后再改。\
        买家给家人买礼物、问能不能寄到家人那里，不是替别的账号说话，答应下来没有问题。
        """,
      triggers: [
        RuleExample("亲，您点这个链接领券：http://abc.example.com/q", mark: "点这个链接"),
        RuleExample("去 www.example.cn 上买更便宜", mark: "www."),
        RuleExample("复制这段 ¥Ab3dE5fG¥ 打开淘宝就能看到", mark: "复制这段"),
        RuleExample("加我微信吧，私下给您便宜", mark: "加我微信"),
        RuleExample("您加下QQ，我们发您图片", mark: "QQ"),
        RuleExample("直接转账给我就行，不用拍", mark: "直接转账"),
        RuleExample("好的，已经帮您改好了", buyer: ["我是她老公，帮她改一下地址，改成北京市海淀区"], mark: "好的，已经帮您改好了"),
        RuleExample("可以的，地址发我", buyer: ["我换了个号，之前那单帮我改一下地址"], mark: "可以的，地址发我"),
        RuleExample("好的，马上帮您改", buyer: ["我爸前天拍的那单，收货地址要改一下"], mark: "好的，马上帮您改"),
        RuleExample("好嘞，我点进去瞧瞧", buyer: ["https://m.shop-deal.example.cn/i/42 这家更便宜"], mark: "点进"),
        RuleExample("行，我这边登录看一下", buyer: ["你点我发的网址，登录就能看到价格"], mark: "登录"),
        RuleExample("我帮您把链接打开看看是哪一款", mark: "打开"),
        RuleExample("那我们私下转账吧，省点手续费", mark: "私下转账"),
      ],
      passes: [
        RuleExample("亲，优惠券在店铺首页就能领哦"),
        RuleExample("您有问题可以在旺旺上随时找我"),
        RuleExample(
          "亲，为了您的账号安全，麻烦用下单的账号联系我们来改地址哦",
          buyer: ["我是她老公，帮她改一下地址"]),
        RuleExample("好的，已经帮您改好了", buyer: ["地址写错了，麻烦改成北京市海淀区"]),
        // A gift for a parent, sent to them: nobody speaks for another account.
        RuleExample("可以的亲，一般两天就到", buyer: ["想给我妈挑一个当生日礼物，能寄到南京吗"]),
        RuleExample("好的，可以给您退款", buyer: ["本来是给我爸过生日的，说好周五送到，周日才来"]),
        RuleExample("这款是纯棉的，穿着很舒服哦"),
        RuleExample("亲，价格是99.9元哦"),
        RuleExample(
          "亲，站外的链接我们是不点开的，您直接告诉我是哪一款就好",
          buyer: ["https://m.shop-deal.example.cn/i/42 这家更便宜"]),
        RuleExample("我们客服从不让顾客加个人微信，有事在这里留言就好"),
        RuleExample("如果有人让您私下转账，千万别信哦"),
        // The way off the platform named with what it costs the buyer: a warning.
        RuleExample("我们只在平台里交易，私下付款被骗了追不回，您直接拍下就好"),
        RuleExample("您打开淘宝首页搜店名就能找到我们"),
        RuleExample("好的，我帮您看看这款还有没有货", buyer: ["这个同款有吗 http://a.example.com/1"]),
      ],
      tip: "守住账号安全{where}：不发链接、不引到微信 QQ；别的账号要求改地址，请下单的账号来确认。", tipOrder: 20,
      cost: 10, patienceCost: 0,
      summary: "不发链接、不引到站外；别的账号要求改地址须先确认")
  }

  // MARK: Judging

  /// A 淘口令-like share code: a run of 6+ letters and digits between two currency signs.
  static func shareCode(_ scalars: [Unicode.Scalar]) -> (Int, Int)? {
    // ¥ $ € ￥ ₳ around a code: a switch, not a set built per call.
    func isSign(_ v: UInt32) -> Bool {
      switch v {
      case 0xA5, 0x24, 0x20AC, 0xFFE5, 0x20B3: return true
      default: return false
      }
    }
    var open: Int?
    var letters = 0
    for (i, s) in scalars.enumerated() {
      // Outside a code, a Han character or most punctuation (between the signs ₳ and ￥) needs
      // no other test: one comparison for most scalars of a reply.
      if open == nil && s.value > 0x20B3 && s.value < 0xFFE5 { continue }
      if isSign(s.value) {
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
      if otherBie.contains(s[r.start]) && r.end < s.count && otherBieAfter.contains(s[r.end]) {
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
      case let x where sellerSelf.contains(x): return .seller
      case let x where buyerYou.contains(x):
        // 帮您打开 / 给您点开: the seller acts for the buyer.
        if i > a && actFor.contains(s[i - 1]) { return .seller }
        return .buyer
      default: i -= 1
      }
    }
    return .unnamed
  }

  /// Whether the buyer's recent messages carry a link or share code.
  static func buyerSentLink(_ context: ReplyContext, words: RubricWords) -> Bool {
    context.recentBuyerMessages(limit: 4).contains { message in
      linkWord.occurs(in: message, words: words) || link.occurs(in: message, words: words)
        || shareCode(NormalizedText(message).scalars) != nil
    }
  }

  /// What one buyer's message says toward a change asked for another account. `other`: it
  /// speaks for another account (我是她老公, 我换了个号) or for a relative's order (我妈拍的那单,
  /// 帮她改地址; a gift buyer's 给我妈买 or 帮他挑一个 speaks for nobody). `change`: it asks a
  /// change (改地址, 改成…). `destination`: it names where something goes (寄到, 送到), which is
  /// a change only for a placed order: 那单寄到我这边, not 能送到杭州吗.
  static func readsRequest(_ message: String, words: RubricWords) -> (
    other: Bool, change: Bool, destination: Bool
  ) {
    let found = Set(words.index.scan(NormalizedText(message).scalars).map(\.lexicon))
    let order = found.contains(theirOrder.slot)
    let change = found.contains(changeRequest.slot)
    let other =
      found.contains(otherAccount.slot) || ((order || change) && found.contains(relative.slot))
    let destination = found.contains(destination.slot)
    return (other, change || (order && destination), destination)
  }

  public func judge(
    _ reply: Reply, context: ReplyContext, settings: RubricSettings,
    into judgement: inout ReplyJudgement
  ) {
    guard !reply.scalars.isEmpty else { return }
    let lex = AccountSafetyRule.judged
    let s = reply.scalars
    // The seller opening a link: one the buyer sent, or one the reply names (我打开链接看下).
    var opened = false
    let opens = reply.hits(lex.openLink)
    if !opens.isEmpty {
      let linkNamed = reply.contains(lex.linkWord)
      var fromBuyer: Bool? = nil
      for hit in opens {
        let actor = AccountSafetyRule.actor(hit, in: s)
        if actor == .buyer || AccountSafetyRule.refused(hit, in: reply) { continue }
        // 点击链接领券 with no buyer's link tells the buyer to open one: judged below.
        if !(actor == .seller && linkNamed) {
          if fromBuyer == nil {
            fromBuyer = AccountSafetyRule.buyerSentLink(context, words: reply.words)
          }
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
    // (The first such link, not an array of them all.)
    let link = reply.hits(lex.link).first {
      // A URL is sent whatever is said around it; a phrase (打开链接) may be refused or be the
      // seller's own opening, reported above.
      let phrase = reply.word($0)
      guard phrase.unicodeScalars.contains(where: { ScalarText.isHan($0) }) else { return true }
      return !opened && !AccountSafetyRule.refused($0, in: reply)
    }
    if let hit = link {
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
    if let hit = reply.hits(lex.offPlatform).first(where: {
      !AccountSafetyRule.refused($0, in: reply)
    }) {
      judgement.findings.append(
        reply.finding(
          "account_safety", hit.start, hit.end, "把买家引到平台外联系或付款，出了问题无从保障",
          suggestion: "沟通和付款都留在平台里：「亲，有问题在这里随时找我就好」"))
    }
    // An address change asked from another account, agreed without asking for confirmation.
    guard reply.contains(lex.agree), !reply.contains(lex.verify)
    else { return }
    let buyer = context.recentBuyerMessages(limit: 4)
    var fromOther = false
    var asksChange = false
    var destination = false
    for message in buyer {
      let read = AccountSafetyRule.readsRequest(message, words: reply.words)
      fromOther = fromOther || read.other
      asksChange = asksChange || read.change
      destination = destination || read.destination
    }
    // 我妈拍的那单 … 帮忙寄到我单位: where it goes, once someone spoke for another's order.
    asksChange = asksChange || (fromOther && destination)
    if fromOther && asksChange {
      judgement.findings.append(
        reply.wholeFinding(
          "account_safety", "另一个账号要求改地址，没有请下单的账号确认就答应了",
          suggestion: "「亲，为了账户安全，请用下单的账号跟我们确认一下，确认后马上为您修改」"))
    }
  }
}
