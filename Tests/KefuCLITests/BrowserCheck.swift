import Foundation
import XCTest

/// Opens kefu's HTML pages in a real browser — headless Chromium with a CJK font — and asks the
/// laid-out page what a person would see go wrong: a page wider than the window, a box whose
/// content is cut off, an SVG label drawn outside its picture, a numeric column whose header is
/// not aligned with its numbers. A screenshot is kept for a person to look at. `.ci/run`
/// installs Chromium and the Noto CJK fonts when they are missing; without them the tests skip
/// and say so.
enum BrowserCheck {
  /// Chromium's path, or a message saying why the check cannot run.
  static func browser() -> Result<String, BrowserUnavailable> {
    let names = ["chromium", "chromium-browser", "google-chrome"]
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    guard
      let found = names.lazy.compactMap({ name in
        path.split(separator: ":").map { "\($0)/\(name)" }.first {
          FileManager.default.isExecutableFile(atPath: $0)
        }
      }).first
    else {
      return .failure(
        BrowserUnavailable(
          "没有找到 Chromium，无法在真实浏览器里检查网页（.ci/run 会安装：apt-get install chromium fonts-noto-cjk）"
        ))
    }
    let fonts = (try? shell("/usr/bin/fc-list", [":lang=zh", "family"])) ?? ""
    guard !fonts.isEmpty else {
      return .failure(
        BrowserUnavailable("没有中文字体，网页里的汉字会显示成方框（apt-get install fonts-noto-cjk）"))
    }
    return .success(found)
  }

  struct BrowserUnavailable: Error { var message: String; init(_ m: String) { message = m } }

  /// The browser or an XCTSkip with the reason.
  static func requireBrowser() throws -> String {
    switch browser() {
    case .success(let path): return path
    case .failure(let why): throw XCTSkip(why.message)
    }
  }

  /// Lays out `page` at `width` × `height` CSS pixels and returns what is wrong with it (empty
  /// when nothing is). A screenshot is written to `screenshot`.
  static func layoutProblems(
    of page: URL, width: Int = 1280, height: Int = 2000, screenshot: URL
  ) throws -> [String] {
    let chromium = try requireBrowser()
    let html = try String(contentsOf: page, encoding: .utf8)
    XCTAssertFalse(html.contains("<script"), "kefu's pages carry no scripts")
    let probe = page.deletingLastPathComponent().appendingPathComponent(
      "probe-" + page.lastPathComponent)
    let script = "<script>\n\(probeScript)\n</script>\n"
    let marked =
      html.range(of: "</body>").map { html.replacingCharacters(in: $0, with: script + "</body>") }
      ?? html + script
    try marked.write(to: probe, atomically: true, encoding: .utf8)
    let common = [
      "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
      "--window-size=\(width),\(height)", "--virtual-time-budget=3000",
    ]
    let dom = try shell(chromium, common + ["--dump-dom", probe.absoluteString])
    _ = try? shell(chromium, common + ["--screenshot=\(screenshot.path)", page.absoluteString])
    guard let start = dom.range(of: "<title>KEFU-LAYOUT:"),
      let end = dom.range(of: "</title>", range: start.upperBound..<dom.endIndex)
    else {
      return ["the browser did not run the layout probe: \(dom.prefix(300))"]
    }
    let json = unescapeHTML(String(dom[start.upperBound..<end.lowerBound]))
    let list = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String] ?? []
    return list
  }

  /// Measured in the laid-out page (injected into a copy only; the page itself has no script).
  static let probeScript = """
    (function () {
      var problems = [];
      var doc = document.documentElement;
      if (doc.scrollWidth > window.innerWidth + 1)
        problems.push('page wider than the window: ' + doc.scrollWidth + ' > ' + window.innerWidth);
      var all = document.body.getElementsByTagName('*');
      for (var i = 0; i < all.length; i++) {
        var el = all[i];
        if (el.closest('svg')) continue;
        var style = getComputedStyle(el);
        var cut = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
        if (cut && el.scrollWidth > el.clientWidth + 1)
          problems.push('content cut off in <' + el.tagName.toLowerCase() + '>: ' +
            (el.textContent || '').trim().slice(0, 40));
        var r = el.getBoundingClientRect();
        if (r.width > 0 && r.right > doc.clientWidth + 1)
          problems.push('<' + el.tagName.toLowerCase() + '> reaches past the page edge: ' +
            (el.textContent || '').trim().slice(0, 40));
      }
      var svgs = document.getElementsByTagName('svg');
      for (var s = 0; s < svgs.length; s++) {
        var svg = svgs[s];
        var vb = svg.viewBox && svg.viewBox.baseVal && svg.viewBox.baseVal.width
          ? svg.viewBox.baseVal : { x: 0, y: 0, width: svg.width.baseVal.value, height: svg.height.baseVal.value };
        // A label drawn in a box (a <g class="box"> with its <rect>) stays inside the box.
        var boxes = svg.querySelectorAll('g.box');
        for (var q = 0; q < boxes.length; q++) {
          var rect = boxes[q].getElementsByTagName('rect')[0].getBBox();
          var inner = boxes[q].getElementsByTagName('text');
          for (var u = 0; u < inner.length; u++) {
            var ib = inner[u].getBBox();
            if (ib.x < rect.x - 1 || ib.x + ib.width > rect.x + rect.width + 1 ||
                ib.y < rect.y - 1 || ib.y + ib.height > rect.y + rect.height + 1)
              problems.push('label outside its box: ' + inner[u].textContent.slice(0, 40));
          }
        }
        var texts = svg.getElementsByTagName('text');
        for (var t = 0; t < texts.length; t++) {
          var b = texts[t].getBBox();
          if (b.x < vb.x - 1 || b.y < vb.y - 1 || b.x + b.width > vb.x + vb.width + 1 ||
              b.y + b.height > vb.y + vb.height + 1)
            problems.push('SVG label outside its picture: ' + texts[t].textContent.slice(0, 40));
        }
      }
      var tables = document.getElementsByTagName('table');
      for (var k = 0; k < tables.length; k++) {
        var rows = tables[k].rows;
        if (rows.length < 2) continue;
        for (var c = 0; c < rows[0].cells.length && c < rows[1].cells.length; c++) {
          var head = getComputedStyle(rows[0].cells[c]).textAlign;
          var cell = getComputedStyle(rows[1].cells[c]).textAlign;
          if ((cell === 'right') !== (head === 'right'))
            problems.push('column ' + rows[0].cells[c].textContent + ': header aligned ' + head +
              ', numbers ' + cell);
        }
      }
      document.title = 'KEFU-LAYOUT:' + JSON.stringify(problems);
    })();
    """

  static func unescapeHTML(_ s: String) -> String {
    s.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
      .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&#39;", with: "'")
      .replacingOccurrences(of: "&amp;", with: "&")
  }

  /// Runs a program and returns its standard output (standard error discarded).
  static func shell(_ program: String, _ args: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = args
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }
}
