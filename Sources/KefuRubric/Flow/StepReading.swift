import KefuScenario
import KefuText

/// One reply read for the reception steps: its clauses, which of them are questions, and the
/// frames of `ReceptionFlowRule`'s cues applied to them. Built per reply; cheap (phrase hits come
/// from the shared scan, the rest is a walk over a few dozen scalars).
struct StepReading {
  let reply: Reply
  let s: [Unicode.Scalar]
  let clauses: Clauses
  let context: StepContext
  /// The word lists and character classes the reading looks for (read through `reply`, not
  /// held: a field of its own was a retain and a release per reply).
  var cues: StepCues { reply.words.stepCues }
  /// The reception steps' phrase families.
  var phrases: ReceptionFlowCues { reply.words.flowCues }
  /// Clauses that ask about the buyer's needs: what stands in them finds out, it does not
  /// recommend (为了帮您选得更合适，请问房间多大).
  private var inquiryClauses = ClauseSet()
  /// Clauses offering help (有什么可以帮您) or asking if anything more is needed: they open or
  /// close the talk, they look into no problem.
  var serviceClauses = ClauseSet()
  /// Spans of the reply's rhetorical questions (反问句).
  private var rhetoric: [RhetoricalQuestionDetector.Detection] = []
  /// Whether the reply checks the order's details with the buyer (确认订单).
  private var confirming = false
  /// Whether the reply looks into a problem or answers back (反问): its questions then handle
  /// a complaint rather than find out needs.
  var problemContext = false
  /// Whether the buyer's messages hesitate, doubt, bargain or complain (read once per reply).
  let buyerObjects: Bool

  init(_ reply: Reply, context: StepContext) {
    self.reply = reply
    self.s = reply.scalars
    self.clauses = reply.clauses
    self.context = context
    // 80块卖不卖 / 便宜点90行吗: a price named for a yes objects like 太贵了. (No buyer message,
    // as in every line of `kefu check` without `--with-buyer`: neither is asked, nor are the
    // words and cues fetched for them, two retains and releases each.)
    self.buyerObjects =
      !context.buyer.isEmpty
      && (ReceptionFlowRule.buyerObjects(context.normalizedBuyer, words: reply.words)
        || context.buyerNamesPrice(reply.words.stepCues))
  }

  /// Whether what the item is worth (更划算, 性价比), said now, holds the price rather than picks:
  /// the buyer objects about the price (太贵了, 便宜点, 80卖不卖), not asking which is cheaper.
  func holdsPriceByWorth() -> Bool {
    buyerObjects && !context.buyerWantsAdvice
      && (context.buyerNamesPrice(cues)
        || context.normalizedBuyer.contains {
          ScalarSearch.containsAny($0, cues.buyerPriceWords)
        })
  }

  mutating func steps() -> StepSet {
    // (The detections as they are: the reply keeps them too, no array is made.)
    rhetoric = reply.words.rhetoric.detect(reply, buyer: context.buyer)
    // 还有什么可以帮您的吗: a closing question once the talk has begun, an opener before.
    var closing = closingQuestions()
    let offers = helpOffers().subtracting(closing)
    let greets = self.greets(closing: &closing, offers: offers)
    // A rhetorical brush-off (还要我说几遍？) handles nothing: no step at all.
    if !rhetoric.isEmpty && reply.contains(phrases.brushOff) { return greets ? [.greet] : [] }
    var found = StepSet()
    if greets || opensByHelping() { found.insert(.greet) }
    confirming = ReceptionFlowRule.isConfirming(reply)
    // An apology or a remedy in the reply: its questions (您看选哪种？) settle the complaint.
    serviceClauses = closing.union(offers)
    problemContext =
      !rhetoric.isEmpty || looksIntoProblem()
      || (reply.contains(phrases.apology) && reply.contains(phrases.troubleOrFix))
    for k in clauses.list.indices where isQuestion(k) && !closing.contains(k) && !offers.contains(k)
    {
      if let step = questionStep(k) {
        found.insert(step)
        if step == .inquire { inquiryClauses.insert(k) }
        // 收到了吗 / 签收了吗: where the buyer's parcel stands, asked — the case found out too;
        // 您看发哪个快递方便 / 您对快递有什么要求吗: the buyer's wish for the delivery, put to
        // them (您/亲 in the question), is their need.
        if step == .ship
          && (has(phrases.receivedCheck, in: k)
            || (ScalarSearch.containsAny(
              s, cues.deliveryWish, from: clauses.list[k].start, to: clauses.list[k].end)
              && has(phrases.buyerAddress, in: k)))
        {
          found.insert(.inquire)
        }
      }
    }
    if !closing.isEmpty {
      if context.known && !context.sellerSpokeBefore {
        found.insert(.greet)
      } else {
        found.insert(.farewell)
      }
    }
    if inquiresByRequest() || gathersCase() || asksQuantity() { found.insert(.inquire) }
    // 两件一起拍每件减30元 to 我要买两件，能少多少: the buyer's own count priced, no extra sold.
    let upsell =
      UpsellRule.offersBuyersCount(reply, buyer: context.normalizedBuyer)
      ? (item: false, deal: false) : UpsellRule.offers(reply)
    // 建议先在耳后试用两天 to 我怕过敏 / 建议第一次冷水单独洗 to 会不会掉色: advice on the
    // very worry the buyer voiced meets it, as a merit said to a doubt does.
    let objecting =
      handlesObjection()
      || (buyerObjects && advisesOnDoubt())
      // (holdsPriceByWorth needs buyerObjects: asked first, most replies look no further.)
      || (buyerObjects
        && (reply.hits(phrases.recommend).contains { reply.word($0, isIn: cues.valueHeld) }
          || cues.worthHeld.contains { ScalarSearch.contains(s, $0) && !context.buyerSays($0) })
        && holdsPriceByWorth())
      // 亲，让您碰上这事了，我这就帮您处理: set to at once, to a buyer who complained.
      || (buyerObjects && ScalarSearch.containsAny(s, cues.openingHelp))
      // 起球的地方拍张照片发我看看: the fault the buyer reported, looked into.
      || asksPhotoOfReportedFault()
      // 好重啊 — 不算重的，单手就能拿: the very worry word denied.
      || deniesBuyersWorry()
      // 退的钱要多久 — 三到五天: the refund's wait told, as 3天内到账 is (处理异议).
      || refundWaitAnswered()
    // A product fact or praise said to answer a doubt (纯棉的，洗了不会起球) handles the
    // objection; said to answer the buyer's question (是纯棉的吗？— 是纯棉的) it answers; said on
    // its own it recommends.
    // To a buyer who doubts, bargains or complains (太贵了 — 这款很耐用) the same merits hold
    // the price or meet the doubt, asked or not: they handle the objection.
    let answering = context.buyerAsks && !context.buyerWantsAdvice
    // 不错的呢 / 非常好吃的哦, the whole reply with nothing known around it: an answer.
    let bare = praisesBarely()
    let recommending = !bare && (recommendsOutright() || upsell.item || picksForAdvice())
    let merits =
      !bare && !recommending && !objecting && (buyerObjects || !answering) && statesMerits()
    if recommending || (merits && !buyerObjects) { found.insert(.recommend) }
    if objecting || (merits && buyerObjects) { found.insert(.objection) }
    // 买三袋才送，单买不送: the deal's terms, with what is not given, urge nothing.
    let dealCloses = upsell.deal && !ScalarSearch.containsAny(s, cues.offerWithheld)
    // 每件立减30 to 两件能少多少: the cut answers the bargain (处理异议), it pitches nothing.
    if closes(priceCuts: !upsell.item && !cutsPriceForBargain()) || dealCloses {
      found.insert(.close)
    }
    // 把正确的收货地址再发我一遍: the address asked for again, to check or correct it.
    if confirming || pointsAtOrder() || reply.contains(cues.addressAsked) || namesOrderOnly()
      || readsLabelledDetail()
    {
      found.insert(.confirm)
    }
    if ships() { found.insert(.ship) }
    if saysFarewell(others: found) { found.insert(.farewell) }
    // 不好意思，让您久等了 alone opens the talk; so does 久等啦 ahead of what follows.
    if found.isEmpty && reply.contains(phrases.waitApology) { found.insert(.greet) }
    if !clauses.list.isEmpty, !has(phrases.apology, in: 0),
      hits(phrases.waitApology, in: 0).contains(where: { reply.word($0, isIn: cues.waitAlone) })
    {
      found.insert(.greet)
    }
    // A reply with a rhetorical question or a 服务禁语 handles no objection, however the buyer
    // pushed and whatever else it says: the course counts a retort or a brush-off as the fault
    // it is (the rhetorical-question and forbidden-phrase rules), never as the step.
    if refusesObjection { found.remove(.objection) }
    // 运费的事找快递 / 尺码是你自己挑的: the buyer's matter pushed away or blamed on them gets
    // nothing done and urges nothing, however it names 运费 or 发货 or asks back.
    if !found.isEmpty && pushesOff {
      for step in [Step.objection, .inquire, .ship, .close] { found.remove(step) }
    }
    return found
  }

  /// Whether a 服务禁语 pushes the buyer's matter away or blames it on them (`push-off`).
  var pushesOff: Bool {
    ForbiddenPhraseRule.matches(reply).contains { ForbiddenPhraseRule.pushOff.contains($0.phrase) }
  }

  /// Whether the reply answers back (a 反问句) or brushes the buyer off with a 服务禁语 (爱买不买,
  /// 嫌贵就别买, 我们规定不能改): either way it handles no objection, whatever else it says, so
  /// `when step objection` cannot reward it and the card quotes a later reply that does (after
  /// `steps()`). The merely blunt ones (没办法, 不知道) still let a reason given beside them hold
  /// the price (厂家涨价了，我们也没办法): that rule flags the wording alone.
  var refusesObjection: Bool {
    !rhetoric.isEmpty
      || ForbiddenPhraseRule.matches(reply).contains {
        !ForbiddenPhraseRule.mildRefusal.contains($0.phrase)
      }
  }

  /// Greeting formulas, a bare 在 (在呀), and a Latin hi/hey at the start.
  /// An offer of help (有什么可以帮您) after the business is done joins `closing`.
  func greets(closing: inout ClauseSet, offers: ClauseSet = []) -> Bool {
    var greeting = false
    // 有什么问题我可以帮您处理的呢: the offer of help opens the talk — or closes it once the
    // business is done.
    for k in offers {
      if context.businessDone { closing.insert(k) } else { greeting = true }
    }
    for hit in reply.hits(phrases.greet) {
      // 回复您好吗: 您好 inside a question, not a greeting.
      if hit.end < s.count && cues.questionMa.contains(s[hit.end]) { continue }
      // 亲好了哦 / 您好了吗: 好了 says it is done (改好了), it greets no one (您好了解一下 still
      // greets).
      if hit.end < s.count && cues.doneLe.contains(s[hit.end])
        && !(hit.end + 1 < s.count && cues.leWord.contains(s[hit.end + 1]))
      {
        continue
      }
      // 您好评后截图给我 / 亲好的 / 您好像拍错了: the greeting's 好 starts another word.
      // (您好评价里说的问题 / 您好的确偏大: the greeting, then 评价 / 的确.)
      if hit.end > hit.start && starts(cues.goodWords, at: hit.end - 1)
        && !starts(cues.goodWordsNot, at: hit.end - 1)
      {
        continue
      }
      // 您客气了，很高兴为您服务 / 不谢不谢，很高兴为您服务: said after thanks, it closes the talk.
      if reply.word(hit, isIn: cues.gladToServe)
        && (reply.hits(phrases.farewell).contains { $0.end <= hit.start }
          || reply.hits(phrases.thanks).contains {
            $0.end <= hit.start && reply.word($0, isIn: cues.thanksReply)
          })
      {
        continue
      }
      guard let k = clause(of: hit) else { continue }
      if closing.contains(k) { continue }
      // The phrase itself is compared only where a test needs it (the cheap tests go first).
      // 现在的价格 / 实在的: 在的 inside another word.
      if hit.start > 0 && ScalarText.isHan(s[hit.start - 1])
        && !cues.greetFillers.contains(s[hit.start - 1])
        && reply.word(hit).unicodeScalars.first.map(cues.here.contains) == true
      {
        continue
      }
      // 您好，还有什么需要帮您的吗: the polite address of a closing, not a greeting.
      if !closing.isEmpty && reply.word(hit, isIn: cues.hello) { continue }
      // …您看可以吗？您好？ / 好的，我查一下，您好…: 您好 after the reply has begun calls the
      // buyer back mid-talk; it opens nothing.
      // (亲，您好 / 亲爱的顾客，您好 still open it: only an address stands before them.)
      if k > 0 && reply.word(hit, isIn: cues.hello)
        && s[0..<hit.start].filter({ ScalarText.isHan($0) }).count >= 6
      {
        continue
      }
      if context.businessDone
        && cues.helpOpen.contains(where: reply.word(hit).hasPrefix)
      {
        closing.insert(k)
        continue
      }
      greeting = true
    }
    if greeting { return true }
    for c in clauses.list where cues.here.contains(s[c.start]) {
      let rest = c.end - c.start
      // A bare 在 answering a known buyer message is a cold one-word reply, not a greeting;
      // 在的 / 在呢 greet. Read with no buyer message, 在 is taken as the answer to 在吗.
      if rest == 1 && context.buyer.isEmpty
        && s.allSatisfy({
          cues.here.contains($0) || cues.greetFillers.contains($0) || !ScalarText.isHan($0)
        })
      {
        return true
      }
      if rest == 2 && cues.greetFillers.contains(s[c.start + 1]) { return true }
      // 在滴亲 / 在呢亲: two fillers.
      if rest == 3 && cues.greetFillers.contains(s[c.start + 1])
        && cues.greetFillers.contains(s[c.start + 2])
      {
        return true
      }
    }
    if s.count >= 2 && s[0] == "h" && (s[1] == "i" || (s.count >= 3 && s[1] == "e" && s[2] == "y"))
    {
      let after = s[1] == "i" ? 2 : 3
      return after >= s.count || !ScalarText.isLatin(s[after])
    }
    return false
  }

  // MARK: Helpers

  /// A problem word outside the open door (有什么问题随时找我们 invites, it looks into nothing).
  func looksIntoProblem() -> Bool {
    guard reply.contains(phrases.problem) else { return false }
    let doors = reply.hits(phrases.openDoor).compactMap { clause(of: $0) }
    return reply.hits(phrases.problem).contains { hit in
      if aboutTheBuyersIssue(hit) { return false }
      guard let k = clause(of: hit) else { return true }
      return !doors.contains(k) && !serviceClauses.contains(k)
    }
  }

  /// 您之前的问题处理好了吗 / 方便描述下您的问题吗: a problem word starting inside 您的问题 /
  /// 其他的问题 speaks of the buyer's business at large, not a fault looked into.
  func aboutTheBuyersIssue(_ hit: PhraseHit) -> Bool {
    guard reply.contains(phrases.yourIssue) else { return false }
    return reply.hits(phrases.yourIssue).contains { hit.start >= $0.start && hit.start < $0.end }
  }

  func hits(_ lexicon: Lexicon, in k: Int) -> ClauseHits {
    guard reply.contains(lexicon) else { return ClauseHits(hits: [], start: 0) }
    let c = clauses.list[k]
    return ClauseHits(hits: reply.hits(lexicon, within: c.start, c.end), start: c.start)
  }

  func has(_ lexicon: Lexicon, in k: Int) -> Bool {
    guard reply.contains(lexicon) else { return false }
    let c = clauses.list[k]
    return reply.hits(lexicon, within: c.start, c.end).contains { $0.start >= c.start }
  }

  /// Whether one of `phrases` ends just before offset `at` (不用 before 重新拍, 非 before 质量问题).
  func endsAt(_ at: Int, oneOf phrases: [[Unicode.Scalar]]) -> Bool {
    phrases.contains { at >= $0.count && ScalarSearch.hasPrefix(s, $0, from: at - $0.count) }
  }

  /// Whether 不/没 stands just before offset `at`.
  func negated(_ at: Int) -> Bool {
    at > 0 && cues.negation.contains(s[at - 1])
  }

  /// Whether one of `words` (a 词表 of the words files) starts at offset `at`.
  @inline(__always)
  func starts(_ words: [[Unicode.Scalar]], at: Int) -> Bool {
    ScalarText.startsWithAny(s, at: at, words, limit: s.count)
  }

  /// Whether the clause closes with the particle of a guess or a check (…的吧).
  func guesses(_ c: Clauses.Clause) -> Bool { c.particle.map(cues.guessParticle.contains) == true }

  func clause(of hit: PhraseHit) -> Int? { clauses.index(of: hit.start) }

  func rhetorical(_ start: Int, _ end: Int) -> Bool {
    // At most one span per sentence, in order: the first span ending after `start` decides.
    var lo = 0
    var hi = rhetoric.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if rhetoric[mid].end <= start { lo = mid + 1 } else { hi = mid }
    }
    return lo < rhetoric.count && rhetoric[lo].start < end
  }

  // MARK: Questions

  /// A clause is a question when ？ follows it, 吗 closes it, or a question word stands in it and
  /// 呢/呀/啊 closes it (or it ends the reply with nothing after it).
  func isQuestion(_ k: Int) -> Bool {
    let c = clauses.list[k]
    if c.questionMark { return true }
    var particle = c.particle
    if let p = particle, cues.meParticle.contains(p) {
      var last = c.end - 1
      while last > c.start && !cues.meParticle.contains(s[last]) { last -= 1 }
      // 您要写什么 / 客官要买什么: 么 ends the question word itself, read as no particle.
      if last > c.start && cues.whPrefix.contains(s[last - 1]) { particle = nil }
    }
    switch particle {
    case let p? where cues.yesNoParticles.contains(p): return true
    case let p? where cues.whParticles.contains(p):
      return hits(phrases.questionWord, in: k).contains { !runsIntoRoughly($0) }
    case nil:
      // 您穿着感觉怎么样 at the very end; not 不管买多少件都包邮, not 我帮您问问有没有货.
      // (几 and 还是 need a particle: 茶几, 还是这款好.)
      // 掉毛厉害不 / 量过没有 / 您是要静音的还是风大的: a yes-no tag or a choice put to the buyer.
      if tagged(k) || offersChoice(k) { return true }
      // 帮您问下仓库有没有货 / 我问一下掌柜能不能便宜: an errand to someone else, not asked.
      if asksSomeoneElse(k) { return false }
      // 亲您用的什么车 我帮您查下适配: a short what-question to the buyer, then more said.
      if asksWhatOutright(k) { return true }
      // 想问下您的手机是安卓还是苹果: asked outright, a question wherever it stands.
      if has(phrases.askPrefix, in: k) && !hits(phrases.questionWord, in: k).isEmpty { return true }
      guard k == clauses.list.count - 1 else { return false }
      // (Filtered only here, for the last clause: most clauses are decided above.)
      let words = hits(phrases.questionWord, in: k).filter {
        (!reply.word($0, isIn: cues.needsParticle) || asksHowMany($0)) && !runsIntoRoughly($0)
      }
      guard !words.isEmpty else { return false }
      // 喜欢哪个拍哪个 / 要多少拿多少: the same question word twice is an indefinite.
      for (i, w) in words.enumerated()
      where words[(i + 1)...].contains(where: { $0.phrase == w.phrase }) {
        return false
      }
      for i in c.start..<c.end where cues.statementMarks.contains(s[i]) { return false }
      return true
    default:
      return false
    }
  }

  /// 亲您用的什么车 / 亲要啥颜色: the buyer addressed (亲, 您), 用的/是/要, 什么 or 啥, and a
  /// few characters to the clause's end — asked, whatever follows (not 您要什么都有).
  func asksWhatOutright(_ k: Int) -> Bool {
    let c = clauses.list[k]
    var i = c.start
    while i < c.end && i - c.start < 2 && cues.youOrDear.contains(s[i]) { i += 1 }
    guard i > c.start, i < c.end else { return false }
    guard
      let opener = cues.whatOpeners.first(where: {
        ScalarText.startsWithAny(s, at: i, [$0], limit: c.end)
      })
    else { return false }
    let at = i + opener.count
    guard
      let word = hits(phrases.questionWord, in: k).first(where: {
        $0.start == at && reply.word($0, isIn: cues.clarifyWords)
      })
    else { return false }
    let rest = c.end - word.end
    guard rest >= 1 && rest <= 4 && !cues.whatThenAll.contains(s[word.end]) else { return false }
    return (word.end..<c.end).allSatisfy { ScalarText.isHan(s[$0]) }
  }

  /// 宝宝几个月了 / 您家几口人 / 平时穿几码: 几 before a unit of the buyer's case asks, with no
  /// particle (not 等几天, 送您几个, 好几个月, 十几岁, 这几位, 茶几: a rough number, the ones at
  /// hand, a word of its own).
  func asksHowMany(_ word: PhraseHit) -> Bool {
    word.end - word.start == 1 && starts(cues.howManyUnits, at: word.end)
      && (word.start == 0
        || !(cues.notHowMany.contains(s[word.start - 1]) || ScalarText.isDigit(s[word.start - 1])))
  }

  /// Whether the question word 多大 / 多宽 runs into 差不多 or 很多 (这两款差不多宽的, 店里很多大码的:
  /// a size stated, nothing asked).
  func runsIntoRoughly(_ word: PhraseHit) -> Bool {
    reply.contains(phrases.roughly)
      && reply.hits(phrases.roughly).contains { $0.start < word.start && word.start < $0.end }
  }

  /// 帮您问下仓库有没有货 / 我问一下掌柜能不能便宜: an ask-prefix word (问下) with a third party
  /// right after it, every question word of the clause after it and no 您/你 after it — the
  /// seller will ask someone else; the question words only report what. (您大概要多少，我帮您问下
  /// 掌柜 / 问下厂家能不能做，您方便发张图吗 still ask the buyer.)
  func asksSomeoneElse(_ k: Int) -> Bool {
    let asks = hits(phrases.askPrefix, in: k)
    if asks.isEmpty { return false }  // most clauses: no 问下 at all
    let c = clauses.list[k]
    let words = hits(phrases.questionWord, in: k)
    for hit in asks {
      for party in cues.thirdParty {
        guard
          let at = ScalarSearch.firstIndex(
            of: party, in: s, from: hit.end, to: min(c.end, hit.end + 1 + party.count))
        else { continue }
        let after = at + party.count
        if words.contains(where: { $0.start < after }) { continue }
        if (after..<c.end).contains(where: { cues.youChars.contains(s[$0]) }) { continue }
        return true
      }
    }
    return false
  }

  /// 掉毛厉害不 / 能吃辣不 / 量过没有 / 拍了没: a statement turned into a question by a tag.
  func tagged(_ k: Int) -> Bool {
    let c = clauses.list[k]
    let n = c.end - c.start
    guard n >= 3 else { return false }
    let last = s[c.end - 1]
    if cues.not.contains(last) { return !cues.notTagBefore.contains(s[c.end - 2]) }
    if cues.have.contains(last) && cues.notYet.contains(s[c.end - 2]) && n >= 4 {
      return cues.doneMarks.contains(s[c.end - 3])
    }
    if cues.notYet.contains(last) { return cues.doneMarks.contains(s[c.end - 2]) }
    return false
  }

  /// 您是想要静音一点的还是风力大一点的: a choice put to the buyer (您/你 before 还是, with
  /// 是/要/想 between).
  func offersChoice(_ k: Int) -> Bool {
    let c = clauses.list[k]
    // 是苹果还是安卓 / 亲用的单肩还是双肩: the choice with 您 left out, the clause opening with
    // 是/要/想/用 (not 是的…还是, 要是…还是; not 还是不错的, where 还是 means still). Not where
    // the reply takes up a complaint (哪里漏水呀？是底座还是壶嘴那边: the fault looked into).
    var open = c.start
    if open < c.end && cues.youOrDear.contains(s[open]) { open += 1 }
    let bare =
      open + 1 < c.end && cues.choiceOpeners.contains(s[open])
      && !problemContext && !reply.contains(phrases.complaintTopic)
      && !starts(cues.choiceOpenerNot, at: open)
    // One walk through the clause, however many choice words it holds.
    var i = c.start
    var addressed = false
    var choosing = false
    for hit in hits(phrases.questionWord, in: k) where reply.word(hit, isIn: cues.choiceWord) {
      if bare && hit.start > open + 1 && hit.end < c.end && !cues.choiceStill.contains(s[hit.end]) {
        return true
      }
      guard hit.start > c.start + 2 else { continue }
      if hit.start < i {
        (i, addressed, choosing) = (c.start, false, false)
      }
      while i < hit.start {
        if cues.youChars.contains(s[i]) { addressed = true }
        if addressed && cues.choosingVerbs.contains(s[i]) { choosing = true }
        i += 1
      }
      if choosing { return true }
    }
    return false
  }

  /// What a genuine question does: checks the order, asks about the parcel, the payment or a
  /// complaint, offers an item, or finds out what the buyer needs. Greeting formulas, proposals
  /// awaiting a yes (…可以吗), requests for an order number and rhetorical questions find out
  /// nothing; nor does a question in a reply that checks the order (it confirms) or that looks
  /// into a problem (it handles the complaint).
  func questionStep(_ k: Int) -> Step? {
    let c = clauses.list[k]
    // 您好，有什么能帮到您的吗: the greeting's own question. (您好 before a question of its
    // own, 您好，是买给家里老人用的吗, only salutes: the question still asks.)
    let greeting = hits(phrases.greet, in: k).contains {
      !reply.word($0, isIn: cues.hello) || c.end - $0.end <= 2
    }
    if greeting || rhetorical(c.start, c.end) { return nil }
    // 您要四盒吗 / 亲买两份吗: the quantity read back for a yes.
    if readsQuantityBack(k) { return .confirm }
    // 您是要改成电子发票吗 / 您是想把订单取消掉吗: what the buyer means to do, asked.
    if let intent = hits(cues.intentQuestion, in: k).first, !complainsNear(intent, in: k) {
      return .inquire
    }
    // 您能把收货地址再发我一遍吗 / 地址是公司地址吧？: the order's details checked.
    if has(phrases.recheck, in: k) || (guesses(c) && has(phrases.confirmTopic, in: k)) {
      return .confirm
    }
    // 地址是浦东那个吗 / 颜色是灰蓝吗: a detail read back for a yes (no wh-word), not asked for.
    if readsBackForYes(k) { return .confirm }
    // 您这边地址是哪 / 下单时填的地址有变动吗: the address alone, asked about, is the order's detail,
    // not the parcel's journey (快递到哪了, 是您本人签收的吗).
    if hits(phrases.shipTopic, in: k).contains(where: { !reply.word($0, isIn: cues.addressWord) }) {
      // 宝贝收到了吗？满意的话给个五星: a follow-up before the review request.
      if reply.contains(phrases.farewell) && has(phrases.receivedCheck, in: k) { return nil }
      // 麻烦亲核对下收件地址，对吗: the address checked with the buyer, not the parcel.
      if has(phrases.checkVerb, in: k) { return nil }
      return .ship
    }
    // 这单需要开发票吗 / 收件人是您本人吗 / 是哪位亲拍的: the order itself.
    // …还是寄给家人的: the second half of a choice asks the same thing.
    let goesOn = k > 0 && c.end - c.start >= 2 && starts(cues.choiceWords, at: c.start)
    if has(phrases.orderQuestion, in: k) || (goesOn && has(phrases.orderQuestion, in: k - 1)) {
      return .confirm
    }
    // 能不能接受晚两天发: a delay put to the buyer, not the price.
    let delay = reply.hits(phrases.ship).contains { $0.start >= c.start && $0.end <= c.end }
    if (has(phrases.closeTopic, in: k) && !delay)
      || putsPriceForAcceptance(in: k)
    {
      return .close
    }
    // 没选错吧？ checks the order; 收到的玩具少零件了是吗？ asks about a complaint.
    if hits(phrases.checkTag, in: k).contains(where: {
      reply.word($0, isIn: cues.checkTagWrong)
    }) {
      return nil
    }
    // 请问是什么问题呢 / 因为什么要取消呢 / 哪个省的: the buyer's case asked about, not met.
    if has(cues.caseQuestion, in: k) && !hits(phrases.questionWord, in: k).isEmpty {
      return .inquire
    }
    // 您这边是想退掉吗 / 退款是吗: the remedy the buyer wants, asked — their case found out.
    if asksRemedy(k) { return .inquire }
    // 您之前的问题现在处理好了吗: whether the business is settled, asked as it ends.
    if has(phrases.yourIssue, in: k)
      && ScalarSearch.containsAny(
        s, cues.issueSettled, from: c.start, to: c.end)
    {
      return nil
    }
    if complains(in: k)
      || hits(phrases.problem, in: k).contains(where: { !aboutTheBuyersIssue($0) })
      || guessesCause(in: k)
    {
      return .objection
    }
    // 取消了吗 / 资质上传了吗 / 邮箱已经解绑了吗: where the buyer's case stands, asked.
    if has(cues.caseStatus, in: k) { return .inquire }
    // …白色42码，收货电话尾号是3356吧？ asks for a yes, like 对吗; 您是买给爸爸的吧？ guesses a need.
    if has(phrases.checkTag, in: k) { return nil }
    if guesses(c) { return has(phrases.needTopic, in: k) ? .inquire : nil }
    if has(phrases.notNeedsQuestion, in: k) { return nil }
    if let offer = offers(in: k) { return offer }
    if confirming { return nil }
    if problemContext { return .objection }
    return asksAboutBuyer(k) || clarifies(k) ? .inquire : nil
  }

  /// 哪两件呢 / 什么意思 / 多少克的 / 新地址近吗: a reply of a few characters that only asks
  /// what, which or how many, or asks a yes-no question, asks the buyer to make their case clear.
  func clarifies(_ k: Int) -> Bool {
    guard s.lazy.filter({ ScalarText.isHan($0) }).count <= 8 else { return false }
    let asksWhat = hits(phrases.questionWord, in: k).contains {
      reply.word($0, isIn: cues.clarifyWords)
    }
    if asksWhat { return true }
    // 新地址近吗 / 主机也不行吗 / 需要上门取件吗: a yes-no question of a few characters, the
    // whole reply, asks the buyer how things stand (not 这款吗, which points at the order).
    return !has(cues.orderPointer, in: k)
  }

  /// 这个价格您看行吗: the price put to the buyer for a yes — the acceptance asked close after
  /// the price (not 价格真的不能再便宜了，送您点小礼品可以吗, which asks about the gift).
  func putsPriceForAcceptance(in k: Int) -> Bool {
    let asks = hits(phrases.acceptance, in: k)
    return hits(phrases.priceWord, in: k).contains { price in
      asks.contains { $0.start >= price.end && $0.start - price.end <= 8 }
    }
  }

  /// A yes-no question (吗 or ？, no question word) stating an order detail: 地址是…吗.
  func readsBackForYes(_ k: Int) -> Bool {
    let c = clauses.list[k]
    guard c.particle.map(cues.questionMa.contains) == true || c.questionMark,
      hits(phrases.questionWord, in: k).isEmpty
    else {
      return false
    }
    for hit in hits(phrases.confirmTopic, in: k) where hit.end + 1 < c.end {
      if cues.isChar.contains(s[hit.end]) || starts(cues.choiceWords, at: hit.end) { return true }
    }
    return false
  }

  /// Needs-finding asks about the buyer: their needs, taste or use (a need topic), a choice put
  /// to them (A还是B), or the buyer addressed (您/你). A question about the seller's own doing
  /// (我们怎么舍得…), about the item itself echoed and answered at once (这个怎么用呢？您先…;
  /// 为什么…？因为…) or a universal (哪个孩子不…) finds out nothing.
  func asksAboutBuyer(_ k: Int) -> Bool {
    let c = clauses.list[k]
    if k + 1 < clauses.list.count && has(phrases.selfAnswer, in: k + 1) { return false }
    // 我们怎么舍得… / 我们先给您补发…好不好: the seller's own doing, not the buyer's needs.
    if c.end - c.start >= 2 && cues.me.contains(s[c.start]) && !has(phrases.askWord, in: k) {
      return false
    }
    // 哪个孩子不摔杯子 / 谁不想要: a question word then 不 states a universal.
    for hit in hits(phrases.questionWord, in: k) {
      guard reply.word(hit, isIn: cues.whichWho) else { continue }
      for i in hit.end..<min(c.end, hit.end + 4) where cues.not.contains(s[i]) { return false }
    }
    if has(phrases.needTopic, in: k) || has(phrases.buyerAddress, in: k) { return true }
    // 您家窗户多宽，量过没有: a short tag asks about what the clause before named.
    if k > 0 && c.end - c.start <= 6 && tagged(k)
      && (has(phrases.needTopic, in: k - 1) || has(phrases.buyerAddress, in: k - 1))
    {
      return true
    }
    // …是要三人位的不，还是L型的: the first half of a choice.
    if k + 1 < clauses.list.count {
      let next = clauses.list[k + 1]
      if next.end - next.start >= 2 && starts(cues.choiceWords, at: next.start) {
        return true
      }
    }
    for hit in hits(phrases.questionWord, in: k) where reply.word(hit, isIn: cues.choiceWord) {
      return true
    }
    return false
  }

  /// 您是不是把它放在暖气旁边了 / 会不会是摔过: a guess at how the buyer caused the problem.
  func guessesCause(in k: Int) -> Bool {
    let c = clauses.list[k]
    for hit in hits(phrases.questionWord, in: k) {
      guard reply.word(hit, isIn: cues.guessWords) else { continue }
      for i in hit.end..<min(c.end, hit.end + 6) where cues.mishandling.contains(s[i]) {
        return true
      }
    }
    return false
  }

  /// A complaint topic in the clause — not the 不合适 of 合不合适, which asks for a preference.
  func complains(in k: Int) -> Bool {
    hits(phrases.complaintTopic, in: k).contains { hit in
      !(cues.not.contains(s[hit.start]) && hit.start > 0 && hit.start + 1 < s.count
        && s[hit.start - 1] == s[hit.start + 1])
    }
  }

  /// 要不要看看我们的新款 / 要不要再配一张钢化膜 / 要看看吗: an offer put as a question;
  /// 要不要先拍一个 / 要不要先下单 nudges the order.
  func offers(in k: Int) -> Step? {
    let c = clauses.list[k]
    if c.particle.map(cues.questionMa.contains) == true && c.end - c.start >= 3 {
      var last = c.end - 1
      while last > c.start && !cues.questionMa.contains(s[last]) { last -= 1 }
      if last >= c.start + 2 && s[last - 1] == s[last - 2]
        && cues.tryLook.contains(s[last - 1])
      {
        return .recommend
      }
    }
    for hit in hits(phrases.questionWord, in: k) where reply.word(hit, isIn: cues.shallWe) {
      for i in hit.end..<min(c.end, hit.end + 3) {
        if cues.orderVerbs.contains(s[i]) { return .close }
        if cues.offerHeads.contains(s[i]) { return .recommend }
      }
    }
    return nil
  }

  /// 方便说一下您的身高体重 / 麻烦告诉我您的预算: a request for the buyer's needs.
  func inquiresByRequest() -> Bool {
    for hit in reply.hits(phrases.tellMe) {
      guard let k = clause(of: hit) else { continue }
      if has(phrases.needTopic, in: k) { return true }
      if k + 1 < clauses.list.count && has(phrases.needTopic, in: k + 1) { return true }
    }
    // 您给孩子量下脚长吧: the buyer's own measure asked for, the topic after the verb (not
    // 按桌面的尺寸量一下, the item's).
    for word in cues.measureAsked {
      guard let at = ScalarSearch.firstIndex(of: word, in: s), let k = clauses.index(of: at)
      else { continue }
      if hits(phrases.needTopic, in: k).contains(where: { $0.start >= at + word.count }) {
        return true
      }
    }
    return false
  }

  // MARK: 推荐产品

  /// Whether the reply recommends outright: advice, a pick, a substitute, options laid out.
  func recommendsOutright() -> Bool {
    for hit in reply.hits(phrases.recommend) where !negated(hit.start) {
      // 您不是说要大一号的吗: the buyer's words thrown back, not advice.
      if rhetorical(hit.start, hit.end) { continue }
      guard let k = clause(of: hit), !inquiryBound(k) else { continue }
      if reply.word(hit, isIn: cues.lookOffers) {
        // 可以看一下物流 / 尺码表在详情页，您可以看一下: a page to read, not an item.
        let after = reply.hits(phrases.lookAtService).contains {
          ($0.start >= hit.end && $0.start <= hit.end + 6)
            || ($0.end <= hit.start && hit.start - $0.end <= 8)
        }
        // 在做活动，您可以看看这款: the item named right after the look is put forward all the same.
        let itemNext = reply.hits(phrases.alternative).contains {
          $0.start >= hit.end && $0.start <= hit.end + 1
        }
        if after && !itemNext { continue }
        // 这款是加厚的，您可以看下 / 可以看下这个: a bare look puts forward only an item named
        // before it or right after it (not 您明天也可以看下).
        if reply.word(hit, isIn: cues.lookNeedsItem) && !itemNext
          && !reply.hits(phrases.alternative).contains(where: { $0.end <= hit.start })
        {
          continue
        }
      }
      if reply.word(hit, isIn: cues.recommendLater) && promisesLater(hit, in: k) { continue }
      // 欢迎回购 says goodbye; 我帮您看看能不能放下 promises a look.
      if reply.word(hit, isIn: cues.buyAgain) && hit.start >= 2
        && cues.welcomeHeads.contains(s[hit.start - 2])
      {
        continue
      }
      // 帮您看看 / 发您看看 / 给您看看: a look promised or a document shown, not an item.
      if reply.word(hit, isIn: cues.youLook) && hit.start >= 1
        && cues.showVerbs.contains(s[hit.start - 1])
      {
        continue
      }
      // 我看一下这款 / 帮您看下这个: the seller looking, not an item put forward.
      if reply.word(hit, isIn: cues.lookAtItem) && hit.start >= 1
        && (cues.me.contains(s[hit.start - 1]) || cues.showVerbs.contains(s[hit.start - 1]))
      {
        continue
      }
      // 穿着合身就好 / 合身就行: the buyer's feedback welcomed, not advice.
      if reply.word(hit, isIn: cues.fits) && hit.end + 1 < s.count && cues.just.contains(s[hit.end])
        && cues.fine.contains(s[hit.end + 1])
      {
        continue
      }
      // 领了再拍更划算: the coupon's saving, not a pick.
      if reply.word(hit, isIn: cues.betterDeal) && hit.start >= 1
        && cues.dealVerbs.contains(s[hit.start - 1])
      {
        continue
      }
      if remedyExchange(in: k) { continue }
      // 你就便宜点嘛 — 316内胆，用得久更划算: the price held by what it is worth.
      if reply.word(hit, isIn: cues.valueHeld) && holdsPriceByWorth() { continue }
      // 亏本冲销量: why the price is low, not a best-seller boasted.
      if reply.contains(cues.priceReason),
        reply.hits(cues.priceReason).contains(where: { $0.start < hit.end && hit.start < $0.end })
      {
        continue
      }
      if advisesService(hit) { continue }
      // 适合宝宝用吗 / 是的，适合手口的: a question, or a yes answered — not a pick; 适合的尺码 /
      // 找到适合的再拍 say "suitable ones", 不太适合 denies.
      if reply.word(hit, isIn: cues.fitWord),
        isQuestion(k) || cues.yesAnswer.contains(where: { ScalarSearch.hasPrefix(s, $0) })
          || (hit.end < s.count && cues.de.contains(s[hit.end]))
          || (max(0, hit.start - 2)..<hit.start).contains(where: { cues.negation.contains(s[$0]) })
      {
        continue
      }
      // 这款是新品 / 芒果干是本店新品: what the item is, not a pick.
      if reply.word(hit, isIn: cues.newItem),
        (max(0, hit.start - 4)..<hit.start).contains(where: { cues.isChar.contains(s[$0]) })
      {
        continue
      }
      // 质量不错的 / 品质也很不错: the quality vouched for, the answer to a doubt, not a pick.
      if cues.qualityWord.contains(where: {
        ScalarSearch.contains(s, $0, from: max(0, hit.start - $0.count - 2), to: hit.start)
      }) {
        continue
      }
      return true
    }
    for hit in reply.hits(phrases.weakAdvice) where !negated(hit.start) {
      guard let k = clause(of: hit), !remedyExchange(in: k), !inquiryBound(k) else { continue }
      if advisesService(hit) { continue }
      // A bare 拍/选/拿 needs the option right after it (拍41, 选大一码; not 拍错尺码).
      let bare = hit.end - hit.start == 1
      if bare && pointsAtGiftOrLink(hit, in: k) { continue }
      // 我帮您选码 / 给您挑款: a pick promised for when the buyer has answered, not yet made
      // (帮您选M码 names it).
      if bare && promisesLater(hit, in: k)
        && !(hit.end < s.count && ScalarText.isLatin(s[hit.end]))
      {
        continue
      }
      let limit = bare ? min(hit.end + 1, clauses.list[k].end) : clauses.list[k].end
      if optionFollows(hit.end, limit: limit, bare: bare) { return true }
    }
    return substitutes() || laysOutOptions() || boasts() || fitsSize() || advisesIf()
      || namesVariant()
  }

  /// Whether the reply states a product's praise or features on their own (特别香, 加厚不起球,
  /// 纯棉面料): a recommendation said unasked, the answer to a doubt said to one.
  func statesMerits() -> Bool {
    let intensifiers = reply.hits(phrases.intensifier)
    for hit in reply.hits(phrases.praise) {
      guard let k = clause(of: hit), !isQuestion(k) else { continue }
      let c = clauses.list[k]
      // 特别香, 真的超级好穿, 也很日常 — and no 不 in between (很不舒服).
      let boosted = intensifiers.contains {
        $0.end <= hit.start && hit.start - $0.end <= 2 && $0.start >= c.start
      }
      guard boosted else { continue }
      var negatedBetween = false
      for i in max(c.start, hit.start - 3)..<hit.start where cues.negation.contains(s[i]) {
        negatedBetween = true
      }
      if !negatedBetween { return true }
    }
    for hit in reply.hits(phrases.objection)
    where reply.word(hit, isIn: cues.productFacts) {
      if let k = clause(of: hit), !isQuestion(k), !rhetorical(hit.start, hit.end) { return true }
    }
    for hit in reply.hits(phrases.feature) {
      if let k = clause(of: hit), !isQuestion(k), !negated(hit.start),
        !(hit.start > 0 && cues.non.contains(s[hit.start - 1])), !bareFact(hit, in: k)
      {
        return true
      }
    }
    return answersOwnQuestion()
  }

  /// 不错的呢 / 都不错的 / 非常好吃的哦: with nothing known around it, a reply of nothing but
  /// praise — intensifiers, 都/也/还 (answer-fillers), particles and the buyer's title beside
  /// it — whose praise ends in 的 answers a question nobody can see (好吃吗), it picks nothing.
  /// (这款不错的 points at an item; 真的超好用哦！ without 的 pitches.)
  func praisesBarely() -> Bool {
    // The praise has to be closed by 的 (不错的呢): a reply with no 的 at all is not bare
    // praise, and most replies are settled here before the coverage below is built.
    guard !context.known, s.contains(where: cues.de.contains) else { return false }
    var covered = [Bool](repeating: false, count: s.count)
    var endsInDe = false
    func cover(_ start: Int, _ end: Int, praise: Bool) {
      for i in start..<end { covered[i] = true }
      if praise && end < s.count && cues.de.contains(s[end]) { endsInDe = true }
    }
    for hit in reply.hits(phrases.praise) { cover(hit.start, hit.end, praise: true) }
    for hit in reply.hits(phrases.intensifier) { cover(hit.start, hit.end, praise: false) }
    for word in cues.plainPraise {
      var i = 0
      while let at = ScalarSearch.firstIndex(of: word, in: s, from: i) {
        cover(at, at + word.count, praise: true)
        i = at + 1
      }
    }
    guard endsInDe else { return false }
    // Any other word, a product number or a name among them, is more than praise.
    for i in s.indices
    where !covered[i]
      && (ScalarText.isHan(s[i]) || s[i].properties.isAlphabetic
        || ScalarText.isDigit(s[i]))
    {
      if !cues.bareFillers.contains(s[i]) && !cues.answerFillers.contains(s[i]) { return false }
    }
    return true
  }

  /// 建议您申请售后 / 建议您耐心等一等 / 建议重新下单: a step of the service advised after 建议,
  /// not an item.
  func advisesService(_ hit: PhraseHit) -> Bool {
    guard cues.adviseWord.contains(where: reply.word(hit).hasPrefix),
      reply.contains(cues.serviceAdvice)
    else { return false }
    return reply.hits(cues.serviceAdvice).contains {
      $0.start >= hit.end && $0.start <= hit.end + 2
    }
  }

  /// Whether a statement of the reply gives advice (建议…), other than a service step (建议您申请
  /// 售后): said to a buyer who doubts, it shows how to avoid what they fear.
  func advisesOnDoubt() -> Bool {
    for hit in reply.hits(phrases.weakAdvice)
    where cues.adviseWord.contains(where: reply.word(hit).hasPrefix) && !negated(hit.start) {
      guard let k = clause(of: hit), !isQuestion(k), !rhetorical(hit.start, hit.end) else {
        continue
      }
      // 建议买5斤装 / 建议两个券都领: what to buy or claim, a pick or a nudge, not the worry met.
      let c = clauses.list[k]
      if ScalarSearch.containsAny(s, cues.adviceBuys, from: hit.end, to: c.end) { continue }
      if !advisesService(hit) { return true }
    }
    return false
  }

  /// Read with nothing around it, 这款是纯棉的 / 纯棉的比无纺布的柔软 states what the item is
  /// or how two compare — the answer to a question nobody can see, not a pick. (With the buyer
  /// known, the same sentence unasked recommends.)
  func bareFact(_ hit: PhraseHit, in k: Int) -> Bool {
    // The buyer named it (纯棉 — 这两款是纯棉的): the reply answers about it.
    if context.buyerSays(Array(reply.word(hit).unicodeScalars)) { return true }
    guard !context.known else { return false }
    let c = clauses.list[k]
    if ScalarSearch.containsAny(s, cues.factCompare, from: c.start, to: c.end) {
      return true
    }
    // 纯棉的有两款 / 这款纯棉的: the fact named as a kind, stated, not pitched.
    if hit.end < c.end && cues.de.contains(s[hit.end]) { return true }
    let before = ScalarSearch.containsAny(
      s, cues.isWord, from: max(c.start, hit.start - 3), to: hit.start)
    return before
      && ScalarSearch.containsAny(s, cues.deWord, from: hit.end, to: min(c.end, hit.end + 3))
  }

  /// 好重啊 — 不算重的 / 太贵了 — 不贵的: the worry word the buyer stressed (太/好/很 before
  /// it, `worry-stress`) denied right before it in the reply (`worry-denials`): the worry met.
  /// Asked rather than complained of (会很咸吗 — 不会很咸), it is answered, not met; denied with
  /// nothing beside it (不重的), it is a bare denial, as 不会的 is.
  func deniesBuyersWorry() -> Bool {
    // (Most replies name no worry word: the buyer's messages are read only when one does.)
    guard !context.buyer.isEmpty, s.contains(where: cues.worryAdjectives.contains) else {
      return false
    }
    var stressed: [Unicode.Scalar] = []
    for message in context.normalizedBuyer where message.count >= 2 {
      for i in 1..<message.count
      where cues.worryAdjectives.contains(message[i]) && cues.worryStress.contains(message[i - 1]) {
        // 会很咸吗: asked, not complained of — the answer (不会很咸) answers it.
        let after = message[(i + 1)..<min(message.count, i + 4)]
        if after.contains(where: { cues.questionMa.contains($0) || $0 == "?" }) { continue }
        stressed.append(message[i])
      }
    }
    guard !stressed.isEmpty else { return false }
    for i in s.indices where stressed.contains(s[i]) && !rhetorical(i, i + 1) {
      for denial in cues.worryDenials where denial.count <= i {
        guard s[(i - denial.count)..<i].elementsEqual(denial) else { continue }
        // 不重的 alone: a bare denial with no reason, like 不会的 (`bare-denial`).
        let own = s.indices.filter {
          ($0 < i - denial.count || $0 > i)
            && ((ScalarText.isHan(s[$0]) && !cues.bareFillers.contains(s[$0]))
              || ScalarText.isDigit(s[$0]))
        }
        if own.count >= 2 { return true }
      }
    }
    return false
  }

  /// The buyer asked which to choose and a statement of the reply names one (最好是原味的,
  /// 第二款合适): the seller's pick.
  func picksForAdvice() -> Bool {
    // (A question the buyer asks after telling the need — 两种有什么区别 — is answered.)
    let asked = context.buyerWantsAdvice || (context.adviceOwed && !context.buyerAsks)
    // 您是自己用还是送人呢 — 送我妈 — 那就这款吧: no advice asked for, but the need asked and
    // told; only an outright pick counts (这款有货 after 黑色 may just follow the buyer).
    guard asked || (context.needTold && !context.buyerAsks) else { return false }
    // 灰色和豆绿哪个好看 — 灰色吧: one of the options the buyer named, and only that one.
    let options = asked ? context.buyerOptions(cues) : []
    let named = options.filter { ScalarSearch.contains(s, $0) }
    for (k, c) in clauses.list.enumerated() where !isQuestion(k) && !rhetorical(c.start, c.end) {
      // (这款目前没货了 / 您买的话要等三天 / 选择的话看您自己: stock, a wait, no pick.)
      if ScalarSearch.containsAny(s, cues.advicePickNot, from: c.start, to: c.end) { continue }
      if picksByLead(c) { return true }
      if !asked {
        if ScalarSearch.containsAny(s, cues.needPick, from: c.start, to: c.end) { return true }
        continue
      }
      if ScalarSearch.containsAny(s, cues.advicePick, from: c.start, to: c.end) { return true }
      if named.count == 1 && ScalarSearch.contains(s, named[0], from: c.start, to: c.end) {
        return true
      }
    }
    return false
  }

  /// The first reply to a buyer who came with a trouble, addressing them and setting to it at
  /// once (亲，非常抱歉…我这边马上帮您处理): it receives the buyer.
  func opensByHelping() -> Bool {
    // 亲亲，非常抱歉呢，给您带来不好的体验了: an apology for the trouble with their order receives
    // them as well (not a buyer only worried before buying: 会起球吗).
    let setsTo =
      ScalarSearch.containsAny(s, cues.openingHelp)
      || (context.buyerRaisesAfterSales && reply.contains(phrases.apology)
        && ScalarSearch.containsAny(s, cues.openingApology))
    guard setsTo, !context.buyer.isEmpty,
      !context.sellerSpokeBefore, rhetoric.isEmpty,
      buyerObjects || context.buyerRaisesAfterSales
    else { return false }
    return ScalarSearch.containsAny(s, cues.openingAddress)
      || cues.openingAddressStart.contains { ScalarSearch.hasPrefix(s, $0) }
  }

  /// 那就夹桌款吧 / 那还是白色吧: 那就 and, within eight characters, 吧, with a kind named between
  /// (款, 号, 色…) — a choice made for the buyer from what they said.
  func picksByLead(_ c: Clauses.Clause) -> Bool {
    for lead in cues.pickLead {
      guard let at = ScalarSearch.firstIndex(of: lead, in: s, from: c.start, to: c.end) else {
        continue
      }
      // (Something is named between: 夹桌款, 灰色 — not 那就麻烦您稍等一下吧.)
      let from = at + lead.count
      let window = s[from..<min(c.end, from + 9)]
      guard let end = window.dropFirst().firstIndex(where: cues.pickEnd.contains) else { continue }
      if s[from..<end].contains(where: cues.pickKinds.contains) { return true }
    }
    return false
  }

  /// A needs question, or the purpose said just before it (为了帮您选得更合适，请问…多大):
  /// it finds out the need, it recommends nothing yet.
  func inquiryBound(_ k: Int) -> Bool {
    if inquiryClauses.contains(k) { return true }
    if promisesPickAfterAsking(k) { return true }
    guard inquiryClauses.contains(k + 1) else { return false }
    let c = clauses.list[k]
    return ScalarSearch.containsAny(s, cues.inquiryPurpose, from: c.start, to: c.end)
  }

  /// 您是自己穿还是送人呢？…说一下，好为您更贴心地推荐: after a needs question, a clause promising
  /// the pick (为您 / 给您 / 帮您 a few characters before 推荐) says what the answers are for; it
  /// picks nothing yet, unless it names the item (我给您推荐这款 / 推荐2号).
  func promisesPickAfterAsking(_ k: Int) -> Bool {
    guard !inquiryClauses.isEmpty, inquiryClauses.contains(where: { $0 < k }), !isQuestion(k)
    else { return false }
    let c = clauses.list[k]
    guard
      reply.hits(phrases.recommend, within: c.start, c.end).contains(where: { hit in
        hit.start >= c.start && reply.word(hit, isIn: cues.recommendLater)
          && (max(c.start, hit.start - 6)..<hit.start).contains { cues.helping.contains(s[$0]) }
      })
    else { return false }
    if has(phrases.alternative, in: k) { return false }
    return !(c.start..<c.end).contains { ScalarText.isDigit(s[$0]) || ScalarText.isLatin(s[$0]) }
  }

  /// 不喜欢的话还有燕麦色 / 还有大一号的款: another variant put forward in a statement.
  func namesVariant() -> Bool {
    // Most replies hold no first character of 还有 at all (as in `closingQuestions`).
    guard cues.stillHave.contains(where: { s.contains($0[0]) }) else { return false }
    var i = 0
    while i + 2 < s.count {
      if cues.stillHaveFirst.contains(s[i]), starts(cues.stillHave, at: i),
        let k = clauses.index(of: i), !isQuestion(k)
      {
        let end = min(clauses.list[k].end, i + 6)
        for j in (i + 3)..<max(i + 3, end) where cues.variantHeads.contains(s[j]) {
          // 还有别的颜色吗 is asked; 还有什么码 too (questions were skipped above).
          if !cues.colourFirst.contains(s[j - 1]) && !cues.otherHeads.contains(s[i + 2]) {
            return true
          }
        }
      }
      i += 1
    }
    return false
  }

  /// 光照够的话可以养月季 / 送长辈的话可以选大字款: advice for the case the buyer is in.
  func advisesIf() -> Bool {
    guard let condition = ScalarText.firstOf(cues.conditionMark, in: s[...]) else { return false }
    var i = condition + 2
    while i + 2 < s.count && i < condition + 14 {
      if starts(cues.canDo, at: i) && cues.adviceVerbs.contains(s[i + 2]) {
        let next: Unicode.Scalar = i + 3 < s.count ? s[i + 3] : " "
        if !(cues.pickVerb.contains(s[i + 2]) && cues.notPick.contains(next)),
          let k = clauses.index(of: i),
          !isQuestion(k)
        {
          return true
        }
      }
      i += 1
    }
    return false
  }

  /// 为什么我们家的坚果这么脆？因为…: a question the seller answers at once to sell (设问).
  func answersOwnQuestion() -> Bool {
    guard reply.contains(phrases.selfAnswer) else { return false }
    for (k, _) in clauses.list.enumerated() where isQuestion(k) && k + 1 < clauses.list.count {
      if has(phrases.selfAnswer, in: k + 1)
        && hits(phrases.questionWord, in: k).contains(where: {
          reply.word($0, isIn: cues.whyWord)
        })
      {
        return true
      }
    }
    return false
  }

  /// 四口人的话4L刚好 / 穿M码正好: a size or model that fits.
  func fitsSize() -> Bool {
    var i = 1
    while i + 1 < s.count {
      // The letter or digit before first: rarer than the words, and cheaper to test.
      if (ScalarText.isDigit(s[i - 1]) || ScalarText.isLatin(s[i - 1]))
        && starts(cues.justRight, at: i)
      {
        return true
      }
      i += 1
    }
    return false
  }

  /// 没货了，这款同价位的也是… / 色号没了，换个相近的: an alternative in place of what is gone.
  func substitutes() -> Bool {
    guard let gone = reply.hits(phrases.soldOut).first else { return false }
    return reply.hits(phrases.alternative).contains { $0.start >= gone.end }
  }

  /// 两个版本，插图版贵10块，您看要哪个: options laid out, the buyer asked which.
  func laysOutOptions() -> Bool {
    guard reply.contains(phrases.options) else { return false }
    return reply.hits(phrases.whichOne).contains { hit in
      // 您更喜欢哪种: the buyer's taste asked, nothing put forward.
      guard let k = clause(of: hit), isQuestion(k) else { return false }
      return !has(phrases.needTopic, in: k)
    }
  }

  /// 能不好吃吗 / 能不香吗: a rhetorical question that praises the product.
  func boasts() -> Bool {
    for hit in reply.hits(phrases.praise) where rhetorical(hit.start, hit.end) && hit.start >= 2 {
      if cues.not.contains(s[hit.start - 1]) && cues.canWill.contains(s[hit.start - 2]) {
        return true
      }
    }
    return false
  }

  /// 我帮您推荐合适的尺码: a recommendation promised, nothing concrete yet.
  func promisesLater(_ hit: PhraseHit, in k: Int) -> Bool {
    let c = clauses.list[k]
    let from = max(c.start, hit.start - 3)
    var helper = false
    for i in from..<hit.start where cues.helping.contains(s[i]) { helper = true }
    guard helper else { return false }
    for i in hit.end..<c.end
    where cues.concrete.contains(s[i]) || ScalarText.isDigit(s[i]) {
      return false
    }
    return true
  }

  /// 我们帮您换成大一码: the seller exchanging an item is a remedy, not size advice.
  func remedyExchange(in k: Int) -> Bool {
    let c = clauses.list[k]
    var i = c.start
    while i + 2 < c.end {
      if cues.helpGive.contains(s[i]) && cues.youChars.contains(s[i + 1])
        && cues.exchange.contains(s[i + 2])
      {
        return true
      }
      i += 1
    }
    return false
  }

  /// 拍这款有送 / 拍这个链接我给您改价: a bare 拍 pointing at an item in a clause about a gift,
  /// a link or a price change says which link carries the gift or how to order, not a pick.
  func pointsAtGiftOrLink(_ hit: PhraseHit, in k: Int) -> Bool {
    let c = clauses.list[k]
    guard hit.end < c.end, cues.thisThat.contains(s[hit.end]) else { return false }
    return ScalarSearch.containsAny(s, cues.pickAside, from: c.start, to: c.end)
  }

  /// An option after 可以拍/可以换成: a size (41, L, 大一码), a model, a colour or a pack size
  /// (可以买5斤装的). After a bare 拍/选/拿 one digit alone is a count (拍3的倍数, 拍4呢), a size only
  /// with a size mark after it (拍7码, 拿9号).
  func optionFollows(_ from: Int, limit: Int, bare: Bool = false) -> Bool {
    var i = from
    while i < min(limit, from + 4) {
      let x = s[i]
      // 可以买5斤装的 / 可以拍一斤装: a pack size (a number, a measure, 装) names the item
      // (after a bare 拍 it is how many: 拍4袋装的更划算).
      let n = bare ? i : numberEnd(i)
      // (拍两件装一箱发 / 拍3个装在一起: 装 packs them, no pack size.)
      if n > i && n + 1 < s.count && cues.quantityMeasures.contains(s[n])
        && cues.packMark.contains(s[n + 1])
        && !(n + 2 < s.count && cues.packNot.contains(s[n + 2]))
      {
        return true
      }
      if ScalarText.isDigit(x) {
        // 拍2份 / 拍40包: how many to buy, not a size or a model (拍41).
        var j = i
        while j < s.count && ScalarText.isDigit(s[j]) { j += 1 }
        if bare && j - i == 1 && (j >= s.count || !cues.sizeMarks.contains(s[j])) { return false }
        return j >= s.count || !cues.quantityMeasures.contains(s[j])
      }
      if ScalarText.isLatin(x) { return true }
      if cues.optionHeads.contains(x) { return true }
      if cues.notOption.contains(x) && i == from { return false }
      i += 1
    }
    return false
  }

  // MARK: 处理异议

  func handlesObjection() -> Bool {
    for hit in reply.hits(phrases.objection) {
      if negated(hit.start) && reply.word(hit).unicodeScalars.first.map(cues.not.contains) != true {
        continue
      }
      if rhetorical(hit.start, hit.end) { continue }
      // 收到了我就放心了: the seller's own relief, not the buyer reassured.
      if reply.word(hit, isIn: cues.relieved) && hit.start > 0
        && cues.just.contains(s[hit.start - 1])
        && ((hit.start > 1 && cues.me.contains(s[hit.start - 2]))
          || (hit.end < s.count && cues.doneLe.contains(s[hit.end])))
      {
        continue
      }
      // 您放心，我这边没离线: the seller still there, no problem met.
      if reply.word(hit, isIn: cues.relieved),
        ScalarSearch.containsAny(
          s, cues.reliefPresence, from: hit.end, to: min(s.count, hit.end + 7))
      {
        continue
      }
      // 原发票开出来以后帮您申请换开专票: the invoice applied for or reissued for a buyer who
      // complains of nothing, with no apology: paperwork done, no objection met.
      if !buyerObjects, ScalarSearch.containsAny(s, cues.invoiceWork),
        !reply.contains(phrases.apology),
        reply.word(hit, isIn: cues.shopFavour) || reply.word(hit, isIn: cues.exchangeForYou)
      {
        continue
      }
      // 您这边是想退掉吗: the remedy the buyer wants, asked, not offered.
      if let k = clause(of: hit), asksRemedy(k) { continue }
      // 拆封后不支持退货 / 早就过了售后期了 / 价保周期是7天: the procedure refused or its
      // terms stated, nothing met.
      if reply.word(hit, isIn: cues.procedure), let k = clause(of: hit), statesProcedureRule(hit, k)
      {
        continue
      }
      // 需要您联系售后 / 等订单完成以后才可以申请售后: what the buyer has to do first, told, with
      // nothing done or offered by the seller anywhere in the reply.
      if reply.word(hit, isIn: cues.procedure), ScalarSearch.containsAny(s, cues.procedureRequired),
        !ScalarSearch.containsAny(s, cues.sellerOffers)
      {
        continue
      }
      // 非质量问题寄回的邮费由买家出: who pays when nothing is wrong with the item, a rule stated.
      if reply.word(hit, isIn: cues.faultWord), endsAt(hit.start, oneOf: cues.faultDenied) {
        continue
      }
      // 不会的哦: a bare denial, no reason given.
      if reply.word(hit, isIn: cues.bareDenial) && saysNothingBeside(hit) { continue }
      // 收藏店铺截图发我，帮您申请送点试吃: the shop's reward for a follow, not a concession.
      if reply.word(hit, isIn: cues.shopFavour) && reply.contains(cues.offerProof) && !buyerObjects
      {
        continue
      }
      // 售后专员小林为您服务: who is speaking, not an after-sales promise; 售后服务电话是…:
      // a number given.
      if reply.word(hit, isIn: cues.afterSales) && hit.end < s.count
        && (cues.staff.contains(s[hit.end]) || starts(cues.afterSalesContact, at: hit.end))
      {
        continue
      }
      // 已补发 / 已经重新发了: a status report (a shipping note).
      // 身高体重发我一下: 体重 then 发, not a reshipment.
      if reply.word(hit, isIn: cues.resend) && hit.start > 0
        && cues.body.contains(s[hit.start - 1])
      {
        continue
      }
      // 感谢您的耐心等待: thanks for waiting, not a plea for patience (unless trouble is named).
      if reply.word(hit, isIn: cues.bePatient) && !reply.contains(phrases.troubleOrFix)
        && reply.hits(phrases.thanks).contains(where: {
          $0.end <= hit.start && hit.start - $0.end <= 3
        })
      {
        continue
      }
      // 麻烦耐心等一等: asked to wait, with no apology, no trouble named and no complaint to meet
      // (我这就去查，麻烦耐心等一会儿: the seller's own look-up names no trouble).
      if reply.word(hit, isIn: cues.bePatient) && !reply.contains(phrases.apology)
        && !reply.hits(phrases.troubleOrFix).contains(where: { !reply.word($0, isIn: cues.lookUp) })
        && !buyerObjects
      {
        continue
      }
      if reply.word(hit, isIn: cues.reship) {
        let from = max(0, hit.start - 2)
        if s[from..<hit.start].contains(where: cues.already.contains) { continue }
      }
      // 给您换成顺丰: the courier changed, not the item.
      if reply.word(hit, isIn: cues.exchangeForYou) {
        if reply.hits(phrases.ship).contains(where: {
          $0.start >= hit.end && $0.start <= hit.end + 2
        }) {
          continue
        }
      }
      // 加厚不起球: a product fact, which answers a doubt only when there is one.
      if reply.word(hit, isIn: cues.productFacts) && !buyerObjects
        && !otherObjection(than: hit)
      {
        continue
      }
      return true
    }
    // 亏本冲销量 / 价格已经很低了 / 优惠不了: the price held in so many words or with a reason.
    if reply.contains(cues.priceReason),
      reply.hits(cues.priceReason).contains(where: { !rhetorical($0.start, $0.end) })
    {
      return true
    }
    if concedesPrice() || cutsPriceForBargain() { return true }
    // An apology for a problem, or with a remedy; not an apology for the wait alone.
    let apologies = reply.hits(phrases.apology)
    if !apologies.isEmpty && namesTrouble() {
      for hit in apologies {
        guard let k = clause(of: hit) else { continue }
        if has(phrases.waitApology, in: k) { continue }
        if k + 1 < clauses.list.count && has(phrases.waitApology, in: k + 1)
          && !has(phrases.troubleOrFix, in: k + 1)
        {
          continue
        }
        if !rhetorical(hit.start, hit.end) { return true }
      }
    }
    // 您担心尺码不合适的话: the buyer's worry named and answered.
    for hit in reply.hits(phrases.complaintTopic) where reply.word(hit, isIn: cues.worry) {
      guard let k = clause(of: hit) else { continue }
      let c = clauses.list[k]
      if ScalarText.firstOf(cues.conditionMark, in: s[hit.end..<c.end]) != nil {
        return true
      }
    }
    if reply.contains(phrases.objectionAnswer) && buyerObjects {
      return reply.hits(phrases.objectionAnswer).contains { hit in !rhetorical(hit.start, hit.end) }
    }
    return false
  }

  /// Whether the reply names a trouble or a fix as a fact: not asked about under a question mark
  /// (抱歉问下，您的订单量大概多少？) and not supposed (不好意思，订单太多的话可以分开拍).
  /// 给您添麻烦了，还有别的需要帮忙的吗: sorry for the trouble, then a closing question or an
  /// offer of help and nothing else, is the courtesy of the close; it names no trouble.
  func namesTrouble() -> Bool {
    let courtesy = closingCourtesy()
    return reply.hits(phrases.troubleOrFix).contains { hit in
      if courtesy && reply.word(hit, isIn: cues.troubleCourtesy) { return false }
      guard let k = clause(of: hit) else { return true }
      if clauses.list[k].questionMark { return false }
      let to = min(clauses.list[k].end, hit.end + 3)
      return hit.end >= to || ScalarText.firstOf(cues.conditionMark, in: s[hit.end..<to]) == nil
    }
  }

  /// Whether the reply closes the talk (还有别的需要帮忙的吗) and every other clause only
  /// apologises, says goodbye or holds no more than two characters of its own (好的呢亲, 请问).
  func closingCourtesy() -> Bool {
    guard !serviceClauses.isEmpty else { return false }
    return clauses.list.indices.allSatisfy { k in
      if serviceClauses.contains(k) || has(phrases.apology, in: k) || has(phrases.farewell, in: k) {
        return true
      }
      if hits(phrases.troubleOrFix, in: k).contains(where: {
        reply.word($0, isIn: cues.troubleCourtesy)
      }) {
        return true
      }
      let c = clauses.list[k]
      var own = 0
      for i in c.start..<c.end where ScalarText.isHan(s[i]) && !cues.bareFillers.contains(s[i]) {
        own += 1
      }
      return own < 3
    }
  }

  /// 您这边是想退掉吗 / 退款是吗 / 需要退掉吗: a yes-no question naming the remedy the buyer may want
  /// asks what they want. 帮您申请换货可以吗 offers it; 退货还是换货 lays out the choice.
  func asksRemedy(_ k: Int) -> Bool {
    guard isQuestion(k), has(cues.remedyAsked, in: k), hits(phrases.questionWord, in: k).isEmpty
    else { return false }
    let c = clauses.list[k]
    return !ScalarSearch.containsAny(s, cues.sellerOffers, from: c.start, to: c.end)
  }

  /// Whether the after-sales procedure `hit` names is refused in its clause (不符合价保, 拆封后不支持
  /// 退货) or, for 价保 and 售后, only its period is stated there (价保周期是7天) with nothing offered.
  func statesProcedureRule(_ hit: PhraseHit, _ k: Int) -> Bool {
    let c = clauses.list[k]
    // 十五天内都可以申请售后 / 超过七天也可以申请售后: still to be had, no rule stated.
    if ScalarSearch.containsAny(s, cues.procedureOpen, from: c.start, to: c.end) { return false }
    // 拆封了不能退货但是可以换货的: the refusal just before it (six characters), not anywhere.
    if ScalarSearch.containsAny(
      s, cues.procedureRefused, from: max(c.start, hit.start - 6), to: hit.start)
    {
      return true
    }
    return reply.word(hit, isIn: cues.procedureTerms)
      && ScalarSearch.containsAny(s, cues.procedurePeriod, from: c.start, to: c.end)
      && !ScalarSearch.containsAny(s, cues.sellerOffers, from: c.start, to: c.end)
  }

  /// Whether the reply holds fewer than two characters of its own beside `hit`, particles and
  /// the address aside (不会的哦, 不会的客官).
  func saysNothingBeside(_ hit: PhraseHit) -> Bool {
    var own = 0
    for i in s.indices where (i < hit.start || i >= hit.end) && ScalarText.isHan(s[i]) {
      if !cues.bareFillers.contains(s[i]) { own += 1 }
    }
    return own < 2
  }

  /// Another objection cue than `hit` (理解您的顾虑，…不会起球).
  func otherObjection(than hit: PhraseHit) -> Bool {
    reply.hits(phrases.objection).contains {
      $0.start != hit.start && !reply.word($0, isIn: cues.productFacts)
    }
  }

  // MARK: 促成交易

  /// Whether the reply nudges the order; a price cut (立减, 只要19) counts when `priceCuts`, not
  /// when it only sweetens a cross-sell.
  func closes(priceCuts: Bool) -> Bool {
    // A coupon or a promotion explained to a buyer who asked or bargained answers them.
    let answering =
      !context.buyer.isEmpty && (context.buyerAsks || buyerObjects)
    for hit in reply.hits(phrases.close) where !negated(hit.start) {
      if answering && reply.word(hit, isIn: cues.promoAnswer) { continue }
      // 天猫不能改价 / 这边无法直接改价: it cannot be done, nothing urged (可不能错过 urges).
      if !reply.word(hit, isIn: cues.closeMiss), let k = clause(of: hit),
        ScalarSearch.containsAny(
          s, cues.closeRefused, from: max(clauses.list[k].start, hit.start - 4), to: hit.start)
      {
        continue
      }
      // 不用重新拍: a step the buyer is spared, nothing urged.
      if reply.word(hit, isIn: cues.closeRedo), endsAt(hit.start, oneOf: cues.closeNotNeeded) {
        continue
      }
      // 现在拍不了: the order cannot be placed.
      if cues.closeCannot.contains(where: { ScalarSearch.hasPrefix(s, $0, from: hit.end) }) {
        continue
      }
      // 您拍下的是两包 / 您拍下多少件呀: what was ordered, spoken of, not a nudge.
      if reply.word(hit, isIn: cues.placedByYou)
        && cues.placedWhat.contains(where: { ScalarSearch.hasPrefix(s, $0, from: hit.end) })
      {
        continue
      }
      // 您拍下破损的照片发我 / 您先拍照: a photo taken for the case, not the order placed (拍照
      // may begin with the hit's own last 拍).
      if s[hit.start..<hit.end].contains(where: cues.snap.contains), let k = clause(of: hit),
        ScalarSearch.containsAny(s, cues.photoTaken, from: hit.end - 1, to: clauses.list[k].end)
      {
        continue
      }
      // 是不是下单的时候地址没改过来呢: a problem looked into, not how to order.
      if reply.word(hit, isIn: cues.whenOrdering), let k = clause(of: hit), isQuestion(k) {
        continue
      }
      // 发票修改好了会发短信给您 / 地址改好了: something else edited, not the price to pay
      // (改好了，您核对下地址 still edited the price: the address comes after).
      // (改成30码，地址也改一下 — 改好了: the buyer's own change, done.)
      if reply.word(hit, isIn: cues.priceEdited)
        && ((hit.start > 0 && cues.mend.contains(s[hit.start - 1]))
          || ScalarSearch.containsAny(s, cues.editedOther, from: 0, to: hit.start)
          || context.buyerEditsOrder(cues))
      {
        continue
      }
      // 优惠券满78可用 / 优惠券不能叠加: the coupon explained; with 领/拍/下单 it nudges.
      if reply.word(hit, isIn: cues.couponAlone)
        && (!ScalarSearch.containsAny(s, cues.couponAct, from: 0, to: s.count)
          || ScalarSearch.containsAny(s, cues.couponTerms, from: 0, to: s.count))
      {
        continue
      }
      // 截止日期 / 已经截止: a date printed on the item or a deadline gone, not urgency.
      if reply.word(hit, isIn: cues.closeDeadline) {
        if hit.end < s.count && cues.day.contains(s[hit.end]) { continue }
        if hit.start > 0 && cues.alreadyChars.contains(s[hit.start - 1]) { continue }
      }
      // 厂家涨价了，我们也没办法: a price rise given as the reason, not urgency.
      if reply.word(hit, isIn: cues.closePriceRise) && reply.contains(cues.priceReason) { continue }
      // 可以先拍小样试试: a trial size recommended, not a nudge.
      if reply.word(hit, isIn: cues.payFirstTry) {
        let end = min(s.count, hit.end + 6)
        if s[hit.end..<end].contains(where: cues.tryChar.contains) { continue }
      }
      return true
    }
    // 新人下单立减5元 / 只要89 / 只要十块: the price pitched.
    for hit in reply.hits(phrases.priceCut) where priceCuts && !negated(hit.start) {
      guard reply.word(hit, isIn: cues.onlyCosts) else { return true }
      if hit.end < s.count
        && (ScalarText.isDigit(s[hit.end]) || cues.numerals.contains(s[hit.end])
          || cues.ten.contains(s[hit.end]))
      {
        return true
      }
    }
    if changesPrice() || shipsTodayIfPlaced() || priceRisesSoon() { return true }
    // 家人们冲 / 一起拍立减二十冲: the live-stream push.
    for c in clauses.list where c.end - c.start <= 14 && cues.push.contains(s[c.end - 1]) {
      if c.end - c.start == 1 || !cues.dont.contains(s[c.end - 2]) { return true }
    }
    // 现在购买还送一个收纳袋: a gift tied to ordering now — not the terms of one said with what
    // is not given (买三袋才送，单买不送; 拍2组送纸巾，1组没有赠品).
    // (Most replies hold no order-now word: the reply is searched for the terms only then.)
    let orderNow = reply.hits(phrases.orderNow)
    let withheld = !orderNow.isEmpty && ScalarSearch.containsAny(s, cues.offerWithheld)
    for hit in orderNow where !withheld {
      guard let k = clause(of: hit) else { continue }
      let c = clauses.list[k]
      var i = hit.end
      while i < c.end {
        if cues.giftVerb.contains(s[i]) {
          let next: Unicode.Scalar? = i + 1 < c.end ? s[i + 1] : nil
          if let n = next, cues.notGift.contains(n) {
            i += 1
            continue
          }
          if i > c.start && cues.deliveryTime.contains(s[i - 1]) {
            i += 1
            continue
          }
          return true
        }
        i += 1
      }
    }
    // 全场8折 / 九折: a discount on now.
    var i = 1
    while priceCuts && i < s.count {
      if cues.discount.contains(s[i])
        && (ScalarText.isDigit(s[i - 1]) || cues.numerals.contains(s[i - 1]))
        && !rhetorical(i, i + 1) && !discountGiven(at: i)
      {
        return true
      }
      i += 1
    }
    // 今天全场包邮: postage as a promotion.
    for hit in reply.hits(phrases.ship) where reply.word(hit, isIn: cues.freeShipping) {
      guard let k = clause(of: hit) else { continue }
      for p in hits(phrases.promotion, in: k) {
        if !reply.word(p, isIn: cues.gathering) { return true }
      }
    }
    return false
  }

  /// 明天就恢复原价 / 以后还会涨: the price said to go up soon — buy now, a nudge to order. Not a
  /// tier of quantity (买满5份以后按原价算, what goes over a limit), a question, nor a rise denied
  /// (以后也不会涨).
  func priceRisesSoon() -> Bool {
    for hit in reply.hits(cues.priceSoon) {
      if hit.start > 0 {
        let before = s[hit.start - 1]
        if ScalarText.isDigit(before) || cues.isHanNumber(before)
          || cues.quantityMeasures.contains(before)
        {
          continue
        }
      }
      // 之后会恢复原价吗: asked, not said; 超过限购的部分以后按原价: what goes over a limit.
      guard let k = clause(of: hit), !isQuestion(k),
        !ScalarSearch.containsAny(s, cues.priceTier, from: clauses.list[k].start, to: hit.start)
      else { continue }
      let end = min(clauses.list[k].end, hit.end + 6)
      var i = hit.end
      while i < end {
        if starts(cues.priceBack, at: i) {
          let denied =
            (i > hit.end && cues.negation.contains(s[i - 1]))
            || (i > hit.end + 1 && cues.negation.contains(s[i - 2]))
          if !denied && !rhetorical(hit.start, i) { return true }
        }
        i += 1
      }
    }
    return false
  }

  /// 拍下今天发 / 今天拍下今天就能发出 / 拍下明天就发: the order placed now leaves at once — a
  /// nudge to order now. Not 凡是拍下的订单都当天发 (orders in general), 拍下要明天发 (a delay),
  /// 拍下今天发不了 (it cannot), nor 四点前拍下当天发货 (the shop's dispatch rule).
  func shipsTodayIfPlaced() -> Bool {
    for hit in reply.hits(cues.orderPlaced) where !negated(hit.start) {
      guard let k = clause(of: hit) else { continue }
      let c = clauses.list[k]
      if ScalarSearch.containsAny(s, cues.cutoff, from: max(c.start, hit.start - 4), to: hit.start)
      {
        continue
      }
      for day in hits(cues.shipDay, in: k) where day.start >= hit.end && day.start - hit.end <= 4 {
        if s[hit.end..<day.start].contains(where: cues.notAtOnce.contains) { continue }
        let end = min(c.end, day.end + 5)
        if let sent = s[day.end..<end].firstIndex(where: cues.sendVerbs.contains),
          sent + 1 >= s.count || !cues.not.contains(s[sent + 1])
        {
          return true
        }
      }
    }
    return false
  }

  /// 已经打8折了 / 7折折后价: a discount already in the price (it holds the price), not one
  /// on offer.
  func discountGiven(at i: Int) -> Bool {
    if i + 1 < s.count && cues.after.contains(s[i + 1]) { return true }
    return s[max(0, i - 5)..<i].contains(where: cues.already.contains)
  }

  /// 专享价已经给您改好了 / 这个价…我去后台改一下: the price changed for the buyer to pay.
  func changesPrice() -> Bool {
    guard let price = s.firstIndex(where: cues.price.contains) else { return false }
    for c in clauses.list {
      var i = c.start
      while i + 1 < c.end {
        if cues.change.contains(s[i]) && !cues.notChanged.contains(s[i + 1])
          && !has(phrases.shipTopic, in: clauses.index(of: i) ?? 0)
          && (price < i || s[c.start..<c.end].contains(where: cues.price.contains))
          && cues.changedAfter.contains(s[i + 1])
        {
          return true
        }
        i += 1
      }
    }
    return false
  }

  // MARK: 下单发货

  /// The longest clause (in scalars) that names the courier only to say the seller does not
  /// know (快递的事我不清楚): one that goes on says something about the delivery too.
  static let brushOffClause = 10

  func ships() -> Bool {
    let excluded = reply.hits(phrases.notShip)
    // 地址发过来，我这边给您改: the address asked for; the change is yet to come.
    let asksAddress = reply.contains(cues.addressAsked)
    // 快递的事我不清楚: a short clause that names the topic only to say the seller does not know,
    // a brush-off (not 没办法包邮, which states the terms, nor a longer clause that goes on).
    // (Searched directly: 抱歉，快递我不清楚 is no 服务禁语 after the apology, still no shipping.)
    let unknowing = ScalarSearch.containsAny(s, cues.ignorance)
    for hit in reply.hits(phrases.ship) {
      if excluded.contains(where: { $0.start < hit.end && hit.start < $0.end }) { continue }
      if unknowing, let k = clause(of: hit),
        clauses.list[k].end - clauses.list[k].start <= Self.brushOffClause,
        ScalarSearch.containsAny(
          s, cues.ignorance, from: clauses.list[k].start, to: clauses.list[k].end)
      {
        continue
      }
      if asksAddress && reply.word(hit, isIn: cues.addressChange) { continue }
      // 您拍下我帮您改地址 / 付款后给您备注好: done once the buyer has ordered, not yet.
      if reply.word(hit, isIn: cues.addressChange) || reply.word(hit, isIn: cues.remark),
        promisedAfterOrder(hit.start)
      {
        continue
      }
      // 备注的是下午送，对吗: the buyer's note read back, not one the seller makes.
      // …备注了要礼盒包装，没错吧: packing the buyer asked for, read back.
      if confirming && (reply.word(hit, isIn: cues.remark) || reply.word(hit, isIn: cues.packing)) {
        continue
      }
      // 您见过哪家店这个价还包邮的？ argues about the price.
      if reply.word(hit, isIn: cues.freeShipping) && rhetorical(hit.start, hit.end) { continue }
      // 今天全场包邮 pitches a promotion; 满99包邮 / 凑单包邮 states the postage terms.
      if reply.word(hit, isIn: cues.freeShipping), let k = clause(of: hit),
        !statesThreshold(hit, in: k),
        hits(phrases.promotion, in: k).contains(where: { !reply.word($0, isIn: cues.postageTerms) })
      {
        continue
      }
      return true
    }
    // 三到五天 to 退的钱要多久: the refund's wait, not the parcel's (see refundWaitAnswered).
    if spansDays(excluded: excluded) && !buyerAsksRefundWait { return true }
    // 发了亲 / 发了哦: dispatched, said tersely.
    for c in clauses.list where c.end - c.start <= 4 && cues.send.contains(s[c.start]) {
      if c.start + 1 < c.end && cues.doneLe.contains(s[c.start + 1]) { return true }
    }
    // 地址已经给您改好了 / 换个地址: the address changed — the change said next to it, not 价格改好了
    // elsewhere in a clause that then asks to check the address.
    for hit in reply.hits(phrases.shipTopic)
    where !asksAddress && reply.word(hit, isIn: cues.addressWord) {
      guard let k = clause(of: hit), !isQuestion(k), !promisedAfterOrder(hit.start) else {
        continue
      }
      let c = clauses.list[k]
      let near = max(c.start, hit.start - 4)..<min(c.end, hit.end + 6)
      for i in near where cues.changeVerbs.contains(s[i]) { return true }
    }
    return false
  }

  /// 您拍下我帮您改地址 / 付款后给您备注好: an order word (order-first) a few characters before
  /// `start` in its clause, not itself done (可以付款了), and no 已 from just before `start` to
  /// a few characters after it — the change or remark is promised for after the order, nothing
  /// is sent yet (已经帮您备注好了, 下单时的地址已经改好了 are done).
  func promisedAfterOrder(_ start: Int) -> Bool {
    guard let k = clauses.index(of: start) else { return false }
    let c = clauses.list[k]
    let from = max(c.start, start - 12)
    if (max(c.start, start - 3)..<min(c.end, start + 8)).contains(where: {
      cues.already.contains(s[$0])
    }) {
      return false
    }
    for word in cues.orderFirst {
      var i = from
      while let at = ScalarSearch.firstIndex(of: word, in: s, from: i, to: start) {
        let after = at + word.count
        if after >= s.count || !cues.doneLe.contains(s[after]) { return true }
        i = at + 1
      }
    }
    return false
  }

  /// Where the number starting at `at` ends, or `at` when none starts there: a run of Arabic
  /// digits or of Chinese numbers, one kind or the other (618 - 20三天 is a date and a count;
  /// in 80一箱 the 一 is the measure's, not the price's).
  func numberEnd(_ at: Int) -> Int {
    guard at < s.count else { return at }
    let han = cues.isHanNumber(s[at])
    guard han || ScalarText.isDigit(s[at]) else { return at }
    var k = at
    while k < s.count && (han ? cues.isHanNumber(s[k]) : ScalarText.isDigit(s[k])) { k += 1 }
    return k
  }

  /// 3到5天 / 1 - 2天 / 三到五天 / 5天左右: a span of days, or a number of days about (about-days),
  /// in a shop's reply is the wait for dispatch or delivery — unless a not-ship word stands in
  /// its clause, or a word of keeping, using or a promotion's end (冷藏可以放3到5天, 活动还剩1-2天,
  /// 1-3天到账 is money coming back).
  func spansDays(excluded: ArraySlice<PhraseHit>) -> Bool {
    func isNumber(_ c: Unicode.Scalar) -> Bool { ScalarText.isDigit(c) || cues.isHanNumber(c) }
    func skipSpaces(_ at: Int) -> Int {
      var k = at
      while k < s.count && s[k].properties.isWhitespace { k += 1 }
      return k
    }
    // Every span ends in a day unit right after a number, spaces aside (三到五天, 5 天左右): a
    // reply with no such unit, most of them, is settled in one cheap pass.
    let dayUnit = cues.dayUnit
    let unitAfterNumber = s.indices.contains { m in
      guard dayUnit.contains(s[m]) else { return false }
      var p = m - 1
      while p >= 0 && s[p].properties.isWhitespace { p -= 1 }
      return p >= 0 && isNumber(s[p])
    }
    guard unitAfterNumber else { return false }
    var i = 0
    while i < s.count {
      guard isNumber(s[i]) else {
        i += 1
        continue
      }
      let j = numberEnd(i)
      var k = skipSpaces(j)
      var end: Int?
      if k < s.count && cues.spanMarks.contains(s[k]) {
        k = skipSpaces(k + 1)
        let m = numberEnd(k)
        if m > k && m < s.count && cues.dayUnit.contains(s[m]) { end = m + 1 }
      } else if k < s.count && cues.dayUnit.contains(s[k]),
        let about = cues.aboutDays.first(where: {
          ScalarSearch.hasPrefix(s, $0, from: k + 1)
        })
      {
        end = k + 1 + about.count
      }
      if let end {
        let (a, b) = ScalarText.clause(s, i, end)
        if !excluded.contains(where: { $0.start < b && a < $0.end })
          && !ScalarSearch.containsAny(s, cues.spanNotWait, from: a, to: b)
        {
          return true
        }
      }
      i = j
    }
    return false
  }

  /// 全场满88元包邮: 满 and a number just before 包邮 state the postage terms, whatever
  /// promotion stands beside them — unless the clause counts what is still short (还差12块包邮,
  /// 凑满199包邮), which sells more.
  func statesThreshold(_ hit: PhraseHit, in k: Int) -> Bool {
    let c = clauses.list[k]
    if (c.start..<c.end).contains(where: { cues.shortOf.contains(s[$0]) }) { return false }
    var i = hit.start
    while i > c.start && hit.start - i < 8 {
      i -= 1
      if cues.thresholdMark.contains(s[i]) && i + 1 < hit.start && ScalarText.isDigit(s[i + 1]) {
        return true
      }
    }
    return false
  }

  // MARK: 礼貌告别

  /// Goodbyes, wishes, thanks for support and review requests always; bare thanks only when the
  /// reply says nothing else; the open door (有问题随时找我) only when the reply sells nothing —
  /// said mid-sale it keeps the talk going rather than closing it.
  func saysFarewell(others: StepSet) -> Bool {
    for hit in reply.hits(phrases.farewell) {
      if reply.word(hit, isIn: cues.goodReview) {
        // 好评如潮 / 都是好评 praise the item.
        let after = hit.end < s.count ? s[hit.end] : " "
        if cues.praiseAfter.contains(after) { continue }
        if hit.start >= 2 && cues.isChar.contains(s[hit.start - 1]) { continue }
      }
      return true
    }
    let thanksFor = reply.hits(phrases.thanksFor)
    for hit in reply.hits(phrases.thanks)
    where thanksFor.contains(where: { $0.start >= hit.end && $0.start - hit.end <= 4 }) {
      return true
    }
    let selling: StepSet = [.greet, .inquire, .recommend, .objection, .close]
    if reply.contains(phrases.openDoor) && others.isDisjoint(with: selling) { return true }
    // …有问题随时问我哦 at the end closes the talk, even after selling; at the start of an
    // opener (在的，有需要随时叫我) it invites.
    if !others.contains(.greet) || others.count > 1, let last = clauses.list.last {
      for hit in reply.hits(phrases.openDoor)
      where hit.start >= last.start && clauses.list.count > 1 {
        return true
      }
    }
    if reply.contains(phrases.thanks) && others.isEmpty { return true }
    // …今天就发 谢谢亲 / …今天发顺丰谢谢: a short thanks ending the reply takes leave after the
    // business (the order, its check, its dispatch) — with a buyer message known who is neither
    // bargaining nor asking (啥时候能发 — 四点前拍下当天发，谢谢亲 answers politely); not after a
    // request (请您核对一下地址，谢谢). A 您好 in a later reply (亲，您好，跟您核对下…今天发出，
    // 谢谢亲) opens nothing: the thanks still closes.
    var business = others
    if context.sellerSpokeBefore { business.remove(.greet) }
    if !context.buyer.isEmpty, !buyerObjects, !context.buyerAsks, !business.isEmpty,
      business.isSubset(of: [.close, .confirm, .ship]),
      !ScalarSearch.containsAny(s, cues.thanksAfterRequest)
    {
      return reply.hits(phrases.thanks).contains { $0.start > 0 && s.count - $0.end <= 3 }
    }
    return false
  }
}

/// A family's hits inside one clause, in order: the reply's hits that end in the clause, those
/// that start before it skipped while iterating — a view, so asking builds no array.
struct ClauseHits: Sequence {
  let hits: ArraySlice<PhraseHit>
  let start: Int

  struct Iterator: IteratorProtocol {
    var rest: ArraySlice<PhraseHit>.Iterator
    let start: Int
    mutating func next() -> PhraseHit? {
      while let hit = rest.next() {
        if hit.start >= start { return hit }
      }
      return nil
    }
  }

  func makeIterator() -> Iterator { Iterator(rest: hits.makeIterator(), start: start) }

  var first: PhraseHit? {
    var iterator = makeIterator()
    return iterator.next()
  }
  var isEmpty: Bool { first == nil }
}
