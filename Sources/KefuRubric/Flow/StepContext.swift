import KefuText

/// What the step reading knows of the conversation around a reply: the buyer's messages it
/// answers and where in the talk it stands. A teacher reads a reply this way: 「是纯棉的」 answering
/// 「是纯棉的吗？」 is an answer, said unasked it recommends; 「还有什么可以帮您」 after the order is
/// settled closes the talk, at the start it opens it.
public struct StepContext {
  /// The buyer's messages since the seller's previous reply.
  public var buyer: [String] {
    didSet { read(buyer.map(Self.normalized)) }
  }
  /// The buyer's messages normalised, as scalars: read once, searched by every step cue.
  private(set) var normalizedBuyer: [[Unicode.Scalar]] = []
  /// Whether the buyer's messages ask something (a question mark, 吗/呢 at the end, a question
  /// word) — so that a fact in the reply answers rather than recommends. Read once with the
  /// messages: the step reading asks it up to three times a reply.
  public private(set) var buyerAsks = false
  /// Whether the buyer asks for advice (推荐一下, 哪款好, 适合…): the facts of the reply then
  /// are the seller's pick, a recommendation. Read once with the messages, like `buyerAsks`.
  public private(set) var buyerWantsAdvice = false
  /// Whether the seller has replied before in this conversation.
  public var sellerSpokeBefore: Bool
  /// Whether anything of the conversation is known (a buyer message or an earlier line).
  public var known: Bool
  /// Whether the business looks done: the buyer has bought, thanked or said they need nothing
  /// more after the seller has already spoken.
  public var businessDone: Bool
  /// Whether the buyer asked for advice (哪款合适) just before the seller's previous reply and
  /// that reply asked back (您是干皮还是油皮呀): the buyer has since told their need, and the
  /// item the seller now points at (那就这款) is still the pick the buyer asked for.
  public var adviceOwed: Bool
  /// The buyer's messages that asked for the advice still owed, normalised (empty when none).
  private(set) var owedRequest: [[Unicode.Scalar]] = []
  /// Whether the seller's previous reply asked the buyer's need (您是自己用还是送人呢, 宝宝多大了)
  /// and the buyer has since told it without picking an item themselves (我要这款, 就这个): the
  /// item the seller now picks (那就这款吧) is picked for that need, a recommendation.
  public var needTold: Bool

  public init(buyer: [String], sellerSpokeBefore: Bool = false, history: [ChatLine] = []) {
    self.buyer = buyer
    self.sellerSpokeBefore = sellerSpokeBefore
    self.known = !buyer.isEmpty || !history.isEmpty
    // The buyer's messages normalised once, for every reading below and for the reply's.
    let normalized = buyer.map(Self.normalized)
    // (Only after the seller has spoken, and without an array of the buyer's recent lines.)
    self.businessDone =
      sellerSpokeBefore
      && (buyer.isEmpty
        ? history.suffix(2).contains { $0.role == .buyer && Self.settles($0.text) }
        : normalized.contains { Self.settledList.occurs(in: $0) })
    let owed = buyer.isEmpty ? nil : Self.adviceAskedBack(history)
    self.adviceOwed = owed != nil
    self.owedRequest = owed ?? []
    self.needTold =
      owed == nil && !buyer.isEmpty && Self.askedNeed(history)
      && !normalized.contains { Self.ownPickList.occurs(in: $0) }
    read(normalized)
  }

  /// Keeps the buyer's normalised messages and what they say once for the whole reply.
  private mutating func read(_ normalized: [[Unicode.Scalar]]) {
    normalizedBuyer = normalized
    buyerAsks = normalized.contains { Self.asks($0, ends: Self.askingEnds) }
    buyerWantsAdvice = normalized.contains { Self.adviceList.occurs(in: $0) }
  }

  static let askedBackEnds = ScalarSet(named: "asked-back-particles")

  /// When the seller's last line in `history` asked the buyer something and the buyer's
  /// messages before it asked for advice (see `adviceOwed`): those messages, normalised.
  static func adviceAskedBack(_ history: [ChatLine]) -> [[Unicode.Scalar]]? {
    guard let last = history.lastIndex(where: { $0.role == .seller }) else { return nil }
    // Most conversations: no advice asked for before that reply, nothing more to read.
    let before = history[..<last].reversed().prefix { $0.role == .buyer }.map {
      normalized($0.text)
    }
    guard before.contains(where: { adviceList.occurs(in: $0) }),
      asks(normalized(history[last].text), ends: askedBackEnds)
    else { return nil }
    return before
  }

  /// Whether a buyer message asks something beyond whether the seller is there (在吗？ / 人呢).
  static func asksSomething(_ text: String) -> Bool {
    let t = normalized(text)
    return asks(t, ends: askingEnds) && !presenceList.occurs(in: t)
  }

  /// Whether the seller's last line in `history` asks about the buyer's need (a question with a
  /// need topic: 自己用还是送人, 多大, 肤质) rather than for an order number or a yes.
  static func askedNeed(_ history: [ChatLine]) -> Bool {
    guard let last = history.lastIndex(where: { $0.role == .seller }) else { return false }
    let t = normalized(history[last].text)
    return asks(t, ends: askedBackEnds) && needTopicList.occurs(in: t)
      && !notNeedsList.occurs(in: t) && !closingAskList.occurs(in: t)
  }

  /// Whether the buyer asks to change something on the order (尺码改成30, 地址改一下): the
  /// seller's 改好了 then reports that change, it does not wait for a payment.
  func buyerEditsOrder(_ cues: StepCues) -> Bool {
    // (地址改一下 价格改成99 / 尺码改成L 再便宜点: the price edited too, 改好了 still nudges.)
    normalizedBuyer.contains {
      ScalarSearch.containsAny($0, cues.buyerEdits)
        && ScalarSearch.containsAny($0, cues.editedOther)
    } && !normalizedBuyer.contains { ScalarSearch.containsAny($0, cues.buyerEditsPrice) }
  }

  /// The context of a reply as the rules receive it.
  public init(_ context: ReplyContext) {
    self.init(
      buyer: context.buyerMessages,
      sellerSpokeBefore: context.history.contains { $0.role == .seller },
      history: context.history)
  }

  static let settledWords = ScalarSearch.scalars(WordBook.standard.words("settled-words"))

  static func normalized(_ text: String) -> [Unicode.Scalar] {
    TextNormalizer.scalars(text)
  }

  static func settles(_ text: String) -> Bool {
    settledList.occurs(in: normalized(text))
  }

  /// The word lists the context readings search every buyer message for, each searched in one
  /// pass (`ScalarWordList`): they were a tenth of an export's instructions as `containsAny`.
  static let settledList = ScalarWordList(settledWords)
  /// A words file's list (by name), searched in one pass.
  static func wordList(_ name: String) -> ScalarWordList {
    ScalarWordList(ScalarSearch.scalars(WordBook.standard.words(name)))
  }
  static let adviceList = ScalarWordList(adviceWords)
  static let needTopicList = wordList("need-topic")
  static let notNeedsList = wordList("not-needs-question")
  /// 还有什么需要吗 / 还有其他需要吗: the closing question, no need asked (`closing-ask`).
  static let closingAskList = wordList("closing-ask")
  static let exchangeList = wordList("exchange-opening")
  static let refundList = wordList("refund-asked")
  static let presenceList = wordList("presence-check")
  static let ownPickList = wordList("buyer-own-pick")
  /// A question mark or a question word.
  static let askingList = ScalarWordList(questionMarks + questionWords)

  /// Whether one of the buyer's messages holds `word` (normalised).
  func buyerSays(_ word: [Unicode.Scalar]) -> Bool {
    normalizedBuyer.contains { ScalarSearch.contains($0, word) }
  }

  static let questionMarks = ScalarSearch.scalars(["?", "？"])
  /// The last characters of a buyer message that ask (a 字类 of the words files).
  static let askingEnds = ScalarSet(named: "buyer-question-particles")

  /// Whether the normalised message `t` asks: a question mark, one of `ends` as its last
  /// character (trailing marks aside), or a question word.
  static func asks(_ t: [Unicode.Scalar], ends: ScalarSet) -> Bool {
    let last = t.reversed().first {
      !$0.properties.isWhitespace && !Punctuation.of($0).contains(.trailing)
    }
    if let last, ends.contains(last) { return true }
    return askingList.occurs(in: t)
  }

  /// The options the buyer put side by side before asking which is better (灰色和豆绿哪个好看 →
  /// 灰色, 豆绿), now or in the request still owed: each part before the first advice word, cut at `option-joins` (和、跟、还是…),
  /// as its last two characters. Fewer than two parts: no options.
  func buyerOptions(_ cues: StepCues) -> [[Unicode.Scalar]] {
    // (The request may be the one the seller asked back about: 哪个好看 — 啥风格呀 — 原木风.)
    for t in normalizedBuyer + owedRequest {
      var ask = t.count
      for word in Self.adviceWords {
        if let at = ScalarSearch.firstIndex(of: word, in: t), at < ask { ask = at }
      }
      guard ask < t.count else { continue }
      var parts: [[Unicode.Scalar]] = []
      var part: [Unicode.Scalar] = []
      var i = 0
      func close() {
        let han = part.filter(ScalarText.isHan)
        if han.count >= 2 { parts.append(Array(han.suffix(2))) }
        part = []
      }
      while i < ask {
        if let join = cues.optionJoins.first(where: {
          ScalarSearch.hasPrefix(t, $0, from: i, to: ask)
        }) {
          close()
          i += join.count
        } else if !Punctuation.of(t[i]).isDisjoint(with: [.phrase, .clause]) {
          close()
          i += 1
        } else {
          part.append(t[i])
          i += 1
        }
      }
      close()
      if parts.count >= 2 { return parts }
    }
    return []
  }

  /// Whether one of the buyer's messages bargains with a number (80块卖不卖, 便宜点90行吗,
  /// 算150吧): a price named and put to the seller for a yes. A teacher reads it like 太贵了, a
  /// price objection; a size, an hour or a count (42码可以吗, 10点行吗, 2件行吗) names no price.
  func buyerNamesPrice(_ cues: StepCues) -> Bool {
    normalizedBuyer.contains { Self.namesPrice($0, cues) }
  }

  static func namesPrice(_ t: [Unicode.Scalar], _ cues: StepCues) -> Bool {
    if ScalarSearch.containsAny(t, cues.offerNotTopic) { return false }
    func isNumber(_ c: Unicode.Scalar) -> Bool {
      ScalarText.isDigit(c) || cues.isHanNumber(c) || cues.bigNumerals.contains(c)
    }
    var i = 0
    while i < t.count {
      guard isNumber(t[i]) else {
        i += 1
        continue
      }
      let start = i
      var digits = 0
      var big = false
      while i < t.count && isNumber(t[i]) {
        if ScalarText.isDigit(t[i]) { digits += 1 }
        if cues.ten.contains(t[i]) || cues.bigNumerals.contains(t[i]) { big = true }
        i += 1
      }
      // 加10块行吗 / 第2个行吗: paid on top or counted, not offered.
      if start > 0 && cues.bidNotBefore.contains(t[start - 1]) { continue }
      var end = i
      let unit = end < t.count && cues.moneyUnits.contains(t[end])
      if unit { end += 1 }
      if unit && end < t.count && cues.moneyTail.contains(t[end]) { end += 1 }
      // A single digit alone (2行吗) is more likely a count than a price.
      guard unit || big || digits >= 2 else { continue }
      if cues.offerAsks.contains(where: { ScalarSearch.hasPrefix(t, $0, from: end) }) {
        return true
      }
      // 120块吧 / 算150吧 (那就38吧 is more likely a size).
      let settles = unit || (start > 0 && cues.bargainHeads.contains(t[start - 1]))
      if settles && cues.offerSettle.contains(where: { ScalarSearch.hasPrefix(t, $0, from: end) }) {
        return true
      }
    }
    return false
  }

  /// Words of a buyer's opening that bring an order already placed back: 碎了、少发了、还没到、
  /// 要退款 (the words files' `after-sales-opening`; not 快递 or 退货 alone, asked before buying).
  static let afterSalesWords = ScalarSearch.scalars(WordBook.standard.words("after-sales-opening"))

  /// Whether these buyer messages raise an after-sales matter (a complaint about an order
  /// already placed), so that the talk opens with an apology rather than a welcome.
  public static func raisesAfterSales(_ buyer: [String]) -> Bool {
    buyer.contains { ScalarSearch.containsAny(normalized($0), afterSalesWords) }
  }

  /// `raisesAfterSales` of this context's buyer messages, on their normalised form.
  var buyerRaisesAfterSales: Bool {
    normalizedBuyer.contains { ScalarSearch.containsAny($0, Self.afterSalesWords) }
  }

  /// Whether these opening messages ask to exchange what was ordered (拍错了，想换成150的):
  /// another item is sent, so it is checked as well as the address (`exchange-opening`).
  static func opensExchange(_ opening: [String]) -> Bool {
    opening.contains { exchangeList.occurs(in: normalized($0)) }
  }

  /// Whether the buyer asked for their money back (退款, 退货) and not for an exchange or a
  /// reshipment: what is checked is the order, the item returned and the sum (`refund-asked`).
  static func asksRefund(_ buyer: [String]) -> Bool {
    buyer.contains { refundList.occurs(in: normalized($0)) } && !opensExchange(buyer)
  }

  static let questionWords = ScalarSearch.scalars(WordBook.standard.words("buyer-question-words"))
  static let adviceWords = ScalarSearch.scalars(WordBook.standard.words("buyer-advice-words"))
}
