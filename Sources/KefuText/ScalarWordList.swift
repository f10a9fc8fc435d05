/// A fixed list of short words, searched for in many normalised texts: whether any of them
/// occurs is `ScalarSearch.containsAny(text, words)`'s answer — whole characters, an empty word
/// occurring anywhere — found in one pass over the text instead of one pass per word. Each
/// scalar of the text is looked up by its low ten bits in a bit table of the words' first
/// scalars; only where one may start are the words with that first scalar compared.
public struct ScalarWordList {
  public let words: [[Unicode.Scalar]]
  /// Whether a word is empty (it occurs in every text).
  private let anyEmpty: Bool
  /// A bit per value of a first scalar's low ten bits.
  private let firstBits: [UInt64]
  /// The words by their first scalar, in list order.
  private let byFirst: [UInt32: [Int]]

  public init(_ words: [[Unicode.Scalar]]) {
    self.words = words
    var anyEmpty = false
    var bits = [UInt64](repeating: 0, count: 16)
    var byFirst: [UInt32: [Int]] = [:]
    for (i, word) in words.enumerated() {
      guard let first = word.first else {
        anyEmpty = true
        continue
      }
      let low = Int(first.value & 1023)
      bits[low >> 6] |= 1 << UInt64(low & 63)
      byFirst[first.value, default: []].append(i)
    }
    self.anyEmpty = anyEmpty
    self.firstBits = bits
    self.byFirst = byFirst
  }

  /// The list of `words` (as `ScalarSearch.scalars` gives them).
  public init(_ words: [String]) {
    self.init(ScalarSearch.scalars(words))
  }

  /// Whether any of the words occurs in `text` as whole characters.
  public func occurs(in text: [Unicode.Scalar]) -> Bool {
    if anyEmpty { return true }
    let n = text.count
    return firstBits.withUnsafeBufferPointer { bits in
      for i in 0..<n {
        let v = text[i].value
        let low = Int(v & 1023)
        guard bits[low >> 6] & (1 << UInt64(low & 63)) != 0, let candidates = byFirst[v] else {
          continue
        }
        for w in candidates {
          let word = words[w]
          let m = word.count
          guard i + m <= n else { continue }
          var j = 1
          while j < m && text[i + j] == word[j] { j += 1 }
          if j == m && ScalarSearch.wholeEnd(text, i + m, n) { return true }
        }
      }
      return false
    }
  }
}
