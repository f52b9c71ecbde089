// Reference symbols generated once with python-qrcode 8 (pip, throwaway venv) in byte mode:
// matrices are row-major bits (1 = dark), hex, no quiet zone; `scores` are python-qrcode's
// util.lost_point of the finished symbol (format information included) for masks 0...7,
// and `mask` their argmin. python-qrcode's own mask choice scores symbols whose format
// area is blank, so the argmin is taken here over finished symbols, as the standard says.
// Generator (python3 -m venv v && v/bin/pip install qrcode):
//   import qrcode; from qrcode import util, constants
//   def matrix(data, level, mask):  # level: constants.ERROR_CORRECT_L/M/Q/H
//       q = qrcode.QRCode(error_correction=level, border=0, mask_pattern=mask)
//       q.add_data(util.QRData(data, mode=util.MODE_8BIT_BYTE)); q.make(fit=True)
//       return q.version, q.get_matrix()
//   scores = [util.lost_point(matrix(data, level, m)[1]) for m in range(8)]
//   bits = "".join("1" if c else "0" for row in matrix(data, level, m)[1] for c in row)
//   hex = "%0*x" % ((len(bits) + 3) // 4, int(bits + "0" * (-len(bits) % 4), 2))

@testable import QRCode

struct ReferenceSymbol {
    let name: String
    let dataHex: String
    let correction: QRErrorCorrection
    let version: Int
    let mask: Int
    let scores: [Int]
    /// Hex matrices by mask: all eight for the small symbols, the chosen one for the others.
    let matrices: [Int: String]
}

/// "01234567" at 1-M in byte mode with the standard's best mask (6), as drawn by python-qrcode.
let reference01234567 = [
    "#######.#.##..#######",
    "#.....#.#..##.#.....#",
    "#.###.#.#...#.#.###.#",
    "#.###.#..##...#.###.#",
    "#.###.#.#.#.#.#.###.#",
    "#.....#..####.#.....#",
    "#######.#.#.#.#######",
    "..........###........",
    "#..######...##..#.###",
    "####...###..####..##.",
    ".###..#####..#.#..#.#",
    ".#...#.....#.....##..",
    "..##..#.#.#..##.#..##",
    "........##.##..##.#..",
    "#######.#...#####..#.",
    "#.....#.######.##.#.#",
    "#.###.#.#..##.#......",
    "#.###.#.#.###..#.##..",
    "#.###.#..#....###..##",
    "#.....#..##..##...###",
    "#######.##.#....##...",
]

let referenceSymbols: [ReferenceSymbol] = [
    ReferenceSymbol(
        name: "01234567", dataHex: "3031323334353637",
        correction: .medium, version: 1, mask: 6,
        scores: [399, 468, 370, 489, 423, 483, 368, 506],
        matrices: [
            0: """
                fe63fc16106e92bb7435dbadaec10907faafe00c00aa489061865be53b3afba67f3c804167f92230404abaebc5d2a6ae
                a5b3047aafe97d8
                """,
            1: """
                feb3fc10906ea6bb7495dba0aec16107faafe00600a3192acb2cceb06f9051032a69806bcffa77704ae0ba3e95d00c2e
                b0e704d00fec288
                """,
            2: """
                fe03fc12d06eaabb7505dbabaec14507faafe01f00be2be64965d5ddd8b0c345f104004f5ff8ac1053c4ba884dd6452e
                bd5104424fef450
                """,
            3: """
                fe83fc14106e90bb7505dba62ec13107faafe01400b7425e4965f8eb03021825f1040062ebfb1ad053c4ba5325d528ae
                bd5104f49fe99e0
                """,
            4: """
                fec3fc10d06e84bb7575dbafaec16507faafe018008befcdc75d36d3e1a8b282ed75806cd3fa4f9044d8bacf55d07dee
                936904338feb348
                """,
            5: """
                fe33fc14d06eaabb75c5dba3aec12507faafe0170082ae778e7995ddd89041432a69806fdff8ac104fb5ba084dd04d2e
                90e704c04fef450
                """,
            6: """
                feb3fc14d06ea2bb74c5dbaaaec13d07faafe007009f8cbf8e799cf94a8820c32a69806cd3fa3e505fb5ba9a05d5cb2e
                90e704cc7fed0c0
                """,
            7: """
                fe63fc13106e96bb7435dba7aec14107faafe0080096dd00618649ac1f73df367f3c80532ff96b10504aba4f55d634ee
                85b304338fe8590
                """,
        ]),
    ReferenceSymbol(
        name: "v7M",
        dataHex: """
            56616c6973652076657273696f6e2037207265666572656e63652c2056616c6973652076657273696f6e203720726566
            6572656e63652c2056616c6973652076657273696f6e2037207265666572656e63652c2056616c697365207665727369
            6f6e2037207265666572656e6365
            """,
        correction: .medium, version: 7, mask: 2,
        scores: [1863, 1629, 1156, 1501, 1450, 1290, 1267, 1382],
        matrices: [
            2: """
                fe5d924acbfc134f2d8e906ebd1f06b4bb75b86e8635dbaad9f9ebaec141a46a0107faaaaaaaafe01c011bd100be32cf
                a103e26c2d2e38646ff53c2848dca9d903adebd8e7e76ce02568dfc12fce5e1e223ea5caca1c5e4b591eba65fdc34655
                86e220deed40fa4aab68c083fe63d7bdeffd0ffa16fd245364738c55aa38aa05abc31f1d1bd91c7f86afc77f98cbc7be
                f491b5a0e91d0a54d9891beb66dd34f31b0249e81ce4e30a366b584a81c05c2223afd27d4efab8052d9362b2f81ae142
                c0ab683914f20d833d2ff9bc0bfc70f8004be44f4467f8fbeb05aad0555b11791ebae66fa12f85d72d66b0976ea6142c
                1b1d04f81035584fef541e46a10
                """,
        ]),
    ReferenceSymbol(
        name: "v13Q",
        dataHex: """
            000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f
            303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f
            606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f
            909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebf
            c0c1c2c3c4c5c6c7436f6c6cc3a86765204d6f6e7420646573204163636f726473
            """,
        correction: .quartile, version: 13, mask: 2,
        scores: [3397, 3158, 3066, 3133, 3339, 3436, 3367, 3236],
        matrices: [
            2: """
                fe9993061c2d573bfc1213405a99d6ec106e96af0a65cc1ca8bb7470a44045050e95dba9dbbbafe31512aec155fdfe44
                02935107faaaaaaaaaaaaaafe00e2dd0711fd1eb007f3bd9a8fd9297218a08a92471d9898b2840e05bb4e5d40459e1f0
                db758f8805805f57a8ea7e5a39b116854e4d7cf403b41891a9dadc7769228d31000c2b7fc3a12986da0d1b93f6694f8a
                96302786ab77586bb59ad95896b709deff6e70c6d1dfa628f161c609cbe97d3361c0b562505cf31f1e6cbb91adb43b81
                0c59d125da1a4d8981a0f93ccfcfffcebba632e60a6039452e34c24f58b21ae81fb4994460cd8ad8e5cb7afa96f23bd0
                5830b88edf88a1439b1356adccfb89893946af29a3e8cb33963f18310c3e81e99a979a215f940066ff14592fe7c6d6b4
                9468805cc59ab42b3b6a67a042b25150a9411748c71126fbef888ff51d8afd8e29e68d38aa078e91fffd835550a54bc5
                2f2d06e6928772dd2e3ac431c72b45d8ad8c6d89cc94b9a070a2e1cf324f93451bca746ac4cbe8d099b25aec7f5c3132
                905c0abd506183a6fe2a273e166eb7d046249e6023d71c65b69f6824b9561b5dd33d7844c126a1606f6d0669a273ed0a
                ddf17cc6deb17a558b31e135c24fe5cc6ae2c0684c8dcc159f883ca3a68d942432fcfa6fcd54c874dad31baf1dab075d
                51ef9663309656e7d4d15d0904dfc56ac50140ac6b94c26aa234025b31007c3923680b80b769ada3bf9fddcd51fd0065
                f2e0c778d42c6bfbb7cafaae8b702b10539cda916926511ebaf60a11f9cdd24fe5d4554900473172552eab7bf0808748
                f11105e0b9be696eeaf9cfe43b55ac04c285610
                """,
        ]),
    ReferenceSymbol(
        name: "v11H",
        dataHex: """
            c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9
            c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9
            c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9c3a9616263
            """,
        correction: .high, version: 11, mask: 6,
        scores: [2592, 2995, 2472, 2908, 3135, 2794, 2459, 2658],
        matrices: [
            6: """
                fe38f4ef2640dbfc11671c2150c0d06ebefa5067ed2ebb75ff81f98e2ed5dba0ed42fe5bb32ec1008b4473651107faaa
                aaaaaaaaafe001a9c310a64d001b30960f9ffa30616b691c23a9a8090ec424651fcb632cc84fbae295c359043b253871
                802335c0698093d647c60988138f32c6790c68931b8b837445413a9f29621b03587eca79d594cac12c68ab237458f771
                6e7231a429fc7582f26a0d0a7bc4b17eecbbb9b6610ee294f8d4e2bddd14ba9a0141ad140c61e1223f492f398109d3af
                d16e093c5a05298edb3ceaa73a48c07890bfcc1191a4f925acffb301fdfc73b92c638a745dea51cfea9bddaa1717b3f9
                1bc70b170fa969afda480fc1aac778d21cca78318beff62771e8648898a19feb827d80a52c05917a3277c8fdf44d84aa
                8a857b208e4616b3625e11e0af5f5440136297b29b2c9968f08d65b8fa82936eb0ee4b444616fa35db191a478530a6e6
                2de8a9c856801ecc6dbdc9d6acaf043d43f556cd9ec48c89e96bcd1d50c987f4a5ab0c1185f2e0ff76db091e314fda98
                e7824d3b0dd1b03df8c89534bf348524fb7d26fd0054993c5d887c4ffbd0abaa47d5aa90431e7718820d1fba8f6acf8e
                783fe5d515d5923e88406e91363aec7be28704a6639364c373bfe7dfa18bd0237e8
                """,
        ]),
    ReferenceSymbol(
        name: "v2L", dataHex: "68747470733a2f2f76616c6973652e6578616d706c652f656e726f6c6c",
        correction: .low, version: 2, mask: 1,
        scores: [642, 549, 595, 608, 626, 614, 562, 596],
        matrices: [
            0: """
                fe6b3fc11a906eb82bb74c55dba372ec12bd07faaafe01ff00efbce210177051d0a8ff21902969df59c84326bda14ef2
                4b92bb44fc0076c6ffaa6b705dd18ba9efd5d244f2ea1223053ddafeadf18
                """,
            1: """
                febe3fc170106e8d6bb746f5dbae22ec141507faaafe015500e6e9f9babddac485fdb58b3a8c3c8a0b62e98fe8f41a58
                e138ee11f9005c447f9f2a3057712ba4bf85d0ee5aeb4777059770fef8a48
                """,
            2: """
                fe08bfc154906e80cbb75fd5dba54aec165d07faaafe00c700fbdf557299489fe84b67821e1ae7e7bfe0a0aa5e2f7778
                737183a7fa0078c63fb2aaf04e51bbafdfb5d6a77eeb9c1b050539fece7f8
                """,
            3: """
                fe88bfc139106ebbabb75fd5dba8faec113107faaafe007100f2b2cef29948b2de901cafa8cae7e7ba467bc53b99ad78
                7371377cff804e457f92aaf045310ba10fddd6a77eeaf1ad05de54fece7f8
                """,
            4: """
                fecfbfc177106eaeebb758c5dba13aec146507faaafe00b600ce1817ca7ac6bce6739605026dfb967c6e98486eccf860
                02b6f260fe005b443f9caa105951cbabaff5d09f9ee97f950574fefe89638
                """,
            5: """
                fe3e3fc134106e80cbb753a5dbad4aec105507faaafe004500c75f0c6ee88f9fe84b658a3e9c3c8a0f62a88a5e2f7709
                b46d83a7fa0058443fbf2a3056713ba7dfb5d1bb0ee99c1b058731fef8a48
                """,
            6: """
                febe3fc137106e89ebb743a5dba46aec11d107faaafe014900da7ba0eee88f96ccd9240c26fc3c8a0c6e984b7abd3f09
                b46da735fb004045bf9f2a3046b13bad9f95d5bb0ee9d53f05e6b7fef8a48
                """,
            7: """
                fe6b3fc148d06ebcabb74c55dba93aec162d07faaafe01b600d32ebb10177043998c7bb3d90969df5b8167b62fe86af2
                4b92f260fe007fc67faa6b704951cba0cfc5d644f2e8806b051948feadf18
                """,
        ]),
]
