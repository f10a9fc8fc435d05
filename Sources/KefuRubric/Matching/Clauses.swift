/// A normalised reply cut into clauses at punctuation (，。？！～；：… line breaks and spaces), so
/// that cues can be judged where they stand: inside a question or a statement, near a negation,
/// in the same clause as the word they need.
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
        while i < s.count && Clauses.isSeparator(s, i, cuts) { i += 1 }
        guard i < s.count else { break }
        let start = i
        while i < s.count && !Clauses.isSeparator(s, i, cuts) { i += 1 }
        let end = i
        var questionMark = false
        var k = i
        while k < s.count && Clauses.isSeparator(s, k, cuts) {
          if s[k] == "?" { questionMark = true }
          k += 1
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
