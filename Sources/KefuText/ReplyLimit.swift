/// The reply time limit (黄金六秒): the one place it is read from text, defaulted, chosen and
/// compared. Scenario `limit:`, the rubric file's `limit`, a record's `limit_s`, play, replay,
/// re-grading and `kefu check` all come here.
public enum ReplyLimit {
  /// The limit when neither the scenario nor the rubric file sets one.
  public static let standardSeconds = 6.0
  /// The shortest limit anything accepts (one millisecond: times are compared in whole ms).
  public static let minSeconds = 0.001
  /// The longest limit anything accepts: an hour.
  public static let maxSeconds = 3600.0

  /// Reads `6`, `6.5`, `6s`, `6 s`, `6sec`, `6秒`, `6秒钟` (full-width digits too) as seconds;
  /// nil when it is not such a number (`六秒`, `6.5.5`, `-3`, `1e3`). The range is not checked
  /// here: see `accepts`.
  public static func parseSeconds(_ value: String) -> Double? {
    var text = TextNormalizer.normalize(value).trimmingCharacters(in: .whitespaces)
    for suffix in ["秒钟", "秒", "sec", "s"] where text.hasSuffix(suffix) {
      text = String(text.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
      break
    }
    guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
      text.filter({ $0 == "." }).count <= 1, text.first != ".", text.last != "."
    else { return nil }
    return Double(text)
  }

  /// Whether `seconds` is a limit anything accepts (`minSeconds`…`maxSeconds`).
  public static func accepts(_ seconds: Double) -> Bool {
    seconds >= minSeconds && seconds <= maxSeconds
  }

  /// `parseSeconds` within the accepted range, else nil.
  public static func parse(_ value: String) -> Double? {
    parseSeconds(value).flatMap { accepts($0) ? $0 : nil }
  }

  /// The limit a session is timed against: the one it was played under (a record's `limit_s`),
  /// else the scenario's `limit:`, else the rubric's.
  public static func resolve(played: Double? = nil, scenario: Double?, rubric: Double) -> Double {
    played ?? scenario ?? rubric
  }

  /// A limit in whole milliseconds, the unit every comparison uses.
  public static func milliseconds(_ seconds: Double) -> Int { Int((seconds * 1000).rounded()) }

  /// Whether a wait of `milliseconds` is over the limit: exactly the limit is on time.
  public static func isSlow(milliseconds: Int, limitMilliseconds: Int) -> Bool {
    milliseconds > limitMilliseconds
  }

  /// Whether `seconds` is over `limit`, compared in whole milliseconds.
  public static func isSlow(seconds: Double, limit: Double) -> Bool {
    isSlow(milliseconds: milliseconds(seconds), limitMilliseconds: milliseconds(limit))
  }
}
