import Foundation
import GRDB

/// Dates as GRDB stores them ("yyyy-MM-dd HH:mm:ss.SSS", UTC) for the rows a tablet's job writes, formatted here:
/// GRDB formats through one shared `DateFormatter` (ICU, behind a lock), a sixth of the inventory's time in a case.
enum StoredDate {
    /// `date` as GRDB's `Date.databaseValue` writes it (to the nearest millisecond, as its formatter does).
    static func text(_ date: Date) -> String {
        let total = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let millis = Int(total - (total / 1000 - (total % 1000 < 0 ? 1 : 0)) * 1000)
        var seconds = time_t((total - Int64(millis)) / 1000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        var text = [UInt8]()
        text.reserveCapacity(23)
        func digits(_ value: Int, _ count: Int) {
            var divisor = 1
            for _ in 1..<count { divisor *= 10 }
            var rest = value
            while divisor > 0 {
                text.append(UInt8(ascii: "0") + UInt8(rest / divisor % 10))
                rest %= divisor
                divisor /= 10
            }
        }
        digits(Int(parts.tm_year) + 1900, 4); text.append(UInt8(ascii: "-"))
        digits(Int(parts.tm_mon) + 1, 2); text.append(UInt8(ascii: "-"))
        digits(Int(parts.tm_mday), 2); text.append(UInt8(ascii: " "))
        digits(Int(parts.tm_hour), 2); text.append(UInt8(ascii: ":"))
        digits(Int(parts.tm_min), 2); text.append(UInt8(ascii: ":"))
        digits(Int(parts.tm_sec), 2); text.append(UInt8(ascii: "."))
        digits(millis, 3)
        return String(decoding: text, as: UTF8.self)
    }
}
