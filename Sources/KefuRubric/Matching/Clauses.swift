/// A normalised reply cut into clauses at punctuation (，。？！～；：… line breaks and spaces) and
/// at emoji and the chat clients' emoticon codes ([微笑], /:^_^, 😊), so that cues can be judged
/// where they stand: inside a question or a statement, near a negation, in the same clause as the
/// word they need. (宝宝多大呀[微笑] ends in 呀; 在的呢[微笑]宝宝多大啦 is two clauses.)
struct Clauses {
  struct Clause {
    /// Offsets of the clause's own scalars (end exclusive), separators excluded.
    var start: Int
    var end: Int
    /// A question mark follows the clause.
    var questionMark: Bool
    /// The clause's closing particle (吗 么 呢 呀 啊 嘛 吧), fillers such as 亲/哦 skipped.
    var particle: Unicode.Scalar?
  }

  let list: [Clause]

  init(_ s: [Unicode.Scalar]) {
    var list: [Clause] = []
    // Room for a usual reply's clauses at once (appending to an empty array reallocates as
    // it grows).
    list.reserveCapacity(8)
    // The tables read once here, not per scalar.
    let particles = Clauses.particles
    let fillers = Clauses.fillers
    let cuts = Punctuation.Table()
    s.withUnsafeBufferPointer { s in
      var i = 0
      while i < s.count {
        i = Clauses.skipCuts(s, i, cuts)
        guard i < s.count else { break }
        let start = i
        while i < s.count && Clauses.cutLength(s, i, cuts) == 0 { i += 1 }
        let end = i
        var questionMark = false
        var k = i
        while k < s.count {
          let n = Clauses.cutLength(s, k, cuts)
          if n == 0 { break }
          if s[k] == "?" { questionMark = true }
          k += n
        }
        var last = end - 1
        while last > start && fillers.contains(s[last]) { last -= 1 }
        let particle: Unicode.Scalar? = particles.contains(s[last]) ? s[last] : nil
        list.append(Clause(start: start, end: end, questionMark: questionMark, particle: particle))
      }
    }
    self.list = list
  }

  static let particles = ScalarSet(named: "particles")
  static let fillers = ScalarSet(named: "fillers")
  static let notEmoticon = ScalarSet(named: "not-emoticon")

  /// Whether offset `i` cuts a clause (`Punctuation.clause`).
  @inline(__always)
  static func isSeparator(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
    s.withUnsafeBufferPointer { isSeparator($0, i, Punctuation.Table()) }
  }

  @inline(__always)
  static func isSeparator(
    _ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ cuts: Punctuation.Table
  ) -> Bool {
    guard cuts.of(s[i]).contains(.clause) else { return false }
    guard s[i] == "." else { return true }
    // 9.9元 keeps its decimal point.
    let digitBefore = i > 0 && ScalarText.isDigit(s[i - 1])
    let digitAfter = i + 1 < s.count && ScalarText.isDigit(s[i + 1])
    return !(digitBefore && digitAfter)
  }

  /// The first offset from `i` on that does not cut a clause.
  @inline(__always)
  static func skipCuts(
    _ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ cuts: Punctuation.Table
  ) -> Int {
    var i = i
    while i < s.count {
      let n = cutLength(s, i, cuts)
      if n == 0 { break }
      i += n
    }
    return i
  }

  /// How many scalars from offset `i` cut a clause: 1 for a punctuation mark, the whole code for
  /// an emoticon ([微笑], /:^_^), 1 for an emoji scalar, 0 where the clause goes on.
  @inline(__always)
  static func cutLength(
    _ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ cuts: Punctuation.Table
  ) -> Int {
    let c = s[i]
    if isSeparator(s, i, cuts) { return 1 }
    // Han characters, the bulk of a reply, lie between the emoji blocks: two compares.
    if c.value >= 0x4E00 && c.value < 0xFE00 { return 0 }
    if c == "[" || c == "/" { return codeLength(s, i) }
    return isEmoji(c) ? 1 : 0
  }

  /// Emoji and the marks that dress them: pictographs (😊 🌹), the symbol and dingbat blocks
  /// (☺ ❤ ★ ✔), the variation selectors and the joiner that bind them; and the wave dash 〜,
  /// which normalisation leaves as it is (the full-width ～ is already ~).
  @inline(__always)
  static func isEmoji(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x1F000...0x1FAFF, 0x2600...0x27BF, 0x2B00...0x2BFF, 0x2300...0x23FF, 0xFE00...0xFE0F,
      0x200D, 0x301C:
      return true
    default:
      return false
    }
  }

  /// The length of a chat client's emoticon code at offset `i`, or 0: a word of one to four
  /// characters in square brackets ([微笑], [ok]) — not a masked field of an exported chat, whose
  /// name ends in x ([数字x]) and stands for a number or a name, nor a link, card or picture
  /// ([商品链接], `not-emoticon`), which is the reply's content; or /: and up to five ASCII marks
  /// or letters (/:^_^, /:809).
  static func codeLength(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> Int {
    if s[i] == "[" {
      var k = i + 1
      while k < s.count && k - i <= 5 && s[k] != "]" && s[k] != "[" && s[k] != " " { k += 1 }
      guard k < s.count, s[k] == "]", k - i >= 2, k - i <= 5, s[k - 1] != "x" else { return 0 }
      let notCode = notEmoticon
      for j in (i + 1)..<k where notCode.contains(s[j]) { return 0 }
      return k + 1 - i
    }
    guard i + 2 < s.count, s[i + 1] == ":" else { return 0 }
    var k = i + 2
    while k < s.count && k - i < 7 && s[k].value > 0x20 && s[k].value < 0x7F && s[k] != "/" {
      k += 1
    }
    return k - i > 2 ? k - i : 0
  }

  /// The index of the clause holding offset `at`, or nil (a separator).
  func index(of at: Int) -> Int? {
    // Clauses are in order and do not overlap: the last one starting at or before `at`.
    var lo = 0
    var hi = list.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if list[mid].start <= at { lo = mid + 1 } else { hi = mid }
    }
    guard lo > 0, at < list[lo - 1].end else { return nil }
    return lo - 1
  }
}
