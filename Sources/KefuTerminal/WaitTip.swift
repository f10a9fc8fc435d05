import KefuRubric

/// The slow-reply tip as a card shows it. A session stopped while the buyer had waited past the
/// limit counts that wait as one more slow response, and the rubric's tip then says 「有 N 条回复
/// 超过了时限」 — although the wait was no reply, and the card has just said which replies were in
/// time. The cards put the tip about the wait in its place.
enum WaitTip {
  /// `tip`, or when it is the slow-reply tip counting a wait nobody answered, a tip that names
  /// the wait. `shift`: the card of one buyer of a shift.
  static func onCard(_ tip: String, grade: Grade, shift: Bool) -> String {
    let slow = grade.responses?.slow ?? 0
    guard grade.countsUnansweredWait,
      let template = RuleRegistry.rule("response_time")?.description.tip,
      tip == template.replacingOccurrences(of: "{slow}", with: String(slow))
    else { return tip }
    let late = slow - 1
    let catchPhrase =
      shift
      ? "几位买家同时在等时，先给每位回一句快捷短语接住（如「亲，在的，马上帮您看」），再逐个细答。"
      : "一时答不上来，先回一句快捷短语接住（如「亲，在的，马上帮您看」），别让买家干等。"
    let stopped = shift ? "班次结束时这位买家" : "练习结束时买家"
    if late == 0 { return "\(stopped)已经等过了时限还没得到回复：" + catchPhrase }
    return "有 \(late) 条回复超过了时限，\(stopped)又在等着没人回：" + catchPhrase
  }
}
