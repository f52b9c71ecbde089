import Foundation
import TestSupport
import Testing

/// A temporary directory under the system temp folder; call `remove()` when done.
struct TempDir {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("valise-signing-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { url.appendingPathComponent(name).path }

    func write(_ name: String, _ text: String) throws -> String {
        let path = file(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let path = file(name)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func read(_ name: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: file(name))), as: UTF8.self)
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

struct ToolFailure: Error, CustomStringConvertible {
    let description: String
}

typealias ToolResult = ToolRun

/// Runs the `openssl` command-line tool. Fails (never skips) when it is missing.
@discardableResult
func openssl(_ arguments: [String], expectSuccess: Bool = true) throws -> ToolResult {
    let result = try Tools.run(try Tools.locate("openssl", package: "openssl"), arguments)
    if expectSuccess, result.status != 0 {
        throw ToolFailure(description: "openssl \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.stderr)")
    }
    return result
}

func hexBytes(_ text: String) -> [UInt8] {
    var bytes: [UInt8] = []
    var iterator = text.makeIterator()
    while let high = iterator.next(), let low = iterator.next() {
        if let byte = UInt8(String([high, low]), radix: 16) { bytes.append(byte) }
    }
    return bytes
}
