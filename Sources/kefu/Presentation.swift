import KefuEngine
import KefuRecords
import KefuRubric
import KefuScenario
import KefuTerminal

/// Printing a played session: the transcript (for `--script`) and the grade card.
enum Presentation {
  static func theme(_ console: Console) -> Theme { Theme(useColor: console.useColor) }

  /// The width to lay out for: the terminal's, or 80 columns when piped.
  static func width(_ console: Console) -> Int {
    console.out.isTerminal ? POSIXTerminal(inputFD: 1, outputFD: 1).size.columns : 80
  }

  /// The chat as it went, one message after another.
  static func printTranscript(
    _ messages: [TranscriptMessage], scenario: Scenario, limitSeconds: Double, console: Console
  ) {
    let chat = ChatRenderer(width: width(console), theme: theme(console))
    let buyer = ChatMessage.buyerLabel(scenario.persona?.name)
    var lastBuyerMs: Int?
    for m in messages {
      switch m.role {
      case .buyer:
        lastBuyerMs = m.ms
        for line in chat.lines(.buyer(name: buyer, text: m.text)) { console.out.line(line) }
      case .seller:
        let seconds = lastBuyerMs.map { Double(m.ms - $0) / 1000 }
        lastBuyerMs = nil
        let message = ChatMessage.seller(
          name: ChatMessage.sellerSelf, text: m.text, seconds: seconds,
          limit: limitSeconds)
        for line in chat.lines(message) { console.out.line(line) }
      }
    }
    console.out.line()
  }

  /// THE grade card builder, for a session just played (`kefu play`, pair, host) and for a
  /// record or chat log graded again (`kefu grade`). `show` is applied to every text a student
  /// wrote or a record carries (`kefu grade` masks phone numbers and addresses with it).
  static func card(
    grade: Grade, seller: RecordPlayer, partner: String?, scenarioTitle: String, mode: String?,
    replies: [String], limitSeconds: Double, typingSpeed: Double?, pastedReplies: Int,
    show: (String) -> String = { $0 }
  ) -> GradeCard {
    var grade = grade
    grade.violations = grade.violations.map {
      var v = $0
      v.text = show(v.text)
      return v
    }
    grade.tips = grade.tips.map(show)
    return GradeCard(
      grade: grade,
      student: GradeCard.Student(
        name: seller.name.isEmpty ? "（未署名）" : show(seller.name),
        id: seller.id.isEmpty ? nil : seller.id,
        className: seller.className.isEmpty ? nil : seller.className),
      partner: partner.map(show), scenarioTitle: scenarioTitle, mode: mode,
      replies: replies.map(show), limitSeconds: limitSeconds, typingSpeed: typingSpeed,
      pastedReplies: pastedReplies)
  }

  /// The grade card of a session just played.
  static func card(_ session: Session, grade: Grade, players: [RecordPlayer], mode: SessionMode)
    -> GradeCard
  {
    card(
      grade: grade, seller: players.first { $0.role == .seller } ?? RecordPlayer(name: ""),
      partner: players.first { $0.role == .buyer }?.name,
      scenarioTitle: session.scenario.title ?? session.scenario.path,
      mode: mode == .solo ? nil : mode.chineseName, replies: session.turns.map(\.reply),
      limitSeconds: session.limitSeconds,
      typingSpeed: TypingSpeed.charactersPerMinute(
        session.messages, phrases: session.scenario.phrases),
      pastedReplies: TypingSpeed.pastedReplies(session.messages, phrases: session.scenario.phrases))
  }

  static func printCard(
    _ grade: Grade, session: Session, players: [RecordPlayer], mode: SessionMode, console: Console
  ) {
    let card = card(session, grade: grade, players: players, mode: mode)
    console.out.write(GradeCardRenderer.text(card, width: width(console), theme: theme(console)))
  }
}
