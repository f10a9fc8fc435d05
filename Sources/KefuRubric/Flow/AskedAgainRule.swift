import KefuScenario
import KefuText

/// 重复询问: the seller asks for something the buyer already gave in this session — the order
/// number, a phone number, the address, height, weight, usual size, foot length, a child's age, the room's
/// area, skin type, how many people use it or the budget. The buyer's messages are
/// read for what they contain (an 11-digit mobile number, a long order number, an address with
/// 省/市/区/路…, 160 / 一米六, 100斤 / 50kg, M码…); the reply for a question about the same thing.
/// A reply that reads the information back to confirm it is not asking again.
public struct AskedAgainRule: Rule {
  public static let id = "asked_again"
  public init() {}

  /// What a buyer can give.
  enum Info: String, CaseIterable {
    case orderNumber = "订单号"
    case phone = "电话"
    case address = "地址"
    case height = "身高"
    case weight = "体重"
    case size = "尺码"
    case footLength = "脚长"
    case age = "年龄"
    case area = "房间面积"
    case skin = "肤质"
    case people = "几个人用"
    case budget = "预算"
  }

  // MARK: Data

  static let asking = Lexicon("asked-asking")
  static let notAsking = Lexicon("asked-not-asking")
  static let askOrder = Lexicon("asked-order")
  static let askPhone = Lexicon("asked-phone")
  static let askAddress = Lexicon("asked-address")
  static let askHeight = Lexicon("asked-height")
  static let askWeight = Lexicon("asked-weight")
  static let askSize = Lexicon("asked-size")
  static let askAge = Lexicon("asked-age")
  static let askFoot = Lexicon("asked-foot")
  static let footGiven = Lexicon("asked-foot-given")
  static let askArea = Lexicon("asked-area")
  static let askSkin = Lexicon("asked-skin")
  static let askPeople = Lexicon("asked-people")
  static let askBudget = Lexicon("asked-budget")
  static let orderLabel = Lexicon("asked-order-label")
  static let addressPart = Lexicon("asked-address-part")
  static let weightUnit = Lexicon("asked-weight-unit")
  static let heightWord = Lexicon("asked-height-word")
  static let sizeWord = Lexicon("asked-size-word")
  static let ageUnit = Lexicon("asked-age-unit")
  static let child = ScalarSearch.scalars(WordBook.standard.words("asked-child"))
  static let areaUnit = Lexicon("asked-area-unit")
  static let peopleUnit = Lexicon("asked-people-unit")
  static let skinWord = Lexicon("asked-skin-word")
  static let budgetWord = Lexicon("asked-budget-word")
  static let numerals = ScalarSet(named: "asked-numerals")

  // MARK: Description

  public var description: RuleDescription {
    RuleDescription(
      id: Self.id, name: "重复询问",
      explanation: """
        一个客服往往同时接待好几位买家，更要记住每位买家说过的话。买家已经报过的订单号、电话、地址、\
        身高体重、平时穿的尺码（M码、穿42）、脚长，或者孩子的年龄、房间多大、肤质、几个人用、预算，再问一遍，买家会觉得自己没被认真对待，还得翻聊天记录重发。\
        往回看这场对话里买家说过的内容，客服又来问同一样信息就算重复询问；把信息复述出来请买家确认，\
        或者提醒买家核对、留意已经给过的信息（麻烦您留意一下地址是否正确），不算。
        """,
      triggers: [
        RuleExample("亲，您的身高体重是多少呀？", buyer: ["我160，一百斤，穿什么码合适？"], mark: "身高"),
        RuleExample("麻烦提供一下订单号哦", buyer: ["订单号是 3487569012345678，还没发货"], mark: "订单号"),
        RuleExample("请问您的收货地址是？", buyer: ["寄到浙江省杭州市西湖区文三路8号"], mark: "地址"),
        RuleExample("您的手机号多少呢？", buyer: ["电话13812345678"], mark: "手机号"),
        RuleExample("您平时穿什么码呀？", buyer: ["我平时穿M码"], mark: "穿什么码"),
        RuleExample("您的订单号，再发我一下哦", buyer: ["单号4312987650123456，帮我看看到哪了"], mark: "订单号"),
        RuleExample("亲，地址麻烦再发一遍呢", buyer: ["收货地址：江苏省南京市鼓楼区中山路100号"], mark: "地址"),
        RuleExample("亲，订单号发我一下哈", buyer: ["颜色发错了，订单号：50871236"], mark: "订单号"),
        RuleExample("手机号码是多少呢？我登记一下", buyer: ["联系电话 139 0000 1234"], mark: "手机号"),
        RuleExample("亲，小朋友今年几岁啦？", buyer: ["给女儿买的，五岁，一米一"], mark: "几岁"),
        RuleExample("宝宝现在几个月了呢？", buyer: ["我家宝宝八个月了，喝几段的"], mark: "几个月"),
        RuleExample("请问房间面积大概多少？", buyer: ["放客厅，二十平左右"], mark: "面积"),
        RuleExample("亲，您是什么肤质呀？", buyer: ["我是干皮，冬天容易起皮"], mark: "肤质"),
        RuleExample("家里几口人用呀？", buyer: ["就我和我妈两个人"], mark: "几口人"),
        RuleExample("您的预算大概多少呢？", buyer: ["预算三百以内"], mark: "预算"),
        RuleExample("您平时穿多大码的鞋？", buyer: ["我一直穿41的"], mark: "穿多大"),
        RuleExample("小朋友脚长是多少呢？", buyer: ["儿子量了脚长是17厘米，上个月穿29"], mark: "脚长"),
      ],
      passes: [
        RuleExample("亲，您的身高体重是多少呀？", buyer: ["这条裙子有货吗"]),
        RuleExample("亲，按您160、一百斤的身材，M码会比较合身", buyer: ["我160，一百斤，穿什么码合适？"]),
        RuleExample("跟您核对一下，电话是13812345678对吗？", buyer: ["电话13812345678"]),
        RuleExample("麻烦提供一下订单号哦", buyer: ["我的快递怎么还没到"]),
        RuleExample("方便给一下订单号吗", buyer: ["上个月买了3个，一共20261201元？"]),
        RuleExample("好的亲，马上帮您查", buyer: ["订单号是 3487569012345678"]),
        RuleExample("麻烦您签收时留意一下地址有没有写错哦", buyer: ["寄到江苏省南京市鼓楼区中山路100号"]),
        RuleExample("麻烦您稍等，地址我已经记下了", buyer: ["寄到江苏省南京市鼓楼区中山路100号"]),
        RuleExample("好的，按您给的地址明天发出，请问还需要别的吗？", buyer: ["寄到江苏省南京市鼓楼区中山路100号"]),
        RuleExample("下单后请再核对一遍手机号是否正确哦", buyer: ["电话13812345678"]),
        // A month count that is no child's age, 平时 that is no area, 几个人 that counts no one.
        RuleExample("宝宝现在几个月了呢？", buyer: ["这个锅用了三个月就掉漆了"]),
        RuleExample("请问房间面积大概多少？", buyer: ["我平时在卧室用"]),
        RuleExample("家里几口人用呀？", buyer: ["这个锅几个人用合适"]),
        // 脚长 named without a number: not given yet.
        RuleExample("小朋友脚长是多少呢？", buyer: ["脚长不知道怎么量"]),
      ],
      tip: "买家说过的信息要记住{where}，别再问一遍。", tipOrder: 110,
      cost: 4, patienceCost: 1,
      summary: "买家已经给过的信息（订单号、电话、地址、身高体重、尺码、脚长、年龄、面积、肤质、人数、预算）又问一遍", settingKeys: ["history_window"]
    )
  }

  // MARK: Judging

  /// What the reply asks for.
  static func asked(_ reply: Reply) -> [(Info, PhraseHit)] {
    guard reply.contains(asking) else { return [] }
    let s = reply.scalars
    let asks = reply.hits(asking)
    let checks = reply.hits(notAsking)
    func asksIn(_ a: Int, _ b: Int) -> Bool {
      // The clause's own question mark counts as asking (您的地址是？).
      if b < s.count && s[b] == "?" { return true }
      return asks.contains { $0.start >= a && $0.end <= b }
    }
    var out: [(Info, PhraseHit)] = []
    let topics: [(Info, Lexicon)] = [
      (.orderNumber, askOrder), (.phone, askPhone), (.address, askAddress), (.height, askHeight),
      (.weight, askWeight), (.size, askSize), (.footLength, askFoot), (.age, askAge),
      (.area, askArea), (.skin, askSkin),
      (.people, askPeople), (.budget, askBudget),
    ]
    for (info, lexicon) in topics {
      for hit in reply.hits(lexicon) {
        let (a, b) = ScalarText.clause(s, hit.start, hit.end)
        if checks.contains(where: { $0.start >= a && $0.end <= b }) { continue }
        var asked = asksIn(a, b)
        if !asked && b - a <= 7 && b < s.count {
          // A bare mention, then the request: 您的订单号，麻烦发我一下
          var c = b
          while c < s.count && ScalarText.endsClause(s[c]) { c += 1 }
          let (na, nb) = ScalarText.clause(s, c, c)
          asked =
            c < s.count && !checks.contains(where: { $0.start >= na && $0.end <= nb })
            && asksIn(na, nb)
        }
        if asked {
          out.append((info, hit))
          break
        }
      }
    }
    return out
  }

  /// How many digits after an order-number label make an order number.
  static let orderLabelDigits = 6

  /// What a buyer's message gives.
  static func given(_ text: String, words: RubricWords) -> Set<Info> {
    let scalars = NormalizedText(text).scalars
    let hits = words.index.scan(scalars)
    func count(_ lexicon: Lexicon) -> Int {
      hits.reduce(0) { $0 + ($1.lexicon == lexicon.slot ? 1 : 0) }
    }
    var out = Set<Info>()
    if ScalarText.phoneNumber(scalars) != nil { out.insert(.phone) }
    let runs = ScalarText.digitRuns(scalars)
    if runs.contains(where: { $0.1 - $0.0 >= 12 }) { out.insert(.orderNumber) }
    // 订单号20261201334 / 单号：6688123: a shorter number right after its label.
    for hit in hits where hit.lexicon == orderLabel.slot {
      var i = hit.end
      if i < scalars.count && ": 是".unicodeScalars.contains(scalars[i]) { i += 1 }
      if runs.contains(where: { $0.0 == i && $0.1 - $0.0 >= orderLabelDigits }) {
        out.insert(.orderNumber)
      }
    }
    if count(addressPart) >= 2 { out.insert(.address) }
    if count(weightUnit) > 0 { out.insert(.weight) }
    if count(heightWord) > 0 { out.insert(.height) }
    if count(sizeWord) > 0 { out.insert(.size) }
    if count(skinWord) > 0 { out.insert(.skin) }
    // 脚长16厘米 / 预算两百左右: the word counts only with a number in the message.
    let hasNumber = !runs.isEmpty || scalars.contains(where: numerals.contains)
    if count(footGiven) > 0 && hasNumber { out.insert(.footLength) }
    if count(budgetWord) > 0 && hasNumber { out.insert(.budget) }
    // 六岁 / 十五平 / 两个人 / 42码: a unit right after a number gives it (not 平时, 几个人).
    func counted(_ start: Int) -> Bool {
      start > 0 && (numerals.contains(scalars[start - 1]) || runs.contains { $0.1 == start })
    }
    for hit in hits where counted(hit.start) {
      if hit.lexicon == areaUnit.slot {
        // 十五平: 平 alone, not 平时 / 平常 (十平时 is no area either way).
        let next = hit.end < scalars.count ? scalars[hit.end] : " "
        if "时常价稳".unicodeScalars.contains(next) { continue }
        out.insert(.area)
      } else if hit.lexicon == peopleUnit.slot {
        out.insert(.people)
      } else if hit.lexicon == ageUnit.slot {
        // 十个月 is an age only when a child is spoken of (用了三个月 is not).
        if scalars[hit.start] == "岁" || ScalarSearch.containsAny(scalars, child) {
          out.insert(.age)
        }
      }
    }
    // 穿42 / 42码: a shoe or clothes size by its number.
    for (start, end) in runs {
      if end < scalars.count && scalars[end] == "码" { out.insert(.size) }
      if start > 0 && scalars[start - 1] == "穿" && end - start == 2 { out.insert(.size) }
    }
    // "我160" / "160的" without a unit: a three-digit number from 140 to 199 is a height.
    for (start, end) in runs where end - start == 3 {
      let value = scalars[start..<end].reduce(0) { $0 * 10 + Int($1.value) - 0x30 }
      if (140...199).contains(value) { out.insert(.height) }
    }
    return out
  }

  public func judge(
    _ reply: Reply, context: ReplyContext, settings: RubricSettings,
    into judgement: inout ReplyJudgement
  ) {
    guard !reply.scalars.isEmpty else { return }
    // Nothing the buyer said, nothing asked again (every line of `kefu check` without
    // `--with-buyer`): asked first, before the reply is read for what it asks.
    guard !context.buyerMessages.isEmpty || context.history.contains(where: { $0.role == .buyer })
    else { return }
    guard !ReceptionFlowRule.isConfirming(reply) else { return }
    let asked = AskedAgainRule.asked(reply)
    guard !asked.isEmpty else { return }
    var buyerLines = context.buyerMessages
    var seenHistory = 0
    for line in context.history.reversed() where line.role == .buyer {
      if seenHistory >= settings.historyWindow { break }
      buyerLines.append(line.text)
      seenHistory += 1
    }
    guard !buyerLines.isEmpty else { return }
    var given = Set<Info>()
    for line in buyerLines { given.formUnion(AskedAgainRule.given(line, words: reply.words)) }
    for (info, hit) in asked where given.contains(info) {
      judgement.findings.append(
        reply.finding(
          Self.id, hit.start, hit.end, "买家已经说过\(info.rawValue)了，又问了一遍",
          suggestion: "往上翻看买家说过的话，直接用上：「按您说的…」；需要核对就复述出来请买家确认"))
      return
    }
  }
}
