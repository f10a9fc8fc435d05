import Foundation
import KefuScenario
import KefuText

/// Another chat open at the same time in `kefu shift`: what its buyer came for and what they
/// said so far. A reply is judged with the other chats of the moment it was sent.
public struct OtherChat: Equatable {
  /// The buyer's number in the shift (1-based, arrival order).
  public var buyer: Int
  /// That chat's scenario `product:` line, as written.
  public var product: String?
  /// That chat's `addon:` items, each a list of names (first the name, then aliases).
  public var addons: [[String]]
  /// What that buyer has said so far, oldest first.
  public var buyerMessages: [String]

  /// The chat's details as `crossed_chats` reads them, kept with the fields they were worked
  /// out from: replies judged against the same chat (the same value, passed on from reply to
  /// reply) work them out once. Not part of the chat's value.
  let memo = DetailsMemo()

  public init(buyer: Int, product: String?, addons: [[String]] = [], buyerMessages: [String] = []) {
    self.buyer = buyer
    self.product = product
    self.addons = addons
    self.buyerMessages = buyerMessages
  }

  public static func == (a: OtherChat, b: OtherChat) -> Bool {
    a.buyer == b.buyer && a.product == b.product && a.addons == b.addons
      && a.buyerMessages == b.buyerMessages
  }

  /// Whether the two are the same chat spelled the same, byte for byte (`==` compares text as
  /// Swift does: two spellings of é are equal there, and the rule could read them differently).
  public func isSpelledAs(_ other: OtherChat) -> Bool {
    buyer == other.buyer && Self.same(product, other.product)
      && Self.same(addons, other.addons) && Self.same(buyerMessages, other.buyerMessages)
  }

  static func same(_ a: String?, _ b: String?) -> Bool {
    guard let a, let b else { return a == nil && b == nil }
    return a.utf8.elementsEqual(b.utf8)
  }

  static func same(_ a: [String], _ b: [String]) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { $0.utf8.elementsEqual($1.utf8) }
  }

  static func same(_ a: [[String]], _ b: [[String]]) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { same($0, $1) }
  }
}

/// A chat's details with what they were worked out from, byte for byte; a chat changed since (a
/// copy with more messages) gets them worked out again. Locked: a chat may be judged on several
/// threads.
final class DetailsMemo: @unchecked Sendable {
  private let lock = NSLock()
  private var product: String?
  private var addons: [[String]] = []
  private var buyerMessages: [String] = []
  private var details: [CrossedChatsRule.Detail]?

  func details(of chat: OtherChat, _ make: () -> [CrossedChatsRule.Detail])
    -> [CrossedChatsRule.Detail]
  {
    lock.lock()
    if let details, OtherChat.same(product, chat.product), OtherChat.same(addons, chat.addons),
      OtherChat.same(buyerMessages, chat.buyerMessages)
    {
      lock.unlock()
      return details
    }
    lock.unlock()
    let made = make()
    lock.lock()
    (product, addons, buyerMessages, details) = (
      chat.product, chat.addons, chat.buyerMessages, made
    )
    lock.unlock()
    return made
  }
}

/// 记混顾客: with several buyers at once, a reply in one chat that names another chat's product,
/// addon, size or address detail. Only judged in `kefu shift` (a reply with no other chats open
/// cannot mix them up). A detail this chat itself has (its own product, addons, or anything its
/// buyer said) is never a mix-up, so two buyers asking about the same thing are fine.
///
/// What counts as a chat's detail:
/// - product: the name of the `product:` line (before the first space, price left out) and its
///   last two characters (三 when the one before them is a measure word: 四件套, not 件套);
/// - addons: every name and alias of its `addon:` lines;
/// - sizes its buyer gave: numbers with a size or body unit (38码, 160cm, 一百斤), a height
///   after 我/身高 (我165);
/// - address details its buyer gave: a mobile number, the recipient's name after 收件人/收货人, and
///   the district, road and house-number parts of an address (鼓楼区, 中山北路, 100号). Letter
///   sizes (M码) and cities are left out: a seller names them for good reasons every day.
public struct CrossedChatsRule: Rule {
  public init() {}

  public var description: RuleDescription {
    let bag = OtherChat(
      buyer: 2, product: "格纹帆布双肩包 89元", addons: [["防雨罩", "雨罩"]],
      buyerMessages: ["平时穿38码，脚背有点高", "收件人王芳 电话13800001111 杭州市西湖区文二路88号"])
    return RuleDescription(
      id: "crossed_chats", name: "记混顾客",
      explanation: """
        网店客服常常同时接待好几位顾客，要记住每一位在聊什么、要什么。\
        在一个对话里说出另一位顾客的商品、加购品、尺码或地址信息，就是记混了顾客：\
        买家会觉得被敷衍，把别人的地址电话发错人更是泄露隐私。只在多人接待（kefu shift）里判断；\
        本对话自己也有的内容（同样的商品、这位买家自己说过的尺码）不算记混。
        """,
      triggers: [
        RuleExample(
          "亲，这款双肩包今天就能发出哦", product: "白瓷马克杯 39元", otherChats: [bag], mark: "双肩包"),
        RuleExample(
          "好的亲，给您备注送到文二路88号", product: "白瓷马克杯 39元", otherChats: [bag], mark: "文二路"),
        RuleExample(
          "亲，您平时穿38码的话，这款选38正好", product: "白瓷马克杯 39元", otherChats: [bag], mark: "38码"),
        RuleExample(
          "亲，再加个防雨罩更实用哦", product: "白瓷马克杯 39元", otherChats: [bag], mark: "防雨罩"),
        RuleExample(
          "收件人王芳对吧？我这就安排", product: "白瓷马克杯 39元", otherChats: [bag], mark: "王芳"),
      ],
      passes: [
        RuleExample("亲，这款马克杯今天就能发出哦", product: "白瓷马克杯 39元", otherChats: [bag]),
        RuleExample(
          "好的亲，38码给您留好了", buyer: ["我也穿38码，有货吗"], product: "轻便帆布鞋 99元",
          otherChats: [bag]),
        RuleExample(
          "亲，双肩包今天就能发出哦", product: "牛皮双肩包 299元", otherChats: [bag]),
        RuleExample("亲，这款双肩包今天就能发出哦", product: "白瓷马克杯 39元"),
        RuleExample("亲，M码比较合身哦", product: "白瓷马克杯 39元", otherChats: [bag]),
      ],
      tip: "同时接待几位顾客时，回复前看清是哪一位在问{where}：商品、尺码和地址只说这位顾客自己的。",
      tipOrder: 135, cost: 8, patienceCost: 1,
      summary: "同时接待几位顾客时，在一个对话里说了另一位顾客的商品、尺码或地址")
  }

  // MARK: Data (the words are in Words/crossed_chats.words)

  /// The characters of a 字类 family.
  static func characters(_ family: String) -> Set<Character> {
    Set(WordBook.standard.words(family).joined())
  }

  /// A 词表 family as a regex alternation.
  static func alternation(_ family: String) -> String {
    WordBook.standard.words(family).map(NSRegularExpression.escapedPattern(for:)).joined(
      separator: "|")
  }

  /// Characters that, before a product name's last two, make the last three the name's tail.
  static let measureWords = characters("crossed-measure-words")
  /// Size and body units after a number: 38码, 160cm, 50kg.
  static let sizePattern = regex(
    #"\d+(?:\.\d+)?(?:"# + alternation("crossed-size-units") + ")")
  /// Weights in Chinese numerals: 一百斤, 九十五斤.
  static let hanziWeightPattern = regex(
    "[" + String(WordBook.standard.words("crossed-hanzi-digits").joined()) + "]{2,4}["
      + String(WordBook.standard.words("crossed-weight-unit").joined()) + "]")
  static let weightUnit = ScalarSet(named: "crossed-weight-unit")
  /// A height given bare after 我 or 身高: 我165, 身高158.
  static let heightPattern = regex(
    "(?:" + alternation("crossed-height-lead") + #")\s*(1[4-9]\d)(?!\d)"#)
  /// A mainland mobile number.
  static let phonePattern = regex(#"(?<!\d)1[3-9]\d{9}(?!\d)"#)
  /// The recipient's name after 收件人 / 收货人 (写、是、叫 and a colon allowed between).
  static let recipientPattern = regex(
    "(?:" + alternation("crossed-recipient-words")
      + ")[:" + String(WordBook.standard.words("crossed-recipient-between").joined())
      + #"\s]*(\p{Han}{2,3}?)(?=[\s,，。;；、]|"# + alternation("crossed-recipient-stop") + "|$)")
  /// Where an address part ends, and how much of the text before it names it.
  static let addressUnits: [Character: Int] = {
    var units: [Character: Int] = [:]
    for c in characters("crossed-district-units") { units[c] = 4 }
    for c in characters("crossed-road-units") { units[c] = 5 }
    for c in characters("crossed-house-units") { units[c] = 6 }
    return units
  }()
  /// House-number units: their part is the digits before them (100号, 3栋).
  static let houseUnits = characters("crossed-house-units")
  static let priceUnit = characters("crossed-price-unit")
  static let regionCut = characters("crossed-region-cut")

  static func regex(_ pattern: String) -> NSRegularExpression {
    // The patterns are constants of this file; a typo is a programming error.
    try! NSRegularExpression(pattern: pattern)
  }

  // MARK: Judging

  public func judge(
    _ reply: Reply, context: ReplyContext, settings: RubricSettings,
    into judgement: inout ReplyJudgement
  ) {
    guard !context.otherChats.isEmpty else { return }
    // What this chat has itself, worked out only once the reply names another chat's detail
    // (most replies name none).
    var ownText: String?
    func isOwn(_ term: String) -> Bool {
      if ownText == nil {
        var own = [context.product ?? ""] + context.addons.flatMap { $0 } + context.buyerMessages
        own += context.history.filter { $0.role == .buyer }.map(\.text)
        ownText = TextNormalizer.normalize(own.joined(separator: "\n"))
      }
      return ownText!.contains(term)
    }
    let replyText = String(String.UnicodeScalarView(reply.scalars))
    for chat in context.otherChats {
      for detail in Self.details(of: chat) {
        guard detail.mayAppear(in: reply.scalars), let range = replyText.range(of: detail.term),
          !isOwn(detail.term)
        else { continue }
        var start = replyText.unicodeScalars.distance(
          from: replyText.unicodeScalars.startIndex, to: range.lowerBound)
        let end = start + detail.term.unicodeScalars.count
        // A name's tail quoted with what the reply has of the name before it: 跑步鞋, not 步鞋.
        if let whole = detail.whole, whole.hasSuffix(detail.term) {
          let name = Array(whole.unicodeScalars).dropLast(detail.term.unicodeScalars.count)
          var k = name.count
          while start > 0, k > 0, reply.scalars[start - 1] == name[name.startIndex + k - 1] {
            start -= 1
            k -= 1
          }
        }
        judgement.findings.append(
          reply.finding(
            "crossed_chats", start, end,
            "「\(reply.original(start, end))」是 \(chat.buyer) 号顾客的\(detail.kind)\(detail.label)，不是这位顾客的：记混顾客了",
            suggestion: "回复前看一眼当前对话的商品和买家说过的话，再发出"))
        return
      }
    }
  }

  /// A detail of a chat: its text as normalised, and what it is (商品, 加购商品, 尺码, 地址信息).
  struct Detail: Equatable {
    var term: String
    var kind: String
    /// `（格纹帆布双肩包）` when the term is only part of the name; empty otherwise.
    var label: String
    /// The whole name, normalised, when the term is its tail.
    var whole: String?
    /// The term's digits and 汉字, and whether it has nothing else (see `mayAppear`).
    private var fixed: [Unicode.Scalar]
    private var onlyFixed: Bool

    init(term: String, kind: String, label: String, whole: String?) {
      self.term = term
      self.kind = kind
      self.label = label
      self.whole = whole
      fixed = term.unicodeScalars.filter(Detail.isFixed)
      onlyFixed = fixed.count == term.unicodeScalars.count
    }

    /// Whether a reply (normalised scalars) may hold the term, asked before Foundation's
    /// search, which is slow. Digits and 汉字 have no other canonically equivalent spelling in
    /// normalised text, so the search can only find a term where they all stand in the reply,
    /// and a term made of nothing else only where it stands as it is.
    func mayAppear(in reply: [Unicode.Scalar]) -> Bool {
      guard onlyFixed, let first = fixed.first else { return fixed.allSatisfy(reply.contains) }
      var i = 0
      while i + fixed.count <= reply.count {
        if reply[i] == first && reply[i..<i + fixed.count].elementsEqual(fixed) { return true }
        i += 1
      }
      return false
    }

    static func isFixed(_ s: Unicode.Scalar) -> Bool {
      (0x30...0x39).contains(s.value) || (0x4E00...0x9FFF).contains(s.value)
    }
  }

  /// Every detail of a chat, normalised, longest first within each kind.
  static func details(of chat: OtherChat) -> [Detail] {
    chat.memo.details(of: chat) { workOutDetails(of: chat) }
  }

  static func workOutDetails(of chat: OtherChat) -> [Detail] {
    var out: [Detail] = []
    func add(_ term: String, _ kind: String, whole: String? = nil) {
      let t = TextNormalizer.normalize(term).trimmingCharacters(in: .whitespaces)
      guard t.count >= 2, !out.contains(where: { $0.term == t }) else { return }
      let label = whole.map { $0 == t ? "" : "（\($0)）" } ?? ""
      out.append(
        Detail(term: t, kind: kind, label: label, whole: whole.map(TextNormalizer.normalize)))
    }
    let product = productTerms(chat.product)
    for term in product { add(term, "商品", whole: product.first) }
    for names in chat.addons { for name in names { add(name, "加购商品") } }
    let said = chat.buyerMessages.map(TextNormalizer.normalize)
    // A pattern is tried only on a message that has what it cannot match without (a digit, 斤,
    // a 1, a recipient word's first character, an address unit): most messages have none.
    for text in said {
      let scalars = text.unicodeScalars
      let sizes = scalars.contains(where: isDigit) ? matches(sizePattern, in: text) : []
      let weights =
        scalars.contains(where: weightUnit.contains) ? matches(hanziWeightPattern, in: text) : []
      for term in sizes + weights { add(term, "尺码") }
      if scalars.contains("1") {
        for term in matches(heightPattern, in: text, group: 1) { add(term, "身高") }
      }
    }
    for text in said {
      let scalars = text.unicodeScalars
      if scalars.contains("1") {
        for term in matches(phonePattern, in: text) { add(term, "电话") }
      }
      if scalars.contains(where: recipientStarts.contains) {
        for term in matches(recipientPattern, in: text, group: 1) { add(term, "收件人") }
      }
      if scalars.contains(where: addressUnitScalars.contains) {
        for term in addressParts(text) { add(term, "地址") }
      }
    }
    return out
  }

  /// What `\d` matches: a decimal digit of any script.
  static func isDigit(_ s: Unicode.Scalar) -> Bool {
    s.isASCII ? (0x30...0x39).contains(s.value) : s.properties.generalCategory == .decimalNumber
  }

  /// The first characters of the recipient words: a message without one names no recipient.
  static let recipientStarts = Set(
    WordBook.standard.words("crossed-recipient-words").compactMap(\.unicodeScalars.first))
  /// The address units' scalars: a message without one has no address part.
  static let addressUnitScalars = Set(addressUnits.keys.flatMap(\.unicodeScalars))

  /// The product's name and its tail (see the type's documentation).
  static func productTerms(_ product: String?) -> [String] {
    guard let product else { return [] }
    let normalized = TextNormalizer.normalize(product)
    guard let head = normalized.split(whereSeparator: { $0.isWhitespace }).first else { return [] }
    var name = Array(head)
    // 「保温杯129元」 written without a space: drop the trailing price.
    if let last = name.last, priceUnit.contains(last) {
      var i = name.count - 1
      while i > 0 && (name[i - 1].isNumber || name[i - 1] == ".") { i -= 1 }
      if i > 0 && i < name.count - 1 { name = Array(name[..<i]) }
    }
    guard name.count >= 2 else { return [] }
    var tail = 2
    if name.count >= 3 && measureWords.contains(name[name.count - 2]) { tail = 3 }
    return [String(name), String(name.suffix(tail))]
  }

  /// The district, road and house-number parts of the address chunks of a message: a chunk
  /// (between spaces and punctuation) counts as an address when it has two address parts.
  static func addressParts(_ text: String) -> [String] {
    var out: [String] = []
    let chunks = text.split(whereSeparator: { ch in
      if ch.isWhitespace { return true }
      guard let mark = ch.unicodeScalars.first, ch.unicodeScalars.count == 1 else { return false }
      return Punctuation.of(mark).contains(.chunk)
    })
    for chunk in chunks {
      var parts: [String] = []
      var current: [Character] = []
      for ch in chunk {
        current.append(ch)
        if let keep = addressUnits[ch] {
          // A house number's part is its digits: 100号, 3栋.
          var part = Array(current.suffix(keep))
          if houseUnits.contains(ch) {
            let digits = current.dropLast().reversed().prefix { $0.isNumber }
            part = digits.reversed() + [ch]
            if digits.isEmpty { part = [] }
          } else if let cut = part.lastIndex(where: { regionCut.contains($0) }) {
            part = Array(part[(cut + 1)...])  // 上海市浦东新区 → 浦东新区
          }
          if part.count >= 3 { parts.append(String(part)) }
          current = []
        }
      }
      if parts.count >= 2 { out += parts }
    }
    return out
  }

  static func matches(_ regex: NSRegularExpression, in text: String, group: Int = 0) -> [String] {
    let ns = text as NSString
    return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).compactMap {
      let r = $0.range(at: group)
      return r.location == NSNotFound ? nil : ns.substring(with: r)
    }
  }
}
