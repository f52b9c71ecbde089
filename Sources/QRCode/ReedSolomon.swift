// Reed–Solomon error correction over GF(256) with the QR Code field polynomial
// x^8 + x^4 + x^3 + x^2 + 1 (0x11D) and generator roots α^0 ... α^(n-1).

/// Arithmetic in GF(256) modulo 0x11D, with α = 2.
enum GF256 {
    /// exp[i] = α^i for i in 0..<510 (doubled so that exp[log a + log b] needs no modulo).
    static let exp: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 510)
        var value = 1
        for i in 0..<255 {
            table[i] = UInt8(value)
            table[i + 255] = UInt8(value)
            value <<= 1
            if value & 0x100 != 0 { value ^= 0x11D }
        }
        return table
    }()

    /// log[a] = i with α^i = a, for a in 1...255 (log[0] is unused).
    static let log: [Int] = {
        var table = [Int](repeating: 0, count: 256)
        for i in 0..<255 { table[Int(exp[i])] = i }
        return table
    }()

    /// The product a·b in the field.
    static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        if a == 0 || b == 0 { return 0 }
        return exp[log[Int(a)] + log[Int(b)]]
    }
}

/// A Reed–Solomon encoder producing `degree` error-correction codewords per block.
struct ReedSolomon: Sendable {
    /// Coefficients of the monic generator polynomial ∏(x − α^i), i < degree,
    /// highest power first, the leading 1 included (degree + 1 entries).
    let generator: [UInt8]

    init(degree: Int) {
        precondition(degree >= 1 && degree <= 254, "Reed–Solomon degree out of range")
        var poly: [UInt8] = [1]
        for i in 0..<degree {
            // Multiply by (x + α^i); in GF(2^n) subtraction is addition (XOR).
            var next = [UInt8](repeating: 0, count: poly.count + 1)
            for (j, coefficient) in poly.enumerated() {
                next[j] ^= coefficient
                next[j + 1] ^= GF256.multiply(coefficient, GF256.exp[i])
            }
            poly = next
        }
        generator = poly
    }

    /// The generator's coefficients as powers of α (highest power first), as printed in ISO/IEC 18004 Annex A.
    var generatorExponents: [Int] { generator.map { GF256.log[Int($0)] } }

    /// The remainder of data(x)·x^degree divided by the generator: the error-correction codewords.
    func remainder(of data: [UInt8]) -> [UInt8] {
        let degree = generator.count - 1
        var result = [UInt8](repeating: 0, count: degree)
        for byte in data {
            let factor = byte ^ result[0]
            result.removeFirst()
            result.append(0)
            if factor == 0 { continue }
            for j in 0..<degree {
                result[j] ^= GF256.multiply(generator[j + 1], factor)
            }
        }
        return result
    }
}
