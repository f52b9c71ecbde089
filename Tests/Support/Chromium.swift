import Foundation

/// Headless Chromium, to render an HTML page as a browser does (Debian's `chromium`; a missing one fails the test
/// with its install hint, never skips it).
public struct Chromium: Sendable {
    public let path: String

    /// Chromium, or `MissingTool` naming its package.
    public init() throws { path = try Tools.locate("chromium", package: "chromium") }

    /// The page's DOM once its scripts ran, at `width`×`height`.
    public func dumpDOM(of page: URL, width: Int = 1280, height: Int = 900) throws -> String {
        try run(["--dump-dom", "--window-size=\(width),\(height)"], page).text
    }

    /// A screenshot of the page at `width`×`height`, written to `file` (PNG).
    public func screenshot(of page: URL, to file: URL, width: Int = 1280, height: Int = 900) throws {
        _ = try run(["--screenshot=\(file.path)", "--window-size=\(width),\(height)", "--hide-scrollbars"], page)
    }

    /// The page printed to PDF (A4 when its `@page` says so), written to `file`.
    public func printToPDF(_ page: URL, to file: URL) throws {
        _ = try run(["--print-to-pdf=\(file.path)", "--no-pdf-header-footer"], page)
    }

    private func run(_ arguments: [String], _ page: URL) throws -> ToolRun {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("valise-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        // --no-sandbox: the tests may run as root (a container), where Chromium's sandbox refuses to start.
        let common = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile.path)",
                      "--run-all-compositor-stages-before-draw", "--virtual-time-budget=3000"]
        let result = try Tools.run(path, common + arguments + [page.absoluteString], timeout: 90)
        guard result.status == 0 else { throw ChromiumFailed(arguments: arguments, output: result.output) }
        return result
    }
}

/// Chromium ran but failed.
public struct ChromiumFailed: Error, CustomStringConvertible {
    public let arguments: [String]
    public let output: String
    public var description: String { "chromium \(arguments.joined(separator: " ")) failed: \(output)" }
}
