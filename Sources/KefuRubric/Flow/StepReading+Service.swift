import KefuText

/// The service formulas of a reply, read with the conversation: the offer of help that opens a
/// talk (有什么可以帮您), the question that closes it (还有其他可以帮到您的吗), and the order
/// checked by pointing at it (是这个订单吗).
extension StepReading {

  /// Clauses asking whether the buyer needs anything more (还有什么可以帮您的吗, 还有其他问题吗,
  /// 请问还有没有其他可以帮您的): 还有 then, within a few characters, an offer of help, or
  /// 其他/别的/什么 with 问题. 您还有其他需要吗 may still be finding out a need: not one.
  func closingQuestions() -> ClauseSet {
    var out = ClauseSet()
    guard cues.stillHave.contains(where: { s.contains($0[0]) }) else { return out }
    // The words first, then whether the clause asks (the dearer test, and most clauses have
    // no 还有 at all).
    for (k, c) in clauses.list.enumerated() {
      var i = c.start
      var found = false
      while i + 1 < c.end && !found {
        if cues.stillHaveFirst.contains(s[i]), starts(cues.stillHave, at: i) {
          let (from, to) = (i + 2, min(c.end, i + 14))
          let helps = ScalarSearch.containsAny(s, cues.helpWords, from: from, to: to)
          let more =
            cues.moreWords.contains { ScalarSearch.hasPrefix(s, $0, from: from, to: to) }
            && ScalarSearch.containsAny(s, cues.problemWord, from: from, to: to)
          if helps || more { found = true }
        }
        i += 1
      }
      if found && (isQuestion(k) || k == clauses.list.count - 1) { out.insert(k) }
    }
    return out
  }

  /// Clauses offering help without 还 (有什么问题我可以帮您处理的呢, 请问有什么为您效劳的):
  /// 有什么/有啥 then an offer of help within a few characters, asked.
  func helpOffers() -> ClauseSet {
    var out = ClauseSet()
    guard s.contains(where: cues.have.contains) else { return out }
    // The words first, then whether the clause asks (as in `closingQuestions`).
    for (k, c) in clauses.list.enumerated() {
      var i = c.start
      var found = false
      while i + 2 < c.end && !found {
        if cues.have.contains(s[i]) && cues.whatHeads.contains(s[i + 1]) {
          found = ScalarSearch.containsAny(
            s, cues.helpWords, from: i + 2, to: min(c.end, i + 16))
        }
        i += 1
      }
      if found && (isQuestion(k) || k == clauses.list.count - 1) { out.insert(k) }
    }
    return out
  }

  /// 是这个订单吗 / [订单] 这个订单吗 / 请问是这个商品吗: the order pointed at for a yes.
  func pointsAtOrder() -> Bool {
    guard reply.contains(cues.orderPointer) else { return false }
    for (k, c) in clauses.list.enumerated() where has(cues.orderPointer, in: k) {
      // 麻烦看下是这个订单么 [订单号]: a pointer naming the order or the contact asks by its own
      // 吗/么/嘛/吧, whatever follows it; one naming an item (是这款吗亲这款是保温杯, 12345678这款吗)
      // when it opens with 是 or follows an item's number (not 这款吗有货的, the buyer echoed).
      let asks =
        isQuestion(k)
        || hits(cues.orderPointer, in: k).contains { hit in
          guard cues.pointerParticles.contains(s[hit.end - 1]) else { return false }
          if (hit.start..<hit.end).contains(where: { cues.pointerNames.contains(s[$0]) }) {
            return true
          }
          return (hit.start..<hit.end).contains { cues.pointerItems.contains(s[$0]) }
            && (cues.isChar.contains(s[hit.start])
              || (hit.start > 0 && ScalarText.isDigit(s[hit.start - 1])))
        }
      if asks && !rhetorical(c.start, c.end) && hits(phrases.questionWord, in: k).isEmpty {
        return true
      }
    }
    return false
  }
}

extension StepReading {
  /// The fewest digits in a row that make an order number (订单号 123456789012).
  static let orderNumberDigits = 8

  /// 订单编号：123456789012 / [订单x]: a reply that is nothing but the order's number (with its
  /// label, punctuation and fillers) points the buyer at the order to check it. Digits alone
  /// need the label (a bare 12-digit run is as often an item's number).
  func namesOrderOnly() -> Bool {
    guard reply.contains(cues.orderNumber) else { return false }
    let hits = reply.hits(cues.orderNumber)
    let masked = hits.contains { !reply.word($0, isIn: cues.orderNumberLabel) }
    var number = masked
    var i = 0
    while i < s.count {
      if let hit = hits.first(where: { $0.start <= i && i < $0.end }) {
        i = hit.end
        continue
      }
      if ScalarText.isDigit(s[i]) {
        var k = i
        while k < s.count && ScalarText.isDigit(s[k]) { k += 1 }
        if k - i >= Self.orderNumberDigits { number = true }
        i = k
        continue
      }
      let c = s[i]
      guard !Punctuation.of(c).isEmpty || cues.bareFillers.contains(c) || cues.maskMarks.contains(c)
      else { return false }
      i += 1
    }
    return number
  }

  /// 收货地址 南京市鼓楼区… / 发票抬头：个人: an order detail read out under its label at the
  /// very start of the reply (the label, a space or a colon, then the value), to be checked.
  /// Not 订单号 发我一下 (asked for) nor 收货地址改好了 (the label run on into a sentence).
  func readsLabelledDetail() -> Bool {
    var i = 0
    while i < s.count && s[i].properties.isWhitespace { i += 1 }
    for word in cues.detailLabels where ScalarText.matches(s, at: i, word, limit: s.count) {
      var j = i + word.count
      guard j < s.count, s[j] == " " || s[j] == ":" else { continue }
      while j < s.count && (s[j].properties.isWhitespace || s[j] == ":") { j += 1 }
      // 订单号 发我一下: the detail asked for after all.
      if j < s.count && !reply.hits(cues.caseRequests).contains(where: { $0.start == j }) {
        return true
      }
    }
    return false
  }

  /// 请您提供一下订单号 / 方便提供一下您的订单号嘛 / 开票资料发我下: the details of the
  /// buyer's case asked for, to take it up — finding out the buyer's situation (接待咨询).
  /// A request for a photo in a reply that looks into a fault stays objection handling.
  func gathersCase() -> Bool {
    // 辛苦您提供下 / 请提供一下: something for the case asked for (not 为您提供, the seller's).
    for hit in reply.hits(cues.caseProvide) {
      let from = max(0, hit.start - 1)
      if cues.forYou.contains(s[from]) { continue }
      if let k = clause(of: hit), rhetorical(clauses.list[k].start, clauses.list[k].end) {
        continue
      }
      // 起球的地方拍张照片发我看看, to a buyer who reports the fault: the fault looked into.
      if looksAtFaultByPhoto(hit) { continue }
      // 收到有坏的拍照给我们，直接补发: what to do if it happens, a promise, nothing asked now.
      // (To a buyer who already reports the fault, 收到有坏的麻烦拍照 asks now.)
      if let k = clause(of: hit),
        ScalarSearch.containsAny(s, cues.caseIf, from: clauses.list[k].start, to: hit.start),
        !context.buyerRaisesAfterSales
      {
        continue
      }
      return true
    }
    guard reply.contains(cues.caseDetails) else { return false }
    for k in clauses.list.indices {
      let details = hits(cues.caseDetails, in: k)
      guard !details.isEmpty else { continue }
      let photo = details.allSatisfy { reply.word($0, isIn: cues.casePhoto) }
      if photo && (problemContext || complainedOfFault) { continue }
      // 好评截图发我 / 收藏店铺截图给我: the review or the step for a gift shown, not the case
      // gathered.
      if reply.contains(phrases.farewell) || reply.contains(cues.offerProof),
        details.allSatisfy({ reply.word($0, isIn: cues.screenshot) })
      {
        continue
      }
      // 提供一下 in the clause or the one before (可以的 您提供一下 / 订单号).
      let asking = has(cues.caseRequests, in: k) || (k > 0 && has(cues.caseRequests, in: k - 1))
      if asking { return true }
      // 是哪位亲拍的这个链接？: a question naming the link asks about the order, not for it.
      let link = details.allSatisfy { reply.word($0, isIn: cues.caseLink) }
      if isQuestion(k) && !link { return true }
    }
    return false
  }

  /// Whether the buyer's messages report a fault with an order (漏了, 什么质量: an after-sales
  /// opening) or complain of the item (这什么破质量, `buyer-objection`).
  var complainedOfFault: Bool { buyerObjects || context.buyerRaisesAfterSales }

  /// Whether a request for the case (`case-provide`) asks for a photo of a fault the buyer
  /// reported (起球了 — 起球的地方拍张照片发我): handling the complaint
  /// (处理异议), not finding out the buyer's case, however it is worded (`case-photo`).
  /// (Only the buyer's report decides: a photo is itself a sign of looking into a problem,
  /// and 拍下照片看下 with no complaint in sight receives the case.)
  func looksAtFaultByPhoto(_ hit: PhraseHit) -> Bool {
    ScalarSearch.containsAny(s, cues.casePhotoWords, from: hit.start, to: hit.end)
      && complainedOfFault
  }

  /// Whether the reply asks for a photo of a fault the buyer reported (处理异议, never 接待咨询):
  /// a request of `case-provide` for a photo, or 照片/图片 asked for in a clause, after the buyer
  /// raised an after-sales matter.
  func asksPhotoOfReportedFault() -> Bool {
    // (Most replies ask for nothing: the buyer's messages, a scan for the after-sales words,
    // are read only when the reply asks for something.)
    let provides = reply.contains(cues.caseProvide)
    let details = reply.contains(cues.caseDetails)
    guard provides || details, complainedOfFault else { return false }
    if provides && reply.hits(cues.caseProvide).contains(where: looksAtFaultByPhoto) { return true }
    guard details else { return false }
    for k in clauses.list.indices {
      let details = hits(cues.caseDetails, in: k)
      guard !details.isEmpty, details.allSatisfy({ reply.word($0, isIn: cues.casePhoto) }) else {
        continue
      }
      if has(cues.caseRequests, in: k) || (k > 0 && has(cues.caseRequests, in: k - 1))
        || isQuestion(k)
      {
        return true
      }
    }
    return false
  }

  /// A complaint topic right after `hit` (您想要什么价, 您是想退货): the question is about the
  /// complaint, not the need.
  func complainsNear(_ hit: PhraseHit, in k: Int) -> Bool {
    hits(phrases.complaintTopic, in: k).contains {
      $0.start >= hit.start && $0.start <= hit.end + 2
    }
  }

  /// 给您80一箱 / 给亲最低75 / 给您七块: a price conceded to a buyer bargaining (处理异议).
  func concedesPrice() -> Bool {
    var i = 0
    while i + 2 < s.count {
      if cues.give.contains(s[i]) && cues.youOrDear.contains(s[i + 1]) {
        var j = i + 2
        while j < min(s.count, i + 10) && cues.concessionFillers.contains(s[j]) {
          j += 1
        }
        if j < s.count && (ScalarText.isDigit(s[j]) || cues.numerals.contains(s[j])) {
          // 给您80一箱: a price in digits ends at the last digit, so the 一 of a unit price
          // (80一箱) stays outside it; in words (七十五) the numerals are the price.
          let e = numberEnd(j)
          // 80一箱 / 93一个: 一 and a measure (not 给您2一起发, two sent together).
          let unitPrice =
            e > j && e + 1 < s.count && cues.one.contains(s[e])
            && cues.quantityMeasures.contains(s[e + 1])
          if e < s.count && (cues.moneyUnits.contains(s[e]) || unitPrice) {
            return true
          }
        }
      }
      i += 1
    }
    return false
  }

  /// 每件减30元 / 两件的话每件立减30 / 便宜十块 to a buyer who bargains (两件能少多少, 太贵了):
  /// the price cut by an amount is the concession, 处理异议, whatever deal it rides on. A cut word
  /// (`cut-by`) then a number: digits not followed by a measure word or a day (少2件, 减3天), a
  /// number in words followed by 元/块 (便宜一点 is no amount).
  func cutsPriceForBargain() -> Bool {
    guard buyerObjects, buyerTalksPrice else { return false }
    for word in cues.cutBy {
      var from = 0
      while let at = ScalarSearch.firstIndex(of: word, in: s, from: from) {
        from = at + 1
        let j = at + word.count
        guard j < s.count, !negated(at), !afterThreshold(at) else { continue }
        let e = numberEnd(j)
        guard e > j else { continue }
        if e < s.count && cues.moneyUnits.contains(s[e]) { return true }
        if ScalarText.isDigit(s[j])
          && (e == s.count
            || !(cues.quantityMeasures.contains(s[e]) || cues.dayUnit.contains(s[e])))
        {
          return true
        }
      }
    }
    return false
  }

  /// 满89减3元 / 满两百元减二十: a cut at `at` after a spend threshold (满 and a price) — the shop's
  /// standing deal told, no concession made.
  func afterThreshold(_ at: Int) -> Bool {
    var i = at
    if i > 0 && cues.moneyUnits.contains(s[i - 1]) { i -= 1 }
    let end = i
    while i > 0 && (ScalarText.isDigit(s[i - 1]) || cues.isHanNumber(s[i - 1])) { i -= 1 }
    return i < end && i > 0 && cues.thresholdMark.contains(s[i - 1])
  }

  /// Whether the buyer asks when the refund comes back (退的钱要多久, 几天到账: `refund-wait`).
  var buyerAsksRefundWait: Bool {
    context.normalizedBuyer.contains { ScalarSearch.containsAny($0, cues.refundWait) }
  }

  /// 三到五天 / 一般3天左右 to 退的钱要多久: the refund's wait told — what 3天内到账 and 原路退回 say
  /// at length (处理异议; the labellers never mark the money's way back 下单发货).
  func refundWaitAnswered() -> Bool {
    buyerAsksRefundWait && spansDays(excluded: reply.hits(phrases.notShip))
  }

  /// Whether the buyer's messages talk price (太贵了, 便宜点, 能优惠吗) or name one (80卖不卖).
  var buyerTalksPrice: Bool {
    context.buyerNamesPrice(cues)
      || context.normalizedBuyer.contains { ScalarSearch.containsAny($0, cues.buyerPriceWords) }
  }

  /// 您要四盒吗 / 是要拍3罐吗 / 亲买两份吗: the quantity the buyer wants read back for a yes
  /// (确认订单) — not asked for (要几盒), proposed (拍两件可以吗) or more offered (还要两盒吗).
  func readsQuantityBack(_ k: Int) -> Bool {
    let c = clauses.list[k]
    guard c.particle.map(cues.questionMa.contains) == true || c.questionMark,
      hits(phrases.questionWord, in: k).isEmpty, !has(phrases.acceptance, in: k)
    else { return false }
    var i = c.start
    while i + 2 < c.end {
      defer { i += 1 }
      guard cues.quantityVerbs.contains(s[i]),
        i == c.start || !cues.quantityMore.contains(s[i - 1])
      else { continue }
      var j = i + 1
      while j < c.end && (ScalarText.isDigit(s[j]) || cues.isHanNumber(s[j])) { j += 1 }
      // 要2斤装的吗 / 要三件套的吗: a pack size or a set, not a count.
      if j > i + 1 && j + 1 < c.end && cues.quantityMeasures.contains(s[j])
        && !cues.packSize.contains(s[j + 1])
      {
        return true
      }
    }
    return false
  }

  /// 您要买多少呢 / 亲想要什么价格: how much the buyer wants, asked.
  func asksQuantity() -> Bool {
    // 您要多少我给您算 / 亲要哪种口味: asked without a mark; not the price being argued.
    for hit in reply.hits(cues.wantsAsked) {
      guard let k = clause(of: hit), !complainsNear(hit, in: k) else { continue }
      if !rhetorical(clauses.list[k].start, clauses.list[k].end) { return true }
    }
    guard reply.contains(cues.quantityAsked) else { return false }
    return clauses.list.indices.contains { has(cues.quantityAsked, in: $0) && isQuestion($0) }
  }
}
