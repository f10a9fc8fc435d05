import Foundation
import KefuEngine
import KefuRecords
import KefuRubric
import KefuScenario
import KefuTerminal

/// `kefu play` and `kefu pair` in a real terminal: raw mode, the chat loop, the record saved
/// after every turn, the terminal restored on every way out, then the grade card.
enum InteractivePlay {
  static func run(
    scenario: Scenario, rubric: Rubric, seed: UInt64, store: RecordStore, mode: SessionMode,
    players: [RecordPlayer], loopPlayers: PlayLoop.Players, json: Bool, console: Console
  ) throws -> Int32 {
    let terminal = try requireTerminal(console: console)
    let session = Session(scenario: scenario, rubric: rubric, clock: MonotonicClock(), seed: seed)
    let recorder = SessionRecorder(store: store, session: session, mode: mode, players: players)
    try PlayCommand.save(recorder)
    console.out.flush()
    let ending: PlayLoop.Ending
    let loop = PlayLoop(
      backend: terminal, session: session, players: loopPlayers,
      theme: Presentation.theme(console)
    ) { try recorder.save() }
    do {
      ending = try loop.run()
    } catch {
      terminal.restore()
      session.interrupt()
      try? recorder.save()
      throw CommandError("终端出错，练习已中断（\(error)）")
    }
    // The loop saved after every turn; a last try if its final save failed (space may be back).
    var saveFailure = loop.saveFailure
    if saveFailure != nil {
      do {
        try recorder.save()
        saveFailure = nil
      } catch {
        saveFailure = "\(error)"
      }
    }
    if ending == .signal(.hangUp) { return TerminalSignal.hangUp.exitCode }  // no terminal left
    let grade = session.grade()
    if json {
      console.out.line(grade.json.text)
    } else {
      console.out.line()
      Presentation.printCard(
        grade, session: session, players: players, mode: mode, console: console)
      if let path = recorder.path, saveFailure == nil {
        console.out.line(Presentation.theme(console).muted("记录：\(path)"))
      }
    }
    if let saveFailure {
      let earlier = recorder.path.map { "（\($0) 里只有最后一次保存成功时的内容）" } ?? ""
      console.err.line("kefu: 练习记录未能保存：\(saveFailure)\(earlier)。成绩单如上，请截图或抄下交给老师")
      if case .signal(let signal) = ending { return signal.exitCode }
      return 1
    }
    if case .signal(let signal) = ending { return signal.exitCode }
    return 0
  }

  /// The terminal to play in: refused (exit 2) when input or output is not one, or it cannot
  /// draw the chat screen (`TERM=dumb`).
  static func requireTerminal(console: Console) throws -> POSIXTerminal {
    try terminal(
      console: console,
      notATerminal: "标准输入或输出不是终端，无法交互练习。没有终端时请用脚本：kefu play 场景 --script 文件"
        + "（格式：每行「+秒数 回复」，见 kefu help play）",
      dumbAdvice: "，或者用脚本：kefu play 场景 --script 文件（见 kefu help play）")
  }

  /// Every chat screen's terminal check (play, pair, shift, host, join): `notATerminal` when
  /// input or output is not a terminal, `Theme.dumbTerminalRefusal` and `dumbAdvice` when it
  /// cannot move the cursor; both exit 2, before anything is saved or connected.
  static func terminal(console: Console, notATerminal: String, dumbAdvice: String = "") throws
    -> POSIXTerminal
  {
    let terminal = POSIXTerminal()
    guard terminal.isInteractive else { throw CommandError(notATerminal, code: 2) }
    guard !Theme.isDumb(console.environment) else {
      throw CommandError(Theme.dumbTerminalRefusal + dumbAdvice, code: 2)
    }
    return terminal
  }

  static func solo(
    scenario: Scenario, rubric: Rubric, seed: UInt64, store: RecordStore, options: PlayerOptions,
    json: Bool, console: Console
  ) throws -> Int32 {
    var options = options
    if options.name.isEmpty && isatty(0) == 1 {
      // Refused before the name is typed, not after.
      _ = try requireTerminal(console: console)
      options.name = try askName(console: console)
    }
    return try run(
      scenario: scenario, rubric: rubric, seed: seed, store: store, mode: .solo,
      players: [options.player(role: .seller)], loopPlayers: .solo, json: json, console: console)
  }

  /// Asks for the student's name until it has one: a name of only spaces is asked again (the
  /// record and the class report need a name). The input closing first is a usage error.
  static func askName(console: Console) throws -> String {
    console.out.write("请输入你的姓名（也可用 --name 或环境变量 KEFU_NAME 预设）：")
    while true {
      console.out.flush()
      guard let line = readLine() else {
        console.out.line()
        throw UsageError(message: "没有输入姓名，练习没有开始。可以用 --name 姓名 直接给出")
      }
      let name = RecordPlayer.normalize(line)
      if !name.isEmpty { return name }
      console.out.write("姓名不能是空的，请再输入一次：")
    }
  }
}
