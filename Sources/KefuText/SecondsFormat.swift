/// Seconds as kefu shows them: one decimal. A time over the limit never reads as the limit or
/// less (6.04 s against 6 s shows `6.04`, not `6.0`), so the figure agrees with its 超时 mark.
public enum SecondsFormat {
  /// `value` with one decimal; `roundingDown` for a running timer (it must not show 6.0 before
  /// 6 s are up), rounded to nearest otherwise.
  public static func text(_ value: Double, limit: Double? = nil, roundingDown: Bool = false)
    -> String
  {
    // Far beyond any real limit (a hostile record): shown whole, no tenths to overflow.
    if !(value < 1e9) { return value.isFinite ? "\(Int(min(value, 9e18)))" : "∞" }
    let v = max(0, value)
    let tenths = Int((v * 10).rounded(roundingDown ? .down : .toNearestOrAwayFromZero))
    if let limit, v > limit, Double(tenths) / 10 <= limit {
      let hundredths = max(Int((v * 100).rounded(.up)), Int((limit * 100).rounded(.down)) + 1)
      return "\(hundredths / 100)." + (hundredths % 100 < 10 ? "0" : "") + "\(hundredths % 100)"
    }
    return "\(tenths / 10).\(tenths % 10)"
  }

  /// A limit as a scenario writes it: `6`, `6.5`, `6.25`.
  public static func limit(_ value: Double) -> String {
    if !(value < 1e9) { return text(value) }
    if value == value.rounded() { return String(Int(value)) }
    let hundredths = Int((value * 100).rounded())
    var s = "\(hundredths / 100)." + (hundredths % 100 < 10 ? "0" : "") + "\(hundredths % 100)"
    while s.hasSuffix("0") { s.removeLast() }
    return s
  }
}
