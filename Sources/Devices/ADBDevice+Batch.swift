import ADB
import Diagnostics
import Transports

/// A read-only command and how much of its answer Valise reads (`ADBDevice.shell(each:)`).
public struct ShellQuery: Sendable, Hashable {
    public var command: String
    public var limit: Int

    /// `command`, read up to `limit` bytes (standard output and error together).
    public init(_ command: String, limit: Int = TabletLimits.shellOutputBytes) {
        self.command = command
        self.limit = limit
    }

    /// `getprop NAME`, read as `ADBDevice.property` reads it.
    public static func property(_ name: String) -> ShellQuery {
        ShellQuery("getprop \(ADBService.shellQuote(name))", limit: TabletLimits.propertyBytes)
    }
}

extension ADBDevice {
    /// Runs read-only `queries` in one shell, one round trip instead of one each, and gives each its own output,
    /// error and exit status, as if it had run alone. Each command's answers are told apart by a marker drawn at
    /// random for the call, so an answer holding line breaks (or anything else it can print) cannot shift the
    /// others. Each answer is bounded by its own limit. A tablet without shell v2 (no exit status), or one whose
    /// answer does not split as it should, is asked one command at a time instead. A long list goes in several
    /// shells, each line at most `batchLineBytes`.
    public func shell(each queries: [ShellQuery], timeout: Duration? = nil) throws -> [ShellOutput] {
        guard queries.count > 1, supports(ADBFeature.shellV2) else {
            return try queries.map { try shell($0.command, timeout: timeout, limit: $0.limit) }
        }
        let marker = Self.batchMarker()
        let parts = queries.map { "\($0.command); echo \(marker)$?; echo \(marker) >&2" }
        let groups = Self.groups(parts)
        guard groups.count == 1 else {
            return try groups.flatMap { try shell(each: Array(queries[$0]), timeout: timeout) }
        }
        let line = parts.joined(separator: "; ")
        // Each answer's own limit, and its two markers (the status is at most 3 digits).
        let limit = queries.reduce(0) { $0 + min($1.limit, TabletLimits.shellOutputBytes) + 2 * marker.utf8.count + 8 }
        let output = try shell(line, timeout: timeout, limit: limit, naming: queries.map(\.command).joined(separator: "; "))
        guard let outputs = Self.split(output, marker: marker, count: queries.count) else {
            return try queries.map { try shell($0.command, timeout: timeout, limit: $0.limit) }
        }
        for (query, answer) in zip(queries, outputs) where answer.stdout.count + answer.stderr.count > query.limit {
            throw TabletLimits.tooMuch(label, Say.inAnswerTo(TabletText.clean(query.command, limit: 60)), limit: query.limit)
        }
        return outputs
    }

    /// Runs `commands`, which change the tablet, in one shell, each only if the one before succeeded; fails as
    /// `check` does, naming the first command that failed. One command at a time on a tablet without shell v2.
    public func check(each commands: [String], timeout: Duration? = nil) throws {
        guard commands.count > 1, supports(ADBFeature.shellV2) else {
            for command in commands { _ = try check(command, timeout: timeout) }
            return
        }
        let marker = Self.batchMarker()
        let groups = Self.groups(commands.map { "\($0) && echo \(marker) && " })
        guard groups.count == 1 else {
            for group in groups { try check(each: Array(commands[group]), timeout: timeout) }
            return
        }
        let line = commands.joined(separator: " && echo \(marker) && ")
        let output = try shell(line, timeout: timeout, naming: commands.joined(separator: "; "))
        guard let code = output.exitCode, code != 0 else { return }
        // Each command that succeeded printed the marker after its own output: the first failure is the next one.
        var done = 0
        var rest = output.stdout[...]
        while let range = rest.firstRange(of: Array(marker.utf8)) {
            done += 1
            rest = rest[range.upperBound...].drop { $0 == UInt8(ascii: "\n") }
        }
        let failed = ShellOutput(stdout: Array(rest), stderr: output.stderr, exitCode: code)
        _ = try checked(failed, of: commands[min(done, commands.count - 1)])
    }

    /// The longest command line sent as one batch: a service's name travels in one packet, which a tablet on the
    /// first protocol version takes up to 4 KiB.
    static let batchLineBytes = 2048

    /// The parts' index ranges, in order, each joining into at most `batchLineBytes` (a part longer than that alone).
    static func groups(_ parts: [String]) -> [Range<Int>] {
        var groups: [Range<Int>] = []
        var start = 0, bytes = 0
        for (index, part) in parts.enumerated() {
            let count = part.utf8.count
            if index > start && bytes + count > batchLineBytes {
                groups.append(start..<index)
                start = index
                bytes = 0
            }
            bytes += count
        }
        if start < parts.count { groups.append(start..<parts.count) }
        return groups
    }

    /// A marker no answer can hold by chance: drawn at random for each call.
    static func batchMarker() -> String {
        var generator = SystemRandomNumberGenerator()
        let bits = (generator.next() as UInt64, generator.next() as UInt64)
        return "valise-" + String(bits.0, radix: 36) + String(bits.1, radix: 36)
    }

    /// Each command's output from a batch's: standard output is `answer marker status \n` a command, standard error
    /// `answer marker \n`. nil when it is not `count` of them exactly.
    static func split(_ output: ShellOutput, marker: String, count: Int) -> [ShellOutput]? {
        let mark = Array(marker.utf8)
        var outputs: [ShellOutput] = []
        var out = output.stdout[...], err = output.stderr[...]
        for _ in 0..<count {
            guard let outMark = out.firstRange(of: mark), let errMark = err.firstRange(of: mark + [UInt8(ascii: "\n")]),
                  let newline = out[outMark.upperBound...].firstIndex(of: UInt8(ascii: "\n")),
                  let code = Int32(String(decoding: out[outMark.upperBound..<newline], as: UTF8.self)) else { return nil }
            outputs.append(ShellOutput(stdout: Array(out[..<outMark.lowerBound]), stderr: Array(err[..<errMark.lowerBound]), exitCode: code))
            out = out[(newline + 1)...]
            err = err[errMark.upperBound...]
        }
        return out.isEmpty && err.isEmpty ? outputs : nil
    }
}
