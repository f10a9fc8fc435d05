import Dispatch
import Foundation
import KefuEngine
import KefuRubric
import KefuScenario
import KefuTerminal
import KefuText

/// `kefu check`: judges replies, one per line, against the rubric — like a linter for chat.
///
/// Lines of one file are one session in order (earlier lines are the history `repeated_reply`
/// looks at; there is no buyer). Input streams in chunks, so a file of millions of lines runs in
/// flat memory; `--jsonl` prints exactly one object per input line.
enum CheckCommand: Command {
  static let name = "check"
  static let summary = "逐行检查客服回复是否违反规则"
  static let help = """
    用法：kefu check [FILE...] [--jsonl] [--with-buyer] [--scenario FILE] [--rubric FILE]

    每行一条客服回复，逐条按评分规则检查。没有给 FILE 或 FILE 为 - 时读标准输入。
    同一个文件里的各行按顺序视为同一场对话（前面的回复是后面的上下文）。

    选项：
      --jsonl           每行输入输出一个 JSON 对象，供脚本使用
      --with-buyer      每行是「买家消息<Tab>客服回复」：按买家这句来判断回复（回答买家的提问
                        不算推荐）；最后一个 Tab 之后是回复，之前每一段是一条买家消息，可以为空；
                        没有 Tab 的行整行当作回复（没有买家消息），标准错误里会指出是哪几行
      --scenario FILE   从剧本读取商品、关联商品（addon）和回复时限（剧本有错误时不检查，先用 kefu lint 修好）
      --rubric FILE     用评分标准文件覆盖默认的数值

    发现问题也以 0 退出；文件读不了退出 1；用法错误或评分标准文件有错退出 2。
    不是 UTF-8 的行照样检查（无法识别的字节换成 �），并在标准错误里指出 文件:行号。
    """
  static let spec = ArgumentSpec(
    options: ["--scenario", "--rubric"], switches: ["--jsonl", "--with-buyer"])

  static func run(_ args: Arguments, console: Console) throws -> Int32 {
    // The learned correction's weights (a third of the start-up) are read on a thread of their
    // own while the rubric is built here, with more than one core; the first reply judged waits
    // for them if they are not read yet.
    if ReplyChecker.workers > 1 { Thread { _ = StepModel.active }.start() }
    let settings = try RubricLoading.settings(args.value("--rubric"), code: 2)
    // The scenario is read by the scenario parser, as play reads it (one with errors is refused).
    let scenario = try args.value("--scenario").map {
      try ScenarioLoading.load($0, console: console)
    }
    let checker = ReplyChecker(
      rubric: Rubric(settings: settings), scenario: scenario, jsonl: args.has("--jsonl"),
      withBuyer: args.has("--with-buyer"), console: console)
    var code: Int32 = 0
    for path in args.positionals.isEmpty ? ["-"] : args.positionals {
      if !checker.check(path: path) { code = 1 }
      if console.out.failure != nil { break }  // main reports the failed write
    }
    checker.finish()
    return code
  }
}

/// Judges lines and prints the verdicts, as JSON lines or as a linter's report.
final class ReplyChecker {
  let rubric: Rubric
  let scenario: Scenario?
  let jsonl: Bool
  /// Each line is `BUYER<TAB>REPLY` (`--with-buyer`).
  let withBuyer: Bool
  let console: Console
  private var line = String()
  private var repliesChecked = 0
  private var repliesWithFindings = 0
  /// Lines with no reply (blank, or a buyer's message and nothing after the tab): how many, and
  /// the first few line numbers, which the summary names instead of counting them as checked.
  private var emptyLines = 0
  private var emptyNumbers: [Int] = []
  private var findingCount = 0
  /// Files (or standard input) whose lines were read: with none, there is nothing to sum up.
  private var filesRead = 0

  init(
    rubric: Rubric, scenario: Scenario?, jsonl: Bool, withBuyer: Bool = false, console: Console
  ) {
    self.rubric = rubric
    self.scenario = scenario
    self.jsonl = jsonl
    self.withBuyer = withBuyer
    self.console = console
    line.reserveCapacity(1024)
  }

  /// Checks one file (`-`: standard input) as one session. False when it could not be read.
  func check(path: String) -> Bool {
    let fd: Int32
    if path == "-" {
      fd = 0
    } else {
      var isDir: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
        console.err.line("kefu check: \(path): 文件不存在" + TextFileError.undecodedNote(path))
        return false
      }
      guard !isDir.boolValue else {
        console.err.line("kefu check: \(path): 这是一个文件夹，不是文件")
        return false
      }
      // Only a regular file is read (a device or a FIFO would never end); O_NONBLOCK so that
      // opening a FIFO cannot hang before the check.
      fd = open(path, O_RDONLY | O_NONBLOCK)
      guard fd >= 0 else {
        console.err.line("kefu check: \(path): 无法读取（\(Posix.reason(errno))）")
        return false
      }
      var info = stat()
      if fstat(fd, &info) == 0, let kind = FileKind(mode: info.st_mode), kind != .regular {
        close(fd)
        console.err.line("kefu check: \(path): 这是\(kind.chineseName)，不是普通文件，不会读取")
        return false
      }
      _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
    }
    defer { if fd != 0 { close(fd) } }
    // Lines are judged in batches (one read's worth), several batches at once on the machine's
    // cores; each batch starts from the replies before it (the history window), so the verdicts
    // are the same as one by one, and batches are printed in order.
    var number = 0
    var batch: [(number: Int, text: String)] = []
    var pending: [CheckBatch] = []
    // With more than one core, worker threads take batches as they come and the lines are read
    // and printed meanwhile: no round waits for its slowest batch, which on a busy machine (a
    // worker descheduled) left the other core idle.
    let pipeline: CheckPipeline? =
      ReplyChecker.workers > 1
      ? CheckPipeline(workers: ReplyChecker.workers) { [rubric, scenario, jsonl, console] worker in
        // Each worker judges with a rubric of its own: the reference counts of the objects a
        // reply holds on to (the rubric's words, its matcher, the step cues) are then written by
        // one core only. Shared by the two workers, those counts' cache lines moved between the
        // cores at every reply: kefu spent about a sixth more CPU time with two busy workers
        // than on one core. The first worker takes this thread's rubric (which is not judged
        // with here), the others a copy made on their own thread.
        let rubric = worker == 0 ? rubric : rubric.copyForAnotherThread()
        return { batch in
          batch.judge(
            rubric: rubric, scenario: scenario, path: path, jsonl: jsonl, color: console.useColor)
        }
      } : nil
    defer { pipeline?.close() }
    // What the session remembers before `batch`: its history window and the seller's replies.
    var earlier = CheckSession.Memory()
    let window = rubric.settings.historyWindow
    let withBuyer = self.withBuyer
    func endBatch(flush: Bool) {
      if !batch.isEmpty {
        pending.append(CheckBatch(earlier: earlier, lines: batch, withBuyer: withBuyer))
        // Every line with a reply adds it to the replies and at least one line to the history,
        // each kept to `window`: the last `window` such lines decide the memory alone.
        var from = 0
        var seen = 0
        for k in batch.indices.reversed() {
          let text = batch[k].text
          let hasReply = withBuyer ? !CheckSession.splitBuyer(text).reply.isEmpty : !text.isEmpty
          if hasReply { seen += 1 }
          if seen == window {
            from = k
            earlier = CheckSession.Memory()
            break
          }
        }
        for (_, text) in batch[from...] {
          let (buyer, reply) = withBuyer ? CheckSession.splitBuyer(text) : ([], text)
          earlier.add(buyer: buyer, reply: reply, window: window)
        }
        batch.removeAll(keepingCapacity: true)
      }
      if let pipeline {
        for batch in pending { pipeline.submit(batch) }
        pending.removeAll(keepingCapacity: true)
        // At most a few batches per worker in flight (memory stays flat); all of them printed
        // before waiting for more input after a short read.
        for output in pipeline.collect(leaving: flush ? 0 : ReplyChecker.batchesInFlight) {
          emit(output)
        }
      } else if !pending.isEmpty {
        run(pending, path: path)
        pending.removeAll(keepingCapacity: true)
      }
    }
    // A file saved as 「Unicode」 (UTF-16 with a byte-order mark) or one that is not text (a NUL
    // byte in its first 64 KB: an .xlsx, a .docx, a picture) is named, not judged line by line.
    var refusal: TextFileError?
    var scanned = 0
    var untabbed = 0
    var untabbedNumbers: [Int] = []
    let ok = LineReader.forEachLine(
      fd: fd,
      { bytes in
        number += 1
        var body = bytes
        if refusal != nil { return }
        if number == 1 && TextFile.startsWithUTF16Mark(body) {
          refusal = .utf16(path: path)
          return
        }
        if scanned < 1 << 16 {
          scanned += body.count + 1
          // memchr: a loop over the bytes cost about 400,000 instructions per file.
          let nul = body.withUnsafeBufferPointer { raw in
            raw.baseAddress.map { memchr($0, 0, raw.count) != nil } ?? false
          }
          if nul {
            refusal = .binary(path: path)
            return
          }
        }
        if number == 1 && body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let text = LineReader.string(body)
        if !text.valid {
          console.err.line("kefu check: \(path):\(number): 这一行不是有效的 UTF-8，无法识别的字节已换成 �")
        }
        // --with-buyer: a line without a Tab is all reply, with no buyer message (pairs pasted
        // with spaces between them); named on standard error, judged as before.
        if withBuyer && !body.contains(UInt8(ascii: "\t"))
          && text.string.contains(where: { !$0.isWhitespace })
        {
          untabbed += 1
          if untabbedNumbers.count < Self.emptyNamed { untabbedNumbers.append(number) }
        }
        batch.append((number, text.string))
      },
      // A short read (a pipe, a terminal) prints what has come at once; full reads pair up.
      // Once the output is gone (`| head`, a full disk) nothing more is read or judged.
      endOfRead: { full in
        if refusal != nil { return false }
        endBatch(flush: !full)
        return console.out.failure == nil
      })
    if let refusal {
      console.err.line("kefu check: " + refusal.message)
      return false
    }
    filesRead += 1
    endBatch(flush: true)
    if untabbed > 0 {
      let numbers =
        untabbedNumbers.map(String.init).joined(separator: "、")
        + (untabbed > untabbedNumbers.count ? " 等 \(untabbed) 行" : " 行")
      console.err.line(
        "kefu check: \(path): 注意：第 \(numbers)没有 Tab，整行当作客服回复、没有买家消息来检查。"
          + "买家消息和回复之间要用 Tab 隔开（空格不算）")
    }
    if !ok {
      console.err.line(
        "kefu check: \(path):\(number + 1): 读取中断（\(Posix.reason(errno))）")
      return false
    }
    return true
  }

  /// How many lines without a reply the summary names by number.
  static let emptyNamed = 3

  /// How many batches are judged at once: one per core, at most four.
  static let workers = max(1, min(4, ProcessInfo.processInfo.activeProcessorCount))
  /// Batches read ahead of the printed ones: a few per worker.
  static let batchesInFlight = 4 * workers

  /// Judges batches on this thread (one core) and prints them.
  private func run(_ batches: [CheckBatch], path: String) {
    for batch in batches {
      emit(
        batch.judge(
          rubric: rubric, scenario: scenario, path: path, jsonl: jsonl, color: console.useColor))
    }
  }

  private func emit(_ output: CheckBatch.Output) {
    repliesChecked += output.checked
    emptyLines += output.empty.count
    emptyNumbers += output.empty.prefix(Self.emptyNamed - emptyNumbers.count)
    repliesWithFindings += output.withFindings
    findingCount += output.findings
    console.out.writeData(output.text)
    console.out.writeData(bytes: output.json)
  }

  /// Prints the human summary (nothing for `--jsonl`, nor when no file could be read: the
  /// errors say it all) and flushes.
  func finish() {
    if !jsonl && filesRead > 0 {
      // Lines without a reply were not checked: said, with where they are, not counted.
      let numbers =
        "第 " + emptyNumbers.map(String.init).joined(separator: "、") + " 行"
        + (emptyLines > emptyNumbers.count ? "等" : "")
      if repliesChecked == 0 && emptyLines > 0 {
        console.out.line("没有可检查的回复：\(emptyLines) 行的回复是空的（\(numbers)），没有检查。")
      } else {
        let skipped =
          emptyLines > 0 ? "另有 \(emptyLines) 行的回复是空的（\(numbers)），没有检查。" : ""
        if findingCount == 0 {
          console.out.line("共检查 \(repliesChecked) 条回复，没有发现问题。" + skipped)
        } else {
          console.out.line(
            "共检查 \(repliesChecked) 条回复，\(repliesWithFindings) 条有问题，共 \(findingCount) 处。"
              + skipped)
        }
      }
    }
    console.out.flush()
    console.err.flush()
  }

}

/// Worker threads judging batches in the order they are submitted, their outputs handed back in
/// that order. Threads of its own (not a dispatch round): each takes the next batch as soon as
/// it is free.
final class CheckPipeline: @unchecked Sendable {
  private let condition = NSCondition()
  private var queue: [(index: Int, batch: CheckBatch)] = []
  private var done: [Int: CheckBatch.Output] = [:]
  private var submitted = 0
  private var collected = 0
  private var closed = false
  private var running = 0

  /// `makeJudge` is called once on each worker thread, with the worker's number (0, 1, …),
  /// which then judges with what it returns.
  init(
    workers: Int, makeJudge: @escaping @Sendable (Int) -> (CheckBatch) -> CheckBatch.Output
  ) {
    running = workers
    for worker in 0..<workers {
      let thread = Thread { [self] in work(judge: makeJudge(worker)) }
      thread.start()
    }
  }

  private func work(judge: (CheckBatch) -> CheckBatch.Output) {
    while true {
      condition.lock()
      while queue.isEmpty && !closed { condition.wait() }
      if queue.isEmpty {
        running -= 1
        condition.broadcast()
        condition.unlock()
        return
      }
      // A few batches at most wait here: taking the first is cheap, and the batch's lines are
      // let go as soon as it is judged.
      let job = queue.removeFirst()
      condition.unlock()
      let output = judge(job.batch)
      condition.lock()
      done[job.index] = output
      condition.broadcast()
      condition.unlock()
    }
  }

  func submit(_ batch: CheckBatch) {
    condition.lock()
    queue.append((submitted, batch))
    submitted += 1
    condition.broadcast()
    condition.unlock()
  }

  /// The outputs ready in order, waiting until no more than `leaving` batches are unfinished.
  func collect(leaving: Int) -> [CheckBatch.Output] {
    var out: [CheckBatch.Output] = []
    condition.lock()
    while true {
      while let output = done.removeValue(forKey: collected) {
        out.append(output)
        collected += 1
      }
      if submitted - collected <= leaving { break }
      condition.wait()
    }
    condition.unlock()
    return out
  }

  /// Lets the threads end once the queue is empty, and waits for them.
  func close() {
    condition.lock()
    closed = true
    condition.broadcast()
    while running > 0 { condition.wait() }
    condition.unlock()
  }
}

/// Lines of one file judged together: the earlier lines the session remembers, then the lines.
struct CheckBatch {
  var earlier: CheckSession.Memory
  var lines: [(number: Int, text: String)]
  /// Each line is `BUYER<TAB>REPLY`.
  var withBuyer: Bool

  struct Output {
    var text = ""
    /// The `--jsonl` lines, as UTF-8.
    var json: [UInt8] = []
    var checked = 0
    /// The numbers of the lines with no reply (blank or spaces only), which are not counted
    /// in `checked`.
    var empty: [Int] = []
    var withFindings = 0
    var findings = 0
  }

  func judge(rubric: Rubric, scenario: Scenario?, path: String, jsonl: Bool, color: Bool)
    -> Output
  {
    var session = CheckSession(rubric: rubric, scenario: scenario, memory: earlier)
    var out = Output()
    if jsonl { out.json.reserveCapacity(lines.count * 300) }
    var fileJSON: [UInt8] = []
    JSONValue.writeString(path, to: &fileJSON)
    for (number, text) in lines {
      let judgement: ReplyJudgement
      let reply: String
      if withBuyer {
        let buyer: [String]
        (buyer, reply) = CheckSession.splitBuyer(text)
        judgement = session.judge(reply, buyer: buyer)
      } else {
        reply = text
        judgement = session.judge(text)
      }
      if jsonl {
        // (No summary is printed: nothing is counted.)
        CheckJSON.write(fileJSON: fileJSON, line: number, judgement: judgement, to: &out.json)
        continue
      }
      guard !judgement.findings.isEmpty else {
        // A line with no reply is named in the summary, not counted as a reply checked. (Its
        // scalars, not its characters: the first one decides, without grapheme breaking.)
        if reply.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
          out.empty.append(number)
        } else {
          out.checked += 1
        }
        continue
      }
      out.checked += 1
      out.withFindings += 1
      out.findings += judgement.findings.count
      out.text += CheckReport.render(file: path, line: number, judgement: judgement, color: color)
    }
    return out
  }
}

/// One file's session: the rubric's context from line to line (a window of earlier replies).
struct CheckSession {
  let rubric: Rubric
  /// The next reply's context, kept from line to line: its history window and the earlier
  /// replies' keys slide in place, and what `--scenario` contributes stays. (Built anew for
  /// each line, it retained and released each of its arrays once a line.)
  private var context: ReplyContext

  init(rubric: Rubric, scenario: Scenario?) {
    self.rubric = rubric
    self.context = ReplyContext(
      buyerMessages: [], history: [], responseSeconds: nil,
      limitSeconds: rubric.settings.limit(scenario: scenario?.limitSeconds),
      product: scenario?.product, addons: scenario?.addons.map(\.names) ?? [], sellerKeys: [],
      otherChats: [])
  }

  /// What a session remembers of the lines before: the history window (buyer and seller lines)
  /// and the seller's last replies, exactly as `judge` keeps them.
  struct Memory {
    var history: [ChatLine] = []
    var replies: [String] = []

    mutating func add(buyer: [String], reply: String, window: Int) {
      for message in buyer { history.slide(ChatLine(role: .buyer, text: message), window: window) }
      if reply.isEmpty { return }
      history.slide(ChatLine(role: .seller, text: reply), window: window)
      replies.slide(reply, window: window)
    }
  }

  /// A session that starts after the lines `memory` remembers (judged by another batch).
  init(rubric: Rubric, scenario: Scenario?, memory: Memory) {
    self.init(rubric: rubric, scenario: scenario)
    context.history = memory.history
    // The comparison key alone (what `rubric.reply($0).key` gives, without the phrase scan).
    context.sellerKeys = memory.replies.map { ReplyKey($0) }
  }

  /// `BUYER<TAB>REPLY`: the text after the last tab is the reply, each non-empty field before
  /// it a buyer message. A line without a tab is a reply with no buyer message.
  static func splitBuyer(_ line: String) -> (buyer: [String], reply: String) {
    guard let tab = line.lastIndex(of: "\t") else { return ([], line) }
    let buyer = line[..<tab].split(separator: "\t").map(String.init).filter {
      $0.contains { !$0.isWhitespace }
    }
    return (buyer, String(line[line.index(after: tab)...]))
  }

  mutating func judge(_ text: String, buyer: [String] = []) -> ReplyJudgement {
    let judgement: ReplyJudgement
    let reply = rubric.reply(text)
    let window = rubric.settings.historyWindow
    for message in buyer {
      context.history.slide(ChatLine(role: .buyer, text: message), window: window)
    }
    context.buyerMessages = buyer
    // Untimed: the engine's one per-reply step, with no response time.
    judgement = ReplyStep.judgement(reply, context: context, responseMs: nil, rubric: rubric)
    if text.isEmpty { return judgement }
    context.history.slide(ChatLine(role: .seller, text: text), window: window)
    context.changeSellerKeys { $0.slide(reply.key, window: window) }
    return judgement
  }
}

extension Array {
  /// Appends `element` after dropping the oldest elements, so that at most `window` remain.
  /// (Once full, the oldest is dropped and the rest moved down in one `memmove`:
  /// `removeFirst(_:)` went through the generic `replaceSubrange`, about 400 instructions on
  /// every line for the history and again for the keys.)
  mutating func slide(_ element: Element, window: Int) {
    if count == window && window > 0 {
      withUnsafeMutableBufferPointer { b in
        let base = b.baseAddress!
        base.deinitialize(count: 1)
        base.moveInitialize(from: base + 1, count: b.count - 1)
        (base + b.count - 1).initialize(to: element)
      }
      return
    }
    if count > window { removeFirst(count - window + 1) }
    append(element)
  }
}

/// Splits a file descriptor's bytes into lines (LF; a CR before it is dropped) without reading
/// the whole input into memory.
enum LineReader {
  /// A line's text, invalid UTF-8 replaced by U+FFFD, and whether the bytes were valid as they
  /// are. (Decoded from a buffer pointer and compared: `String(validating:as:)` goes through
  /// the standard library's unspecialised generic path, two metadata look-ups per line, about a
  /// third of the reading thread's work. A repaired string always differs from its bytes.)
  static func string(_ bytes: ArraySlice<UInt8>) -> (string: String, valid: Bool) {
    bytes.withUnsafeBufferPointer { raw in
      var string = String(decoding: raw, as: UTF8.self)
      let valid = string.withUTF8 { utf8 in
        utf8.count == raw.count
          && (raw.isEmpty || memcmp(utf8.baseAddress!, raw.baseAddress!, raw.count) == 0)
      }
      return (string, valid)
    }
  }

  /// Calls `body` with each line's bytes. False on a read error.
  /// `endOfRead` is called after each read's lines, with whether the read filled what was asked
  /// (more is likely waiting) or came back short (a pipe or terminal with nothing more yet); it
  /// returns false to stop reading (the output can no longer be written).
  static func forEachLine(
    fd: Int32, _ body: (ArraySlice<UInt8>) -> Void, endOfRead: (Bool) -> Bool = { _ in true }
  ) -> Bool {
    let chunk = 1 << 16
    var buffer = [UInt8](repeating: 0, count: chunk)
    var filled = 0
    while true {
      if buffer.count - filled < chunk / 2 {
        buffer.append(contentsOf: repeatElement(0, count: chunk))
      }
      let asked = buffer.count - filled
      let n = buffer.withUnsafeMutableBytes { raw in
        read(fd, raw.baseAddress! + filled, raw.count - filled)
      }
      if n < 0 {
        if errno == EINTR { continue }
        return false
      }
      if n == 0 { break }
      let end = filled + n
      var start = 0
      buffer.withUnsafeBufferPointer { bytes in
        let base = bytes.baseAddress!
        var i = filled
        // Each line's end found by `memchr` (the C library's vectorised search): a loop over
        // every byte was most of the reading thread's own work.
        while i < end, let found = memchr(base + i, 0x0A, end - i) {
          let newline = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
          var stop = newline
          if stop > start && bytes[stop - 1] == 0x0D { stop -= 1 }
          body(buffer[start..<stop])
          start = newline + 1
          i = newline + 1
        }
      }
      // Keep the unfinished line at the front of the buffer.
      let rest = end - start
      if start > 0 && rest > 0 {
        buffer.withUnsafeMutableBufferPointer { b in
          for k in 0..<rest { b[k] = b[start + k] }
        }
      }
      filled = rest
      guard endOfRead(n == asked) else { return true }
    }
    if filled > 0 {
      var stop = filled
      if buffer[stop - 1] == 0x0D { stop -= 1 }
      body(buffer[0..<stop])
    }
    return true
  }
}

/// The `check --jsonl` object, written straight into UTF-8 bytes (keys in the contract's order).
enum CheckJSON {
  /// `fileJSON`: the file name already written as a JSON string (once per file, not per line).
  /// The line is written through a pointer into room on the stack sized for the worst case
  /// (every byte of the text escaped), then appended to `out` at once: one append per line
  /// instead of one per key and value.
  static func write(
    fileJSON: [UInt8], line: Int, judgement j: ReplyJudgement, to out: inout [UInt8]
  ) {
    // The keys and punctuation take under 200 bytes, a number at most 20; a string escaped
    // takes at most six bytes for each of its own (`\u009b` for a two-byte C1 control, six for
    // a control byte) and its quotes.
    var room = 256 + fileJSON.count + 6 * j.text.utf8.count + 16 * j.steps.count
    for phrase in j.forbidden { room += 8 + 6 * phrase.utf8.count }
    for f in j.findings { room += 128 + f.rule.utf8.count + 6 * f.message.utf8.count }
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: room) { buffer in
      var w = ByteCursor(buffer.baseAddress!)
      w.put("{\"file\":")
      fileJSON.withUnsafeBufferPointer { w.put($0) }
      w.put(",\"line\":")
      w.put(line)
      w.put(",\"text\":")
      w.putString(j.text)
      w.put(j.rhetorical ? ",\"rhetorical\":true" : ",\"rhetorical\":false")
      w.put(",\"exclamations\":")
      w.put(j.exclamations)
      w.put(
        j.exclamationOveruse ? ",\"exclamation_overuse\":true" : ",\"exclamation_overuse\":false")
      w.put(",\"steps\":[")
      for (i, step) in j.steps.enumerated() {
        if i > 0 { w.put(UInt8(ascii: ",")) }
        // The id is a short string held inline (no escapes to check): writing it retains no
        // array that the worker threads share.
        w.put(UInt8(ascii: "\""))
        w.putPlain(step.rawValue)
        w.put(UInt8(ascii: "\""))
      }
      w.put(j.upsell ? "],\"upsell\":true" : "],\"upsell\":false")
      w.put(",\"forbidden\":[")
      for (i, phrase) in j.forbidden.enumerated() {
        if i > 0 { w.put(UInt8(ascii: ",")) }
        w.putString(phrase)
      }
      w.put("],\"findings\":[")
      for (i, f) in j.findings.enumerated() {
        if i > 0 { w.put(UInt8(ascii: ",")) }
        w.put("{\"rule\":\"")
        w.putPlain(f.rule)
        w.put("\",\"start\":")
        w.put(f.start)
        w.put(",\"end\":")
        w.put(f.end)
        w.put(",\"message\":")
        w.putString(f.message)
        w.put(UInt8(ascii: "}"))
      }
      w.put("]}\n")
      let count = w.at - buffer.baseAddress!
      precondition(count <= room, "check --jsonl: a line outgrew the room reserved for it")
      out.append(contentsOf: UnsafeBufferPointer(start: buffer.baseAddress!, count: count))
    }
  }
}

/// Bytes written through a pointer into room reserved beforehand (`CheckJSON.write`).
struct ByteCursor {
  var at: UnsafeMutablePointer<UInt8>
  init(_ start: UnsafeMutablePointer<UInt8>) { at = start }

  @inline(__always)
  mutating func put(_ byte: UInt8) {
    at.pointee = byte
    at += 1
  }

  @inline(__always)
  mutating func put(_ text: StaticString) {
    at.update(from: text.utf8Start, count: text.utf8CodeUnitCount)
    at += text.utf8CodeUnitCount
  }

  @inline(__always)
  mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress else { return }
    at.update(from: base, count: bytes.count)
    at += bytes.count
  }

  /// A string's bytes as they are (an id or a rule name: nothing to escape).
  @inline(__always)
  mutating func putPlain(_ text: String) {
    var text = text
    text.withUTF8 { put($0) }
  }

  /// A decimal integer, without a `String` in between.
  @inline(__always)
  mutating func put(_ n: Int) {
    if n >= 0 && n < 10 {
      put(UInt8(0x30 + n))
      return
    }
    if n < 0 { put(UInt8(ascii: "-")) }
    var v = n.magnitude
    var digits = 0
    var probe = v
    repeat {
      digits += 1
      probe /= 10
    } while probe > 0
    var k = digits
    repeat {
      k -= 1
      at[k] = UInt8(0x30 + v % 10)
      v /= 10
    } while v > 0
    at += digits
  }

  /// A JSON string literal, as `JSONValue.writeString` writes it.
  mutating func putString(_ text: String) {
    // The bytes read in place (`withUTF8` needs a copy of the string: a retain and a release).
    let plain = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
      guard JSONValue.isPlain(bytes) else { return false }
      put(UInt8(ascii: "\""))
      put(bytes)
      put(UInt8(ascii: "\""))
      return true
    }
    if plain == true { return }
    var escaped: [UInt8] = []
    JSONValue.writeString(text, to: &escaped)
    escaped.withUnsafeBufferPointer { put($0) }
  }
}

/// The human report of one line: `file:line:col`, the reply with the span underlined (aligned
/// by display width), the rule and how to say it better.
enum CheckReport {
  /// `color`: styled by KefuTerminal's `Theme` (the one place escape codes are written).
  static func render(file: String, line: Int, judgement: ReplyJudgement, color: Bool) -> String {
    let theme = Theme(useColor: color)
    let scalars = Array(judgement.text.unicodeScalars)
    var out = ""
    let findings = judgement.findings.enumerated().sorted {
      ($0.element.start, $0.offset) < ($1.element.start, $1.offset)
    }.map(\.element)
    for f in findings {
      let name = RuleRegistry.rule(f.rule)?.description.name ?? f.rule
      let head = "\(file):\(line):\(f.start + 1): "
      out += theme.heading(head)
      out += theme.warn(name)
      out += "（\(f.rule)）：" + f.message + "\n"
      var before = String.UnicodeScalarView()
      before.append(contentsOf: scalars[0..<min(f.start, scalars.count)])
      var span = String.UnicodeScalarView()
      span.append(contentsOf: scalars[min(f.start, scalars.count)..<min(f.end, scalars.count)])
      let indent = DisplayWidth.of(String(before))
      let width = max(1, DisplayWidth.of(String(span)))
      out += "    " + judgement.text + "\n"
      let carets = String(repeating: "^", count: width)
      out += "    " + String(repeating: " ", count: indent)
      out += theme.bad(carets) + "\n"
      if let s = f.suggestion { out += "    " + (s.hasPrefix("建议") ? s : "建议：" + s) + "\n" }
    }
    return out
  }
}
