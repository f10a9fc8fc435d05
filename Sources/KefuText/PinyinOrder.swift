import Foundation

/// Orders Chinese names the way a class list is ordered: by their pinyin (阿明, 丙, 老师, 李四,
/// 王小明), not by code point. Each distinct text is transliterated once (ICU's Han → Latin
/// transform, tones removed); ties and texts without Han characters fall back to the text itself.
public struct PinyinOrder {
  private var keys: [String: String] = [:]

  public init() {}

  /// The sort key of `text`: its pinyin, lower-case and without tones, then the text itself.
  public mutating func key(_ text: String) -> String {
    if let known = keys[text] { return known }
    let key = Self.pinyin(text) + "\u{1}" + text
    keys[text] = key
    return key
  }

  /// `text` in toneless pinyin, syllables separated by spaces (`王小明` → `wang xiao ming`).
  public static func pinyin(_ text: String) -> String {
    guard hasHan(text) else { return text.lowercased() }
    let latin = text.applyingTransform(.toLatin, reverse: false) ?? text
    return (latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin).lowercased()
  }

  /// `pinyin` of each text. The texts with Han characters go through the transforms together,
  /// one per line: ICU builds its transliterator for every call, which for a class of a few
  /// hundred names cost more than the rest of the sort. A text with a line break of its own, or
  /// lines that do not come back one for one, are transliterated one by one.
  public static func pinyin(_ texts: [String]) -> [String] {
    var out = texts.map { hasHan($0) ? "" : $0.lowercased() }
    let han = texts.indices.filter { hasHan(texts[$0]) }
    guard han.count > 1,
      !han.contains(where: { texts[$0].unicodeScalars.contains { $0 == "\n" || $0 == "\r" } })
    else {
      for i in han { out[i] = pinyin(texts[i]) }
      return out
    }
    let joined = han.map { texts[$0] }.joined(separator: "\n")
    guard let latin = joined.applyingTransform(.toLatin, reverse: false),
      let plain = latin.applyingTransform(.stripDiacritics, reverse: false)
    else {
      for i in han { out[i] = pinyin(texts[i]) }
      return out
    }
    let lines = plain.split(separator: "\n", omittingEmptySubsequences: false)
    guard lines.count == han.count else {
      for i in han { out[i] = pinyin(texts[i]) }
      return out
    }
    for (k, i) in han.enumerated() { out[i] = lines[k].lowercased() }
    return out
  }

  /// Transliterates a word, so ICU parses its Han → Latin rules (about 50 ms, once per process)
  /// now: run on another thread while there is other work, the sort later does not wait for it.
  public static func prepare() {
    _ = pinyin("拼音")
  }

  static func hasHan(_ text: String) -> Bool {
    text.unicodeScalars.contains(where: { $0.properties.isIdeographic })
  }

  /// `items` sorted by the pinyin of the texts `by` gives, in order, then by `tieBreak`.
  public static func sorted<T>(
    _ items: [T], by texts: (T) -> [String], tieBreak: (T, T) -> Bool = { _, _ in false }
  ) -> [T] {
    // A class has ten thousand sessions but a few hundred students: the distinct lists of
    // texts are ranked once, and the items sorted by rank (comparing pinyin strings at every
    // step of the sort cost more than the transliteration).
    var listIndex: [[String]: Int] = [:]
    var lists: [[String]] = []
    var listOf: [Int] = []
    listOf.reserveCapacity(items.count)
    for item in items {
      let list = texts(item)
      if let known = listIndex[list] {
        listOf.append(known)
      } else {
        listIndex[list] = lists.count
        listOf.append(lists.count)
        lists.append(list)
      }
    }
    var textIndex: [String: Int] = [:]
    var distinct: [String] = []
    for list in lists {
      for text in list where textIndex[text] == nil {
        textIndex[text] = distinct.count
        distinct.append(text)
      }
    }
    let pinyins = pinyin(distinct)
    let keyOf = distinct.indices.map { pinyins[$0] + "\u{1}" + distinct[$0] }
    let keyLists = lists.map { $0.map { keyOf[textIndex[$0]!] } }
    let byKey = keyLists.indices.sorted { keyLists[$0].lexicographicallyPrecedes(keyLists[$1]) }
    var rank = [Int](repeating: 0, count: lists.count)
    for (n, list) in byKey.enumerated() where n > 0 {
      rank[list] = rank[byKey[n - 1]] + (keyLists[list] == keyLists[byKey[n - 1]] ? 0 : 1)
    }
    // Indices are sorted, not the items: moving large records costs retains at every swap.
    return items.indices.sorted { i, j in
      let a = rank[listOf[i]]
      let b = rank[listOf[j]]
      if a != b { return a < b }
      return tieBreak(items[i], items[j])
    }.map { items[$0] }
  }
}
