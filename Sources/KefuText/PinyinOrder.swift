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
    let keyed = items.map { item in (item, texts(item).map { order.key($0) }) }
    return keyed.sorted { a, b in
      if a.1 != b.1 { return a.1.lexicographicallyPrecedes(b.1) }
      return tieBreak(a.0, b.0)
    }.map(\.0)
  }
}
