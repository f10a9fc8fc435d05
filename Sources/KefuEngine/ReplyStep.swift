import KefuRubric
import KefuText

/// THE per-reply step: one seller reply judged in its context and timed against the limit.
/// Play (`Session.reply`), grading a transcript without its scenario (`Replay.gradeTranscript`)
/// and `kefu check` all judge a reply here, so they cannot disagree.
public enum ReplyStep {
  /// Judges `reply` as the answer to `buyerMessages`, after `history`. `responseMs`: how long
  /// the buyer waited for it, nil when untimed (kefu check, a reply with no buyer message before
  /// it); it is slow when over `limitSeconds` (`ReplyLimit.isSlow`). `sellerKeys`: the
  /// comparison keys of the earlier seller replies, when the caller keeps them. `otherChats`:
  /// in a shift, the other chats open as the reply is sent.
  public static func judge(
    _ reply: Reply, buyerMessages: [String], history: [ChatLine], sellerKeys: [ReplyKey]? = nil,
    responseMs: Int?, limitSeconds: Double, product: String?, addons: [[String]],
    otherChats: [OtherChat] = [], rubric: Rubric
  ) -> Turn {
    Turn(
      buyerMessages: buyerMessages, reply: reply.text,
      responseSeconds: responseMs.map { Double($0) / 1000 },
      judgement: judgement(
        reply, buyerMessages: buyerMessages, history: history, sellerKeys: sellerKeys,
        responseMs: responseMs, limitSeconds: limitSeconds, product: product, addons: addons,
        otherChats: otherChats, rubric: rubric))
  }

  /// `judge`'s verdict alone, for a caller that keeps no turn (`kefu check`: building the turn
  /// and taking the verdict back out of it copied the verdict once per line).
  public static func judgement(
    _ reply: Reply, buyerMessages: [String], history: [ChatLine], sellerKeys: [ReplyKey]? = nil,
    responseMs: Int?, limitSeconds: Double, product: String?, addons: [[String]],
    otherChats: [OtherChat] = [], rubric: Rubric
  ) -> ReplyJudgement {
    let context = ReplyContext(
      buyerMessages: buyerMessages, history: history,
      responseSeconds: responseMs.map { Double($0) / 1000 }, limitSeconds: limitSeconds,
      product: product, addons: addons, sellerKeys: sellerKeys, otherChats: otherChats)
    return judgement(reply, context: context, responseMs: responseMs, rubric: rubric)
  }

  /// `judgement` in a context the caller keeps from reply to reply (`kefu check` slides its
  /// history and keys in place instead of building a context, and copying its arrays, for each
  /// line). `context.responseSeconds` should be `responseMs` in seconds.
  public static func judgement(
    _ reply: Reply, context: ReplyContext, responseMs: Int?, rubric: Rubric
  ) -> ReplyJudgement {
    var judgement = rubric.judge(reply, context: context)
    // Timing is judged even for a blank reply, which no rule reads.
    judgement.slow =
      responseMs.map {
        ReplyLimit.isSlow(
          milliseconds: $0, limitMilliseconds: ReplyLimit.milliseconds(context.limitSeconds))
      } ?? false
    return judgement
  }
}
