import KefuText

/// Renders diagnostics the way compilers do, for terminals and for editors. Pure functions of
/// their input, so the exact text is testable.
public enum DiagnosticFormatter {
  /// One diagnostic as text:
  ///
  ///     a.kefu:12:16: error[E012]: 跳转目标「问尺吗」不存在
  ///        12 | when has 有货 -> 问尺吗
  ///           |                 ^^^^^^
  ///     提示：是不是「问尺码」？
  ///
  /// The carets sit under the offending text by display width (a 汉字 takes two columns; a tab
  /// is shown as four spaces). `mark` styles the severity label and the carets for a terminal
  /// (KefuTerminal's `Theme.severity`, the one place escape codes are written); plain by default.
  public static func text(
    _ d: Diagnostic, mark: (_ text: String, _ severity: Severity) -> String = { text, _ in text }
  ) -> String {
    // The file's text, name and quoted lines are shown visibly (`VisibleText`) before colouring.
    let clean = { (s: String) in VisibleText.sanitize(s) }
    var out = clean(d.path)
    if let location = d.location { out += ":\(location.line):\(location.column)" }
    out += ": " + mark("\(d.severity.rawValue)[\(d.code.rawValue)]", d.severity) + ": "
    out += clean(d.message) + "\n"
    if let location = d.location, let raw = d.sourceLine {
      let source = clean(raw)
      // Columns count the raw line's characters; a stand-in such as ␛ or <U+202E> takes the
      // place of one, so the columns move by what the stand-ins before them added.
      let rawScalars = Array(raw.unicodeScalars)
      func shifted(_ column: Int) -> Int {
        let prefix = rawScalars.prefix(max(0, column - 1))
        return clean(String(String.UnicodeScalarView(prefix))).unicodeScalars.count + 1
      }
      var location = location
      location.column = shifted(location.column)
      var d = d
      d.endColumn = d.endColumn.map(shifted)
      let number = String(location.line)
      let gutter = max(5, number.count)
      let scalars = Array(source.unicodeScalars)
      let start = min(max(location.column - 1, 0), scalars.count)
      let end = min(max((d.endColumn ?? location.column + 1) - 1, start), scalars.count)
      // A very long line is shown around the offending text (... marks what is left out).
      let (lo, hi) = window(scalars, start, end)
      let head = lo > 0 ? "..." : ""
      let before = head.count + displayWidth(scalars[lo..<start])
      let carets = max(1, displayWidth(scalars[start..<min(end, hi)]))
      out += String(repeating: " ", count: gutter - number.count) + number + " | "
      out += head + expandingTabs(Array(scalars[lo..<hi])) + (hi < scalars.count ? "..." : "")
      out += "\n"
      out += String(repeating: " ", count: gutter) + " | " + String(repeating: " ", count: before)
      out += mark(String(repeating: "^", count: carets), d.severity) + "\n"
    }
    if let hint = d.hint { out += "提示：" + clean(hint) + "\n" }
    return out
  }

  /// `2 个错误，1 个警告，检查了 5 个文件`
  public static func summary(errors: Int, warnings: Int, files: Int) -> String {
    "\(errors) 个错误，\(warnings) 个警告，检查了 \(files) 个文件"
  }

  /// Every diagnostic of a lint run as one JSON document for editors:
  /// `{"files":N,"errors":N,"warnings":N,"diagnostics":[{"file","line","column","end_column",
  /// "severity","code","message","hint"}]}`. Positions are 1-based code-point columns, the end
  /// exclusive; `line`, `column`, `end_column` and `hint` are null when there is none.
  public static func json(_ results: [LintResult]) -> JSONValue {
    var items: [JSONValue] = []
    var errors = 0
    var warnings = 0
    for result in results {
      for d in result.diagnostics {
        if d.severity == .error { errors += 1 } else { warnings += 1 }
        items.append(json(d))
      }
    }
    return .object([
      ("files", .int(results.count)), ("errors", .int(errors)), ("warnings", .int(warnings)),
      ("diagnostics", .array(items)),
    ])
  }

  /// One diagnostic as a JSON object.
  public static func json(_ d: Diagnostic) -> JSONValue {
    .object([
      ("file", .string(d.path)),
      ("line", d.location.map { .int($0.line) } ?? .null),
      ("column", d.location.map { .int($0.column) } ?? .null),
      ("end_column", d.location.map { .int(d.endColumn ?? $0.column + 1) } ?? .null),
      ("severity", .string(d.severity.rawValue)),
      ("code", .string(d.code.rawValue)),
      ("message", .string(d.message)),
      ("hint", d.hint.map { .string($0) } ?? .null),
    ])
  }

  /// The widest source line shown whole, in columns; a longer one is cut to a window.
  public static let shownWidth = 100

  /// The part of a line to show: all of it when it fits `shownWidth`, else up to 30 columns
  /// before the offending text at `start` and what fits of it and after it.
  private static func window(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> (Int, Int) {
    guard displayWidth(scalars[...]) > shownWidth else { return (0, scalars.count) }
    var lo = start
    var width = 0
    while lo > 0 {
      let w = displayWidth(scalars[(lo - 1)..<lo])
      if width + w > 30 { break }
      width += w
      lo -= 1
    }
    var hi = start
    while hi < scalars.count {
      let w = displayWidth(scalars[hi..<(hi + 1)])
      if width + w > shownWidth - 6 { break }
      width += w
      hi += 1
    }
    return (lo, max(hi, min(start + 1, scalars.count)))
  }

  private static func displayWidth(_ scalars: ArraySlice<Unicode.Scalar>) -> Int {
    var width = 0
    for s in scalars { width += s == "\t" ? 4 : DisplayWidth.of(s) }
    return width
  }

  private static func expandingTabs(_ scalars: [Unicode.Scalar]) -> String {
    var view = String.UnicodeScalarView()
    for s in scalars {
      if s == "\t" {
        view.append(contentsOf: "    ".unicodeScalars)
      } else {
        view.append(s)
      }
    }
    return String(view)
  }
}
