/// Substring search over Unicode scalars, for the short fixed words the rules look for in
/// normalised text (a buyer message, a window of a reply).
///
/// It gives the answer `String.contains` gives on such text — Foundation's search compares whole
/// characters, so a word does not count where the text goes on with a combining mark that joins
/// its last character (e + ◌́) — without a round trip through Foundation's string machinery, which
/// cost half of `kefu export`'s time when every buyer message was searched that way.
public enum ScalarSearch {
  /// The scalars of each word, for searching many texts with the same list.
  public static func scalars(_ words: [String]) -> [[Unicode.Scalar]] {
    words.map { Array($0.unicodeScalars) }
  }

  /// Where `word` first occurs in `text[from..<to]` as whole characters, or nil. An empty word
  /// occurs at `from`.
  public static func firstIndex(
    of word: [Unicode.Scalar], in text: [Unicode.Scalar], from: Int = 0, to: Int? = nil
  ) -> Int? {
    let end = to ?? text.count
    let n = word.count
    guard n > 0 else { return from <= end ? from : nil }
    guard from >= 0, end - from >= n else { return nil }
    let first = word[0]
    var i = from
    while i + n <= end {
      if text[i] == first {
        var j = 1
        while j < n && text[i + j] == word[j] { j += 1 }
        if j == n && wholeEnd(text, i + n, end) { return i }
      }
      i += 1
    }
    return nil
  }

  /// Whether `word` occurs in `text[from..<to]`.
  @inline(__always)
  public static func contains(
    _ text: [Unicode.Scalar], _ word: [Unicode.Scalar], from: Int = 0, to: Int? = nil
  ) -> Bool {
    firstIndex(of: word, in: text, from: from, to: to) != nil
  }

  /// Whether any of `words` occurs in `text[from..<to]`.
  public static func containsAny(
    _ text: [Unicode.Scalar], _ words: [[Unicode.Scalar]], from: Int = 0, to: Int? = nil
  ) -> Bool {
    words.contains { firstIndex(of: $0, in: text, from: from, to: to) != nil }
  }

  /// Whether `text[from..<to]` starts with `word`.
  public static func hasPrefix(
    _ text: [Unicode.Scalar], _ word: [Unicode.Scalar], from: Int = 0, to: Int? = nil
  ) -> Bool {
    let end = to ?? text.count
    guard end - from >= word.count else { return false }
    for j in word.indices where text[from + j] != word[j] { return false }
    return word.isEmpty || wholeEnd(text, from + word.count, end)
  }

  /// Whether a match ending at `end` ends on a character boundary of `text[..<limit]`: the
  /// next scalar does not extend the character before it (a combining mark, a variation
  /// selector, a joiner).
  @inline(__always)
  static func wholeEnd(_ text: [Unicode.Scalar], _ end: Int, _ limit: Int) -> Bool {
    guard end < limit else { return true }
    let next = text[end]
    if next.value < 0x300 { return true }
    // A CJK ideograph (most of what follows a match in a Chinese reply) extends nothing: no
    // look-up in the Unicode property tables, which cost more than the whole comparison.
    if next.value >= 0x4E00 && next.value <= 0x9FFF { return true }
    let p = next.properties
    return !(p.isGraphemeExtend || p.generalCategory == .spacingMark || next.value == 0x200D)
  }
}
