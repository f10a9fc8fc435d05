/// Small scanners over normalised scalars for what phrase lists cannot say: numbers, phone
/// numbers, links. Everything here works on code points, never on `\b` word boundaries (which
/// mean nothing in Chinese text).
enum ScalarText {
  /// Whether `word` is spelt at `s[i...]` and ends at or before `limit` (false outside the text).
  /// The step reading and the rhetorical detector both compare their words this way.
  @inline(__always)
  static func matches(_ s: [Unicode.Scalar], at i: Int, _ word: [Unicode.Scalar], limit: Int)
    -> Bool
  {
    if i < 0 || i + word.count > limit { return false }
    var k = 0
    while k < word.count {
      if s[i + k] != word[k] { return false }
      k += 1
    }
    return true
  }

  /// Whether one of `words` is spelt at `s[i...]`, within `limit`.
  @inline(__always)
  static func startsWithAny(
    _ s: [Unicode.Scalar], at i: Int, _ words: [[Unicode.Scalar]], limit: Int
  ) -> Bool {
    for w in words where matches(s, at: i, w, limit: limit) { return true }
    return false
  }

  @inline(__always)
  static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

  @inline(__always)
  static func isLatin(_ s: Unicode.Scalar) -> Bool {
    (s.value >= 0x61 && s.value <= 0x7A) || (s.value >= 0x41 && s.value <= 0x5A)
  }

  @inline(__always)
  static func isHan(_ s: Unicode.Scalar) -> Bool {
    (s.value >= 0x4E00 && s.value <= 0x9FFF) || (s.value >= 0x3400 && s.value <= 0x4DBF)
  }

  /// A letter, digit or Han character: what counts as a "character" of content.
  @inline(__always)
  static func isContent(_ s: Unicode.Scalar) -> Bool { isContent(s, alphabeticBelowHan) }

  /// `isContent` with `alphabeticBelowHan` in hand (a loop reads the table once, not per scalar).
  @inline(__always)
  static func isContent(_ s: Unicode.Scalar, _ below: [UInt64]) -> Bool {
    let v = s.value
    if v < 0x80 { return isDigit(s) || isLatin(s) }
    if isHan(s) { return true }
    // Punctuation, symbols and kana of a reply: the property read once, from a bit table.
    if v < 0x3400 { return below[Int(v >> 6)] & 1 << UInt64(v & 63) != 0 }
    return s.properties.isAlphabetic
  }

  /// `isAlphabetic` of U+0000–U+33FF, a bit per scalar (built once, about 13,000 lookups).
  static let alphabeticBelowHan: [UInt64] = {
    var bits = [UInt64](repeating: 0, count: 0x3400 / 64)
    for v in 0..<UInt32(0x3400) {
      if let s = Unicode.Scalar(v), s.properties.isAlphabetic {
        bits[Int(v >> 6)] |= 1 << UInt64(v & 63)
      }
    }
    return bits
  }()

  /// Runs of ASCII digits: (start, end) offsets, end exclusive. `*` inside a run (a masked
  /// phone number like 138****1234) is kept in the run when `masks` is set.
  static func digitRuns(_ scalars: [Unicode.Scalar], masks: Bool = false) -> [(Int, Int)] {
    var runs: [(Int, Int)] = []
    var i = 0
    while i < scalars.count {
      if isDigit(scalars[i]) {
        let start = i
        while i < scalars.count && (isDigit(scalars[i]) || (masks && scalars[i] == "*")) { i += 1 }
        runs.append((start, i))
      } else {
        i += 1
      }
    }
    return runs
  }

  /// Whether the scalars hold a mainland mobile number (11 digits starting 1[3-9], possibly
  /// masked with `*`, possibly written 3-4-4 with spaces or dashes).
  static func phoneNumber(_ scalars: [Unicode.Scalar]) -> (Int, Int)? {
    // One walk, spaces and dashes skipped: a run starts at a digit and goes on over digits and
    // `*`; the first run of 11 starting 1[3-9] is the number.
    var length = 0
    var start = 0
    var last = 0
    var second: Unicode.Scalar = " "
    var first: Unicode.Scalar = " "
    func isNumber() -> Bool {
      length == 11 && first == "1" && second.value >= 0x33 && second.value <= 0x39
    }
    for i in scalars.indices {
      let c = scalars[i]
      if c == " " || c == "-" { continue }
      if length > 0 {
        if isDigit(c) || c == "*" {
          if length == 1 { second = c }
          length += 1
          last = i
          continue
        }
        if isNumber() { return (start, last + 1) }
        length = 0
      }
      if isDigit(c) {
        length = 1
        start = i
        last = i
        first = c
      }
    }
    if length > 0 && isNumber() { return (start, last + 1) }
    return nil
  }

  /// Whether `needle` occurs in `scalars` (both normalised).
  static func contains(_ scalars: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Int? {
    guard !needle.isEmpty, needle.count <= scalars.count else { return nil }
    let first = needle[0]
    var i = 0
    while i + needle.count <= scalars.count {
      if scalars[i] == first {
        var k = 1
        while k < needle.count && scalars[i + k] == needle[k] { k += 1 }
        if k == needle.count { return i }
      }
      i += 1
    }
    return nil
  }

  /// The first offset in `scalars` where any of the words starts (offsets of the whole array
  /// the slice comes from), or nil.
  static func firstOf(_ words: [[Unicode.Scalar]], in scalars: ArraySlice<Unicode.Scalar>) -> Int? {
    var best: Int?
    for word in words {
      guard let first = word.first, word.count <= scalars.count else { continue }
      var i = scalars.startIndex
      let last = scalars.endIndex - word.count
      while i <= last {
        // Compared scalar by scalar: `elementsEqual` on a slice cost most of a reply's search.
        if scalars[i] == first {
          var k = 1
          while k < word.count && scalars[i + k] == word[k] { k += 1 }
          if k == word.count {
            if best == nil || i < best! { best = i }
            break
          }
        }
        i += 1
      }
    }
    return best
  }

  /// The content characters of a reply, as a comparison key: letters, digits and Han.
  static func contentKey(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(scalars.count)
    let table = alphabeticBelowHan
    for s in scalars where isContent(s, table) { out.append(s) }
    return out
  }

  /// Whether a scalar ends a clause (punctuation, a line break, ～, …).
  @inline(__always) static func endsClause(_ c: Unicode.Scalar) -> Bool {
    Punctuation.of(c).contains(.near)
  }

  /// The clause holding `start..<end` (offsets into `s`), end exclusive.
  static func clause(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> (Int, Int) {
    span(s, start, end, cut: .near)
  }

  /// The stretch holding `start..<end` between two marks that make `cut` (`Punctuation`'s
  /// cuts: `.near` for a clause, `.sentence` for a sentence), end exclusive.
  @inline(__always)
  static func span(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, cut: Punctuation) -> (Int, Int)
  {
    var a = start
    while a > 0 && !Punctuation.of(s[a - 1]).contains(cut) { a -= 1 }
    var b = end
    while b < s.count && !Punctuation.of(s[b]).contains(cut) { b += 1 }
    return (a, b)
  }
}
