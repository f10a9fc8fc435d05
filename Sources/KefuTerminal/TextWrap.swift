import KefuText

/// Wrapping text to a width in terminal columns, by the Chinese line-breaking rules of
/// `LineBreaking`: no break before closing or after opening punctuation, inside a Latin word or
/// key name (`Ctrl-C`), inside an emoji code (`[微笑]`), or between a number and its unit (`6 秒`).
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

  /// `parts` side by side with `separator` between them, a new line where the next part does not
  /// fit; a part is split (by the line-breaking rules) only when it is wider than a whole line.
  public static func flow(_ parts: [String], separator: String, width: Int) -> [String] {
    let width = max(1, width)
    var lines: [String] = []
    var line = ""
    for part in parts {
      let candidate = line.isEmpty ? part : line + separator + part
      if TerminalWidth.of(candidate) <= width {
        line = candidate
        continue
      }
      if !line.isEmpty { lines.append(line) }
      let pieces = TextWrap.lines(part, width: width)
      lines += pieces.dropLast()
      line = pieces.last ?? ""
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }

  static func wrapParagraph(_ chars: [Character], width: Int) -> [String] {
    LineBreaking.lines(chars, width: width, measure: TerminalWidth.of)
  }
}

extension StringProtocol {
  fileprivate var replacingTabs: String {
    String(map { $0 == "\t" ? " " : $0 })
  }

}
