import Foundation
import KefuEngine
import KefuNet
import KefuRecords
import KefuRubric
import KefuScenario
import KefuTerminal

/// `kefu host` and `kefu join` in a real terminal: the net screen, the record written on both
/// computers after every event, and at the end the outcome (and for the seller the grade card).
enum NetPlay {
  /// Refuses before any connection is made when there is no terminal to play in.
  static func requireTerminal(_ command: String, console: Console) throws -> POSIXTerminal {
    try InteractivePlay.terminal(
      console: console, notATerminal: "标准输入或输出不是终端，无法联机练习：kefu \(command) 要在终端窗口里运行")
  }

  /// The player's name, asked for when neither `--name` nor `KEFU_NAME` gives one.
  static func askName(_ options: inout PlayerOptions, console: Console) {
    guard options.name.isEmpty, isatty(0) == 1 else { return }
    console.out.write("请输入你的姓名（也可用 --name 或环境变量 KEFU_NAME 预设）：")
    console.out.flush()
    options.name = RecordPlayer.normalize(readLine() ?? "")
  }

  /// Plays the session on this computer's screen until it ends or the player leaves.
  /// `onSave` runs after each save with the record's path (the host keeps its resume file
  /// fresh there); `rejoinHint` is printed when the player leaves. `saved` is false when the
  /// record could not be written at the end (the player has been told why).
  static func play(
    side: NetSide, terminal: POSIXTerminal, store: RecordStore, console: Console,
    rejoinHint: String, onSave: @escaping (String?) -> Void = { _ in }
  ) throws -> (ending: NetPlayLoop.Ending, recorder: SessionRecorder?, saved: Bool) {
    var recorder: SessionRecorder?
    func save() throws {
      if recorder == nil, let model = side.model, let info = side.recordInfo {
        let session = model.session
        let record = SessionRecord(
          sessionID: info.sessionID,
          scenario: RecordScenario(playing: session.scenario),
          rubricVersion: session.grade().rubricVersion, seed: info.seed, mode: .net,
          players: info.players, startedAt: info.startedAt, limitSeconds: session.limitSeconds)
        recorder = SessionRecorder(store: store, session: session, record: record)
      }
      guard let recorder else { return }
      try PlayCommand.save(recorder)
      onSave(recorder.path)
    }
    console.out.flush()
    let loop = NetPlayLoop(backend: terminal, side: side, theme: Presentation.theme(console)) {
      try save()
    }
    let ending: NetPlayLoop.Ending
    do {
      ending = try loop.run()
    } catch {
      terminal.restore()
      side.leave()
      try? recorder?.save()
      throw CommandError("终端出错，练习已中断（\(error)）")
    }
    // The loop saved after every change and went on when a save failed; one last try (space may
    // be back), and the ending is shown either way.
    var saveFailure: String?
    do {
      try save()
    } catch {
      saveFailure = "\(error)"
    }
    if ending == .signal(.hangUp) { return (ending, recorder, saveFailure == nil) }  // no terminal
    if ending != .finished {
      console.out.line()
      console.out.line("你已离开这场联机练习。一分钟内在这台电脑上重新运行同一条命令即可接着练：")
      console.out.line("  " + rejoinHint)
    } else if let model = side.model, let info = side.recordInfo {
      console.out.line()
      let session = model.session
      if side.role == .seller {
        Presentation.printCard(
          session.grade(), session: session, players: info.players, mode: .net, console: console)
      } else {
        let seller = info.players.first { $0.role == .seller }?.name ?? ""
        console.out.line(
          "练习结束：\(session.outcome.chineseName)。"
            + "成绩单在扮演客服的同学\(seller.isEmpty ? "" : "「\(seller)」")的屏幕上。")
      }
    }
    if let saveFailure {
      console.err.line("kefu: 练习记录未能保存：\(saveFailure)。请截图或抄下这场练习交给老师")
    } else if let path = recorder?.path {
      console.out.line(Presentation.theme(console).muted("记录：\(path)"))
    }
    return (ending, recorder, saveFailure == nil)
  }

  /// The exit code for how the loop ended: a signal's, else 1 when the record was not saved.
  static func exitCode(_ ending: NetPlayLoop.Ending, saved: Bool) -> Int32 {
    if case .signal(let signal) = ending { return signal.exitCode }
    return saved ? 0 : 1
  }
}
