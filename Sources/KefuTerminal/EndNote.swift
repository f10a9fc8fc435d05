import KefuEngine
import KefuRubric

/// The line the chat shows when a buyer's conversation ends. A buyer who came about an order
/// already placed (as the card reads it: `GradeFormula.cameForAfterSales`, or an opening fault
/// before any reply) ends in 成交 when satisfied, which is no order placed, so the note says only
/// that.
enum EndNote {
  static func text(_ session: Session, unfinished: String) -> String {
    let opening = session.messages.prefix { $0.role == .buyer }.map(\.text)
    let afterSales =
      StepContext.raisesAfterSales(opening)
      || GradeFormula.cameForAfterSales(session.turns, sales: session.scenario.offersSales)
    switch (session.outcome, session.endReason) {
    case (.lost, .patience?): return "买家没有耐心了，离开了（流失）"
    case (.deal, .buyer?): return afterSales ? "买家表示满意（成交）" : "买家决定买下（成交）"
    case (.deal, _): return afterSales ? "买家满意了（成交）" : "买家下单了（成交）"
    case (.lost, .buyer?): return afterSales ? "买家表示不满意（流失）" : "买家决定不买了（流失）"
    case (.lost, _): return "买家离开了（流失）"
    case (.unfinished, _): return unfinished
    }
  }
}
