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
    guard text.unicodeScalars.contains(where: { $0.properties.isIdeographic }) else {
      return text.lowercased()
    }
    let latin = text.applyingTransform(.toLatin, reverse: false) ?? text
    return (latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin).lowercased()
  }

  /// `items` sorted by the pinyin of the texts `by` gives, in order, then by `tieBreak`.
  public static func sorted<T>(
    _ items: [T], by texts: (T) -> [String], tieBreak: (T, T) -> Bool = { _, _ in false }
  ) -> [T] {
    var order = PinyinOrder()
    let keys = items.map { texts($0).map { order.key($0) } }
    // Indices are sorted, not the items: moving large records costs retains at every swap.
    return items.indices.sorted { i, j in
      if keys[i] != keys[j] { return keys[i].lexicographicallyPrecedes(keys[j]) }
      return tieBreak(items[i], items[j])
    }.map { items[$0] }
  }
}
