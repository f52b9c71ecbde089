/// What a decoder gave for a stream fed in chunks: every item, then the error that stopped it, if any.
struct Fed<Item: Equatable, Failure: Error & Equatable>: Equatable {
    var items: [Item] = []
    var error: Failure?
}

/// Feeds `chunks` one after the other through `append`, draining `next` after each (it gets the number of items
/// so far), and stops at the first error: after an error the stream is dropped, as the real readers do.
func feed<Item: Equatable, Failure: Error & Equatable>(_ chunks: [ArraySlice<UInt8>], append: (ArraySlice<UInt8>) -> Void,
                                                       next: (Int) throws(Failure) -> Item?) -> Fed<Item, Failure> {
    var fed = Fed<Item, Failure>()
    for chunk in chunks {
        append(chunk)
        do {
            while let item = try next(fed.items.count) { fed.items.append(item) }
        } catch {
            fed.error = error
            break
        }
    }
    return fed
}
