import District
import Foundation
import Inventory
import Synchronization
import TestSupport
import Testing

@Suite("District store: connection, URL, schema", .serialized)
struct DistrictSchemaTests {
    @Test("the district schema has the station inventory's versions, applied once even by three stations at once")
    func migrationsOnce() throws {
        #expect(DistrictSchema.versions == Inventory.schemaVersions)
        let server = try PostgresServer()
        defer { server.remove() }
        let url = try DistrictURL(server.url())
        let applied = Applied()
        DispatchQueue.concurrentPerform(iterations: 3) { _ in
            do { applied.add(try DistrictSchema.migrate(try PostgresConnection(url))) } catch { applied.fail("\(error)") }
        }
        #expect(applied.failures.isEmpty, "\(applied.failures)")
        #expect(applied.versions.sorted() == Inventory.schemaVersions.sorted())
        #expect(try server.psql("SELECT version FROM valise_schema ORDER BY version") == Inventory.schemaVersions)
        #expect(try DistrictSchema.migrate(try PostgresConnection(url)) == [])
    }

    @Test("another thread's statement waits for a transaction to end instead of landing inside it (and in its rollback)")
    func transactionsHoldTheConnection() throws {
        let server = try PostgresServer()
        defer { server.remove() }
        let connection = try PostgresConnection(try DistrictURL(server.url()))
        try connection.execute("CREATE TABLE notes (text TEXT)")
        let inside = DispatchSemaphore(value: 0), started = DispatchSemaphore(value: 0), outsideDone = DispatchSemaphore(value: 0)
        final class Outside: Sendable {
            let thread = Mutex<KernelThread?>(nil)
            let finished = Atomic<Bool>(false)
        }
        let outside = Outside()
        // A thread of its own: the global queues may all be busy with other tests.
        Thread {
            inside.wait()
            outside.thread.withLock { $0 = try? KernelThread.current() }
            started.signal()
            _ = try? connection.execute("INSERT INTO notes VALUES ('outside')")
            outside.finished.store(true, ordering: .sequentiallyConsistent)
            outsideDone.signal()
        }.start()
        struct Abandon: Error {}
        var endedInside = false
        #expect(throws: Abandon.self) {
            try connection.transaction {
                try connection.execute("INSERT INTO notes VALUES ('inside')")
                inside.signal()
                started.wait()
                let thread = try #require(outside.thread.withLock { $0 })
                // Its statement either runs now, inside this transaction (wrong: it ends), or waits for the connection
                // until the transaction ends (right: the thread sleeps on the lock). No clock: whichever happens.
                try waitUntil("the other thread's statement to end or to wait for the connection") {
                    outside.finished.load(ordering: .sequentiallyConsistent) || thread.isWaitingOnFutex
                }
                endedInside = outside.finished.load(ordering: .sequentiallyConsistent)
                throw Abandon()
            }
        }
        outsideDone.wait()
        #expect(!endedInside, "another thread's statement ran inside the transaction")
        // The server's word: the other statement was not rolled back with the transaction.
        #expect(try server.psql("SELECT text FROM notes ORDER BY text") == ["outside"])
    }

    @Test("a URL's password never shows; bad URLs say what is wrong")
    func urls() throws {
        let url = try DistrictURL("postgres://parc:s3cr3t@db.example.org:6432/district?sslmode=require")
        #expect(url.redacted == "postgres://parc@db.example.org:6432/district")
        #expect(!"\(url)".contains("s3cr3t"))
        #expect(url.hasPassword)
        #expect(try DistrictURL("postgresql://parc@[::1]/district").redacted == "postgres://parc@[::1]:5432/district")
        for (text, why) in [("postgres://parc:pw@/district", "names no server"), ("postgres://parc:pw@db", "names no database"),
                            ("mysql://parc@db/district", "must look like")] {
            #expect(throws: DistrictError.self) { try DistrictURL(text) }
            do { _ = try DistrictURL(text) } catch {
                #expect("\(error)".contains(why), "\(error)")
                #expect(!"\(error)".contains("pw@"), "\(error)")
            }
        }
    }

    @Test("wrong password, server away and a pgpass file others can read: clear errors, no password in them")
    func connectionErrors() throws {
        let server = try PostgresServer()
        defer { server.remove() }
        let wrong = try DistrictURL("postgres://valise:not-it@127.0.0.1:\(server.port)/postgres")
        do { _ = try PostgresConnection(wrong); Issue.record("connected with a wrong password") } catch let error as DistrictError {
            guard case .refused = error else { Issue.record("\(error)"); return }
            #expect(!error.description.contains("not-it"))
            #expect(error.description.contains("pgpass"))
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("valise-pgpass-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let passfile = folder + "/pgpass"
        try Data("127.0.0.1:\(server.port):postgres:valise:\(server.password)\n".utf8).write(to: URL(fileURLWithPath: passfile))
        chmod(passfile, 0o644)
        let viaFile = try DistrictURL(server.url(password: false) + "?passfile=\(passfile)")
        do { _ = try PostgresConnection(viaFile); Issue.record("a 0644 pgpass file was used") } catch let error as DistrictError {
            #expect(error == .passwordFile(passfile, "it is readable by others (mode 644)"))
            #expect(error.description.contains("chmod 600 \(passfile)"))
        }
        chmod(passfile, 0o600)
        let connection = try PostgresConnection(viaFile)
        #expect(try connection.execute("SELECT 40 + $1::int", ["2"]) == [["42"]])
        try server.stop()
        do { try connection.execute("SELECT 1"); Issue.record("a stopped server answered") } catch let error as DistrictError {
            #expect(error.isAway, "\(error)")
        }
        do { _ = try PostgresConnection(viaFile); Issue.record("connected to a stopped server") } catch let error as DistrictError {
            guard case .unreachable = error else { Issue.record("\(error)"); return }
            #expect(error.description.contains("keeps provisioning on its own journal"))
            #expect(!error.description.contains(server.password))
        }
    }
}

/// Results gathered from several threads.
final class Applied: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var versions: [String] = []
    private(set) var failures: [String] = []
    func add(_ more: [String]) { lock.withLock { versions += more } }
    func fail(_ why: String) { lock.withLock { failures.append(why) } }
}
