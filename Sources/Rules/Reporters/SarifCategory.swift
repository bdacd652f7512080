/// SARIF `automationDetails.id` as GitHub code scanning reads it: everything up to and including the last `/`
/// is the analysis category, what follows is a run id. An id without `/` is all run id with an empty category,
/// so every analysis written that way lands in one category and the uploads replace each other (or fail).
/// Our ids therefore always end with `/`: `goleaklint/`, `CATEGORY/`, `goleaklint/shard-K-of-N/`.
public enum SarifCategory {
    public static let defaultBase = "goleaklint"

    /// The id for an analysis: the user's category (or ours), with the shard's own level when sharded.
    public static func automationID(base: String?, shard: Shard?) -> String {
        var stem = base.map(trimmingSlashes) ?? ""
        if stem.isEmpty { stem = defaultBase }
        if let shard { stem += "/shard-\(shard.index)-of-\(shard.count)" }
        return stem + "/"
    }

    /// The category GitHub derives from an id (its documented rule), for tests and for the docs.
    public static func githubCategory(ofID id: String) -> String {
        guard let slash = id.lastIndex(of: "/") else { return "" }
        return String(id[...slash])
    }

    private static func trimmingSlashes(_ text: String) -> String {
        var result = Substring(text)
        while result.hasSuffix("/") { result = result.dropLast() }
        return String(result)
    }
}
