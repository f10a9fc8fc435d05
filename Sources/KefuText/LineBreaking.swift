/// Chinese line breaking (the rules of 避头尾 that Chinese typesetting follows), for anything
/// kefu wraps: the play screen, the grade card, the branch map.
///
/// A line may break between any two Chinese characters, except:
/// - before closing punctuation (，。」）… never start a line),
/// - after opening punctuation (「（《“ never end a line),
/// - inside a run of Latin letters and digits, with its joiners (`Ctrl-C`, `6.5`, `/3`, `90%`),
/// - between a number and the unit after it (`6秒`, `6 秒`, `129元`),
/// - inside a slash command typed as one token (`/成交`, `/走人`),
/// - inside an emoji code of the chat apps (`[微笑]`, `[OK]`): up to six letters in brackets.
/// A space is a break opportunity and disappears at the break (unless it sits between a number and
/// its unit). When a line is too narrow for a word, it is cut where the punctuation rules allow,
/// and only when even that is impossible, where it is full.
public enum LineBreaking {
  /// The lines of one paragraph (no line breaks inside), each at most `width` columns as
  /// `measure` counts them; at least one line.
  public static func lines(
    _ paragraph: [Character], width: Int, measure: (Character) -> Int
  ) -> [String] {
    let width = max(1, width)
    var out: [String] = []
    var start = 0
    while start < paragraph.count {
      var used = 0
      var end = start
      while end < paragraph.count {
        let w = measure(paragraph[end])
        if used + w > width && end > start { break }
        used += w
        end += 1
      }
      if end == paragraph.count {
        out.append(trimmedTrailingSpaces(paragraph[start..<end]))
        break
      }
      // The line is full before `end`: break at the last opportunity in (start, end].
      var cut = end
      while cut > start && !canBreak(paragraph, before: cut) { cut -= 1 }
      if cut == start {
        // Too narrow for a word or a number with its unit: keep at least the punctuation rules.
        cut = end
        while cut > start && !punctuationAllowsBreak(paragraph, before: cut) { cut -= 1 }
        if cut == start {
          // Then at least no closing mark at a line start; at the last, where it is full.
          cut = end
          while cut > start && noLineStart.contains(paragraph[cut]) { cut -= 1 }
          if cut == start { cut = end }
        }
      }
      out.append(trimmedTrailingSpaces(paragraph[start..<cut]))
      start = cut
      while start < paragraph.count && paragraph[start] == " " { start += 1 }
      if start == paragraph.count { break }
    }
    return out.isEmpty ? [""] : out
  }

  /// Whether a line may end just before `paragraph[index]`.
  public static func canBreak(_ paragraph: [Character], before index: Int) -> Bool {
    guard index > 0 && index < paragraph.count else { return index >= paragraph.count }
    let next = paragraph[index]
    let previous = paragraph[index - 1]
    if next == " " || previous == " " {
      // A space is a break opportunity (on either side of it), unless it joins a number to its
      // unit (`6 秒`).
      var before = index
      while before > 0 && paragraph[before - 1] == " " { before -= 1 }
      var after = index
      while after < paragraph.count && paragraph[after] == " " { after += 1 }
      guard before > 0, after < paragraph.count else { return true }
      if isDigit(paragraph[before - 1]) && isUnit(paragraph[after]) { return false }
      return !noLineStart.contains(paragraph[after]) && !noLineEnd.contains(paragraph[before - 1])
    }
    if noLineStart.contains(next) || noLineEnd.contains(previous) { return false }
    if isWordCharacter(previous) && isWordCharacter(next) { return false }
    if isDigit(previous) && isUnit(next) { return false }
    if isInsideSlashCommand(paragraph, before: index) { return false }
    if isInsideEmojiCode(paragraph, before: index) { return false }
    return true
  }

  /// The longest emoji code kept whole, in letters between its brackets (`[大笑]`, `[抱拳]`,
  /// `[OK]`); a longer bracketed run is ordinary text.
  static let emojiCodeLetters = 6

  /// Whether `index` falls between two letters of an emoji code such as `[微笑]`: a `[`, one to
  /// `emojiCodeLetters` letters (Han or Latin, nothing else), then `]`.
  static func isInsideEmojiCode(_ p: [Character], before index: Int) -> Bool {
    guard p[index - 1].isLetter && p[index].isLetter else { return false }
    var open = index - 1
    while open >= 0 && index - open <= emojiCodeLetters && p[open].isLetter { open -= 1 }
    guard open >= 0, p[open] == "[" else { return false }
    var close = index
    while close < p.count && close - open <= emojiCodeLetters && p[close].isLetter { close += 1 }
    return close < p.count && p[close] == "]" && close - open - 1 <= emojiCodeLetters
  }

  /// Whether `index` falls inside a slash command such as `/成交`: a `/` at the start of a token
  /// (after a space, punctuation or the paragraph start) followed by letters, Han included.
  static func isInsideSlashCommand(_ p: [Character], before index: Int) -> Bool {
    guard p[index].isLetter || isDigit(p[index]) else { return false }
    var i = index - 1
    while i >= 0 && i >= index - 8 && (p[i].isLetter || isDigit(p[i])) { i -= 1 }
    guard i >= 0, p[i] == "/" else { return false }
    return i == 0 || p[i - 1] == " " || !(p[i - 1].isLetter || isDigit(p[i - 1]))
  }

  private static func punctuationAllowsBreak(_ p: [Character], before index: Int) -> Bool {
    !noLineStart.contains(p[index]) && !noLineEnd.contains(p[index - 1])
  }

  /// Characters that must not begin a line.
  public static let noLineStart: Set<Character> = [
    "，", "。", "、", "；", "：", "？", "！", "）", "」", "』", "》", "〉", "】", "〕", "”", "’",
    "…", "～", "·", "%", "％", ",", ".", ";", ":", "?", "!", ")", "]", "}", ">",
  ]

  /// Characters that must not end a line.
  public static let noLineEnd: Set<Character> = [
    "（", "「", "『", "《", "〈", "【", "〔", "“", "‘", "(", "[", "{", "<", "￥", "$",
  ]

  static func isWordCharacter(_ c: Character) -> Bool {
    if c.isASCII {
      return c.isLetter || c.isNumber || c == "." || c == "%" || c == "-" || c == "'" || c == "/"
        || c == "_" || c == "+"
    }
    return isDigit(c)
  }

  static func isDigit(_ c: Character) -> Bool {
    guard let s = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return false }
    return ("0"..."9").contains(s) || ("０"..."９").contains(s)
  }

  /// A unit or measure word after a number: a Han character, or a unit sign.
  static func isUnit(_ c: Character) -> Bool {
    guard let s = c.unicodeScalars.first else { return false }
    if s.properties.isIdeographic { return true }
    return "%％℃°".unicodeScalars.contains(s)
  }

  private static func trimmedTrailingSpaces(_ chars: ArraySlice<Character>) -> String {
    var end = chars.endIndex
    while end > chars.startIndex && chars[end - 1] == " " { end -= 1 }
    return String(chars[chars.startIndex..<end])
  }
}
