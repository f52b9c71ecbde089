import Foundation
import Testing

/// Polls `condition` every 50 ms until it holds; after `seconds`, records an issue naming `what` and throws.
public func waitUntil(_ what: String, seconds: Double = 60, _ condition: () throws -> Bool) throws {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try condition() { return }
        Thread.sleep(forTimeInterval: 0.05)
    }
    Issue.record("Timed out after \(Int(seconds)) s waiting for \(what)")
    throw CancellationError()
}
