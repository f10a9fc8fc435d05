import KefuEngine
import KefuRubric

/// The line the chat shows when a buyer's conversation ends. A lesson with no chance to sell (see
/// `Scenario.offersSales`: after-sales, a greeting, holding a price) ends in 成交 when the buyer is
/// satisfied, which is not always an order placed, so its note says only that.
enum EndNote {
  static func text(
    _ outcome: Outcome, reason: Session.EndReason?, sells: Bool, unfinished: String
  ) -> String {
    switch (outcome, reason) {
    case (.lost, .patience?): return "买家没有耐心了，离开了（流失）"
    case (.deal, .buyer?): return sells ? "买家决定买下（成交）" : "买家表示满意（成交）"
    case (.deal, _): return sells ? "买家下单了（成交）" : "买家满意了（成交）"
    case (.lost, .buyer?): return sells ? "买家决定不买了（流失）" : "买家表示不满意（流失）"
    case (.lost, _): return "买家离开了（流失）"
    case (.unfinished, _): return unfinished
    }
  }
}
