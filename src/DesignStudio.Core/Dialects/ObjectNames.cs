using System.Security.Cryptography;
using System.Text;

namespace DesignStudio.Core.Dialects;

/// <summary>
/// Deterministic names for constraints, indexes and triggers the design leaves unnamed: <c>pk_users</c>,
/// <c>fk_posts_user_id</c>, <c>ix_posts_user_id_created_at</c>. A name longer than the dialect allows is cut and ends
/// with <c>_</c> plus eight hex digits of a hash of the full name, so distinct long names stay distinct.
/// </summary>
public static class ObjectNames
{
    /// <summary>Derives <c>prefix_table[_part...]</c> and fits it to <paramref name="dialect"/>'s identifier limit.</summary>
    public static string Derive(ISqlDialect dialect, string prefix, string table, IEnumerable<string> parts)
    {
        var sb = new StringBuilder(prefix).Append('_').Append(table);
        foreach (var p in parts) sb.Append('_').Append(p);
        return Fit(sb.ToString(), dialect.MaxIdentifierLength, dialect.IdentifierLengthInBytes);
    }

    /// <summary>Whether <paramref name="name"/> fits in <paramref name="max"/> characters (or UTF-8 bytes).</summary>
    public static bool Fits(string name, int max, bool inBytes) => Length(name, inBytes) <= max;

    /// <summary>Returns <paramref name="name"/> unchanged when it fits, else a cut prefix plus <c>_</c> and a hash.</summary>
    public static string Fit(string name, int max, bool inBytes)
    {
        if (Fits(name, max, inBytes)) return name;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)), 0, 4);
        var budget = max - hash.Length - 1;
        var cut = new StringBuilder();
        var used = 0;
        for (var i = 0; i < name.Length; i++)
        {
            // Never split a surrogate pair; count UTF-8 bytes where the dialect does.
            var width = char.IsHighSurrogate(name[i]) && i + 1 < name.Length ? 2 : 1;
            var piece = name.Substring(i, width);
            var size = Length(piece, inBytes);
            if (used + size > budget) break;
            cut.Append(piece);
            used += size;
            i += width - 1;
        }
        return cut.ToString() + "_" + hash;
    }

    private static int Length(string s, bool inBytes) => inBytes ? Encoding.UTF8.GetByteCount(s) : s.Length;
}
