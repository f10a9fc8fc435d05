/// Wrapping text to a width in display columns. Chinese may break between any two characters;
/// a run of Latin letters or digits (`size`, `129`) moves to the next line whole when it fits
/// there; closing punctuation (，。！？」…) never starts a line: the character before it comes
/// along (避头点, as Chinese typesetting does).
public enum TextWrap {
  /// The lines of `text`, each at most `width` columns (a character wider than `width` gets a
  /// line of its own). Line breaks in the text are kept; the result has at least one line.
  public static func lines(_ text: String, width: Int) -> [String] {
    let width = max(1, width)
    var out: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      out += wrapParagraph(Array(paragraph.replacingTabs), width: width)
    }
    return out
  }

  /// `prefix` then `text`, wrapped to `width`; continuation lines are indented by the prefix's
  /// width (a hanging indent), unless that leaves less than half the width for the text, in which
  /// case they start at the margin.
  public static func lines(_ text: String, prefix: String, width: Int) -> [String] {
    let prefixWidth = TerminalWidth.of(prefix)
    let width = max(1, width)
    if prefixWidth * 2 <= width {
      let body = lines(text, width: width - prefixWidth)
      let indent = String(repeating: " ", count: prefixWidth)
      return body.enumerated().map { ($0.offset == 0 ? prefix : indent) + $0.element }
    }
    // A long prefix: flow the text after it, continuation lines at the margin.
    let first = lines(prefix + text, width: width)
    return first
  }

  static func wrapParagraph(_ chars: [Character], width: Int) -> [String] {
    var lines: [String] = []
    var current: [Character] = []
    var used = 0
    for ch in chars {
      let w = TerminalWidth.of(ch)
      if used + w > width && !current.isEmpty {
        if ch == " " {
          lines.append(String(current).trimmingTrailingSpaces)
          current = []
          used = 0
          continue
        }
        let cut = breakIndex(current, next: ch, width: width)
        lines.append(String(current[..<cut]).trimmingTrailingSpaces)
        current = Array(current[cut...])
        used = current.reduce(0) { $0 + TerminalWidth.of($1) }
      }
      if current.isEmpty && ch == " " && !lines.isEmpty { continue }  // no space at a line start
      current.append(ch)
      used += w
    }
    lines.append(String(current).trimmingTrailingSpaces)
    return lines
  }

  /// Where to end a full line so that `next` can start the following one: normally at the end;
  /// earlier to keep a Latin word whole or to keep closing punctuation off the line start.
  private static func breakIndex(_ line: [Character], next: Character, width: Int) -> Int {
    let nextWidth = TerminalWidth.of(next)
    func fits(_ cut: Int) -> Bool {
      cut > 0 && line[cut...].reduce(nextWidth) { $0 + TerminalWidth.of($1) } <= width
    }
    var cut = line.count
    if noLineStart.contains(next) {
      // Bring the character before the punctuation (and any punctuation run) down with it.
      cut -= 1
      while cut > 0 && noLineStart.contains(line[cut]) { cut -= 1 }
    }
    // Never cut inside a Latin word or a number.
    let joinsNext = cut == line.count ? isWordCharacter(next) : isWordCharacter(line[cut])
    if cut > 0 && joinsNext && isWordCharacter(line[cut - 1]) {
      while cut > 0 && isWordCharacter(line[cut - 1]) { cut -= 1 }
    }
    return cut < line.count && fits(cut) ? cut : line.count
  }

  private static func isWordCharacter(_ c: Character) -> Bool {
    c.isASCII && (c.isLetter || c.isNumber || c == "." || c == "%" || c == "-" || c == "'")
  }

  /// Characters that must not begin a line.
  static let noLineStart: Set<Character> = [
    "，", "。", "、", "；", "：", "？", "！", "）", "」", "』", "》", "〉", "】", "〕", "”", "’",
    "…", "～", "·", ",", ".", ";", ":", "?", "!", ")", "]", "}",
  ]
}

extension StringProtocol {
  fileprivate var replacingTabs: String {
    String(map { $0 == "\t" ? " " : $0 })
  }

  fileprivate var trimmingTrailingSpaces: String {
    var s = String(self)
    while s.last == " " { s.removeLast() }
    return s
  }
}
