/// Finds rhetorical questions in a normalised reply by scanning its scalars directly: no regular
/// expressions, the lexicon compiled once into an index by first scalar.
///
/// The reply is split into sentences (ending at ？！。；… or a line break) and each sentence into
/// clauses (at ，、：and spaces). Each clause is scanned for the anchors of
/// `RhetoricalPatterns.all`; an anchor counts when its conditions hold. A few shapes that are not
/// one anchor (哪里贵了, 有什么好犹豫的, 贵什么贵, …好不好！) are judged in code below.
final class RhetoricalQuestionDetector {
  /// One rhetorical question: its shape and its span in normalised offsets (end exclusive).
  struct Detection: Equatable {
    var shape: RhetoricalShape
    var start: Int
    var end: Int
    /// Where the anchor word stands (normalised offsets), for building the suggestion.
    var anchorStart: Int
    var anchorEnd: Int
  }

  struct Clause {
    var start: Int
    /// End of the clause's words (exclusive), before any separator.
    var end: Int
    /// End including the separators or terminators after it.
    var outerEnd: Int
    /// The closing particle (吗 么 嘛 呢 吧) after fillers such as 亲/啊/呀 are dropped.
    var particle: Unicode.Scalar?
    /// Offset of that particle, or of the clause's last word.
    var lastWord: Int
    var sentence: Int
  }

  struct Sentence {
    var firstClause: Int
    var lastClause: Int
    var question: Bool
    var exclamation: Bool
  }

  /// A compiled pattern word: its scalars and the pattern it belongs to.
  struct Anchor {
    var scalars: [Unicode.Scalar]
    var pattern: Int
    /// What the pattern's ending needs somewhere in the reply (`Closers`), 0 for nothing.
    var needs: UInt8 = 0
    /// The second scalar's value, 0 for a one-scalar anchor (an anchor whose second scalar were
    /// U+0000 would only be compared in full everywhere, never skipped wrongly).
    var second: UInt32

    init(scalars: [Unicode.Scalar], pattern: Int, needs: UInt8) {
      self.scalars = scalars
      self.pattern = pattern
      self.needs = needs
      self.second = scalars.count > 1 ? scalars[1].value : 0
    }
  }

  /// Scalars a clause ending needs, as bits for `mayHold` (？ is let through before them).
  enum Closers {
    /// 吗, 嘛, or 么 (read as 吗).
    static let ma: UInt8 = 1
    static let exclamation: UInt8 = 2
    static let ne: UInt8 = 4

    /// Without one of these in the reply, a pattern with this ending cannot close (`check`).
    static func needed(by ending: RhetoricalEnding) -> UInt8 {
      switch ending {
      case .maParticle: return ma
      case .questionMark: return ma | exclamation
      case .question, .tagged: return ma | exclamation | ne
      case .anything, .doneAlready, .standalone: return 0
      }
    }
  }

  /// A class, not a struct: the scan takes a pattern per anchor found, and a struct of eleven
  /// arrays was copied (eleven retains and releases) each time.
  final class CompiledPattern {
    let source: RhetoricalPattern
    let next: [[Unicode.Scalar]]
    let notNext: [[Unicode.Scalar]]
    let notBefore: [[Unicode.Scalar]]
    let needBefore: [[Unicode.Scalar]]
    let notInClause: [[Unicode.Scalar]]
    let needInSentence: [[Unicode.Scalar]]
    let needAfter: [[Unicode.Scalar]]
    let notInReply: [[Unicode.Scalar]]
    let notInSentence: [[Unicode.Scalar]]
    let needLater: [[Unicode.Scalar]]

    init(
      source: RhetoricalPattern, next: [[Unicode.Scalar]], notNext: [[Unicode.Scalar]],
      notBefore: [[Unicode.Scalar]], needBefore: [[Unicode.Scalar]],
      notInClause: [[Unicode.Scalar]], needInSentence: [[Unicode.Scalar]],
      needAfter: [[Unicode.Scalar]], notInReply: [[Unicode.Scalar]],
      notInSentence: [[Unicode.Scalar]], needLater: [[Unicode.Scalar]]
    ) {
      self.source = source
      self.next = next
      self.notNext = notNext
      self.notBefore = notBefore
      self.needBefore = needBefore
      self.notInClause = notInClause
      self.needInSentence = needInSentence
      self.needAfter = needAfter
      self.notInReply = notInReply
      self.notInSentence = notInSentence
      self.needLater = needLater
    }
  }

  static func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }
  static func scalarLists(_ list: [String]) -> [[Unicode.Scalar]] { list.map(scalars) }

  let patterns: [CompiledPattern]

  /// Anchors indexed by their first scalar, in pattern order.
  let anchorIndex: AnchorIndex

  let conditionalWords: [[Unicode.Scalar]]
  let conditionClose: [[Unicode.Scalar]]
  let politeEndings: [[Unicode.Scalar]]
  let disputedJudgements: [[Unicode.Scalar]]
  let complaintWords: [[Unicode.Scalar]]
  let trivialisedThings: [[Unicode.Scalar]]
  let pointlessThings: [[Unicode.Scalar]]
  let assertionWords: [[Unicode.Scalar]]
  let genuineOpenings: [[Unicode.Scalar]]
  let incredulous: [[Unicode.Scalar]]
  let incredulousAlso: [[Unicode.Scalar]]
  let questionWords: [[Unicode.Scalar]]
  let alsoLeads: [[Unicode.Scalar]]
  let offeredNext: [[Unicode.Scalar]]
  let stillAfterWhich: [[Unicode.Scalar]]
  let againVerbs: [[Unicode.Scalar]]
  let concessions: [[Unicode.Scalar]]
  let secondPerson: [[Unicode.Scalar]]
  let tellingVerbs: [[Unicode.Scalar]]
  let repeatCounts: [[Unicode.Scalar]]
  let checkOffers: [[Unicode.Scalar]]
  let tryOffers: [[Unicode.Scalar]]
  let fixOffers: [[Unicode.Scalar]]
  let pressingDegrees: [[Unicode.Scalar]]
  let pressedFacts: [[Unicode.Scalar]]
  let recallWords: [[Unicode.Scalar]]
  let recallBenefits: [[Unicode.Scalar]]
  let thinkAgainMiddles: [[Unicode.Scalar]]
  let howAfterWant: [[Unicode.Scalar]]
  let doneWords: [[Unicode.Scalar]]
  let offerWords: [[Unicode.Scalar]]

  // MARK: - Scalar classes

  /// Ends a sentence (`Punctuation.sentence`).
  @inline(__always) func isTerminator(_ c: Unicode.Scalar) -> Bool {
    Punctuation.of(c).contains(.sentence)
  }

  /// Ends a phrase inside a sentence (`Punctuation.phrase`).
  @inline(__always) func isSeparator(_ c: Unicode.Scalar) -> Bool {
    Punctuation.of(c).contains(.phrase)
  }

  @inline(__always) func isIdeograph(_ c: Unicode.Scalar) -> Bool { Self.isIdeograph(c) }

  @inline(__always) static func isIdeograph(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    return (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF)
  }

  /// Words a seller tacks on after the real end of a clause: 吗亲, 的呀, 好吗~
  @inline(__always) func isFiller(_ c: Unicode.Scalar) -> Bool {
    if fillers.contains(c) { return true }
    if isIdeograph(c) { return false }
    let v = c.value
    if v < 0x80 { return !(c.properties.isAlphabetic || (v >= 0x30 && v <= 0x39)) }
    return true
  }

  // MARK: - Splitting

  /// Replaces quoted text (「」『』“”‘’《》【】"…") by a neutral letter so it is never judged.
  func masked(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var out = text
    var closer: Unicode.Scalar? = nil
    for i in out.indices {
      let c = out[i]
      if let close = closer {
        if c == close { closer = nil } else { out[i] = "x" }
        continue
      }
      switch c {
      case "「": closer = "」"
      case "『": closer = "』"
      case "“": closer = "”"
      case "‘": closer = "’"
      case "《": closer = "》"
      case "【": closer = "】"
      case "\"": closer = "\""
      default: break
      }
    }
    return out
  }

  func split(_ s: [Unicode.Scalar]) -> (clauses: [Clause], sentences: [Sentence]) {
    // Room for a usual reply at once: grown from empty, the lists were reallocated about four
    // times per reply.
    var clauses: [Clause] = []
    clauses.reserveCapacity(8)
    var sentences: [Sentence] = []
    sentences.reserveCapacity(4)
    var i = 0
    let n = s.count
    var sentenceFirst = 0
    while i < n {
      // Skip leading separators and terminators.
      while i < n && (isSeparator(s[i]) || isTerminator(s[i])) { i += 1 }
      if i >= n { break }
      let start = i
      while i < n && !isSeparator(s[i]) && !isTerminator(s[i]) { i += 1 }
      let end = i
      var question = false
      var exclamation = false
      var endsSentence = i >= n
      while i < n && (isSeparator(s[i]) || isTerminator(s[i])) {
        let c = s[i]
        if isTerminator(c) {
          endsSentence = true
          if c == "?" { question = true }
          if c == "!" { exclamation = true }
        }
        i += 1
        // A terminator followed by more words ends the sentence even after separators.
        if endsSentence && i < n && !isSeparator(s[i]) && !isTerminator(s[i]) { break }
      }
      var clause = Clause(
        start: start, end: end, outerEnd: i, particle: nil, lastWord: end - 1,
        sentence: sentences.count)
      var last = end - 1
      while last > start && isFiller(s[last]) { last -= 1 }
      clause.lastWord = last
      let c = s[last]
      let before: Unicode.Scalar? = last > start ? s[last - 1] : nil
      if c == ma || c == emphatic {
        if let b = before, notParticleBefore.contains(b) {} else { clause.particle = c }
      } else if c == me {
        if let b = before, meNotAfter.contains(b) {
        } else {
          clause.particle = ma
        }
      } else if c == ne || c == ba {
        clause.particle = c
      }
      clauses.append(clause)
      if endsSentence {
        sentences.append(
          Sentence(
            firstClause: sentenceFirst, lastClause: clauses.count - 1, question: question,
            exclamation: exclamation))
        sentenceFirst = clauses.count
      }
    }
    if sentenceFirst < clauses.count {
      sentences.append(
        Sentence(
          firstClause: sentenceFirst, lastClause: clauses.count - 1, question: false,
          exclamation: false))
    }
    return (clauses, sentences)
  }

  // MARK: - Matching helpers

  @inline(__always)
  func matches(_ s: DetectorText, at i: Int, _ word: [Unicode.Scalar], limit: Int) -> Bool {
    matches(s.scalars, at: i, word, limit: limit)
  }

  @inline(__always)
  func matches(_ s: [Unicode.Scalar], at i: Int, _ word: [Unicode.Scalar], limit: Int)
    -> Bool
  {
    ScalarText.matches(s, at: i, word, limit: limit)
  }

  func startsWithAny(
    _ s: DetectorText, at i: Int, _ words: [[Unicode.Scalar]], limit: Int
  ) -> Bool {
    ScalarText.startsWithAny(s.scalars, at: i, words, limit: limit)
  }

  func endsWithAny(
    _ s: DetectorText, before i: Int, _ words: [[Unicode.Scalar]], from lower: Int
  ) -> Bool {
    for w in words where i - w.count >= lower && matches(s, at: i - w.count, w, limit: i) {
      return true
    }
    return false
  }

  func containsAny(
    _ s: DetectorText, from a: Int, to b: Int, _ words: [[Unicode.Scalar]]
  ) -> Bool {
    // A long stretch (a whole reply, a clause without punctuation) is answered from where the
    // words occur, worked out once per reply: checking one anchor must not rescan the reply.
    if b - a > 48 && !words.isEmpty { return s.memo.contains(words, from: a, to: b, in: s.scalars) }
    var i = a
    while i < b {
      if startsWithAny(s, at: i, words, limit: b) { return true }
      i += 1
    }
    return false
  }

  func buyerComplained(_ buyer: [String]) -> Bool {
    for message in buyer {
      let s = DetectorText(Array(message.unicodeScalars))
      if containsAny(s, from: 0, to: s.count, complaintWords) { return true }
    }
    return false
  }

  // MARK: - Detection

  /// Every rhetorical question in the reply, worked out once per reply and buyer context.
  func detect(_ reply: Reply, buyer: [String]) -> [Detection] {
    if let memo = reply.shared.rhetorical, memo.buyer == buyer { return memo.detections }
    let detections = detect(reply.normalized.scalars, buyer: buyer)
    reply.shared.rhetorical = (buyer, detections)
    return detections
  }

  /// Every rhetorical question in the normalised scalars, at most one per sentence.
  func detect(_ normalized: [Unicode.Scalar], buyer: [String]) -> [Detection] {
    guard mayHold(normalized) else { return [] }
    let s = DetectorText(masked(normalized))
    let (clauses, sentences) = split(s.scalars)
    var found: [Detection] = []
    var complained: Bool? = nil
    let index = anchorIndex
    for (si, sentence) in sentences.enumerated() {
      let previousAsks = si > 0 && asksYesNo(sentences[si - 1], s: s, clauses: clauses)
      var hit: Detection? = nil
      clauseLoop: for ci in sentence.firstClause...sentence.lastClause {
        let clause = clauses[ci]
        var i = clause.start
        while i < clause.end {
          if index.mayStart(at: i, in: s.scalars, limit: clause.end),
            let anchors = index.anchors(startingWith: s[i].value)
          {
            // The anchors sharing this first scalar are told apart by their second before the
            // whole word is compared (0: none within the clause, where only one-scalar anchors
            // fit): most of a group fails there, and in the same order as before.
            let next: UInt32 = i + 1 < clause.end ? s[i + 1].value : 0
            for anchor in anchors
            where (anchor.second == 0 || anchor.second == next)
              && matches(s, at: i, anchor.scalars, limit: clause.end)
            {
              let pattern = patterns[anchor.pattern]
              if pattern.source.afterComplaint {
                if complained == nil { complained = buyerComplained(buyer) }
                if complained == false { continue }
              }
              if let d = check(
                pattern, at: i, length: anchor.scalars.count, clause: ci, s: s,
                clauses: clauses, sentence: sentence)
              {
                hit = d
                break clauseLoop
              }
            }
          }
          if isCodedShapeStart(s[i]),
            let d = checkInCode(at: i, clause: ci, s: s, clauses: clauses, sentence: sentence)
          {
            hit = d
            break clauseLoop
          }
          i += 1
        }
        if let d = checkClause(
          ci, s: s, clauses: clauses, sentence: sentence, previousAsks: previousAsks)
        {
          hit = d
          break clauseLoop
        }
      }
      if let hit, !answeredAtOnce(si, s: s, clauses: clauses, sentences: sentences) {
        found.append(hit)
      }
    }
    return found
  }

  /// What `mayHold` looks for, worked out once from the words (never written by hand).
  let prefilter: Prefilter

  /// Words any one of which lets a reply through `mayHold`: ？ and the quote openers (`masked`),
  /// and the least that each shape judged in code (`checkInCode`, `checkClause`) needs.
  let prefilterTriggers: [[Unicode.Scalar]]

  /// Whether the reply can hold a rhetorical question at all, in one pass over its scalars: most
  /// replies have no ？, no quote, no anchor and none of the shapes judged in code, and skip the
  /// splitting and the clause-by-clause scan. A necessary condition only — every way `check`,
  /// `checkInCode` and `checkClause` find a question needs one of `prefilterTriggers`, an anchor
  /// or a counted time with 吧/嘛 (`prefilter`, derived from the same classes the shapes read).
  /// Without a quote opener the masked text is the text itself, so a word matched in a clause is
  /// also matched here.
  func mayHold(_ s: [Unicode.Scalar]) -> Bool {
    let n = s.count
    var counted = false
    var closingParticle = false
    var closers: UInt8 = 0
    let (ma, emphatic, me, ne) = (self.ma, self.emphatic, self.me, self.ne)
    for c in s {
      if c == ma || c == emphatic || c == me {
        closers |= Closers.ma
      } else if c == "!" {
        closers |= Closers.exclamation
      } else if c == ne {
        closers |= Closers.ne
      }
    }
    let index = anchorIndex
    let filter = prefilter
    return filter.flags.withUnsafeBufferPointer { table in
      var i = 0
      while i < n {
        let c = s[i]
        let v = c.value
        let flags = v < 0xA000 ? table[Int(v)] : Prefilter.look
        if flags == 0 {
          i += 1
          continue
        }
        if flags & Prefilter.trigger != 0 && filter.triggered(at: i, in: s) { return true }
        if flags & Prefilter.counted != 0 { counted = true }
        if flags & Prefilter.closing != 0 { closingParticle = true }
        if index.anyAnchor(at: i, in: s, limit: n, closers: closers) { return true }
        i += 1
      }
      // 这个我都回答三遍了吧
      return counted && closingParticle
    }
  }

  let whatLeads: [[Unicode.Scalar]]
  let whatCancels: [[Unicode.Scalar]]
  let whatAfterNo: [[Unicode.Scalar]]
  let whatOffers: [[Unicode.Scalar]]
  // Character classes compared one by one (named in rhetorical_question.words, never literal).
  let whatNotThing: ScalarSet
  let answerSkip: ScalarSet
  let standaloneLeads: ScalarSet
  let countDigits: ScalarSet
  let whereNotAfter: ScalarSet
  let wherePlaceBefore: ScalarSet
  // The clause-ending particles and what the shapes judged in code compare, by name.
  let fillers: ScalarSet
  let ma: Unicode.Scalar
  let emphatic: Unicode.Scalar
  let me: Unicode.Scalar
  let ne: Unicode.Scalar
  let ba: Unicode.Scalar
  let notParticleBefore: ScalarSet
  let meNotAfter: ScalarSet
  let negations: ScalarSet
  let bu: Unicode.Scalar
  let negationNotBefore: ScalarSet
  let guessIs: ScalarSet
  let le: Unicode.Scalar
  let perfectiveWords: [[Unicode.Scalar]]
  let thinkAddressees: ScalarSet
  let think: Unicode.Scalar
  let thinkAgain: [[Unicode.Scalar]]
  let thinkLook: ScalarSet
  let nandaoTails: [[Unicode.Scalar]]
  let nandaoTailLeads: [[Unicode.Scalar]]
  let challengeHow: [[Unicode.Scalar]]
  let challengeHowTails: ScalarSet
  let nthLeads: [[Unicode.Scalar]]
  let nthUnits: ScalarSet
  let repeatUnits: ScalarSet
  let still: Unicode.Scalar
  let again: Unicode.Scalar
  let whereStarts: ScalarSet
  let whereSuffixes: ScalarSet
  let whereAsking: [[Unicode.Scalar]]
  let haveWhat: ScalarSet
  let haveNot: ScalarSet
  let whatWords: [[Unicode.Scalar]]
  let whatStarts: ScalarSet
  let nominalDe: ScalarSet
  let okWords: ScalarSet
  let okBa: ScalarSet
  let judgedEndings: ScalarSet
  /// 哪里重呀？才3斤多: the judgements echoed, what may stand around them, and the 才 + number
  /// after that makes the echo a retort (`echoRetort`).
  let echoJudgements: [[Unicode.Scalar]]
  let echoDegrees: [[Unicode.Scalar]]
  let echoLeads: ScalarSet
  let echoTails: ScalarSet
  let onlyLeads: [[Unicode.Scalar]]
  /// The scalars `checkInCode` starts from: the first of each shape's words.
  let codedShapeStarts: ScalarSet

  /// Built from the standard words (the same the rule read as process-wide tables before), once
  /// per rubric's words and again for each thread judging with a copy of the rubric
  /// (`RubricWords.init(copying:)`): the lists a reply is scanned with are this instance's own,
  /// so a worker thread writes reference counts no other thread writes.
  init() {
    conditionalWords = Self.scalarLists(RhetoricalPatterns.conditionalWords)
    conditionClose = Self.scalarLists(RhetoricalPatterns.conditionClose)
    politeEndings = Self.scalarLists(RhetoricalPatterns.politeEndings)
    disputedJudgements = Self.scalarLists(RhetoricalPatterns.disputedJudgements)
    complaintWords = Self.scalarLists(RhetoricalPatterns.complaintWords)
    trivialisedThings = Self.scalarLists(RhetoricalPatterns.trivialisedThings)
    pointlessThings = Self.scalarLists(RhetoricalPatterns.pointlessThings)
    assertionWords = Self.scalarLists(RhetoricalPatterns.assertionWords)
    genuineOpenings = Self.scalarLists(RhetoricalPatterns.genuineOpenings)
    incredulous = Self.scalarLists(RhetoricalPatterns.incredulous)
    incredulousAlso = Self.scalarLists(RhetoricalPatterns.incredulousAlso)
    questionWords = Self.scalarLists(RhetoricalPatterns.questionWords)
    alsoLeads = Self.scalarLists(RhetoricalPatterns.trivialisingLeads)
    offeredNext = Self.scalarLists(RhetoricalPatterns.offeredNext)
    stillAfterWhich = Self.scalarLists(RhetoricalPatterns.stillAfterWhich)
    againVerbs = Self.scalarLists(RhetoricalPatterns.againVerbs)
    concessions = Self.scalarLists(RhetoricalPatterns.concessions)
    secondPerson = Self.scalarLists(WordBook.standard.words("you"))
    tellingVerbs = Self.scalarLists(RhetoricalPatterns.tellingVerbs)
    repeatCounts = Self.scalarLists(RhetoricalPatterns.repeatCounts)
    checkOffers = Self.scalarLists(RhetoricalPatterns.checkOffers)
    tryOffers = Self.scalarLists(RhetoricalPatterns.tryOffers)
    fixOffers = Self.scalarLists(RhetoricalPatterns.fixOffers)
    pressingDegrees = Self.scalarLists(RhetoricalPatterns.pressingDegrees)
    pressedFacts = Self.scalarLists(RhetoricalPatterns.pressedFacts)
    recallWords = Self.scalarLists(RhetoricalPatterns.recallWords)
    recallBenefits = Self.scalarLists(RhetoricalPatterns.recallBenefits)
    thinkAgainMiddles = Self.scalarLists(WordBook.standard.words("think-again-middles"))
    howAfterWant = Self.scalarLists(WordBook.standard.words("how-after-want"))
    doneWords = Self.scalarLists(WordBook.standard.words("done-words"))
    offerWords = Self.scalarLists(WordBook.standard.words("offer-words"))
    whatLeads = Self.scalarLists(WordBook.standard.words("what-leads"))
    whatCancels = Self.scalarLists(WordBook.standard.words("what-cancels"))
    whatAfterNo = Self.scalarLists(WordBook.standard.words("what-after-no"))
    whatOffers = Self.scalarLists(WordBook.standard.words("what-offers"))
    whatNotThing = ScalarSet(named: "what-not-thing")
    answerSkip = ScalarSet(named: "answer-skip")
    standaloneLeads = ScalarSet(named: "standalone-leads")
    countDigits = ScalarSet(named: "count-digits")
    whereNotAfter = ScalarSet(named: "where-not-after")
    wherePlaceBefore = ScalarSet(named: "where-place-before")
    fillers = ScalarSet(named: "tail-fillers")
    ma = Self.single("particle-ma")
    emphatic = Self.single("particle-emphatic")
    me = Self.single("particle-me")
    ne = Self.single("particle-ne")
    ba = Self.single("particle-ba")
    notParticleBefore = ScalarSet(named: "not-particle-before")
    meNotAfter = ScalarSet(named: "me-not-after")
    negations = ScalarSet(named: "negation-chars")
    bu = Self.single("negation-bu")
    negationNotBefore = ScalarSet(named: "negation-not-before")
    guessIs = ScalarSet(named: "guess-is")
    le = Self.single("perfective")
    perfectiveWords = ScalarSet(named: "perfective").asWords
    thinkAddressees = ScalarSet(named: "think-addressees")
    think = Self.single("think")
    thinkAgain = Self.scalarLists(WordBook.standard.words("think-again"))
    thinkLook = ScalarSet(named: "think-look")
    nandaoTails = Self.scalarLists(WordBook.standard.words("nandao-tails"))
    nandaoTailLeads = Self.scalarLists(WordBook.standard.words("nandao-tail-leads"))
    challengeHow = Self.scalarLists(WordBook.standard.words("challenge-how"))
    challengeHowTails = ScalarSet(named: "challenge-how-tails")
    nthLeads = Self.scalarLists(WordBook.standard.words("nth-leads"))
    nthUnits = ScalarSet(named: "nth-units")
    repeatUnits = ScalarSet(named: "repeat-units")
    still = Self.single("still")
    again = Self.single("again")
    whereStarts = ScalarSet(named: "where-starts")
    whereSuffixes = ScalarSet(named: "where-suffixes")
    whereAsking = Self.scalarLists(WordBook.standard.words("where-asking"))
    haveWhat = ScalarSet(named: "have-what")
    haveNot = ScalarSet(named: "have-not")
    whatWords = Self.scalarLists(WordBook.standard.words("what-words"))
    nominalDe = ScalarSet(named: "nominal-de")
    okWords = ScalarSet(named: "ok-words")
    okBa = ScalarSet(named: "ok-ba")
    judgedEndings = ScalarSet(named: "judged-endings")
    echoJudgements = Self.scalarLists(
      RhetoricalPatterns.disputedJudgements + WordBook.standard.words("echo-judgements"))
    echoDegrees = Self.scalarLists(WordBook.standard.words("echo-degrees"))
    echoLeads = ScalarSet(named: "echo-leads")
    echoTails = ScalarSet(named: "echo-tails")
    onlyLeads = Self.scalarLists(WordBook.standard.words("only-leads"))
    guesses = Self.scalarLists(WordBook.standard.words("guesses"))
    answerNegations = Self.scalarLists(WordBook.standard.words("answer-negations"))
    let all = RhetoricalPatterns.all()
    patterns = all.map {
      CompiledPattern(
        source: $0, next: Self.scalarLists($0.next), notNext: Self.scalarLists($0.notNext),
        notBefore: Self.scalarLists($0.notBefore), needBefore: Self.scalarLists($0.needBefore),
        notInClause: Self.scalarLists($0.notInClause),
        needInSentence: Self.scalarLists($0.needInSentence),
        needAfter: Self.scalarLists($0.needAfter), notInReply: Self.scalarLists($0.notInReply),
        notInSentence: Self.scalarLists($0.notInSentence),
        needLater: Self.scalarLists($0.needLater))
    }
    anchorIndex = AnchorIndex(
      all.enumerated().flatMap { p, pattern in
        pattern.words.map {
          Anchor(scalars: Self.scalars($0), pattern: p, needs: Closers.needed(by: pattern.ending))
        }
      })
    whatStarts = ScalarSet(String(String.UnicodeScalarView(whatWords.map(\.[0]))))
    codedShapeStarts = ScalarSet(
      String(
        String.UnicodeScalarView(
          whereStarts.asWords.map(\.[0]) + haveWhat.asWords.map(\.[0]) + whatWords.map(\.[0])
            + okWords.asWords.map(\.[0]))))
    var words = Self.scalarLists(["?", "「", "『", "“", "‘", "《", "【", "\""])
    words += whereStarts.asWords + whatWords + challengeHow + nandaoTails + nthLeads
    // 重吗 才3斤 (`echoRetort`): a lead with a number.
    for lead in onlyLeads { words += countDigits.asWords.map { lead + $0 } }
    for ok in okWords.asWords.map(\.[0]) {
      // 好不好 行不行 好吗 行吗 好吧
      words += [[ok, bu, ok], [ok, ma]]
      if okBa.contains(ok) { words.append([ok, ba]) }
    }
    // 想想 想一想
    let think = self.think
    words += thinkAgain.map { [think] + $0 }
    prefilterTriggers = words
    prefilter = Prefilter(
      anchors: all.flatMap(\.words), triggers: words, counted: repeatUnits,
      closing: [ba, emphatic])
  }

  /// The one character of a 字类 that must hold exactly one.
  static func single(_ name: String) -> Unicode.Scalar {
    let set = ScalarSet(named: name)
    guard set.values.count == 1, let c = Unicode.Scalar(set.values[0]) else {
      preconditionFailure("the character class \(name) must hold one character")
    }
    return c
  }

  /// 什么面包放一周不坏 / 现在啥快递不压箱子 — "what X does not" meaning "every X does", said as a
  /// statement: no ？ or particle, no buyer, nothing offered after it (not 什么颜色不显脏呢？ or
  /// 什么地方不清楚随时问我).
  func universalWhat(
    at i: Int, length: Int, clause: Clause, s: DetectorText, question: Bool
  ) -> Bool {
    guard !question, clause.particle == nil else { return false }
    if i > clause.start {
      var led = false
      for w in whatLeads
      where i - clause.start == w.count && matches(s, at: clause.start, w, limit: i) {
        led = true
      }
      if !led { return false }
    }
    let after = i + length
    guard after < clause.end, isIdeograph(s[after]),
      !whatNotThing.contains(s[after])
    else { return false }
    var j = after + 1
    while j < clause.end && !negations.contains(s[j]) { j += 1 }
    guard j < clause.end - 1, j - after <= 6,
      !startsWithAny(s, at: j + 1, whatAfterNo, limit: clause.end)
    else { return false }
    if containsAny(s, from: clause.start, to: clause.end, whatCancels) { return false }
    return !containsAny(s, from: clause.start, to: s.count, whatOffers)
  }

  let guesses: [[Unicode.Scalar]]
  let answerNegations: [[Unicode.Scalar]]

  /// 这个价你们在外面买得到吗？买不到！ — a plain (un-negated) question the seller answers at once
  /// with a short denial echoing it (设问), so it asserts nothing at the buyer.
  func answeredAtOnce(
    _ si: Int, s: DetectorText, clauses: [Clause], sentences: [Sentence]
  ) -> Bool {
    guard si + 1 < sentences.count else { return false }
    let q = sentences[si]
    let last = clauses[q.lastClause]
    guard q.question || last.particle == ma else { return false }
    let from = clauses[q.firstClause].start
    if containsAny(s, from: from, to: last.end, answerNegations)
      || containsAny(s, from: from, to: last.end, guesses)
    {
      return false
    }
    let answer = clauses[sentences[si + 1].firstClause]
    let length = answer.lastWord + 1 - answer.start
    guard length >= 2 && length <= 4,
      containsAny(s, from: answer.start, to: answer.lastWord + 1, answerNegations)
    else { return false }
    for k in answer.start...answer.lastWord
    where isIdeograph(s[k]) && !answerSkip.contains(s[k]) {
      if containsAny(s, from: from, to: last.end, [[s[k]]]) { return true }
    }
    return false
  }

  /// The end of a span that closes with clause `ci`: its terminators too when it ends a sentence.
  func spanEnd(_ clauses: [Clause], _ ci: Int, _ sentence: Sentence, _ s: DetectorText)
    -> Int
  {
    let clause = clauses[ci]
    var end = clause.end
    // Take the sentence's closing punctuation (？！) along with the last clause.
    if ci == sentence.lastClause {
      while end < clause.outerEnd && !isSeparator(s[end]) { end += 1 }
    }
    return end
  }

  func check(
    _ p: CompiledPattern, at i: Int, length: Int, clause ci: Int, s: DetectorText,
    clauses: [Clause], sentence: Sentence
  ) -> Detection? {
    let clause = clauses[ci]
    let after = i + length
    if !p.next.isEmpty && !startsWithAny(s, at: after, p.next, limit: clause.end) { return nil }
    if startsWithAny(s, at: after, p.notNext, limit: clause.end) { return nil }
    if endsWithAny(s, before: i, p.notBefore, from: clause.start) { return nil }
    if !p.needBefore.isEmpty && !containsAny(s, from: clause.start, to: i, p.needBefore) {
      return nil
    }
    if containsAny(s, from: clause.start, to: clause.end, p.notInClause) { return nil }
    if !p.needAfter.isEmpty && !containsAny(s, from: after, to: clause.end, p.needAfter) {
      return nil
    }
    if !p.notInReply.isEmpty && containsAny(s, from: 0, to: s.count, p.notInReply) { return nil }
    if !p.needInSentence.isEmpty {
      let from = clauses[sentence.firstClause].start
      if !containsAny(s, from: from, to: i, p.needInSentence) { return nil }
    }
    if !p.notInSentence.isEmpty
      && containsAny(s, from: clauses[sentence.firstClause].start, to: i, p.notInSentence)
    {
      return nil
    }
    if !p.needLater.isEmpty
      && !containsAny(s, from: clauses[sentence.lastClause].outerEnd, to: s.count, p.needLater)
    {
      return nil
    }

    // 难道是快递送错了？我帮您查一下 — a guess about something else, then the seller checks.
    if p.source.shape == .nandao
      && !containsAny(s, from: clause.start, to: clause.end, secondPerson)
      && (containsAny(s, from: 0, to: clause.start, checkOffers)
        || containsAny(s, from: clause.end, to: s.count, checkOffers))
    {
      return nil
    }
    // 难道是充电线接触不良？您换根线试试 — a guessed cause, then something to try.
    if p.source.shape == .nandao && after < clause.end && guessIs.contains(s[after])
      && !containsAny(s, from: clause.start, to: clause.end, secondPerson)
      && containsAny(s, from: clause.end, to: s.count, tryOffers)
    {
      return nil
    }

    let negation = p.source.shape == .negatedQuestion || p.source.shape == .didNotRead
    if negation {
      // 是不是, 好不好, 要不要 ask a real choice.
      if s[i] == bu && i > clause.start && after < clause.end && s[i - 1] == s[i + 1] {
        return nil
      }
      // 如果不是质量问题的话…, 是否…; but 120的话拍130不就行了吗 has left the condition
      // before its negation: the consequence answers back.
      var condition = clause.start
      for k in clause.start..<i where startsWithAny(s, at: k, conditionClose, limit: i) {
        condition = k + 1
      }
      if containsAny(s, from: condition, to: clause.end, conditionalWords) { return nil }
      // 是优惠券不能用吗？ 请问…: asking to make sure, not asserting.
      if p.source.shape == .negatedQuestion
        && startsWithAny(s, at: clause.start, genuineOpenings, limit: i)
      {
        return nil
      }
      // 您之前不是说要白色的吗？…需要帮您改吗 / 您之前不是买过吗？这次可以用老客券 — recalling
      // what the buyer said or did, then offering to put it right or something for it.
      if p.source.shape == .negatedQuestion && s[i] == bu
        && containsAny(s, from: clause.start, to: i, secondPerson)
      {
        let later = clauses[sentence.lastClause].outerEnd
        if containsAny(s, from: later, to: s.count, fixOffers) { return nil }
        if containsAny(s, from: clause.start, to: i, recallWords)
          && (containsAny(s, from: later, to: s.count, offerWords)
            || containsAny(s, from: later, to: s.count, recallBenefits))
        {
          return nil
        }
      }
    }

    var closing = ci
    switch p.source.ending {
    case .anything:
      break
    case .maParticle, .questionMark, .question, .doneAlready, .tagged:
      var ok = false
      var last = ci
      if p.source.crossClause && ci < sentence.lastClause { last = ci + 1 }
      for k in ci...last {
        let c = clauses[k]
        let particle = c.particle
        var good = particle == ma || particle == emphatic
        let loose = p.source.ending == .question || p.source.ending == .tagged
        // A 呢 inside the sentence marks a topic (至于色差呢，…), not a question.
        if loose && particle == ne && k == sentence.lastClause { good = true }
        let closesSentence = k == sentence.lastClause
        if !good && closesSentence && (sentence.question || sentence.exclamation)
          && (loose || p.source.ending == .questionMark)
          && particle != ne && (particle != ba || p.source.ending == .tagged)
        {
          good = true
        }
        if !good && p.source.ending == .doneAlready {
          // 您换个码不就好了
          if containsAny(s, from: after, to: c.end, doneWords) { good = true }
          // 扫一下不就知道了？
          if k == sentence.lastClause && s[c.lastWord] == le { good = true }
        }
        if good && negation && (particle == ma || particle == emphatic)
          && endsWithAny(s, before: c.lastWord + 1, politeEndings, from: c.start)
        {
          good = false
        }
        if good {
          ok = true
          closing = k
          break
        }
      }
      if !ok { return nil }
    case .standalone:
      if sentence.firstClause != sentence.lastClause { return nil }
      var k = clause.start
      while k < i && standaloneLeads.contains(s[k]) { k += 1 }
      if k != i || after < clause.lastWord { return nil }
    }
    return Detection(
      shape: p.source.shape, start: clause.start, end: spanEnd(clauses, closing, sentence, s),
      anchorStart: i, anchorEnd: after)
  }

  /// Shapes judged on a whole clause: 还能骗您不成？ 怎么，您不信？ 这都第三次问了 还没收到吗？！
  /// Whether a sentence asks a yes/no question (？ or 吗, no question word): 拆开了还能退吗？
  func asksYesNo(_ sentence: Sentence, s: DetectorText, clauses: [Clause]) -> Bool {
    let last = clauses[sentence.lastClause]
    guard sentence.question || last.particle == ma else { return false }
    return !containsAny(
      s, from: clauses[sentence.firstClause].start, to: last.end, questionWords)
  }

  /// 您想想 / 你自己想想 / 您好好想一想看 as a whole clause: the length of its middle word, or nil.
  func thinkItOver(_ s: DetectorText, _ clause: Clause) -> Int? {
    var k = clause.start
    guard k < clause.end, thinkAddressees.contains(s[k]) else { return nil }
    k += 1
    var middle = 0
    for w in thinkAgainMiddles where matches(s, at: k, w, limit: clause.end) {
      middle = w.count
      break
    }
    k += middle
    guard k < clause.end, s[k] == think else { return nil }
    k += 1
    var again = 0
    for w in thinkAgain where matches(s, at: k, w, limit: clause.end) {
      again = w.count
      break
    }
    guard again > 0 else { return nil }
    k += again
    if k < clause.end && thinkLook.contains(s[k]) { k += 1 }
    return k == clause.lastWord + 1 ? middle : nil
  }

  /// 哪里重呀 才3斤多 / 重吗？才3.2斤呀 / 贵吗？也就九十几 — the buyer's own judgement echoed as
  /// a question and brushed aside at once with 才 and a number. The clause holds nothing but the
  /// judgement (after 亲, 哪里, a degree word; before particles); without 哪里 it must be asked
  /// (吗 or ？). Not 哪里不舒服呀？ (nothing brushes it aside) nor 是重了吗？ (more than the echo).
  func echoRetort(_ ci: Int, s: DetectorText, clauses: [Clause], sentence: Sentence)
    -> Detection?
  {
    guard ci + 1 < clauses.count else { return nil }
    let next = clauses[ci + 1]
    guard
      onlyLeads.contains(where: {
        next.start + $0.count < next.end && matches(s, at: next.start, $0, limit: next.end)
          && countDigits.contains(s[next.start + $0.count])
      })
    else { return nil }
    let clause = clauses[ci]
    var k = clause.start
    while k < clause.end && echoLeads.contains(s[k]) { k += 1 }
    var asked = false
    if k < clause.end && whereStarts.contains(s[k]) {
      asked = true
      k += 1
      if k < clause.end && whereSuffixes.contains(s[k]) { k += 1 }
    }
    for w in echoDegrees where matches(s, at: k, w, limit: clause.end) {
      k += w.count
      break
    }
    let start = k
    var length = 0
    for w in echoJudgements where w.count > length && matches(s, at: k, w, limit: clause.end) {
      length = w.count
    }
    guard length > 0 else { return nil }
    k += length
    while k < clause.end && echoTails.contains(s[k]) { k += 1 }
    guard k == clause.end else { return nil }
    if !asked && clause.particle != ma && !(ci == sentence.lastClause && sentence.question) {
      return nil
    }
    // 才3.2斤: the number's decimal point cut the clause; the quote takes the whole number.
    var last = ci + 1
    while last + 1 < clauses.count, clauses[last + 1].start == clauses[last].end + 1,
      s[clauses[last].end] == ".", ScalarText.isDigit(s[clauses[last].end - 1]),
      ScalarText.isDigit(s[clauses[last + 1].start])
    {
      last += 1
    }
    return Detection(
      shape: .disputing, start: clause.start, end: clauses[last].end,
      anchorStart: start, anchorEnd: start + length)
  }

  func checkClause(
    _ ci: Int, s: DetectorText, clauses: [Clause], sentence: Sentence, previousAsks: Bool
  ) -> Detection? {
    let clause = clauses[ci]
    let last = clause.lastWord
    func detection(_ shape: RhetoricalShape, _ a: Int, _ b: Int) -> Detection {
      Detection(
        shape: shape, start: clause.start, end: spanEnd(clauses, ci, sentence, s),
        anchorStart: a, anchorEnd: b)
    }
    let closes = ci == sentence.lastClause
    if let d = echoRetort(ci, s: s, clauses: clauses, sentence: sentence) { return d }
    // 拆开了还能退吗？您想想 / 您好好想想，这个价能买到真丝吗？ / 这么便宜还包邮，您想想 —
    // "think about it" pressing a question or a point on the buyer (not 您再想想, 您想想要什么颜色).
    if let middle = thinkItOver(s, clause) {
      let first = ci == sentence.firstClause
      let lead = containsAny(
        s, from: clauses[sentence.firstClause].start, to: clause.start, concessions)
      if (first && previousAsks) || (middle > 0 && !closes)
        || (closes && !first && lead && !sentence.question && clause.outerEnd == s.count)
      {
        return detection(.impatience, clause.start, clause.lastWord + 1)
      }
    }
    // …不成？ closes a rhetorical question like 难道 opens one.
    for w in nandaoTails
    where last + 1 - w.count > clause.start
      && matches(s, at: last + 1 - w.count, w, limit: last + 1)
      && ((closes && (sentence.question || sentence.exclamation))
        || containsAny(s, from: clause.start, to: last + 1 - w.count, nandaoTailLeads))
    {
      return detection(.nandao, last + 1 - w.count, last + 1)
    }
    // 怎么，您不信？ — a bare 怎么 that challenges what comes next.
    for w in challengeHow
    where !closes
      && (clause.end - clause.start == w.count || clause.end - clause.start == w.count + 1)
      && matches(s, at: clause.start, w, limit: clause.end)
      && (clause.end - clause.start == w.count
        || challengeHowTails.contains(s[clause.start + w.count]))
    {
      return detection(.talkingBack, clause.start, clause.start + w.count)
    }
    // 这都第三次问了 / 都第几遍了
    for w in nthLeads {
      var k = clause.start
      while k + w.count + 1 < clause.end {
        if matches(s, at: k, w, limit: clause.end) {
          var j = k + w.count
          while j < clause.end && countDigits.contains(s[j]) {
            j += 1
          }
          if j > k + w.count && j < clause.end && nthUnits.contains(s[j]) {
            return detection(.impatience, k, j + 1)
          }
        }
        k += 1
      }
    }
    // 这个我都回答三遍了吧？ 您问了好几次了吧 — counting the times it was said, as a question.
    if closes && (sentence.question || clause.particle == ba || clause.particle == emphatic) {
      var k = clause.start
      while k < clause.end {
        if repeatUnits.contains(s[k]) {
          let counted = endsWithAny(s, before: k, repeatCounts, from: clause.start)
          if counted && containsAny(s, from: clause.start, to: clause.end, tellingVerbs)
            && containsAny(s, from: k, to: clause.end, perfectiveWords)
          {
            return detection(.impatience, k, k + 1)
          }
        }
        k += 1
      }
    }
    // 都拆封了还想退？ 这种小瑕疵也要退？ — a bare ？ after an incredulous adverb.
    if closes && sentence.question && clause.particle == nil {
      var k = clause.start
      while k < clause.end {
        var length = 0
        for w in incredulous where matches(s, at: k, w, limit: clause.end) {
          if !startsWithAny(s, at: k + w.count, offeredNext, limit: clause.end) { length = w.count }
          break
        }
        if length == 0 {
          for w in incredulousAlso where matches(s, at: k, w, limit: clause.end) {
            if containsAny(s, from: clauses[sentence.firstClause].start, to: k, alsoLeads) {
              length = w.count
            }
            break
          }
        }
        if length > 0 {
          let asks =
            containsAny(s, from: clause.start, to: clause.end, questionWords)
            && !containsAny(s, from: clause.start, to: clause.end, howAfterWant)
          if !asks { return detection(.dismissive, k, k + length) }
          break
        }
        k += 1
      }
    }
    // 都跟您说了发不了，您还催？ 现在又说不对？ — 还/又 + verb in a bare question.
    if closes && sentence.question && clause.particle == nil
      && !containsAny(s, from: clause.start, to: clause.end, questionWords)
    {
      let sentenceStart = clauses[sentence.firstClause].start
      var k = clause.start
      while k + 1 < clause.end {
        let still =
          s[k] == self.still && !startsWithAny(s, at: k + 1, stillAfterWhich, limit: clause.end)
        let again = s[k] == self.again && startsWithAny(s, at: k + 1, againVerbs, limit: clause.end)
        if still || again {
          let led =
            containsAny(s, from: sentenceStart, to: k, secondPerson)
            || containsAny(s, from: sentenceStart, to: k, concessions)
          if led { return detection(.dismissive, k, k + 1) }
        }
        k += 1
      }
    }
    // 还没收到吗？！ — 吗 with ？！ and a negation is never a calm question.
    if clause.particle == ma && closes && sentence.question && sentence.exclamation {
      var j = clause.start
      while j < last {
        if negations.contains(s[j])
          && !(j > clause.start && j + 1 < clause.end && s[j - 1] == s[j + 1])
          && !(j + 1 < clause.end && negationNotBefore.contains(s[j + 1]))
        {
          return detection(.negatedQuestion, j, j + 1)
        }
        j += 1
      }
    }
    return nil
  }

  /// The scalars `checkInCode` starts from (it judges nothing at any other).
  @inline(__always) func isCodedShapeStart(_ c: Unicode.Scalar) -> Bool {
    codedShapeStarts.contains(c)
  }

  /// Shapes judged in code: 哪里贵了, 有什么好犹豫的, 贵什么贵, 这是正品好不好！, 还没有吗！
  func checkInCode(
    at i: Int, clause ci: Int, s: DetectorText, clauses: [Clause], sentence: Sentence
  ) -> Detection? {
    let clause = clauses[ci]
    let c = s[i]
    func detection(_ shape: RhetoricalShape, _ length: Int) -> Detection {
      Detection(
        shape: shape, start: clause.start, end: spanEnd(clauses, ci, sentence, s),
        anchorStart: i, anchorEnd: i + length)
    }
    if whereStarts.contains(c) {
      // 哪里贵了？ 哪儿小了！ — disputing; 请问是哪里破了呢？ asks where.
      var length = 1
      if i + 1 < clause.end && whereSuffixes.contains(s[i + 1]) { length = 2 }
      let after = i + length
      guard after < clause.end else { return nil }
      if length == 1 && !startsWithAny(s, at: after, disputedJudgements, limit: clause.end) {
        return nil
      }
      if whereNotAfter.contains(s[after]) { return nil }
      if i > clause.start && wherePlaceBefore.contains(s[i - 1]) { return nil }
      if containsAny(s, from: clause.start, to: clause.end, whereAsking) { return nil }
      if clause.particle == ne || clause.particle == ma || clause.particle == ba {
        return nil
      }
      let last = clause.lastWord
      guard last > after, s[last] == le else { return nil }
      if startsWithAny(s, at: after, disputedJudgements, limit: clause.end)
        || (ci == sentence.lastClause && sentence.exclamation)
      {
        return detection(.disputing, length)
      }
      return nil
    } else if haveWhat.contains(c) {
      // 有什么好犹豫的 / 有啥可担心的 / 催我有什么用呢
      var length = 0
      for w in whatWords where matches(s, at: i + 1, w, limit: clause.end) {
        length = 1 + w.count
        break
      }
      guard length > 0 else { return nil }
      if i > clause.start
        && (haveNot.contains(s[i - 1])
          || s[i - 1] == still && i - 1 > clause.start
            && haveNot.contains(s[i - 2]))
      {
        return nil
      }
      if clause.particle == ma { return nil }
      let after = i + length
      var last = clause.lastWord
      if last > after && (s[last] == ne || s[last] == emphatic) { last -= 1 }
      if startsWithAny(s, at: after, trivialisedThings, limit: clause.end)
        && nominalDe.contains(s[last])
        && last > after
      {
        return detection(.dismissive, length)
      }
      if startsWithAny(s, at: after, pointlessThings, limit: clause.end) {
        // The thing must close the clause: 催我有什么用呢？ (not 有什么用法吗).
        for w in pointlessThings where matches(s, at: after, w, limit: clause.end) {
          if after + w.count == last + 1 { return detection(.dismissive, length) }
        }
      }
      return nil
    } else if whatStarts.contains(c) {
      // 贵什么贵 / 退啥退
      var length = 0
      for w in whatWords where matches(s, at: i, w, limit: clause.end) {
        length = w.count
        break
      }
      guard length > 0 else { return nil }
      let after = i + length
      if i > clause.start && after < clause.end && s[i - 1] == s[after] && isIdeograph(s[after]) {
        return Detection(
          shape: .impatience, start: clause.start, end: spanEnd(clauses, ci, sentence, s),
          anchorStart: i - 1, anchorEnd: after + 1)
      }
      let universal = universalWhat(
        at: i, length: length, clause: clause, s: s, question: sentence.question)
      return universal ? detection(.denial, length) : nil
    } else if okWords.contains(c) {
      // 这是正品好不好！ 我们明明发了好吗
      guard i + 1 < clause.end else { return nil }
      var length = 0
      if matches(s, at: i, [c, bu, c], limit: clause.end) {
        length = 3
      } else if s[i + 1] == ma {
        length = 2
      } else if okBa.contains(c) && s[i + 1] == ba && i + 1 == clause.lastWord && i > clause.start {
        // 这个价格已经很良心了好吧? — a judgement pressed on the buyer with ？ (without ？ it is a
        // statement; 那我先给您换一件好吧？ proposes).
        let judged =
          (judgedEndings.contains(s[i - 1])
            && containsAny(s, from: clause.start, to: i, pressingDegrees))
          || containsAny(s, from: clause.start, to: i, pressedFacts)
        let pressed =
          ci == sentence.lastClause && sentence.question && judged
          && !containsAny(s, from: clause.start, to: i, offerWords)
        return pressed ? detection(.impatience, 2) : nil
      }
      guard length > 0, i + length - 1 == clause.lastWord, i > clause.start else { return nil }
      let sharp =
        ci == sentence.lastClause && sentence.exclamation && !sentence.question
        && !containsAny(s, from: clause.start, to: i, offerWords)
      if sharp || containsAny(s, from: clause.start, to: i, assertionWords) {
        return detection(.impatience, length)
      }
      return nil
    }
    return nil
  }
}

/// A reply as the rhetorical detector reads it: its (masked) scalars, and where word lists occur
/// in them, worked out the first time a condition asks about a long stretch.
struct DetectorText {
  let scalars: [Unicode.Scalar]
  let memo = Occurrences()
  init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }
  @inline(__always) subscript(i: Int) -> Unicode.Scalar { scalars[i] }
  var count: Int { scalars.count }
}

/// For each word list asked about, the offsets where one of its words starts and the length of
/// the shortest one there. A list is known by its storage, which the memo keeps alive, so two
/// lists can never share a key while the memo exists.
final class Occurrences {
  private var lists: [UnsafeRawPointer: (words: [[Unicode.Scalar]], at: [Int32], length: [Int32])] =
    [:]

  /// Whether a word of `words` lies wholly inside `a..<b` of `s`.
  func contains(_ words: [[Unicode.Scalar]], from a: Int, to b: Int, in s: [Unicode.Scalar]) -> Bool
  {
    let key = words.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress!) }
    let entry = lists[key] ?? build(words, key, s)
    var lo = 0
    var hi = entry.at.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if Int(entry.at[mid]) < a { lo = mid + 1 } else { hi = mid }
    }
    // Past the first fitting start, every later one lies closer to `b` than the longest word.
    while lo < entry.at.count && Int(entry.at[lo]) < b {
      if Int(entry.at[lo]) + Int(entry.length[lo]) <= b { return true }
      lo += 1
    }
    return false
  }

  private func build(_ words: [[Unicode.Scalar]], _ key: UnsafeRawPointer, _ s: [Unicode.Scalar])
    -> (words: [[Unicode.Scalar]], at: [Int32], length: [Int32])
  {
    var byFirst: [UInt32: [[Unicode.Scalar]]] = [:]
    for word in words where !word.isEmpty { byFirst[word[0].value, default: []].append(word) }
    var at: [Int32] = []
    var length: [Int32] = []
    for i in s.indices {
      guard let candidates = byFirst[s[i].value] else { continue }
      var shortest = Int.max
      for word in candidates where word.count < shortest {
        if ScalarText.matches(s, at: i, word, limit: s.count) {
          shortest = word.count
        }
      }
      if shortest != Int.max {
        at.append(Int32(i))
        length.append(Int32(shortest))
      }
    }
    let entry = (words: words, at: at, length: length)
    lists[key] = entry
    return entry
  }
}

/// Anchors by their first scalar, in pattern order: a slot per Han character (the common case,
/// no hashing on the hot path), a dictionary for the rest.
struct AnchorIndex {
  private var han: [Int32]  // index into `groups` + 1 for U+3400..U+9FFF, 0: none
  private var ascii = [Int32](repeating: 0, count: 128)  // the same for ASCII
  private var others: [UInt32: Int] = [:]
  private var groups: [[RhetoricalQuestionDetector.Anchor]] = []
  /// A bit per hashed pair of first scalars of the anchors two or more scalars long, and the first
  /// scalars of the one-scalar anchors: where neither can start, no anchor does.
  private var pairs = [UInt64](repeating: 0, count: 1024)
  private var single = [UInt64](repeating: 0, count: 1024)
  /// Every anchor by the hash of its first two scalars (one-scalar anchors: of the scalar and 0),
  /// for asking whether any anchor starts somewhere (`anyAnchor`): index into `buckets` + 1.
  private var bucketOf = [Int32](repeating: 0, count: 0x10000)
  private var buckets: [[RhetoricalQuestionDetector.Anchor]] = []

  @inline(__always) private static func pairBit(_ a: UInt32, _ b: UInt32) -> Int {
    Int((a &* 0x9E37 &+ b &* 0x85EB) & 0xFFFF)
  }

  init(_ anchors: [RhetoricalQuestionDetector.Anchor]) {
    han = [Int32](repeating: 0, count: 0xA000 - 0x3400)
    for anchor in anchors {
      let v = anchor.scalars[0].value
      let hash: Int
      if anchor.scalars.count == 1 {
        let bit = Int(v & 0xFFFF)
        single[bit >> 6] |= 1 << UInt64(bit & 63)
        hash = Self.pairBit(v, 0)
      } else {
        let bit = Self.pairBit(v, anchor.scalars[1].value)
        pairs[bit >> 6] |= 1 << UInt64(bit & 63)
        hash = bit
      }
      if bucketOf[hash] == 0 {
        buckets.append([anchor])
        bucketOf[hash] = Int32(buckets.count)
      } else {
        buckets[Int(bucketOf[hash]) - 1].append(anchor)
      }
      if let g = group(v) {
        groups[g].append(anchor)
      } else {
        groups.append([anchor])
        if v >= 0x3400 && v < 0xA000 {
          han[Int(v - 0x3400)] = Int32(groups.count)
        } else if v < 0x80 {
          ascii[Int(v)] = Int32(groups.count)
        } else {
          others[v] = groups.count - 1
        }
      }
    }
  }

  private func group(_ v: UInt32) -> Int? {
    if v >= 0x3400 && v < 0xA000 {
      let g = han[Int(v - 0x3400)]
      return g == 0 ? nil : Int(g) - 1
    }
    if v < 0x80 {
      let g = ascii[Int(v)]
      return g == 0 ? nil : Int(g) - 1
    }
    return others[v]
  }

  /// Whether an anchor may start at `i` of `s` and end by `limit` (false: none does).
  @inline(__always)
  func mayStart(at i: Int, in s: [Unicode.Scalar], limit: Int) -> Bool {
    let v = s[i].value
    let bit = Int(v & 0xFFFF)
    if single[bit >> 6] & (1 << UInt64(bit & 63)) != 0 { return true }
    guard i + 1 < limit else { return false }
    let pair = Self.pairBit(v, s[i + 1].value)
    return pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0
  }

  /// Whether an anchor whose pattern's ending can close in this reply (`closers`) starts at `i`
  /// of `s` and ends by `limit`.
  @inline(__always)
  func anyAnchor(at i: Int, in s: [Unicode.Scalar], limit: Int, closers: UInt8) -> Bool {
    let v = s[i].value
    let bit = Int(v & 0xFFFF)
    if single[bit >> 6] & (1 << UInt64(bit & 63)) != 0,
      any(Self.pairBit(v, 0), i, s, limit, closers)
    {
      return true
    }
    guard i + 1 < limit else { return false }
    let pair = Self.pairBit(v, s[i + 1].value)
    guard pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { return false }
    return any(pair, i, s, limit, closers)
  }

  @inline(__always)
  private func any(_ hash: Int, _ i: Int, _ s: [Unicode.Scalar], _ limit: Int, _ closers: UInt8)
    -> Bool
  {
    let b = bucketOf[hash]
    if b == 0 { return false }
    for anchor in buckets[Int(b) - 1]
    where (anchor.needs == 0 || anchor.needs & closers != 0)
      && ScalarText.matches(s, at: i, anchor.scalars, limit: limit)
    {
      return true
    }
    return false
  }

  /// The anchors whose first scalar is `v`, in pattern order, or nil.
  @inline(__always)
  func anchors(startingWith v: UInt32) -> [RhetoricalQuestionDetector.Anchor]? {
    if v >= 0x3400 && v < 0xA000 {
      let g = han[Int(v - 0x3400)]
      return g == 0 ? nil : groups[Int(g) - 1]
    }
    if v < 0x80 {
      let g = ascii[Int(v)]
      return g == 0 ? nil : groups[Int(g) - 1]
    }
    if others.isEmpty { return nil }
    return others[v].map { groups[$0] }
  }
}

/// The prefilter's table, derived from the words: a byte of flags for each scalar below U+A000
/// (`look` where an anchor starts, `trigger` where a trigger word does, `counted` and `closing`
/// for 三遍了吧), and the trigger words by their first scalar.
struct Prefilter {
  static let look: UInt8 = 1
  static let trigger: UInt8 = 2
  static let counted: UInt8 = 4
  static let closing: UInt8 = 8

  private(set) var flags = [UInt8](repeating: 0, count: 0xA000)
  /// For a scalar flagged `trigger`, the index of its words in `triggers` + 1.
  private var group = [UInt16](repeating: 0, count: 0xA000)
  private var triggers: [[[Unicode.Scalar]]] = []

  init(
    anchors: [String], triggers words: [[Unicode.Scalar]], counted: ScalarSet,
    closing: [Unicode.Scalar]
  ) {
    for word in anchors {
      if let v = word.unicodeScalars.first?.value, v < 0xA000 { flags[Int(v)] |= Self.look }
    }
    for word in words where !word.isEmpty {
      let v = Int(word[0].value)
      precondition(v < 0xA000, "a prefilter word must start below U+A000")
      flags[v] |= Self.trigger
      if group[v] == 0 {
        triggers.append([word])
        group[v] = UInt16(triggers.count)
      } else {
        triggers[Int(group[v]) - 1].append(word)
      }
    }
    for c in counted.asWords.map(\.[0]) where c.value < 0xA000 {
      flags[Int(c.value)] |= Self.counted
    }
    for c in closing where c.value < 0xA000 { flags[Int(c.value)] |= Self.closing }
  }

  /// Whether a trigger word starts at `i` of `s` (its first scalar is flagged `trigger`).
  @inline(__always)
  func triggered(at i: Int, in s: [Unicode.Scalar]) -> Bool {
    for word in triggers[Int(group[Int(s[i].value)]) - 1]
    where ScalarText.matches(s, at: i, word, limit: s.count) {
      return true
    }
    return false
  }

  /// Whether `mayHold` looks at `c` at all.
  func attends(_ c: Unicode.Scalar) -> Bool { c.value >= 0xA000 || flags[Int(c.value)] != 0 }
}
