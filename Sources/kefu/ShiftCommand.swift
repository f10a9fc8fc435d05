import Foundation
import KefuEngine
import KefuRecords
import KefuRubric
import KefuScenario
import KefuTerminal
import KefuText

/// `kefu shift`: 客服工作台 — several buyers at once, one per scenario, arriving staggered; in a
/// terminal the workbench screen, with `--script` a file of timed replies on a manual clock.
enum ShiftCommand: Command {
  static let name = "shift"
  static let summary = "班次：像客服工作台一样同时接待几位买家，结束时打印班次成绩"
  static let help = """
    用法：kefu shift 场景文件 场景文件… [--every 秒数] [--script 文件] [--json]
                    [--name 姓名] [--id 学号] [--class 班级] [--records 目录] [--rubric 文件] [--bell]

    像网店客服的工作台一样同时接待几位买家：每个场景文件一位买家（同一个文件可以写两次，就是两位买家），
    第一位马上进店，之后每隔 --every 秒（默认 20）来一位；所有对话都安静时，下一位会提前进店。
    每位买家各有一份记录（模式「班次」，同一个班次号），结束时打印每位买家的成绩和班次小结。

      --every 秒数    买家进店的间隔（默认 20 秒）
      --script 文件   不用终端，按脚本回放：每行「@秒数 #顾客编号 回复」，秒数从班次开始算（见 docs/shift.md）
      --json          结束时输出 JSON：{"shift":{…},"grades":[…]}
      --name/--id/--class  学生姓名、学号、班级（默认取 KEFU_NAME、KEFU_ID、KEFU_CLASS）
      --records 目录  记录保存位置（默认 KEFU_RECORDS，否则当前目录下的 records/）
      --rubric 文件   使用自定义评分参数（见 docs/rubric.md）
      --bell          有买家等到提醒时间时响铃（默认只闪烁那一行）

    工作台上：Ctrl-N 切换到下一位买家（↑ ↓ 也可以）；回车发送；Tab 或 /1…/9 快捷短语；
    Ctrl-C 结束班次并保存（没结束的对话记为未完成）。

    示例：
      kefu shift scenarios/01-starter-greeting.kefu scenarios/02-sneaker-size.kefu scenarios/03-cross-sell-beach.kefu
      kefu shift a.kefu b.kefu --script 班次.txt --json
    """
  static let spec = ArgumentSpec(
    options: [
      "--every", "--script", "--name", "--id", "--class", "--records", "--rubric", "--seed",
    ],
    switches: ["--json", "--bell"])

  /// The most buyers one shift takes (the workbench lists them all on a 24-row screen).
  static let maxBuyers = 6

  static func run(_ args: Arguments, console: Console) throws -> Int32 {
    guard args.positionals.count >= 2 else {
      throw UsageError(
        message: args.positionals.isEmpty
          ? "缺少场景文件：一个班次至少两位买家，例如 kefu shift a.kefu b.kefu"
          : "一个班次至少要两位买家（同一个场景文件可以写两次）")
    }
    guard args.positionals.count <= maxBuyers else {
      throw UsageError(message: "一个班次最多 \(maxBuyers) 位买家，却给了 \(args.positionals.count) 个场景")
    }
    var every = 20_000
    if let text = args.value("--every") {
      guard let ms = PlayScript.milliseconds(Substring(text)), ms <= 3_600_000 else {
        throw UsageError(message: "--every 应为 0 到 3600 之间的秒数（最多三位小数），却是「\(text)」")
      }
      every = ms
    }
    let options = PlayerOptions(args, environment: console.environment)
    // A malformed script is refused before anything else happens.
    let script = try args.value("--script").map {
      try loadScript($0, buyers: args.positionals.count)
    }
    let rubric = try RubricLoading.load(args.value("--rubric"))
    let scenarios = try args.positionals.map { try ScenarioLoading.load($0, console: console) }
    let seed = try PlayCommand.parseSeed(args.value("--seed"))
    let store = try PlayCommand.openStore(options.recordsDirectory)
    let seeds = Shift.seeds(base: seed, count: scenarios.count)
    if let script {
      let shift = Shift(
        scenarios: scenarios, seeds: seeds, rubric: rubric, clock: ManualClock(),
        everyMilliseconds: every, pacing: .scripted)
      // Scripted buyers are recorded as scripts, so instructors can tell them from real play.
      let records = ShiftRecords(
        shift: shift, store: store, mode: .script, player: options.player(role: .seller))
      try playScript(script, shift: shift, records: records, console: console)
      return try finish(shift, records: records, json: args.has("--json"), console: console)
    }
    return try interactive(
      scenarios: scenarios, seeds: seeds, rubric: rubric, every: every, store: store,
      options: options, json: args.has("--json"), bell: args.has("--bell"), console: console)
  }

  static func loadScript(_ path: String, buyers: Int) throws -> ShiftScript {
    let text: String
    do {
      text = try TextFile.read(path)
    } catch let e as TextFileError {
      throw CommandError(e)
    }
    do {
      return try ShiftScript.parse(text, path: path, buyers: buyers)
    } catch let e as ShiftScript.ParseError {
      throw CommandError(e.message, code: 2)
    }
  }

  /// Plays a script on the shift's manual clock; the records are written after every event.
  /// After the last line the shift runs on until the last buyer has arrived, then stops.
  static func playScript(
    _ script: ShiftScript, shift: Shift, records: ShiftRecords, console: Console
  ) throws {
    guard let clock = shift.clock as? ManualClock else { return }
    shift.step()
    try records.sync()
    for step in script.steps {
      shift.advance(to: shift.startMilliseconds + step.milliseconds, on: clock)
      try records.sync()
      guard let buyer = shift.buyer(step.buyer), let arrival = buyer.arrivalMilliseconds else {
        let at = shift.nextArrivalAt.map { ShiftScript.seconds($0 - shift.startMilliseconds) }
        console.err.line(
          "提示：脚本第 \(step.line) 行：\(step.buyer) 号买家这时还没进店"
            + (at.map { "（下一位 \($0) 秒进店）" } ?? "") + "，这一行没有回放")
        continue
      }
      _ = arrival
      guard buyer.isWaiting else {
        let why = buyer.walkedAway ? "等太久已经离开了" : "的对话已经结束了"
        console.err.line("提示：脚本第 \(step.line) 行：\(step.buyer) 号买家\(why)，这一行没有回放")
        continue
      }
      shift.reply(to: step.buyer, step.reply)
      try records.sync()
    }
    while let next = shift.nextArrivalAt {
      shift.advance(to: next, on: clock)
      try records.sync()
    }
    shift.interrupt()
    try records.sync()
  }

  /// The cards and summary (or the JSON) once the shift is over or stopped.
  static func finish(
    _ shift: Shift, records: ShiftRecords, json: Bool, console: Console, saved: Bool = true
  ) throws -> Int32 {
    let summary = shift.summary()
    let arrived = shift.buyers.filter(\.hasArrived)
    if json {
      let grades = arrived.compactMap { $0.session?.grade().json }
      let value = JSONValue.object([
        (
          "shift",
          .object([
            ("buyers", .int(summary.buyers)), ("deals", .int(summary.deals)),
            ("longest_wait_s", .seconds(Double(summary.longestWaitMilliseconds) / 1000)),
            ("longest_wait_buyer", summary.longestWaitBuyer.map { .int($0) } ?? .null),
            ("slow", .int(summary.slow)), ("crossed", .int(summary.crossed)),
            ("late_replies", .int(summary.lateReplies)), ("walked_away", .int(summary.walkedAway)),
            ("left_waiting", .int(summary.leftWaiting)),
          ])
        ),
        ("grades", .array(grades)),
      ])
      console.out.line(value.text)
      return 0
    }
    let card = ShiftCard(
      student: records.player.name.isEmpty ? "（未署名）" : records.player.name,
      buyers: arrived.compactMap { b in
        guard let session = b.session else { return nil }
        var wait = b.longestWaitMilliseconds
        if b.isWaiting { wait = max(wait, session.waitingMilliseconds) }
        return ShiftCard.Buyer(
          number: b.number, label: ChatMessage.buyerLabel(b.scenario.persona?.name),
          title: b.scenario.title ?? b.scenario.path, grade: session.grade(),
          replies: session.turns.map(\.reply),
          responseSeconds: session.turns.map(\.responseSeconds),
          limitSeconds: session.limitSeconds, longestWait: Double(wait) / 1000,
          walkedAway: b.walkedAway,
          stillWaiting: b.isWaiting || (session.unansweredMilliseconds ?? 0) > 0)
      },
      notArrived: shift.buyers.count - arrived.count, deals: summary.deals,
      longestWait: Double(summary.longestWaitMilliseconds) / 1000,
      longestWaitBuyer: summary.longestWaitBuyer, crossed: summary.crossed)
    console.out.write(
      ShiftCardRenderer.text(
        card, width: Presentation.width(console), theme: Presentation.theme(console)))
    let paths = records.paths
    if saved && !paths.isEmpty {
      console.out.line(
        Presentation.theme(console).muted("记录：" + paths.joined(separator: "\n      ")))
    }
    return 0
  }

  static func interactive(
    scenarios: [Scenario], seeds: [UInt64], rubric: Rubric, every: Int, store: RecordStore,
    options: PlayerOptions, json: Bool, bell: Bool, console: Console
  ) throws -> Int32 {
    let terminal = try InteractivePlay.terminal(
      console: console,
      notATerminal: "标准输入或输出不是终端，无法进行班次练习。没有终端时请用脚本：kefu shift 场景… --script 文件"
        + "（格式：每行「@秒数 #顾客编号 回复」，见 kefu help shift）",
      dumbAdvice: "，或者用脚本：kefu shift 场景… --script 文件（见 kefu help shift）")
    var options = options
    if options.name.isEmpty {
      console.out.write("请输入你的姓名（也可用 --name 或环境变量 KEFU_NAME 预设）：")
      console.out.flush()
      options.name = RecordPlayer.normalize(readLine() ?? "")
    }
    let shift = Shift(
      scenarios: scenarios, seeds: seeds, rubric: rubric, clock: MonotonicClock(),
      everyMilliseconds: every, pacing: .live(quietMilliseconds: 3000))
    let records = ShiftRecords(
      shift: shift, store: store, mode: .shift, player: options.player(role: .seller))
    console.out.flush()
    let ending: PlayLoop.Ending
    let loop = ShiftLoop(
      backend: terminal, shift: shift, theme: Presentation.theme(console), bell: bell,
      studentName: options.name
    ) { try records.sync() }
    do {
      ending = try loop.run()
    } catch {
      terminal.restore()
      shift.interrupt()
      try? records.sync()
      throw CommandError("终端出错，班次已中断（\(error)）")
    }
    if !shift.isOver { shift.interrupt() }
    // The loop saved after every change and went on when a save failed; one last try (space may
    // be back), and the cards are printed either way.
    var saveFailure: String?
    do {
      try records.sync()
    } catch {
      saveFailure = "\(error)"
    }
    if ending == .signal(.hangUp) { return TerminalSignal.hangUp.exitCode }
    let code = try finish(
      shift, records: records, json: json, console: console, saved: saveFailure == nil)
    if let saveFailure {
      console.err.line("kefu: 班次记录未能保存：\(saveFailure)。成绩如上，请截图或抄下交给老师")
      if case .signal(let signal) = ending { return signal.exitCode }
      return 1
    }
    if case .signal(let signal) = ending { return signal.exitCode }
    return code
  }
}

/// The records of a shift: one `SessionRecorder` per arrived buyer, all sharing the shift id;
/// `sync()` writes every buyer's record as it stands (new arrivals get theirs).
final class ShiftRecords {
  let shift: Shift
  let store: RecordStore
  let mode: SessionMode
  let player: RecordPlayer
  let shiftID: String
  private var recorders: [Int: SessionRecorder] = [:]

  init(shift: Shift, store: RecordStore, mode: SessionMode, player: RecordPlayer) {
    self.shift = shift
    self.store = store
    self.mode = mode
    self.player = player
    self.shiftID = SessionRecord.makeSessionID(startedAt: RecordTime(date: Date()))
  }

  /// The record files written, in arrival order.
  var paths: [String] {
    shift.buyers.compactMap { recorders[$0.number]?.path }
  }

  func sync() throws {
    for b in shift.buyers {
      guard let session = b.session, let arrival = b.arrivalMilliseconds else { continue }
      let recorder: SessionRecorder
      if let existing = recorders[b.number] {
        recorder = existing
      } else {
        recorder = SessionRecorder(store: store, session: session, mode: mode, players: [player])
        recorders[b.number] = recorder
      }
      recorder.shift = RecordShift(
        id: shiftID, buyer: b.number, arrivalMs: arrival, others: shift.neighbours(of: b.number))
      try PlayCommand.save(recorder)
    }
  }
}
