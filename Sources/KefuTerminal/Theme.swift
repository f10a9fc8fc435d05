import KefuScenario

/// An SGR text style (bold, a colour…) as its ANSI parameter numbers.
public struct ANSIStyle: Equatable, Sendable {
  public var codes: [Int]
  public init(_ codes: [Int]) { self.codes = codes }

  public static let bold = ANSIStyle([1])
  public static let dim = ANSIStyle([2])
  public static let red = ANSIStyle([31])
  public static let green = ANSIStyle([32])
  public static let yellow = ANSIStyle([33])
  public static let blue = ANSIStyle([34])
  public static let magenta = ANSIStyle([35])
  public static let cyan = ANSIStyle([36])

  /// Both styles at once.
  public static func + (a: ANSIStyle, b: ANSIStyle) -> ANSIStyle { ANSIStyle(a.codes + b.codes) }

  /// `text` wrapped in this style's escape sequence and a reset.
  public func apply(_ text: String) -> String {
    guard !codes.isEmpty, !text.isEmpty else { return text }
    return "\u{1B}[" + codes.map(String.init).joined(separator: ";") + "m" + text + "\u{1B}[0m"
  }
}

/// The colours of kefu's screens, by meaning. With `useColor` off every function returns its text
/// unchanged, so all that is drawn must read correctly as plain text (a mark such as ✓, ✗ or
/// 超时 carries the meaning; colour only underlines it). Style text after padding and aligning
/// it: escape sequences take no columns, but `DisplayWidth` would count their letters.
public struct Theme: Equatable, Sendable {
  public var useColor: Bool
  public init(useColor: Bool) { self.useColor = useColor }

  public static let plain = Theme(useColor: false)

  /// Colour on a terminal only, and never when `NO_COLOR` is set (any value, even empty) or the
  /// terminal says it cannot show it (`TERM=dumb`).
  public static func useColor(outputIsTerminal: Bool, environment: [String: String]) -> Bool {
    outputIsTerminal && environment["NO_COLOR"] == nil && !isDumb(environment)
  }

  /// `TERM=dumb`: an editor's shell window or a console that shows text as it comes, with no
  /// cursor movement and no colour, so no chat screen can be drawn there.
  public static func isDumb(_ environment: [String: String]) -> Bool {
    environment["TERM"] == "dumb"
  }

  /// What the chat screens say on a dumb terminal, before what to do instead.
  public static let dumbTerminalRefusal =
    "终端类型是 dumb（TERM=dumb，例如编辑器里的命令窗口），画不出练习界面：请在终端窗口里运行"

  public func style(_ text: String, _ style: ANSIStyle) -> String {
    useColor ? style.apply(text) : text
  }

  /// Headings and the figures that matter most (score, tier).
  public func heading(_ text: String) -> String { style(text, .bold) }
  /// Something done right (✓, 成交).
  public func good(_ text: String) -> String { style(text, .green) }
  /// Something wrong (✗, 超时, a violation).
  public func bad(_ text: String) -> String { style(text, .red) }
  /// A caution (patience running low, 未完成).
  public func warn(_ text: String) -> String { style(text, .yellow) }
  /// Secondary text (hints, quoted replies' frame).
  public func muted(_ text: String) -> String { style(text, .dim) }
  /// The buyer's name in the chat.
  public func buyer(_ text: String) -> String { style(text, .bold + .magenta) }
  /// The seller's name in the chat.
  public func seller(_ text: String) -> String { style(text, .bold + .cyan) }
  /// System notes in the chat.
  public func system(_ text: String) -> String { style(text, .dim) }
}

extension Theme {
  /// A diagnostic's severity label and carets (`kefu lint`, a scenario refused by play):
  /// bold red for an error, bold yellow for a warning.
  public func severity(_ text: String, _ severity: Severity) -> String {
    style(text, .bold + (severity == .error ? .red : .yellow))
  }

  /// Marks for `DiagnosticFormatter.text(_:mark:)`.
  public var diagnosticMark: (String, Severity) -> String { { self.severity($0, $1) } }
}
